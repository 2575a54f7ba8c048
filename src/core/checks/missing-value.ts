import type { Check, CheckContext } from './context';
import type { FindingDraft } from './finding';
import { requiredNumbers } from './required-numbers';

/** An indicator with no points or no score (a "—" or "不适用" mark is an answer, not a gap). */
export const missingValue: Check = {
  id: 'missing-value',
  run(ctx: CheckContext): FindingDraft[] {
    return requiredNumbers(ctx)
      .filter((r) => r.mustBeFilled && r.field.reading.kind === 'empty' && !r.field.reading.notApplicable)
      .map((r) => ({
        rule: 'missing-value',
        severity: 'warning',
        at: r.field.cell,
        indicator: r.owner,
        expected: null,
        actual: null,
        messageKey: 'missing-value',
        params: { indicator: r.owner, field: r.term },
      }));
  },
};
