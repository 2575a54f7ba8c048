import type { CheckResult } from '../check';
import type { Finding } from '../checks/finding';
import { numberOf } from '../checks/numbers';
import { roundTo } from '../checks/tolerance';
import type { RuleSpec } from '../rules/types';
import type { Orientation } from '../model/types';

/** The check's result as the CLI's `--json` contract states it; other tooling reads this shape. */
export interface CheckJson {
  file: string;
  tables: { sheet: string; range: string; kind: 'score' | 'funding' | 'text'; orientation: Orientation }[];
  indicators: {
    path: string[];
    points: number | null;
    score: number | null;
    sheet: string;
    cell: string;
    /** The rule applied (its kind and parameters, and where it came from), or null. */
    rule: (RuleSpec & { origin: string }) | null;
    /** The rule's score, rounded to the pack's score decimals, or null when it gives none. */
    computed: number | null;
  }[];
  total: { points: number | null; score: number | null } | null;
  findings: Finding[];
}

export function toCheckJson(file: string, result: CheckResult): CheckJson {
  const { model } = result;
  const order = new Map(model.sheets.map((s, i) => [s, i]));
  const tables: CheckJson['tables'] = [
    ...model.scoreTables.map((t) => ({ sheet: t.sheet, range: t.range, kind: 'score' as const, orientation: t.orientation, at: t.area })),
    ...model.fundingTables.map((t) => ({ sheet: t.sheet, range: t.range, kind: 'funding' as const, orientation: t.orientation, at: t.area })),
    ...model.fundingBlocks.map((b) => ({ sheet: b.sheet, range: b.range, kind: 'funding' as const, orientation: 'vertical' as const, at: b.area })),
    ...model.texts.map((b) => ({ sheet: b.sheet, range: b.range, kind: 'text' as const, orientation: 'vertical' as const, at: b.area })),
  ]
    .sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.at.top - b.at.top || a.at.left - b.at.left)
    .map(({ sheet, range, kind, orientation }) => ({ sheet, range, kind, orientation }));
  const byIndicator = new Map(result.rules.results.map((r) => [r.indicator, r]));
  const decimals = result.rules.pack.scoreDecimals;
  const indicators = model.scoreTables.flatMap((t) =>
    t.indicators.map((ind) => {
      const r = byIndicator.get(ind);
      const computed = r?.outcome?.computed;
      return {
        path: ind.path,
        points: numberOf(ind.points)?.value ?? null,
        score: numberOf(ind.score)?.value ?? null,
        sheet: t.sheet,
        cell: (ind.score ?? ind.points)?.cell.address ?? ind.nameCell.address,
        rule: r?.rule ? { ...r.rule.spec, origin: r.rule.origin } : null,
        computed: computed === null || computed === undefined ? null : roundTo(computed, decimals),
      };
    }),
  );
  return { file, tables, indicators, total: result.total, findings: result.findings };
}
