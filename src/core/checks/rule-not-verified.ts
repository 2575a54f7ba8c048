import { type Check, type CheckContext, indicatorName } from './context';
import type { FindingDraft } from './finding';
import { numberOf } from './numbers';
import { WHY_NOT_SCORED } from '../rules/messages';

/** A scored indicator whose score no rule could recompute: said, so that "no mismatch" is not read as "verified". */
export const ruleNotVerified: Check<'rule-not-verified'> = {
  id: 'rule-not-verified',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const { indicator, rule, outcome } of ctx.rules.results) {
      if (!indicator.score || !numberOf(indicator.score) || !numberOf(indicator.points)) continue;
      if (rule && outcome && outcome.computed !== null) continue;
      const name = indicatorName(indicator);
      const why = WHY_NOT_SCORED[(rule && outcome?.missing) || 'no-rule'];
      out.push({
        rule: 'rule-not-verified',
        severity: 'info',
        at: indicator.score.cell,
        indicator: name,
        expected: null,
        actual: numberOf(indicator.score)?.value ?? null,
        messageKey: 'rule-not-verified',
        params: { indicator: name, why },
      });
    }
    return out;
  },
};
