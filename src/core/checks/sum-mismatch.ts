import { figureCorrection } from '../corrections/cell';
import type { CorrectionFields } from '../corrections/types';
import type { Field, ScoreTable, StatedSum } from '../model/types';
import type { ReadNumber } from '../parse/number';
import { type Check, type CheckContext, countExamined } from './context';
import type { FindingDraft } from './finding';
import { numberOf, showDiff, showReading, show } from './numbers';
import { cleanSum, sumTolerance } from './tolerance';

/** A 小计 / 合计 / 总分, a group's own line or its "（N分）" that disagrees with the leaves under it. */
export const sumMismatch: Check<'sum-mismatch'> = {
  id: 'sum-mismatch',
  run(ctx: CheckContext): FindingDraft[] {
    return ctx.model.scoreTables.flatMap((table) => table.sums.flatMap((sum) => checkSum(ctx, table, sum)));
  },
};

function checkSum(ctx: CheckContext, table: ScoreTable, sum: StatedSum): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const field of ['points', 'score'] as const) {
    const stated = numberOf(sum[field]);
    if (!stated || sum.parts.length === 0) continue;
    const parts = sum.parts.map((i) => numberOf(table.indicators[i][field]));
    // A part that is missing or unreadable is reported by its own check; a sum over it would only repeat that.
    if (parts.some((p) => p === null)) continue;
    const known = parts as NonNullable<(typeof parts)[number]>[];
    const expected = cleanSum(known);
    const diff = stated.value - expected;
    countExamined(ctx, 'sum-mismatch');
    if (Math.abs(diff) <= sumTolerance(ctx.tolerance, stated, known)) continue;
    const decimals = Math.max(stated.decimals, ...known.map((p) => p.decimals));
    const label =
      sum.kind === 'subtotal' && sum.groupPath.length
        ? `${sum.groupPath[sum.groupPath.length - 1]}${sum.label}`
        : sum.label;
    out.push({
      rule: 'sum-mismatch',
      severity: 'error',
      at: sum.kind === 'name-points' ? sum.labelCell : (sum[field] as Field).cell,
      indicator: label,
      expected,
      actual: stated.value,
      messageKey: sum.kind === 'name-points' ? 'sum-mismatch.name' : 'sum-mismatch',
      params: {
        label,
        field: `term.${field}`,
        actual: showReading(stated),
        expected: show(expected, decimals),
        diff: showDiff(diff, stated, ...known),
        count: known.length,
      },
      ...correctionOf(ctx, table, sum, field, expected, decimals, known),
    });
  }
  return out;
}

/** A typed 小计 / 合计 / 总分 (not a name's "（N分）", which is text) corrected to the sum of its parts. */
function correctionOf(
  ctx: CheckContext,
  table: ScoreTable,
  sum: StatedSum,
  field: 'points' | 'score',
  expected: number,
  decimals: number,
  known: ReadNumber[],
): CorrectionFields {
  const stated = sum[field];
  if (sum.kind === 'name-points' || !stated) return {};
  return figureCorrection(ctx.workbook, stated, {
    value: expected,
    minDecimals: decimals,
    accepts: (n) => Math.abs(n.value - expected) <= sumTolerance(ctx.tolerance, n, known),
    dependsOn: sum.parts.flatMap((i) => table.indicators[i][field]?.cell ?? []),
  });
}
