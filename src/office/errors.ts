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
