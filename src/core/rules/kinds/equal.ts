import type { RuleInput, RuleOutcome } from '../types';
import { fig } from '../format';
import { targetMet } from '../target-met';
import { noParams, type RuleKindSpec } from './kind-spec';

/**
 * Equal-or-nothing: the target met earns the points, anything else nothing ("完成得满分，未完成不得分").
 * For an "=" target, met means reached exactly; for "≥" or "≤", met by its direction.
 */
export function equal(input: RuleInput): RuleOutcome {
  const { target, actual, points } = input;
  if (!target) return { computed: null, formula: '', missing: 'target' };
  if (actual === null) return { computed: null, formula: '', missing: 'actual' };
  const met = targetMet(target.operator, target.value, actual);
  const op = target.operator === '=' ? (met ? '=' : '≠') : met ? '达到' : '未达到';
  return {
    computed: met ? points : 0,
    formula: `${fig(actual)} ${op} ${fig(target.value)} → ${fig(met ? points : 0)}`,
  };
}

export const equalKind: RuleKindSpec<'equal'> = {
  kind: 'equal',
  nameKey: 'rule.equal',
  helpKey: 'rule.help.equal',
  explained: false,
  params: [],
  evaluate: (_spec, input) => equal(input),
  validate: noParams,
};
