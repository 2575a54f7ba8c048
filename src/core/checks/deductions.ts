import type { Indicator, ScoreTable } from '../model/types';
import type { ReadNumber } from '../parse/number';
import type { CheckContext } from './context';
import { numberOf } from './numbers';
import { roundTo } from './tolerance';

export interface Deduction {
  table: ScoreTable;
  indicator: Indicator;
  points: ReadNumber;
  score: ReadNumber;
  /** Points lost, without floating-point noise. */
  lost: number;
}

/** Indicators scored below their points (and not below 0: that is out of range, not a deduction). */
export function deductions(ctx: CheckContext): Deduction[] {
  const out: Deduction[] = [];
  for (const table of ctx.model.scoreTables) {
    for (const indicator of table.indicators) {
      const points = numberOf(indicator.points);
      const score = numberOf(indicator.score);
      if (!points || !score || score.value < 0) continue;
      if (score.value < points.value - 1e-9) {
        const decimals = Math.max(points.decimals, score.decimals);
        out.push({ table, indicator, points, score, lost: roundTo(points.value - score.value, decimals + 2) });
      }
    }
  }
  return out;
}
