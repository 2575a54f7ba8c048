import type { RuleInput, RuleOutcome } from '../types';
import { equal } from './equal';
import { inverse } from './inverse';
import { noParams, type RuleKindSpec } from './kind-spec';
import { proportional } from './proportional';
import { qualitative } from './qualitative';

/** The kind a target's operator calls for: ≥ proportional, ≤ inverse, = equal-or-nothing, none: qualitative. */
export function byTarget(input: RuleInput): RuleOutcome {
  if (!input.target)
    return input.actualText.trim() !== '' ? qualitative(input) : { computed: null, formula: '', missing: 'target' };
  switch (input.target.operator) {
    case '<=':
    case '<':
      return inverse(input);
    case '=':
      return equal(input);
    default:
      return proportional(input);
  }
}

export const byTargetKind: RuleKindSpec<'by-target'> = {
  kind: 'by-target',
  nameKey: 'rule.by-target',
  helpKey: 'rule.help.by-target',
  explained: false,
  params: [],
  evaluate: (_spec, input) => byTarget(input),
  validate: noParams,
};
