import type { RuleInput, RuleOutcome } from '../types';
import { capped, fig } from '../format';
import { noParams, type RuleKindSpec } from './kind-spec';

/** 正向: actual ÷ target × points, capped at the points (national 填表说明). */
export function proportional(input: RuleInput): RuleOutcome {
  const { target, actual, points } = input;
  if (!target) return { computed: null, formula: '', missing: 'target' };
  if (actual === null) return { computed: null, formula: '', missing: 'actual' };
  if (target.value === 0) return { computed: points, formula: `${fig(actual)} ÷ 0 → ${fig(points)}` };
  const computed = capped((actual / target.value) * points, points);
  return { computed, formula: `${fig(actual)} ÷ ${fig(target.value)} × ${fig(points)} = ${fig(computed)}` };
}

export const proportionalKind: RuleKindSpec<'proportional'> = {
  kind: 'proportional',
  nameKey: 'rule.proportional',
  helpKey: 'rule.help.proportional',
  explained: false,
  params: [],
  evaluate: (_spec, input) => proportional(input),
  validate: noParams,
};
