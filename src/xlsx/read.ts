import ExcelJS from 'exceljs';
import type { RawCell, SheetData, WorkbookData } from '../core/grid/types';
import type { Area } from '../core/grid/address';
import { WorkbookReadError } from './errors';
import { generatedSheets, STATE_SHEET } from '../core/write-plan/annotation-record';
import { readState } from './annotation-state';
import { loadGuarded } from './load-guard';
import { toRawCell } from './raw-cell';
import { assertWorkbookZip, assertZip } from './zip-guard';
import { readZipDirectory } from './zip-directory';

type ExcelValue = ExcelJS.CellValue;

/** Reads .xlsx bytes into the core's plain sheets: values (formula results), number formats, errors, merges. */
export async function readWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<WorkbookData> {
  return (await loadWorkbook(data)).data;
}

/**
 * Loads .xlsx bytes with ExcelJS and reads them into plain sheets, leaving out the sheets an earlier
 * annotation run generated (and its state sheet): a re-run checks the user's sheets only. Rows of the
 * state sheet that are not records (edited by hand) are skipped and named in `unreadableStateRows`.
 */
export async function loadWorkbook(
  data: Buffer | ArrayBuffer | Uint8Array,
): Promise<{ excel: ExcelJS.Workbook; data: WorkbookData; unreadableStateRows: number[] }> {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  assertZip(bytes);
  assertWorkbookZip(readZipDirectory(bytes));
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadGuarded(bytes);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError('damaged', { reason: (err as Error)?.message ?? String(err) });
  }
  return { excel: workbook, ...workbookData(workbook) };
}

/**
 * A loaded workbook (as it is now, after writes in memory) as the core's plain sheets, the sheets an
 * annotation run generated and its state sheet left out; the state's rows that are not records are named.
 */
export function workbookData(workbook: ExcelJS.Workbook): { data: WorkbookData; unreadableStateRows: number[] } {
  const { records, unreadable } = readState(workbook.getWorksheet(STATE_SHEET));
  const generated = new Set([STATE_SHEET, ...generatedSheets(records)]);
  return {
    data: { sheets: workbook.worksheets.filter((ws) => !generated.has(ws.name)).map(toSheetData) },
    unreadableStateRows: unreadable,
  };
}

export function toSheetData(ws: ExcelJS.Worksheet): SheetData {
  const cells: (RawCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (RawCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The other cells of a merged area repeat the top-left value in ExcelJS; the core resolves merges itself.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // ExcelJS's `value` drops a formula's cached 0, false or "" (it copies only truthy fields); `result` keeps it.
      const value =
        cell.type === ExcelJS.ValueType.Formula
          ? { ...(cell.value as ExcelJS.CellFormulaValue), result: cell.result }
          : cell.value;
      const raw = toRawCell(value as ExcelValue, cell.numFmt);
      if (raw) out[colNumber - 1] = raw;
    });
    if (out.length) cells[rowNumber - 1] = out;
  });
  return {
    name: ws.name,
    cells,
    merges: mergesOf(ws),
    hidden: ws.state !== 'visible',
    protected: Boolean((ws as unknown as { sheetProtection?: unknown }).sheetProtection),
  };
}

function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  // ExcelJS keeps merges by master cell; its public `model` getter would rebuild every row to list them.
  const merges =
    (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })
      ._merges ?? {};
  return Object.values(merges).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
}
