import type { Check, CheckContext } from './context';
import { indicatorName } from './context';
import type { FindingDraft } from './finding';
import { numberOf, showReading } from './numbers';

/** A score below 0 or above the indicator's points. */
export const scoreOutOfRange: Check<'score-out-of-range'> = {
  id: 'score-out-of-range',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const table of ctx.model.scoreTables) {
      for (const ind of table.indicators) {
        const score = numberOf(ind.score);
        if (!score || !ind.score) continue;
        const points = numberOf(ind.points);
        const slack = (ctx.tolerance.fixed ?? 0) + 1e-9;
        const name = indicatorName(ind);
        if (score.value < -slack) {
          out.push({
            rule: 'score-out-of-range',
            severity: 'error',
            at: ind.score.cell,
            indicator: name,
            expected: 0,
            actual: score.value,
            messageKey: 'score-out-of-range.below',
            params: { indicator: name, actual: showReading(score) },
          });
        } else if (points && score.value > points.value + slack) {
          out.push({
            rule: 'score-out-of-range',
            severity: 'error',
            at: ind.score.cell,
            indicator: name,
            expected: points.value,
            actual: score.value,
            messageKey: 'score-out-of-range.above',
            params: { indicator: name, actual: showReading(score), expected: showReading(points) },
          });
        }
      }
    }
    return out;
  },
};
