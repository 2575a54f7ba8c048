import { roundTo } from './tolerance';
import { type Check, type CheckContext, countExamined, indicatorName } from './context';
import type { FindingDraft } from './finding';
import { numberOf, show, showReading } from './numbers';

/** A stated score that its rule (the sheet's 评分标准 or the pack's) does not give. */
export const scoreMismatch: Check = {
  id: 'score-mismatch',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    const decimals = ctx.rules.pack.scoreDecimals;
    const tol = (ctx.tolerance.fixed ?? 0.5 * 10 ** -decimals) + 1e-9;
    for (const { indicator, rule, outcome } of ctx.rules.results) {
      const stated = numberOf(indicator.score);
      if (!rule || !outcome || outcome.computed === null || !stated || !indicator.score) continue;
      countExamined(ctx, 'score-mismatch');
      const low = (outcome.low ?? outcome.computed) - tol;
      const high = (outcome.high ?? outcome.computed) + tol;
      if (stated.value >= low && stated.value <= high) continue;
      const expected = roundTo(outcome.computed, decimals);
      const name = indicatorName(indicator);
      out.push({
        rule: 'score-mismatch',
        severity: 'error',
        at: indicator.score.cell,
        indicator: name,
        expected,
        actual: stated.value,
        messageKey: 'score-mismatch',
        params: {
          indicator: name,
          actual: showReading(stated),
          expected: show(expected, decimals),
          kind: `rule.${rule.spec.kind}`,
          origin: rule.origin === 'sheet' || rule.origin === 'form' ? `rule.origin.${rule.origin}` : rule.origin,
          formula: outcome.formula,
        },
      });
    }
    return out;
  },
};
