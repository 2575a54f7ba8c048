import { breakdownMismatch } from './breakdown-mismatch';
import type { Check } from './context';
import type { CheckId } from './finding';
import { deduction } from './deduction';
import { deductionWithoutReason } from './deduction-without-reason';
import { invalidValue } from './invalid-value';
import { missingValue } from './missing-value';
import { narrativeDuplicateNumber } from './narrative-duplicate-number';
import { narrativeMismatch } from './narrative-mismatch';
import { narrativeNameDiffers } from './narrative-name-differs';
import { narrativeSkippedNumber } from './narrative-skipped-number';
import { ratioMismatch } from './ratio-mismatch';
import { scoreOutOfRange } from './score-out-of-range';
import { sumMismatch } from './sum-mismatch';
import { ruleNotVerified } from './rule-not-verified';
import { scoreMismatch } from './score-mismatch';
import { targetFarExceeded } from './target-far-exceeded';
import { targetNotMet } from './target-not-met';

/** Every check by its id: a CheckId without its check (or a check under another's id) does not compile. */
export const CHECKS: { readonly [Id in CheckId]: Check<Id> } = {
  'invalid-value': invalidValue,
  'sum-mismatch': sumMismatch,
  'score-out-of-range': scoreOutOfRange,
  'score-mismatch': scoreMismatch,
  'ratio-mismatch': ratioMismatch,
  'breakdown-mismatch': breakdownMismatch,
  'missing-value': missingValue,
  'deduction-without-reason': deductionWithoutReason,
  'target-not-met': targetNotMet,
  deduction,
  'target-far-exceeded': targetFarExceeded,
  'rule-not-verified': ruleNotVerified,
  'narrative-mismatch': narrativeMismatch,
  'narrative-name-differs': narrativeNameDiffers,
  'narrative-duplicate-number': narrativeDuplicateNumber,
  'narrative-skipped-number': narrativeSkippedNumber,
};

/**
 * The order the checks run in, which is the order findings of equal severity and place are listed in
 * (the sort is stable). Every id exactly once: a test holds it to CHECKS.
 */
export const CHECK_ORDER: readonly CheckId[] = [
  'invalid-value',
  'sum-mismatch',
  'score-out-of-range',
  'score-mismatch',
  'ratio-mismatch',
  'breakdown-mismatch',
  'missing-value',
  'deduction-without-reason',
  'target-not-met',
  'deduction',
  'target-far-exceeded',
  'rule-not-verified',
  'narrative-mismatch',
  'narrative-name-differs',
  'narrative-duplicate-number',
  'narrative-skipped-number',
];

/** Every check, in CHECK_ORDER. */
export const checks: readonly Check[] = CHECK_ORDER.map((id) => CHECKS[id]);
