import type { Check, CheckContext } from './context';
import { indicatorName } from './context';
import { deductions } from './deductions';
import type { FindingDraft } from './finding';
import { showDiff } from './numbers';

/** A deduction whose row leaves the table's reason column empty (only where the table has one). */
export const deductionWithoutReason: Check<'deduction-without-reason'> = {
  id: 'deduction-without-reason',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const { table, indicator, points, score, lost } of deductions(ctx)) {
      const column = table.header.reason;
      const reason = indicator.reason;
      if (!column || !reason || reason.text.trim() !== '') continue;
      const name = indicatorName(indicator);
      out.push({
        rule: 'deduction-without-reason',
        severity: 'warning',
        at: reason.cell,
        indicator: name,
        expected: null,
        actual: null,
        messageKey: 'deduction-without-reason',
        params: { indicator: name, diff: showDiff(lost, points, score), column: column.text.replace(/\s+/g, '') },
      });
    }
    return out;
  },
};
