import type { RuleKind } from '../types';
import { bandsKind } from './bands';
import { byTargetKind } from './by-target';
import { compositeKind } from './composite';
import { equalKind } from './equal';
import { inverseKind } from './inverse';
import type { RuleKindSpec } from './kind-spec';
import { perUnitKind } from './per-unit';
import { proportionalKind } from './proportional';
import { qualitativeKind } from './qualitative';
import { rateKind } from './rate';
import { thresholdKind } from './threshold';

export type { ParamSpec, ParamType, RuleKindSpec, SpecOf } from './kind-spec';

/**
 * Every scoring-rule kind: how it scores, how a pack's spec of it is validated, its name and parameters, and
 * whether the report explains it. A kind of RuleSpec missing here is a compile error, and so is a kind whose
 * `rule.<kind>` message is missing from the catalogue.
 */
export const RULE_KINDS: { readonly [K in RuleKind]: RuleKindSpec<K> } = {
  proportional: proportionalKind,
  inverse: inverseKind,
  equal: equalKind,
  'by-target': byTargetKind,
  rate: rateKind,
  threshold: thresholdKind,
  bands: bandsKind,
  'per-unit': perUnitKind,
  qualitative: qualitativeKind,
  composite: compositeKind,
};

/** The kinds, in the order a rule editor lists them. */
export const RULE_KIND_NAMES = Object.keys(RULE_KINDS) as RuleKind[];

export function isRuleKind(value: string): value is RuleKind {
  return Object.prototype.hasOwnProperty.call(RULE_KINDS, value);
}

/** The kinds whose computation the report explains in a sentence of its own (按评分标准计算：…). */
export const EXPLAINED_KINDS: ReadonlySet<RuleKind> = new Set(RULE_KIND_NAMES.filter((k) => RULE_KINDS[k].explained));
