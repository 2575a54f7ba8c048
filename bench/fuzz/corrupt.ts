/**
 * One slip put into a consistent generated table, and the finding it must give (rule and cell):
 *  - score-changed: one leaf's score moved within [0, points] by more than rounding explains →
 *    sum-mismatch on the 合计's score (and on its 小计's, when the table has them);
 *  - score-above-points: one leaf's score above its points → score-out-of-range on that score;
 *  - points-dropped: one leaf's points cell emptied → missing-value on that cell;
 *  - total-off: the 合计's points or score moved by more than rounding explains → sum-mismatch there.
 * "More than rounding explains" is the README's rule, worked out here independently: half a unit in the
 * last shown decimal of every figure of the sum that shows decimals.
 */
import fc from 'fast-check';
import type { CheckResult } from '../../src/core/check';
import type { CheckId } from '../../src/core/checks/finding';
import type { RawCell, WorkbookData } from '../../src/core/grid/types';
import { figureCell, type Place, type RenderedSum, type RenderedTable } from './render-table';
import type { NumberStyle } from './table-spec';

export const CORRUPTION_KINDS = ['score-changed', 'score-above-points', 'points-dropped', 'total-off'] as const;
export type CorruptionKind = (typeof CORRUPTION_KINDS)[number];

export interface Corruption {
  kind: CorruptionKind;
  /** Which leaf (modulo the leaf count). */
  pick: number;
  up: boolean;
  /** Hundredths of a point. */
  amount: number;
  field: 'points' | 'score';
}

export interface ExpectedFinding {
  rule: CheckId;
  sheet: string;
  cell: string;
}

export interface CorruptedCase {
  workbook: WorkbookData;
  expected: ExpectedFinding[];
  /** One line saying what was changed, for failure messages. */
  change: string;
}

export const corruptionArb = (kinds: readonly CorruptionKind[] = CORRUPTION_KINDS): fc.Arbitrary<Corruption> =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    pick: fc.nat(),
    up: fc.boolean(),
    // Small slips as often as large ones.
    amount: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 51, max: 2_000 })),
    field: fc.constantFrom<'points' | 'score'>('points', 'score'),
  });

/** The table with the slip in it, or null when this draw makes no slip a check could see (inside the rounding). */
export function corrupt(table: RenderedTable, c: Corruption): CorruptedCase | null {
  const style = table.spec.numberStyle;
  const leafIndex = c.pick % table.leaves.length;
  const leaf = table.leaves[leafIndex];
  const total = table.sums[table.sums.length - 1];
  const scores = table.leaves.map((l) => l.score);
  switch (c.kind) {
    case 'score-changed': {
      const moved = [leaf.score + (c.up ? 1 : -1) * c.amount, leaf.score + (c.up ? -1 : 1) * c.amount].find(
        (s) => s >= 0 && s <= leaf.points,
      );
      if (moved === undefined) return null;
      scores[leafIndex] = moved;
      // Every sum over the leaf must now disagree beyond its rounding; the 合计 (the most parts) decides.
      const over = table.sums.filter((s) => s.parts.includes(leafIndex));
      if (!over.every((s) => Math.abs(moved - leaf.score) > tolerance(s, scores, style))) return null;
      return {
        workbook: withCell(table.workbook, leaf.scoreAt, figureCell(moved, style)),
        expected: over.map((s) => expect('sum-mismatch', s.scoreAt)),
        change: `score ${leaf.scoreAt.address} ${leaf.score / 100} → ${moved / 100}`,
      };
    }
    case 'score-above-points': {
      const above = leaf.points + c.amount;
      return {
        workbook: withCell(table.workbook, leaf.scoreAt, figureCell(above, style)),
        expected: [expect('score-out-of-range', leaf.scoreAt)],
        change: `score ${leaf.scoreAt.address} ${leaf.score / 100} → ${above / 100} (points ${leaf.points / 100})`,
      };
    }
    case 'points-dropped':
      return {
        workbook: withCell(table.workbook, leaf.pointsAt, undefined),
        expected: [expect('missing-value', leaf.pointsAt)],
        change: `points ${leaf.pointsAt.address} (${leaf.points / 100}) emptied`,
      };
    case 'total-off': {
      const stated = total[c.field];
      const moved = stated + (c.up || stated - c.amount < 0 ? 1 : -1) * c.amount;
      const at = c.field === 'points' ? total.pointsAt : total.scoreAt;
      const parts = c.field === 'points' ? table.leaves.map((l) => l.points) : scores;
      if (Math.abs(moved - stated) <= tolerance({ ...total, [c.field]: moved }, parts, style, c.field)) return null;
      return {
        workbook: withCell(table.workbook, at, figureCell(moved, style)),
        expected: [expect('sum-mismatch', at)],
        change: `total ${c.field} ${at.address} ${stated / 100} → ${moved / 100}`,
      };
    }
  }
}

/** True when every expected finding is among the check's findings. */
export function detected(result: CheckResult, expected: ExpectedFinding[]): boolean {
  return expected.every((e) =>
    result.findings.some((f) => f.rule === e.rule && f.sheet === e.sheet && f.cell === e.cell),
  );
}

const expect = (rule: CheckId, at: Place): ExpectedFinding => ({ rule, sheet: at.sheet, cell: at.address });

/** Hundredths that rounding explains for a sum: half a unit in the last shown decimal of each figure that shows any. */
function tolerance(
  sum: RenderedSum,
  partValues: number[],
  style: NumberStyle,
  field: 'points' | 'score' = 'score',
): number {
  const figures = [sum[field], ...sum.parts.map((i) => partValues[i])];
  return figures.reduce((acc, h) => acc + halfUnitHundredths(h, style), 0);
}

function halfUnitHundredths(h: number, style: NumberStyle): number {
  const decimals = style === 'fixed2' ? 2 : h % 100 === 0 ? 0 : h % 10 === 0 ? 1 : 2;
  return decimals === 0 ? 0 : 0.5 * 10 ** (2 - decimals);
}

/** A copy of the workbook with one cell replaced (undefined: emptied); the original is left as it was. */
function withCell(workbook: WorkbookData, at: Place, cell: RawCell | undefined): WorkbookData {
  return {
    sheets: workbook.sheets.map((s) => {
      if (s.name !== at.sheet) return s;
      const cells = s.cells.slice();
      const row = (cells[at.row] ?? []).slice();
      row[at.col] = cell;
      cells[at.row] = row;
      return { ...s, cells };
    }),
  };
}
