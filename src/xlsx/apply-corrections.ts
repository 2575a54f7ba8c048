import ExcelJS from 'exceljs';
import {
  correctionOnRemoval,
  correctionRecord,
  type CorrectionRecord,
  isCorrection,
  recordedCorrections,
  STATE_SHEET,
} from '../core/write-plan/annotation-record';
import type { CellCorrection, CorrectionPlan } from '../core/write-plan/corrections';
import { appendState, dropStateRows, readState } from './annotation-state';
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

export interface ApplyCorrectionsOptions {
  /**
   * Record each cell's old and new value in the annotation record (the pane does), so that 撤销修正 and
   * 清除标注 — after a reload, or `scoresheet clean` — put the old value back. `scoresheet fix` writes a
   * copy and records nothing.
   */
  record?: boolean;
}

/**
 * Writes the corrections into a loaded workbook. Every cell is checked first (its sheet there and not
 * protected, no formula in it, still holding the value the plan was made from), so a plan is applied
 * whole or not at all. The cell keeps its style and number format; a text is written as a plain string,
 * so one starting with = + - or @ stays text.
 */
export function applyCorrections(
  workbook: ExcelJS.Workbook,
  plan: CorrectionPlan,
  options: ApplyCorrectionsOptions = {},
): void {
  const cells = plan.corrections.map((c) => ({ c, cell: checkedCell(workbook, c) }));
  for (const { c, cell } of cells) cell.value = c.to;
  if (options.record) appendState(workbook, plan.corrections.map(correctionRecord));
}

/** What putting recorded corrections back did: cells restored, and cells left alone (changed since), as "sheet!A1". */
export interface CorrectionsRestored {
  restored: string[];
  kept: string[];
}

/**
 * 撤销修正: every correction recorded in the workbook put back (its old value, exactly: a number as a
 * number, a text as a text, the number format untouched) where the cell still holds the corrected value;
 * a cell the user changed since is left alone and named in `kept`. The correction records go; the state
 * sheet too when it held nothing else.
 */
export function undoRecordedCorrections(workbook: ExcelJS.Workbook): CorrectionsRestored {
  const ws = workbook.getWorksheet(STATE_SHEET);
  if (!ws) return { restored: [], kept: [] };
  const { records, rows = [] } = readState(ws);
  const result = restoreCorrections(workbook, recordedCorrections(records));
  dropStateRows(
    workbook,
    records.flatMap((r, i) => (isCorrection(r) ? [rows[i]] : [])),
  );
  return result;
}

/** Puts each correction's old value back where the cell still holds the corrected one. */
export function restoreCorrections(workbook: ExcelJS.Workbook, list: readonly CorrectionRecord[]): CorrectionsRestored {
  const out: CorrectionsRestored = { restored: [], kept: [] };
  for (const r of list) {
    const name = `${r.sheet}!${r.address}`;
    const cell = workbook.getWorksheet(r.sheet)?.getCell(r.address);
    if (!cell) {
      out.kept.push(name);
      continue;
    }
    const formula = cell.type === ExcelJS.ValueType.Formula;
    if (correctionOnRemoval(r, toRawCell(cell.value, cell.numFmt)?.value ?? null, formula) === 'restore') {
      cell.value = r.from;
      out.restored.push(name);
    } else out.kept.push(name);
  }
  return out;
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
