import type { RuleInput, RuleOutcome, ValueSource } from '../types';
import { capped, fig } from '../format';
import { sourceValue } from './value-source';
import { expect, type RuleKindSpec } from './kind-spec';

/** Rate × points, capped ("最高不得超过分值上限"): 10 × 98.76% = 9.876. */
export function rate(input: RuleInput, source: ValueSource | undefined, weight: number | undefined): RuleOutcome {
  const value = sourceValue(input, source);
  if (value === null)
    return { computed: null, formula: '', missing: source && source !== 'actual' ? 'funding' : 'actual' };
  const w = weight ?? input.points;
  const computed = capped(value * w, w);
  return { computed, formula: `${fig(value, true)} × ${fig(w)} = ${fig(computed)}` };
}

export const rateKind: RuleKindSpec<'rate'> = {
  kind: 'rate',
  nameKey: 'rule.rate',
  helpKey: 'rule.help.rate',
  explained: true,
  params: [
    { name: 'source', type: 'value-source', labelKey: 'rule.param.source', required: false },
    { name: 'weight', type: 'positive-number', labelKey: 'rule.param.weight', required: false },
  ],
  evaluate: (spec, input) => rate(input, spec.source, spec.weight),
  validate(spec, at, say) {
    expect.source(spec, 'source', at, say);
    expect.positive(spec, 'weight', at, say, true);
  },
};
