import { type CheckResult, totalOf } from '../check';
import { parseCellAddress } from '../grid/address';
import type { Finding } from '../checks/finding';
import { numberOf } from '../checks/numbers';
import { roundTo } from '../checks/tolerance';
import type { RuleSpec } from '../rules/types';
import type { Orientation, ScoreTable, TableForm } from '../model/types';

/** The check's result as the CLI's `--json` contract states it; other tooling reads this shape. */
export interface CheckJson {
  file: string;
  tables: {
    sheet: string;
    range: string;
    kind: 'score' | 'funding' | 'text';
    orientation: Orientation;
    /** Score tables: which form (project / department / index / targets) and the table's own total. */
    form?: TableForm;
    total?: { points: number | null; score: number | null } | null;
  }[];
  indicators: {
    /** The index in tables[] of the score table the indicator belongs to. */
    table: number;
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
  /** Each finding with `table`: the index in tables[] of the score table it is about, or null (always set by toCheckJson). */
  findings: (Finding & { table?: number | null })[];
  /**
   * Only for a workbook with a rules sheet (its own rule pack saved in it): the pack's name (null when it
   * could not be read), whether the check used it (not with --rules), and what was wrong with the sheet.
   */
  workbookRules?: {
    sheet: string;
    pack: string | null;
    used: boolean;
    problems: { sheet: string; cell: string; message: string }[];
  };
}

export function toCheckJson(file: string, result: CheckResult): CheckJson {
  const { model } = result;
  const order = new Map(model.sheets.map((s, i) => [s, i]));
  const entries = [
    ...model.scoreTables.map((t) => ({
      sheet: t.sheet,
      range: t.range,
      kind: 'score' as const,
      orientation: t.orientation,
      at: t.area,
      score: t,
    })),
    ...model.fundingTables.map((t) => ({
      sheet: t.sheet,
      range: t.range,
      kind: 'funding' as const,
      orientation: t.orientation,
      at: t.area,
      score: null,
    })),
    ...model.fundingBlocks.map((b) => ({
      sheet: b.sheet,
      range: b.range,
      kind: 'funding' as const,
      orientation: 'vertical' as const,
      at: b.area,
      score: null,
    })),
    ...model.texts.map((b) => ({
      sheet: b.sheet,
      range: b.range,
      kind: 'text' as const,
      orientation: 'vertical' as const,
      at: b.area,
      score: null,
    })),
  ].sort(
    (a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.at.top - b.at.top || a.at.left - b.at.left,
  );
  const tables: CheckJson['tables'] = entries.map(({ sheet, range, kind, orientation, score }) =>
    score
      ? { sheet, range, kind, orientation, form: score.form, total: totalOf(score) }
      : { sheet, range, kind, orientation },
  );
  const indexOf = new Map<ScoreTable, number>();
  entries.forEach((e, i) => e.score && indexOf.set(e.score, i));
  const byIndicator = new Map(result.rules.results.map((r) => [r.indicator, r]));
  const decimals = result.rules.pack.scoreDecimals;
  const indicators = model.scoreTables.flatMap((t) =>
    t.indicators.map((ind) => {
      const r = byIndicator.get(ind);
      const computed = r?.outcome?.computed;
      return {
        table: indexOf.get(t) as number,
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
  const findings = result.findings.map((f) => ({ ...f, table: tableOf(model.scoreTables, indexOf, f.sheet, f.cell) }));
  const saved = result.workbookRules;
  const json: CheckJson = { file, tables, indicators, total: result.total, findings };
  if (saved)
    json.workbookRules = {
      sheet: saved.sheet,
      pack: saved.pack?.name ?? null,
      used: saved.used,
      problems: saved.problems,
    };
  return json;
}

/** The score table a cell belongs to: inside its area, its funding block or its caption; else null. */
export function tableOf(
  tables: ScoreTable[],
  indexOf: Map<ScoreTable, number>,
  sheet: string,
  cell: string,
): number | null {
  const { row, col } = parseCellAddress(cell);
  const within = (a: { top: number; bottom: number; left: number; right: number } | undefined) =>
    a !== undefined && row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
  for (const t of tables) {
    if (t.sheet !== sheet) continue;
    if (within(t.area) || within(t.funding?.area) || t.caption?.cell.address === cell) return indexOf.get(t) ?? null;
  }
  return null;
}
