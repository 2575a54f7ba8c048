import { breakdownMismatch } from './breakdown-mismatch';
import type { Check } from './context';
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

/** Every check, one module each; the order is the order findings of equal severity are listed in. */
export const checks: readonly Check[] = [
  invalidValue,
  sumMismatch,
  scoreOutOfRange,
  scoreMismatch,
  ratioMismatch,
  breakdownMismatch,
  missingValue,
  deductionWithoutReason,
  targetNotMet,
  deduction,
  targetFarExceeded,
  ruleNotVerified,
  narrativeMismatch,
  narrativeNameDiffers,
  narrativeDuplicateNumber,
  narrativeSkippedNumber,
];
