import type { FundingKey } from '../../model/types';
import type { RuleInput, RuleOutcome } from '../types';
import { fig } from '../format';
import { expect, FUNDING_KEYS, isObj, type RuleKindSpec } from './kind-spec';

/** Full points when every actual stays within its limit (运行成本: 公用经费, 三公经费), else none. */
export function threshold(input: RuleInput, tests: { actual: FundingKey; limit: FundingKey }[]): RuleOutcome {
  const parts: string[] = [];
  let met = true;
  for (const test of tests) {
    const actual = input.funding[test.actual];
    const limit = input.funding[test.limit];
    if (actual === undefined || limit === undefined) return { computed: null, formula: '', missing: 'funding' };
    const ok = actual <= limit + 1e-9;
    met &&= ok;
    parts.push(`${fig(actual)} ${ok ? '≤' : '>'} ${fig(limit)}`);
  }
  const computed = met ? input.points : 0;
  return { computed, formula: `${parts.join('，')} → ${fig(computed)}` };
}

export const thresholdKind: RuleKindSpec<'threshold'> = {
  kind: 'threshold',
  nameKey: 'rule.threshold',
  helpKey: 'rule.help.threshold',
  explained: true,
  params: [{ name: 'tests', type: 'funding-tests', labelKey: 'rule.param.tests', required: true }],
  evaluate: (spec, input) => threshold(input, spec.tests),
  validate(spec, at, say) {
    expect.list(spec, 'tests', at, say, (test, path) => {
      if (
        !isObj(test) ||
        !FUNDING_KEYS.includes(test.actual as FundingKey) ||
        !FUNDING_KEYS.includes(test.limit as FundingKey)
      ) {
        say(path, 'pack.funding-tests', { keys: FUNDING_KEYS });
      }
    });
  },
};
