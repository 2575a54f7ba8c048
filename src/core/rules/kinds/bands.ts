import type { Band, RuleInput, RuleOutcome, ValueSource } from '../types';
import { fig } from '../format';
import { sourceValue } from './value-source';
import { expect, isNum, isObj, type RuleKindSpec } from './kind-spec';

const EPSILON = 1e-9;

export function inBand(value: number, band: Band): boolean {
  if (band.min !== undefined && (band.includeMin === false ? value <= band.min + EPSILON : value < band.min - EPSILON))
    return false;
  if (band.max !== undefined && (band.includeMax === false ? value >= band.max - EPSILON : value > band.max + EPSILON))
    return false;
  return true;
}

/** Value ranges to points (岳阳's 预算调整率: =0 → 3; 0–10% → 2 …); the first band that holds the value wins. */
export function bands(input: RuleInput, source: ValueSource | undefined, list: Band[]): RuleOutcome {
  const value = sourceValue(input, source);
  if (value === null)
    return { computed: null, formula: '', missing: source && source !== 'actual' ? 'funding' : 'actual' };
  const band = list.find((b) => inBand(value, b));
  const computed = band ? Math.min(band.points, input.points) : 0;
  // A rate shows as one (96% → 8); a count as the count it is (80 → 6).
  const percent =
    source === 'funding-rate' ||
    source === 'rate' ||
    ((source === undefined || source === 'actual') && input.actualPercent === true);
  return { computed, formula: `${fig(value, percent)} → ${fig(computed)}` };
}

export const bandsKind: RuleKindSpec<'bands'> = {
  kind: 'bands',
  nameKey: 'rule.bands',
  helpKey: 'rule.help.bands',
  explained: true,
  params: [
    { name: 'source', type: 'value-source', labelKey: 'rule.param.source', required: false },
    { name: 'bands', type: 'bands', labelKey: 'rule.param.bands', required: true },
  ],
  evaluate: (spec, input) => bands(input, spec.source, spec.bands),
  validate(spec, at, say) {
    expect.source(spec, 'source', at, say);
    expect.list(spec, 'bands', at, say, (band, path) => {
      if (!isObj(band) || !isNum(band.points)) return say(`${path}.points`, 'pack.number');
      for (const k of ['min', 'max'] as const)
        if (band[k] !== undefined && !isNum(band[k])) say(`${path}.${k}`, 'pack.number');
    });
  },
};
