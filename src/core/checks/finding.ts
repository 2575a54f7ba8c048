import type { MessageKey, MessageParams } from '../i18n/catalogue';
import type { CellRef } from '../model/types';
import type { Correction, CorrectionDraft, CorrectionRefusal } from '../corrections/types';

export type Severity = 'error' | 'warning' | 'info';

/** A check's stable id: what `findings[].rule` holds in the CLI's JSON (a contract: never renamed). */
export type CheckId =
  | 'sum-mismatch'
  | 'score-out-of-range'
  | 'deduction'
  | 'deduction-without-reason'
  | 'missing-value'
  | 'invalid-value'
  | 'ratio-mismatch'
  | 'breakdown-mismatch'
  | 'score-mismatch'
  | 'target-not-met'
  | 'target-far-exceeded'
  | 'rule-not-verified'
  | 'narrative-mismatch'
  | 'narrative-name-differs'
  | 'narrative-duplicate-number'
  | 'narrative-skipped-number';

/** What a check found, before its message is put into words. */
export interface FindingDraft {
  /** The check that found it (named `rule` in the JSON, which keeps its field names). */
  rule: CheckId;
  severity: Severity;
  at: CellRef;
  indicator: string;
  expected: number | string | null;
  actual: number | string | null;
  messageKey: MessageKey;
  params: MessageParams;
  /** The one right value, where there is one; null where there is but the cell may not be written (a formula). */
  correction?: CorrectionDraft | null;
  correctionRefused?: CorrectionRefusal;
}

/** A finding as users and other tools see it (the CLI's JSON). */
export interface Finding {
  /** The id of the check that found it; the field keeps its name for scripts reading the JSON. */
  rule: CheckId;
  severity: Severity;
  sheet: string;
  cell: string;
  indicator: string;
  expected: number | string | null;
  actual: number | string | null;
  message: string;
  /**
   * Present only where the finding has one unambiguous right value: the correction to offer, or null where
   * the cell holds a formula (then `correctionRefused` says so, and the message ends with the reason).
   */
  correction?: Correction | null;
  correctionRefused?: CorrectionRefusal;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
