import type { FundingKey } from '../model/types';
import type { Deadline } from '../parse/deadline';
import type { Operator } from '../parse/target';

/** A band of a banded rule: values in [min, max] (ends included as said) score `points`. Ratios for rates (90% = 0.9). */
export interface Band {
  min?: number;
  max?: number;
  includeMin?: boolean;
  includeMax?: boolean;
  points: number;
}

/** One part of a composite rule: a weight scored by a rule of its own, or taken as stated (`assumed`). */
export interface CompositePart {
  label: string;
  weight: number;
  rule: RuleSpec | { kind: 'assumed' };
}

/** Where a rate or a banded value comes from: the indicator's actual, or a funding figure. */
export type ValueSource = 'actual' | 'funding-rate' | FundingKey;

/** What a district can write in a rule pack: a rule kind and its parameters. */
export type RuleSpec =
  | { kind: 'proportional' }
  | { kind: 'inverse' }
  | { kind: 'equal' }
  | { kind: 'by-target' }
  | { kind: 'rate'; source?: ValueSource; weight?: number }
  | { kind: 'threshold'; tests: { actual: FundingKey; limit: FundingKey }[] }
  | { kind: 'bands'; source?: ValueSource; bands: Band[] }
  | {
      kind: 'per-unit';
      source?: ValueSource;
      limit: number;
      step: number;
      deduct: number;
      direction: 'over' | 'under';
      rounding?: 'exact' | 'floor' | 'ceil' | 'any';
    }
  | { kind: 'qualitative'; met?: string[]; notMet?: string[] }
  | { kind: 'composite'; parts: CompositePart[] };

export type RuleKind = RuleSpec['kind'];

/** What a rule reads of one indicator (figures already reconciled: percentages as ratios on both sides). */
export interface RuleInput {
  /** The indicator's points (the sheet's, which always win over a pack's). */
  points: number;
  target: { value: number; operator: Operator } | null;
  actual: number | null;
  actualText: string;
  /** The target as written, for qualitative targets ("有效改善"). */
  targetText?: string;
  /** The actual is a percentage (shown as one in a rule's formula). */
  actualPercent?: boolean;
  /** A time limit the target states (9月前): met early is met. */
  deadline?: Deadline | null;
  /** The year's funding figures, by key; 'funding-rate' is the stated 执行率 or else 执行数 ÷ 预算数. */
  funding: Partial<Record<FundingKey | 'funding-rate', number>>;
}

/** What a rule makes of it: the score it gives, or why it gives none. */
export interface RuleOutcome {
  /** The rule's score, unrounded; null when the rule cannot be applied to this indicator. */
  computed: number | null;
  /** Where a rule's wording allows more than one reading (a per-unit rule's rounding), the range it allows. */
  low?: number;
  high?: number;
  /** The computation, for messages: "98.76% × 10 = 9.88". */
  formula: string;
  /** When computed is null: what was missing. */
  missing?: 'target' | 'actual' | 'funding' | 'judgement';
}
