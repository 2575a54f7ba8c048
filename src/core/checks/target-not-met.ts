import { fig } from '../rules/format';
import { type Check, type CheckContext, indicatorName } from './context';
import type { FindingDraft } from './finding';
import { targetStatus } from './target-status';

const OP_TEXT: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };

/** An actual that misses its target: reviewers ask why, and the 说明 must say. */
export const targetNotMet: Check<'target-not-met'> = {
  id: 'target-not-met',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const { indicator, reconciled } of ctx.rules.results) {
      if (!indicator.actual || targetStatus(reconciled) !== false) continue;
      const name = indicatorName(indicator);
      const t = reconciled.target;
      const targetText = t
        ? `${OP_TEXT[t.operator]}${fig(t.value, t.percent)}`
        : ((indicator.adjustedTarget ?? indicator.target)?.text ?? '');
      const actualText = t && reconciled.actual !== null ? fig(reconciled.actual, t.percent) : reconciled.actualText;
      out.push({
        rule: 'target-not-met',
        severity: 'warning',
        at: indicator.actual.cell,
        indicator: name,
        expected: t ? t.value : targetText,
        actual: t && reconciled.actual !== null ? reconciled.actual : reconciled.actualText,
        messageKey: 'target-not-met',
        params: { indicator: name, target: targetText, actual: actualText },
      });
    }
    return out;
  },
};
