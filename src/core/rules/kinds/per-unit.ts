import type { MessageKey } from '../../i18n/catalogue';
import type { RuleInput, RuleOutcome, ValueSource } from '../types';
import { fig } from '../format';
import { sourceValue } from './value-source';
import { expect, type RuleKindSpec } from './kind-spec';

type Rounding = 'exact' | 'floor' | 'ceil' | 'any';

/**
 * Per-unit deduction: full points within the limit, minus `deduct` for each `step` beyond it, not below 0
 * ("≤100%计6分，每超过一个百分点扣1分，扣完为止"). Whether a part of a step counts is not said in such
 * texts; 'any' (the default) accepts every reading, from whole steps only to a share of one.
 */
export function perUnit(
  input: RuleInput,
  spec: {
    source?: ValueSource;
    limit: number;
    step: number;
    deduct: number;
    direction: 'over' | 'under';
    rounding?: Rounding;
  },
): RuleOutcome {
  const value = sourceValue(input, spec.source);
  if (value === null) return { computed: null, formula: '', missing: 'actual' };
  const beyond = spec.direction === 'over' ? value - spec.limit : spec.limit - value;
  const steps = Math.max(0, beyond / spec.step);
  const points = input.points;
  const score = (n: number) => Math.max(0, points - n * spec.deduct);
  const rounding = spec.rounding ?? 'any';
  const exact = score(steps);
  const floor = score(Math.floor(steps + 1e-9));
  const ceil = score(Math.ceil(steps - 1e-9));
  const computed = rounding === 'floor' ? floor : rounding === 'ceil' ? ceil : exact;
  const formula = `${fig(points)} − ${fig(Math.round(steps * 10000) / 10000)} × ${fig(spec.deduct)} = ${fig(computed)}`;
  if (rounding !== 'any') return { computed, formula };
  return { computed, low: Math.min(ceil, exact), high: Math.max(floor, exact), formula };
}

const DIRECTIONS = ['over', 'under'] as const;
const ROUNDINGS = ['any', 'exact', 'floor', 'ceil'] as const;
// Each choice's name for a rule editor: one missing for a value added above does not compile.
const DIRECTION_NAMES: Record<(typeof DIRECTIONS)[number], MessageKey> = {
  over: 'rule.option.direction.over',
  under: 'rule.option.direction.under',
};
const ROUNDING_NAMES: Record<Rounding, MessageKey> = {
  any: 'rule.option.rounding.any',
  exact: 'rule.option.rounding.exact',
  floor: 'rule.option.rounding.floor',
  ceil: 'rule.option.rounding.ceil',
};

export const perUnitKind: RuleKindSpec<'per-unit'> = {
  kind: 'per-unit',
  nameKey: 'rule.per-unit',
  helpKey: 'rule.help.per-unit',
  explained: true,
  params: [
    { name: 'source', type: 'value-source', labelKey: 'rule.param.source', required: false },
    { name: 'limit', type: 'number', labelKey: 'rule.param.limit', required: true },
    { name: 'step', type: 'positive-number', labelKey: 'rule.param.step', required: true },
    { name: 'deduct', type: 'number', labelKey: 'rule.param.deduct', required: true },
    {
      name: 'direction',
      type: 'choice',
      labelKey: 'rule.param.direction',
      required: true,
      options: DIRECTIONS,
      optionKeys: DIRECTION_NAMES,
    },
    {
      name: 'rounding',
      type: 'choice',
      labelKey: 'rule.param.rounding',
      required: false,
      options: ROUNDINGS,
      optionKeys: ROUNDING_NAMES,
    },
  ],
  evaluate: (spec, input) => perUnit(input, spec),
  validate(spec, at, say) {
    expect.source(spec, 'source', at, say);
    expect.number(spec, 'limit', at, say);
    expect.positive(spec, 'step', at, say);
    expect.number(spec, 'deduct', at, say);
    expect.choice(spec, 'direction', DIRECTIONS, at, say);
    expect.choice(spec, 'rounding', ROUNDINGS, at, say, true);
  },
};
