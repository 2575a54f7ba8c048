import type ExcelJS from 'exceljs';
import {
  type AnnotationRecord,
  type ParsedState,
  parseStateRows,
  STATE_SHEET,
  stateColumn,
} from '../core/write-plan/annotation-record';

/**
 * The annotation record (src/core/write-plan/annotation-record.ts: the very hidden state sheet both
 * adapters read and write) in an ExcelJS workbook.
 */

/** The records of a state sheet, and its rows that are not records (skipped). */
export function readState(ws: ExcelJS.Worksheet | undefined): ParsedState {
  const cells: [number, unknown][] = [];
  ws?.eachRow((row, n) => cells.push([n, cellText(row.getCell(1).value)]));
  return parseStateRows(cells);
}

/** A cell's value as the text Excel shows for a string (rich text joined); other values as they are. */
function cellText(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return value;
}

/** Adds the state sheet, very hidden, after every other sheet. */
export function writeState(workbook: ExcelJS.Workbook, records: AnnotationRecord[]): void {
  const ws = workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  stateColumn(records).forEach((text, i) => {
    ws.getCell(i + 1, 1).value = text;
  });
}

/**
 * Adds records to the state sheet below those it holds (its other rows, even unreadable ones, stay as
 * they are); makes the sheet when there is none.
 */
export function appendState(workbook: ExcelJS.Workbook, records: AnnotationRecord[]): void {
  if (!records.length) return;
  const ws = workbook.getWorksheet(STATE_SHEET);
  if (!ws) {
    writeState(workbook, records);
    return;
  }
  let row = 0;
  ws.eachRow((_, n) => (row = Math.max(row, n)));
  records.forEach((r, i) => {
    // A string stays a string in ExcelJS, whatever it starts with.
    ws.getCell(row + i + 1, 1).value = JSON.stringify(r);
  });
}

/**
 * Takes the records at these rows out of the state sheet; the sheet goes when nothing is left in it but
 * its header (no other record, no unreadable row).
 */
export function dropStateRows(workbook: ExcelJS.Workbook, rows: readonly number[]): void {
  const ws = workbook.getWorksheet(STATE_SHEET);
  if (!ws || !rows.length) return;
  for (const row of rows) ws.getCell(row, 1).value = null;
  const left = readState(ws);
  if (!left.records.length && !left.unreadable.length) workbook.removeWorksheet(ws.id);
}
