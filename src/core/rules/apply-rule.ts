import { RULE_KINDS } from './kinds/index';
import type { RuleKindSpec, SpecOf } from './kinds/kind-spec';
import type { RuleInput, RuleKind, RuleOutcome, RuleSpec } from './types';

export { byTarget } from './kinds/by-target';

/** Applies one rule to one indicator's figures. Pure; each kind lives in its own module, registered in RULE_KINDS. */
export function applyRule(spec: RuleSpec, input: RuleInput): RuleOutcome {
  return applyKind(spec, input);
}

function applyKind<K extends RuleKind>(spec: SpecOf<K>, input: RuleInput): RuleOutcome {
  const kind: RuleKindSpec<K> = RULE_KINDS[spec.kind as K];
  return kind.evaluate(spec, input, applyRule);
}
