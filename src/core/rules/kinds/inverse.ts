import type { RuleInput, RuleOutcome } from '../types';
import { capped, fig } from '../format';
import { noParams, type RuleKindSpec } from './kind-spec';

/** 反向: target ÷ actual × points, capped; an actual of 0 meets any upper limit. */
export function inverse(input: RuleInput): RuleOutcome {
  const { target, actual, points } = input;
  if (!target) return { computed: null, formula: '', missing: 'target' };
  if (actual === null) return { computed: null, formula: '', missing: 'actual' };
  if (actual <= target.value || actual === 0)
    return { computed: points, formula: `${fig(actual)} ≤ ${fig(target.value)} → ${fig(points)}` };
  const computed = capped((target.value / actual) * points, points);
  return { computed, formula: `${fig(target.value)} ÷ ${fig(actual)} × ${fig(points)} = ${fig(computed)}` };
}

export const inverseKind: RuleKindSpec<'inverse'> = {
  kind: 'inverse',
  nameKey: 'rule.inverse',
  helpKey: 'rule.help.inverse',
  explained: false,
  params: [],
  evaluate: (_spec, input) => inverse(input),
  validate: noParams,
};
