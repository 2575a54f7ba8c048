import type { Check, CheckContext } from './context';
import { indicatorName } from './context';
import type { FindingDraft } from './finding';
import { requiredNumbers } from './required-numbers';

/**
 * An indicator with no points or no score (a "—" or "不适用" mark is an answer, not a gap), and one with a
 * target but no actual where the table has a column for it (the seed's 社区服务覆盖率).
 */
export const missingValue: Check<'missing-value'> = {
  id: 'missing-value',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = requiredNumbers(ctx)
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
    for (const table of ctx.model.scoreTables) {
      for (const ind of table.indicators) {
        const target = ind.adjustedTarget ?? ind.target;
        if (
          !ind.actual ||
          ind.actual.reading.kind !== 'empty' ||
          ind.actual.reading.notApplicable ||
          !target ||
          target.text.trim() === ''
        )
          continue;
        const name = indicatorName(ind);
        out.push({
          rule: 'missing-value',
          severity: 'warning',
          at: ind.actual.cell,
          indicator: name,
          expected: null,
          actual: null,
          messageKey: 'missing-value',
          params: { indicator: name, field: 'term.actual' },
        });
      }
    }
    return out;
  },
};
