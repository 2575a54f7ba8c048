import ExcelJS from 'exceljs';
import styles from '../core/data/annotation-styles.json';
import {
  type AnnotationRecord,
  type CorrectionRecord,
  freeName,
  isCorrection,
  noteHash,
  noteOnRemoval,
  noteText,
  recordedCorrections,
  STATE_SHEET,
  type XlsxFill,
} from '../core/write-plan/annotation-record';
import type { CellMark, OutSheet, WritePlan } from '../core/write-plan/types';
import { readState, writeState } from './annotation-state';
import { restoreCorrections } from './apply-corrections';
import { CELL_STYLES } from './styles';

/** A plan that cannot be applied; nothing has been written. */
export class ApplyPlanError extends Error {
  constructor(
    readonly code: 'protected-sheet' | 'missing-sheet',
    readonly sheet: string,
  ) {
    super(`${code}: ${sheet}`);
    this.name = 'ApplyPlanError';
  }
}

/** What removal did: whether there was anything to remove, and the state rows it had to skip (edited by hand). */
export interface RemoveResult {
  removed: boolean;
  /** Rows (1-based) of the state sheet that are not records: their cells were not restored. */
  unreadableRows: number[];
  /** Cells corrected in the pane whose old value was put back ("sheet!A1"). */
  correctionsRestored: string[];
  /** Cells corrected in the pane and changed by the user since: left as they are. */
  correctionsKept: string[];
}

export interface RemoveOptions {
  /** Leave corrected cells as they are and return their records (a new 标注 carries them over). */
  keepCorrections?: boolean;
}

/**
 * Applies a write plan to a loaded workbook: first takes out what an earlier run added, then marks the
 * cells, adds the sheets, and records what it did (the core's annotation record, which 清除标注 in Excel
 * reads too). Values in the user's sheets are never changed. Returns what the removal of the earlier run did.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): RemoveResult {
  // Check everything before writing anything: nothing is half-written.
  for (const mark of plan.marks) {
    const ws = workbook.getWorksheet(mark.sheet);
    if (!ws) throw new ApplyPlanError('missing-sheet', mark.sheet);
    if ((ws as unknown as { sheetProtection?: unknown }).sheetProtection)
      throw new ApplyPlanError('protected-sheet', mark.sheet);
  }
  const { corrections, ...removed } = removeAndKeep(workbook, { keepCorrections: true });
  const records: AnnotationRecord[] = [];
  for (const mark of plan.marks) records.push(applyMark(workbook, mark));
  for (const sheet of plan.sheets) records.push({ type: 'sheet', name: addSheet(workbook, sheet) });
  // The corrections made in the pane stay recorded: 撤销修正 and 清除标注 still put them back.
  writeState(workbook, [...records, ...corrections]);
  return removed;
}

/**
 * Takes out everything recorded in the state sheet: fills back as they were, generated sheets gone, and
 * each note as the core's noteOnRemoval says (the same rule as in Excel): a note the user kept, or edited
 * after the run, stays. Cells corrected in the pane get their old value back unless the user changed them
 * since (listed in `correctionsKept`). Rows that are not records are skipped and returned.
 */
export function removeAnnotations(workbook: ExcelJS.Workbook, options: RemoveOptions = {}): RemoveResult {
  const { removed, unreadableRows, correctionsRestored, correctionsKept } = removeAndKeep(workbook, options);
  return { removed, unreadableRows, correctionsRestored, correctionsKept };
}

/**
 * Removal, and the correction records it left in place (with `keepCorrections`). Corrected cells are put
 * back as the core's correctionOnRemoval says: only where the cell still holds the corrected value.
 */
function removeAndKeep(
  workbook: ExcelJS.Workbook,
  options: RemoveOptions,
): RemoveResult & { corrections: CorrectionRecord[] } {
  const stateSheet = workbook.getWorksheet(STATE_SHEET);
  if (!stateSheet)
    return { removed: false, unreadableRows: [], correctionsRestored: [], correctionsKept: [], corrections: [] };
  const { records, unreadable } = readState(stateSheet);
  for (const record of records) {
    if (record.type === 'correction') continue;
    if (record.type === 'sheet') {
      const ws = record.name === STATE_SHEET ? undefined : workbook.getWorksheet(record.name);
      if (ws) workbook.removeWorksheet(ws.id);
    } else {
      const ws = workbook.getWorksheet(record.sheet);
      if (!ws) continue;
      const cell = ws.getCell(record.address);
      setFill(cell, (record.fill ?? undefined) as ExcelJS.Fill | undefined);
      if (noteOnRemoval(record, noteText(cell.note)) === 'restore') setNote(cell, record.note ?? undefined);
    }
  }
  workbook.removeWorksheet(stateSheet.id);
  if (options.keepCorrections)
    return {
      removed: true,
      unreadableRows: unreadable,
      correctionsRestored: [],
      correctionsKept: [],
      corrections: records.filter(isCorrection),
    };
  const { restored, kept } = restoreCorrections(workbook, recordedCorrections(records));
  return {
    removed: true,
    unreadableRows: unreadable,
    correctionsRestored: restored,
    correctionsKept: kept,
    corrections: [],
  };
}

/** The record of what the cell had (its note's replacement is recorded by hash, so removal knows an edit), then the mark. */
function applyMark(workbook: ExcelJS.Workbook, mark: CellMark): AnnotationRecord {
  const cell = (workbook.getWorksheet(mark.sheet) as ExcelJS.Worksheet).getCell(mark.address);
  const fill = (cell.style?.fill ?? null) as XlsxFill | null;
  const record: AnnotationRecord = {
    type: 'mark',
    sheet: mark.sheet,
    address: mark.address,
    fill,
    note: cell.note ?? null,
    office: { noteHash: noteHash(mark.note) },
  };
  setFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: styles.fills[mark.kind] } });
  setNote(cell, mark.note);
  return record;
}

/** ExcelJS shares style objects between cells: give the cell a style of its own before changing its fill. */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

function setNote(cell: ExcelJS.Cell, note: unknown): void {
  if (note === undefined || note === null) {
    // ExcelJS has no public way to delete a note. It keeps it on the cell, and a note read from a file
    // also on the cell's value model, which it writes out again: both go.
    const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    internal._comment = undefined;
    if (internal._value?.model) delete internal._value.model.comment;
  } else {
    cell.note = note as ExcelJS.Comment | string;
  }
}

/** Adds sheets without recording them (a new workbook holding only the 自评表说明). */
export function writeSheets(workbook: ExcelJS.Workbook, sheets: OutSheet[]): void {
  for (const sheet of sheets) addSheet(workbook, sheet);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: OutSheet): string {
  const name = freeName(
    workbook.worksheets.map((w) => w.name),
    sheet.name,
  );
  const ws = workbook.addWorksheet(
    name,
    sheet.freezeRows ? { views: [{ state: 'frozen', ySplit: sheet.freezeRows }] } : {},
  );
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (sheet.table) addTable(ws, sheet);
  sheet.rows.forEach((row, r) => {
    row.forEach((out, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      // Strings go in as strings: ExcelJS never turns them into formulas, whatever they start with.
      cell.value = out.link
        ? { text: String(out.value ?? ''), hyperlink: `#'${out.link.sheet.replace(/'/g, "''")}'!${out.link.address}` }
        : out.value;
      if (out.style) cell.style = { ...CELL_STYLES[out.style] };
      if (out.span && out.span > 1) ws.mergeCells(r + 1, c + 1, r + 1, c + out.span);
    });
    const h = sheet.rowHeights?.[r];
    if (h) ws.getRow(r + 1).height = h;
  });
  if (sheet.printA4) {
    ws.pageSetup = {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    };
  }
  return name;
}

/** The findings as an Excel table: filter buttons on the header row. */
function addTable(ws: ExcelJS.Worksheet, sheet: OutSheet): void {
  const [header, ...body] = sheet.rows;
  ws.addTable({
    name: sheet.table as string,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: header.map((h) => ({ name: String(h.value), filterButton: true })),
    rows: body.length ? body.map((row) => row.map((c) => c.value ?? '')) : [header.map(() => '')],
  });
}
