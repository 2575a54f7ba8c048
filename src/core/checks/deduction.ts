import type { Check, CheckContext } from './context';
import { indicatorName } from './context';
import { deductions } from './deductions';
import type { FindingDraft } from './finding';
import { showDiff, showReading } from './numbers';

/** A score below its points: the shortfalls to highlight and explain. */
export const deduction: Check<'deduction'> = {
  id: 'deduction',
  run(ctx: CheckContext): FindingDraft[] {
    return deductions(ctx).map(({ indicator, points, score, lost }) => {
      const name = indicatorName(indicator);
      return {
        rule: 'deduction',
        severity: 'info',
        at: indicator.score!.cell,
        indicator: name,
        expected: points.value,
        actual: score.value,
        messageKey: 'deduction',
        params: {
          indicator: name,
          diff: showDiff(lost, points, score),
          expected: showReading(points),
          actual: showReading(score),
        },
      };
    });
  },
};
