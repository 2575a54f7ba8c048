import ExcelJS from 'exceljs';
import type { CellCorrection, CorrectionPlan } from '../core/write-plan/corrections';
import { toRawCell } from './raw-cell';

export type CorrectionErrorCode = 'missing-sheet' | 'protected-sheet' | 'formula' | 'changed';

/** A correction plan that cannot be applied as it stands; nothing has been written. */
export class ApplyCorrectionsError extends Error {
  constructor(
    readonly code: CorrectionErrorCode,
    readonly sheet: string,
    readonly address: string,
  ) {
    super(`${code}: ${sheet}!${address}`);
    this.name = 'ApplyCorrectionsError';
  }
}

/**
 * Writes the corrections into a loaded workbook. Every cell is checked first (its sheet there and not
 * protected, no formula in it, still holding the value the plan was made from), so a plan is applied
 * whole or not at all. The cell keeps its style and number format; a text is written as a plain string,
 * so one starting with = + - or @ stays text.
 */
export function applyCorrections(workbook: ExcelJS.Workbook, plan: CorrectionPlan): void {
  const cells = plan.corrections.map((c) => ({ c, cell: checkedCell(workbook, c) }));
  for (const { c, cell } of cells) cell.value = c.to;
}

function checkedCell(workbook: ExcelJS.Workbook, c: CellCorrection): ExcelJS.Cell {
  const ws = workbook.getWorksheet(c.sheet);
  if (!ws) throw new ApplyCorrectionsError('missing-sheet', c.sheet, c.address);
  if ((ws as unknown as { sheetProtection?: unknown }).sheetProtection)
    throw new ApplyCorrectionsError('protected-sheet', c.sheet, c.address);
  const cell = ws.getCell(c.address);
  if (cell.type === ExcelJS.ValueType.Formula) throw new ApplyCorrectionsError('formula', c.sheet, c.address);
  const raw = toRawCell(cell.value, cell.numFmt);
  if (raw?.value !== c.from) throw new ApplyCorrectionsError('changed', c.sheet, c.address);
  return cell;
}
