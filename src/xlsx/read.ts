import ExcelJS from 'exceljs';
import type { RawCell, SheetData, WorkbookData } from '../core/grid/types';
import type { Area } from '../core/grid/address';
import { WorkbookReadError } from './errors';
import annotationStyles from '../core/data/annotation-styles.json';
import { readState } from './annotation-state';
import { assertWorkbookZip, loadGuarded } from './load-guard';
import { readZipDirectory } from './zip-directory';

type ExcelValue = ExcelJS.CellValue;

/** Reads .xlsx bytes into the core's plain sheets: values (formula results), number formats, errors, merges. */
export async function readWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<WorkbookData> {
  return (await loadWorkbook(data)).data;
}

/**
 * Loads .xlsx bytes with ExcelJS and reads them into plain sheets, leaving out the sheets an earlier
 * annotation run generated (and its state sheet): a re-run checks the user's sheets only.
 */
export async function loadWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<{ excel: ExcelJS.Workbook; data: WorkbookData }> {
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
  const stateSheet = workbook.getWorksheet(annotationStyles.sheetNames.state);
  const generated = new Set([annotationStyles.sheetNames.state, ...readState(stateSheet).flatMap((r) => (r.type === 'sheet' ? [r.name] : []))]);
  return { excel: workbook, data: { sheets: workbook.worksheets.filter((ws) => !generated.has(ws.name)).map(toSheetData) } };
}

/** Why a workbook could not be read, before ExcelJS says something less clear. */
export function assertZip(bytes: Uint8Array): void {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new WorkbookReadError('ole');
  }
  throw new WorkbookReadError(bytes.length === 0 ? 'empty' : 'not-zip');
}

export function toSheetData(ws: ExcelJS.Worksheet): SheetData {
  const cells: (RawCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (RawCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The other cells of a merged area repeat the top-left value in ExcelJS; the core resolves merges itself.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // ExcelJS's `value` drops a formula's cached 0, false or "" (it copies only truthy fields); `result` keeps it.
      const value = cell.type === ExcelJS.ValueType.Formula ? { ...(cell.value as ExcelJS.CellFormulaValue), result: cell.result } : cell.value;
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
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/**
 * A date cell as YYYY-MM-DD. A number far beyond Excel's last date under a date format comes from ExcelJS
 * as an invalid Date: kept as the "########" Excel shows for it rather than thrown on.
 */
function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '########' : date.toISOString().slice(0, 10);
}

export function toRawCell(value: ExcelValue, numFmt: string | undefined): RawCell | undefined {
  const format = numFmt || undefined;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value, format };
  if (value instanceof Date) return { value: isoDate(value), format };
  if (typeof value === 'object') {
    if ('error' in value) return { value: null, error: String(value.error), format };
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join(''), format };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return { value: null, format, formula: true };
      if (typeof result === 'object' && result !== null && 'error' in result) return { value: null, error: String((result as { error: unknown }).error), format, formula: true };
      if (result instanceof Date) return { value: isoDate(result), format, formula: true };
      return { value: result as number | string | boolean, format, formula: true };
    }
    if ('hyperlink' in value) {
      const text = (value as { text?: unknown }).text;
      return { value: typeof text === 'string' ? text : String((text as { richText?: { text: string }[] })?.richText?.map((r) => r.text).join('') ?? ''), format };
    }
  }
  return { value: String(value), format };
}
