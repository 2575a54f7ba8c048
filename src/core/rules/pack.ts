import type { Operator } from '../parse/target';
import type { RuleSpec } from './types';

/** Which indicators a pack rule is for: by clean name, by a word in the name, or any with a target. */
export interface RuleMatch {
  names?: string[];
  contains?: string[];
  hasTarget?: boolean;
}

export interface PackRule {
  id: string;
  title?: string;
  /** Where the rule comes from (a document, an inference): shown to whoever edits the pack. */
  source?: string;
  match: RuleMatch;
  rule: RuleSpec;
}

export interface RulePack {
  name: string;
  title?: string;
  description?: string;
  /** Words of the unit name or title that select this pack automatically ("广州"). */
  appliesTo: string[];
  /** A pack whose rules follow this one's (looked up when nothing here matches). */
  extends?: string;
  scoreDecimals: number;
  defaultOperator: Operator;
  rules: PackRule[];
}
