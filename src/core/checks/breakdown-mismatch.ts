import { figureCorrection } from '../corrections/cell';
import { type Guard, rateGuard, standing, sumGuard } from '../corrections/guards';
import type { Field, FundingFact, FundingKey, FundingLine, FundingTable } from '../model/types';
import type { ReadNumber } from '../parse/number';
import type { FundingRole } from '../locate/synonyms';
import { type Check, type CheckContext, countExamined } from './context';
import type { FindingDraft } from './finding';
import { numberOf, show, showDiff, showReading } from './numbers';
import { cleanSum, sumTolerance } from './tolerance';
import { byNature, bySource, partsOf } from '../locate/funding-breakdowns';

const SOURCES: FundingKey[] = ['sourceGeneral', 'sourceFund', 'sourceStateCapital', 'sourceOther'];
const NATURE: FundingKey[] = ['basic', 'project'];
const AMOUNTS: FundingRole[] = ['initialBudget', 'adjustedBudget', 'spent'];

interface Part {
  label: string;
  value: ReadNumber;
}

/** Parts that must add up to a total and do not: 执行数 by source, 基本支出 + 项目支出, a funding table's rows. */
export const breakdownMismatch: Check<'breakdown-mismatch'> = {
  id: 'breakdown-mismatch',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const block of ctx.model.fundingBlocks) {
      const spent = block.facts.spent;
      if (!spent) continue;
      for (const keys of [SOURCES, NATURE]) {
        const facts = keys.map((k) => block.facts[k]).filter((f): f is FundingFact => f !== undefined);
        if (facts.length < 2) continue;
        // What else vouches for the 执行数: the other breakdown, the 执行率.
        const other = keys === SOURCES ? NATURE : SOURCES;
        const guards = [
          ...sumGuard(
            ctx.tolerance,
            other.map((k) => block.facts[k]),
          ),
          ...rateGuard(ctx.tolerance, block.facts.rate, [block.facts.budget ?? block.facts.initialBudget], 'spent'),
        ];
        const finding = compare(
          ctx,
          spent,
          spent.label,
          facts.map((f) => ({ label: f.label, field: f })),
          guards,
        );
        if (finding) out.push(finding);
      }
    }
    for (const table of ctx.model.fundingTables) out.push(...checkTable(ctx, table));
    return out;
  },
};

function checkTable(ctx: CheckContext, table: FundingTable): FindingDraft[] {
  const out: FindingDraft[] = [];
  table.lines.forEach((line, i) => {
    if (line.isTotal) {
      // By source and by nature: two breakdowns of the same total, each adding up to it on its own.
      const children = childrenOf(table.lines, i);
      const sources = bySource(children);
      const natures = byNature(children);
      out.push(...checkParts(ctx, table, line, sources, natures));
      out.push(...checkParts(ctx, table, line, natures, sources));
    } else if (line.breakdown === 'nature') {
      // 基本支出 split again into 人员经费 / 公用经费.
      out.push(...checkParts(ctx, table, line, partsOf(table.lines, i), []));
    }
  });
  return out;
}

/** One line against one breakdown of it, column by column; `other` is another breakdown of the same line. */
function checkParts(
  ctx: CheckContext,
  table: FundingTable,
  line: FundingLine,
  parts: FundingLine[],
  other: FundingLine[],
): FindingDraft[] {
  if (parts.length < 2) return [];
  const out: FindingDraft[] = [];
  for (const role of AMOUNTS) {
    const total = line.values[role];
    if (!total) continue;
    const column = table.header[role]?.text.replace(/\s+/g, '') ?? '';
    const v = line.values;
    // What else vouches for the figure as typed: the 执行率, the other breakdown.
    const guards = [
      ...(role === 'spent'
        ? rateGuard(ctx.tolerance, v.rate, [v.adjustedBudget, v.initialBudget], 'spent')
        : rateGuard(ctx.tolerance, v.rate, [v.spent], 'budget')),
      ...sumGuard(
        ctx.tolerance,
        other.map((o) => o.values[role]),
      ),
    ];
    const finding = compare(
      ctx,
      total,
      `${line.label}${column}`,
      parts.map((c) => ({ label: c.label, field: c.values[role] })),
      guards,
    );
    if (finding) out.push(finding);
  }
  return out;
}

/** The lines a total line stands for: those below it up to the next total, else those above it (their own parts aside). */
function childrenOf(lines: FundingLine[], index: number): FundingLine[] {
  const below: FundingLine[] = [];
  for (let j = index + 1; j < lines.length && !lines[j].isTotal; j++) below.push(lines[j]);
  const above: FundingLine[] = [];
  if (below.length === 0) for (let j = index - 1; j >= 0 && !lines[j].isTotal; j--) above.unshift(lines[j]);
  return (below.length ? below : above).filter((l) => l.breakdown !== 'basicPart');
}

function compare(
  ctx: CheckContext,
  totalField: Field,
  label: string,
  fields: { label: string; field: Field | undefined }[],
  guards: Guard[] = [],
): FindingDraft | null {
  const total = numberOf(totalField);
  if (!total) return null;
  const parts: Part[] = [];
  const cells: Field['cell'][] = [];
  for (const { label: partLabel, field } of fields) {
    if (!field || field.reading.kind === 'empty') continue; // an empty part is nothing from that source
    const n = numberOf(field);
    if (!n) return null; // unreadable: reported as invalid-value
    parts.push({ label: partLabel, value: n });
    cells.push(field.cell);
  }
  if (parts.length === 0) return null;
  const values = parts.map((p) => p.value);
  const expected = cleanSum(values);
  const diff = total.value - expected;
  countExamined(ctx, 'breakdown-mismatch');
  if (Math.abs(diff) <= sumTolerance(ctx.tolerance, total, values)) return null;
  const decimals = Math.max(total.decimals, ...values.map((v) => v.decimals));
  return {
    rule: 'breakdown-mismatch',
    severity: 'error',
    at: totalField.cell,
    indicator: label,
    expected,
    actual: total.value,
    messageKey: 'breakdown-mismatch',
    params: {
      label,
      actual: showReading(total),
      expected: show(expected, decimals),
      parts: parts.map((p) => `${p.label} ${showReading(p.value)}`).join(' + '),
      diff: showDiff(diff, total, ...values),
    },
    // The total corrected to the sum of its sources, unless what else vouches for it as typed would break.
    ...figureCorrection(ctx.workbook, totalField, {
      value: expected,
      minDecimals: decimals,
      accepts: (n) =>
        Math.abs(n.value - expected) <= sumTolerance(ctx.tolerance, n, values) &&
        standing(guards, total).every((g) => g(n)),
      dependsOn: cells,
    }),
  };
}
