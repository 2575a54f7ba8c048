import type ExcelJS from 'exceljs';

/**
 * What the tool added, kept in a very hidden sheet of the workbook itself so that any later run (or
 * another machine) can take it all out again: the sheets it generated, and for every cell it marked,
 * the fill and note the cell had before. One JSON record a row: a cell holds 32,767 characters at most.
 */
export type StateRecord =
  | { type: 'sheet'; name: string }
  | {
      type: 'mark';
      sheet: string;
      address: string;
      fill: ExcelJS.Fill | null;
      note: unknown;
      /** Written by the Office.js adapter: the user's note was kept, or could not be read (no notes API). */
      office?: { noteKept?: boolean; noteUnknown?: boolean };
    };

const HEADER = 'scoresheet annotations: the original fill and note of each marked cell. Do not edit.';

export function readState(ws: ExcelJS.Worksheet | undefined): StateRecord[] {
  if (!ws) return [];
  const records: StateRecord[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const text = row.getCell(1).value;
    if (typeof text === 'string' && text.startsWith('{')) records.push(JSON.parse(text) as StateRecord);
  });
  return records;
}

export function writeState(workbook: ExcelJS.Workbook, name: string, records: StateRecord[]): void {
  const ws = workbook.addWorksheet(name, { state: 'veryHidden' });
  ws.getCell(1, 1).value = HEADER;
  records.forEach((r, i) => {
    ws.getCell(i + 2, 1).value = JSON.stringify(r);
  });
}
