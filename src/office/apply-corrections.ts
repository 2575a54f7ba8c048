import type { CellCorrection, CorrectionPlan } from '../core/write-plan/corrections';
import type { ExcelContext, XlRange, XlWorksheetProtection } from './excel-types';

/** Why a correction plan is not applied: nothing has been written. */
export type CorrectionRefusalCode = 'formula' | 'changed' | 'protected-sheet';

/** A correction plan that cannot be applied as it stands (a cell now holds a formula, or another value). */
export class CorrectionRefusedError extends Error {
  constructor(
    readonly code: CorrectionRefusalCode,
    readonly sheet: string,
    readonly address: string,
  ) {
    super(`${code}: ${sheet}!${address}`);
    this.name = 'CorrectionRefusedError';
  }
}

/** The plan as applied: each cell's old and new value, so that undoCorrections(applied) puts them back. */
export interface AppliedCorrections {
  plan: CorrectionPlan;
}

/** Excel's text number format: a string written under it stays text (never a formula, never a number). */
const TEXT_FORMAT = '@';

/**
 * Applies a correction plan in two syncs: one reads every target cell (value, formula, number format, its
 * sheet's protection), the other writes. Every cell is checked before anything is written: a formula is
 * never overwritten, a cell that no longer holds the value the plan was made from refuses the whole plan.
 * A text is written under the "@" number format and the cell's own format put back in the same batch, so it
 * stays text (a leading = + - @ is not a formula) and nothing else about the cell changes.
 */
export async function applyCorrections(context: ExcelContext, plan: CorrectionPlan): Promise<AppliedCorrections> {
  const targets = plan.corrections.map((c) => {
    const sheet = context.workbook.worksheets.getItem(c.sheet);
    const protection = sheet.protection.load('protected');
    const range = sheet.getRange(c.address).load('values,formulas,numberFormat');
    return { c, range, protection };
  });
  if (!targets.length) return { plan };
  await context.sync();
  for (const t of targets) check(t.c, t.range, t.protection);
  for (const { c, range } of targets) {
    if (c.kind === 'value' && typeof c.to === 'number') {
      range.values = [[c.to]];
      continue;
    }
    const format = range.numberFormat[0][0];
    if (format !== TEXT_FORMAT) range.numberFormat = [[TEXT_FORMAT]];
    range.values = [[String(c.to)]];
    if (format !== TEXT_FORMAT) range.numberFormat = [[format]];
  }
  await context.sync();
  return { plan };
}

function check(c: CellCorrection, range: XlRange, protection: XlWorksheetProtection): void {
  if (protection.protected) throw new CorrectionRefusedError('protected-sheet', c.sheet, c.address);
  // A formula reads back as its text ("=SUM(…)"), unlike its value; a text starting with "=" reads the same both ways.
  const formula = range.formulas[0][0];
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== range.values[0][0])
    throw new CorrectionRefusedError('formula', c.sheet, c.address);
  if (range.values[0][0] !== c.from) throw new CorrectionRefusedError('changed', c.sheet, c.address);
}
