/**
 * A plan (or a clean-up) that cannot be carried out; raised after the first sync, before anything is
 * written. The codes of the ExcelJS twin (src/xlsx/apply-plan.ts), plus `protected-workbook`: Office.js
 * cannot add or delete sheets while the workbook's structure is protected.
 */
export class ApplyPlanError extends Error {
  constructor(
    readonly code: 'protected-sheet' | 'missing-sheet' | 'protected-workbook',
    readonly sheet: string,
  ) {
    super(`${code}: ${sheet}`);
    this.name = 'ApplyPlanError';
  }
}

/**
 * A write request failed after the checks: Excel does not roll a batch back, so what ran before the
 * failing operation (and every earlier request) stays in the workbook. The run's record was written
 * first, so removeAnnotations takes out whatever part of the annotation got written.
 */
export class PartialWriteError extends Error {
  /** The Office error code of the failure ("GeneralException"…), or its message when it had none. */
  readonly officeCode: string;
  constructor(
    readonly operation: 'apply' | 'remove',
    readonly reason: unknown,
    /** 1-based request of the write that failed. */
    readonly request: number,
  ) {
    const code = officeErrorCode(reason);
    super(`${operation} failed in write request ${request}: ${code}`);
    this.name = 'PartialWriteError';
    this.officeCode = code;
  }
}

/** The `code` of an Office.js error (OfficeExtension.Error), else its message. */
export function officeErrorCode(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | null;
  return String(e?.code ?? e?.message ?? err);
}
