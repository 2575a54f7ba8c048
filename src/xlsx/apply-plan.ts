import ExcelJS from 'exceljs';
import styles from '../core/data/annotation-styles.json';
import type { CellMark, OutSheet, WritePlan } from '../core/write-plan/types';
import { readState, type StateRecord, writeState } from './annotation-state';
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

/**
 * Applies a write plan to a loaded workbook: first takes out what an earlier run added, then marks the
 * cells, adds the sheets, and records what it did. Values in the user's sheets are never changed.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  // Check everything before writing anything: nothing is half-written.
  for (const mark of plan.marks) {
    const ws = workbook.getWorksheet(mark.sheet);
    if (!ws) throw new ApplyPlanError('missing-sheet', mark.sheet);
    if ((ws as unknown as { sheetProtection?: unknown }).sheetProtection) throw new ApplyPlanError('protected-sheet', mark.sheet);
  }
  removeAnnotations(workbook);
  const records: StateRecord[] = [];
  for (const mark of plan.marks) records.push(applyMark(workbook, mark));
  for (const sheet of plan.sheets) records.push({ type: 'sheet', name: addSheet(workbook, sheet) });
  writeState(workbook, styles.sheetNames.state, records);
}

/** Takes out everything recorded in the state sheet: fills and notes back as they were, generated sheets gone. */
export function removeAnnotations(workbook: ExcelJS.Workbook): boolean {
  const stateSheet = workbook.getWorksheet(styles.sheetNames.state);
  if (!stateSheet) return false;
  for (const record of readState(stateSheet)) {
    if (record.type === 'sheet') {
      const ws = workbook.getWorksheet(record.name);
      if (ws) workbook.removeWorksheet(ws.id);
    } else {
      const ws = workbook.getWorksheet(record.sheet);
      if (!ws) continue;
      const cell = ws.getCell(record.address);
      setFill(cell, record.fill ?? undefined);
      // Excel without the notes API neither read nor wrote notes: the cell's note is the user's, leave it.
      if (!record.office?.noteUnknown && !record.office?.noteKept) setNote(cell, record.note ?? undefined);
    }
  }
  workbook.removeWorksheet(stateSheet.id);
  return true;
}

function applyMark(workbook: ExcelJS.Workbook, mark: CellMark): StateRecord {
  const cell = (workbook.getWorksheet(mark.sheet) as ExcelJS.Worksheet).getCell(mark.address);
  const record: StateRecord = { type: 'mark', sheet: mark.sheet, address: mark.address, fill: cell.style?.fill ?? null, note: cell.note ?? null };
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

/** A free sheet name: the wanted one, or with "（生成）" (and a number) where a sheet of the user's has it. */
function freeName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name));
  if (!taken.has(wanted)) return wanted;
  for (let i = 1; ; i++) {
    const name = `${wanted}${styles.generatedSuffix.replace('）', i === 1 ? '）' : `${i}）`)}`.slice(0, 31);
    if (!taken.has(name)) return name;
  }
}

/** Adds sheets without recording them (a new workbook holding only the 自评表说明). */
export function writeSheets(workbook: ExcelJS.Workbook, sheets: OutSheet[]): void {
  for (const sheet of sheets) addSheet(workbook, sheet);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: OutSheet): string {
  const name = freeName(workbook, sheet.name);
  const ws = workbook.addWorksheet(name, sheet.freezeRows ? { views: [{ state: 'frozen', ySplit: sheet.freezeRows }] } : {});
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (sheet.table) addTable(ws, sheet);
  sheet.rows.forEach((row, r) => {
    row.forEach((out, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      // Strings go in as strings: ExcelJS never turns them into formulas, whatever they start with.
      cell.value = out.link ? { text: String(out.value ?? ''), hyperlink: `#'${out.link.sheet.replace(/'/g, "''")}'!${out.link.address}` } : out.value;
      if (out.style) cell.style = { ...CELL_STYLES[out.style] };
      if (out.span && out.span > 1) ws.mergeCells(r + 1, c + 1, r + 1, c + out.span);
    });
    const h = sheet.rowHeights?.[r];
    if (h) ws.getRow(r + 1).height = h;
  });
  if (sheet.printA4) {
    ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } };
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
