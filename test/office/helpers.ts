import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLargeWorkbook } from '../../bench/large-workbook';
import { parseAreaAddress } from '../../src/core/grid/address';
import type { SheetData, WorkbookData } from '../../src/core/grid/types';
import { loadWorkbook } from '../../src/xlsx/read';
import { FakeExcel, type SheetModel } from './fake-excel';

export const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-scoresheet.xlsx');

export async function sample(): Promise<{ excel: ExcelJS.Workbook; data: WorkbookData }> {
  return loadWorkbook(readFileSync(SAMPLE));
}

const large = new Map<number, Promise<WorkbookData>>();

/** The bench's score table of n indicators (three levels, merged labels, 小计 and 合计), read by ExcelJS. */
export function largeData(n: number): Promise<WorkbookData> {
  let p = large.get(n);
  if (!p) large.set(n, (p = buildLargeWorkbook(n).then(async (bytes) => (await loadWorkbook(bytes)).data)));
  return p;
}

/**
 * Sheets compared as the core sees them: an empty-string cell is an empty cell (ExcelJS keeps a written
 * "" as a string, Excel reports it as empty), merges in a fixed order.
 */
export function comparable(data: WorkbookData): SheetData[] {
  return data.sheets.map((s) => ({
    ...s,
    cells: s.cells.map((row) => row?.map((c) => (c && (c.value !== '' || c.error !== undefined) ? c : undefined))),
    merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  }));
}

/** Fill and note of every cell that has either, per sheet: what apply → remove must give back. */
export function looks(fake: FakeExcel, sheets: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of sheets) {
    const s = fake.sheet(name);
    for (const [k, c] of s.cells) if (c.fill) out[`${name}!${k}:fill`] = c.fill;
    for (const [k, n] of s.notes) out[`${name}!${k}:note`] = n.content;
  }
  return out;
}

/** Values (and formulas) of every cell: apply must never change one in the user's sheets. */
export function contents(sheet: SheetModel): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const [k, c] of sheet.cells) if (c.value !== null || c.formula) out[k] = [c.value, c.format, c.formula];
  return out;
}

/**
 * An ExcelJS workbook (as the CLI writes it: fills, notes, the very hidden state sheet) copied into the
 * fake, for the tests of one adapter cleaning up after the other.
 */
export function fakeFromExcelJS(wb: ExcelJS.Workbook): FakeExcel {
  const fake = new FakeExcel();
  for (const ws of wb.worksheets) {
    const sheet = fake.addSheet(ws.name);
    sheet.visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
    const merges =
      (
        ws as unknown as {
          _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
        }
      )._merges ?? {};
    sheet.merges = Object.values(merges).map((m) => ({
      top: m.model.top - 1,
      left: m.model.left - 1,
      bottom: m.model.bottom - 1,
      right: m.model.right - 1,
    }));
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const { top, left } = parseAreaAddress(cell.address);
        const v = cell.value;
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const note = cell.note;
        const value =
          v === null || v === undefined
            ? null
            : typeof v === 'object' && 'result' in v
              ? ((v.result as string | number | null) ?? null)
              : typeof v === 'object' && 'text' in v
                ? String(v.text)
                : typeof v === 'object' && 'richText' in v
                  ? v.richText.map((r) => r.text).join('')
                  : (v as string | number | boolean);
        if (value === null && !fill && !note) return;
        const c = sheet.ensure(top, left);
        c.value = value;
        c.format = cell.numFmt || 'General';
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb)
          c.fill = { color: `#${fill.fgColor.argb.slice(2)}`, pattern: 'Solid', patternColor: null };
        if (note)
          sheet.notes.set(top * 16_384 + left, {
            content: typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join(''),
          });
      }),
    );
  }
  return fake;
}
