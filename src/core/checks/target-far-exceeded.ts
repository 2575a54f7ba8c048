import { fig } from '../rules/format';
import { type Check, type CheckContext, indicatorName } from './context';
import type { FindingDraft } from './finding';

/** How far past a 正向 target an actual may go before the target looks set too low. */
export const FAR_EXCEEDED_FACTOR = 1.5;

/** A 正向 actual of at least 1.5 × its target (the seed's 防灾减灾 3 against 2): reviewers query such targets. */
export const targetFarExceeded: Check<'target-far-exceeded'> = {
  id: 'target-far-exceeded',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const { indicator, reconciled } of ctx.rules.results) {
      const t = reconciled.target;
      const actual = reconciled.actual;
      if (!indicator.actual || !t || actual === null || t.value <= 0) continue;
      if (t.operator !== '>=' && t.operator !== '>') continue;
      if (actual < FAR_EXCEEDED_FACTOR * t.value) continue;
      const name = indicatorName(indicator);
      out.push({
        rule: 'target-far-exceeded',
        severity: 'info',
        at: indicator.actual.cell,
        indicator: name,
        expected: t.value,
        actual,
        messageKey: 'target-far-exceeded',
        params: {
          indicator: name,
          target: fig(t.value, t.percent),
          actual: fig(actual, t.percent),
          ratio: fig(Math.round((actual / t.value) * 100) / 100),
        },
      });
    }
    return out;
  },
};
