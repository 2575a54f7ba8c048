import ExcelJS from 'exceljs';
import { toXlsxFill } from '../../src/office/state-fills';
import { type FakeExcel, type FakeFill } from '../office/fake-excel';
import { fakeFromExcelJS } from '../office/helpers';

/**
 * The simulated Excel's workbook back as .xlsx bytes, for the CLI to read: the way from Excel to the CLI
 * (test/office/helpers.ts's fakeFromExcelJS is the way back). The fake keeps only what the adapter writes
 * (values, solid and patterned fills, notes, sheets and their visibility), so the bytes are `base` — the
 * workbook the fake was made from, loaded afresh — with every difference between the fake and
 * fakeFromExcelJS(base) written into it: values, fills and notes changed, sheets added (values only) or
 * deleted.
 */
export async function xlsxFromFake(fake: FakeExcel, base: ExcelJS.Workbook): Promise<Buffer> {
  const was = fakeFromExcelJS(base);
  const live = fake.model.live();
  for (const ws of [...base.worksheets]) if (!live.some((s) => s.name === ws.name)) base.removeWorksheet(ws.id);
  for (const sheet of live) {
    const before = was.model.sheet(sheet.name);
    const ws = base.getWorksheet(sheet.name) ?? base.addWorksheet(sheet.name);
    ws.state = sheet.visibility === 'VeryHidden' ? 'veryHidden' : sheet.visibility === 'Hidden' ? 'hidden' : 'visible';
    const cellAt = (k: number): ExcelJS.Cell => ws.getCell(Math.floor(k / 16_384) + 1, (k % 16_384) + 1);
    if (!before) {
      for (const [k, c] of sheet.cells) if (c.value !== null) cellAt(k).value = c.value;
    } else {
      // Values the adapter changed (a correction, its record): written as they are, a text as a string.
      for (const k of new Set([...sheet.cells.keys(), ...before.cells.keys()])) {
        const now = sheet.cells.get(k);
        const was = before.cells.get(k);
        if ((now?.value ?? null) === (was?.value ?? null) || now?.formula || was?.formula) continue;
        cellAt(k).value = now?.value ?? null;
      }
    }
    for (const k of new Set([...sheet.cells.keys(), ...(before?.cells.keys() ?? [])])) {
      const now = sheet.cells.get(k)?.fill;
      if (same(now, before?.cells.get(k)?.fill)) continue;
      const cell = cellAt(k);
      // A style of the cell's own: ExcelJS shares style objects between cells.
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      const fill = now ? toXlsxFill(now).fill : null;
      if (fill) style.fill = fill as ExcelJS.Fill;
      else delete style.fill;
      cell.style = style;
    }
    for (const k of new Set([...sheet.notes.keys(), ...(before?.notes.keys() ?? [])])) {
      const now = sheet.notes.get(k)?.content;
      if (now === before?.notes.get(k)?.content) continue;
      const cell = cellAt(k);
      if (now !== undefined) cell.note = now;
      else {
        // ExcelJS has no public way to delete a note (src/xlsx/apply-plan.ts does the same).
        const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
        internal._comment = undefined;
        if (internal._value?.model) delete internal._value.model.comment;
      }
    }
  }
  return Buffer.from(await base.xlsx.writeBuffer());
}

function same(a: FakeFill | undefined, b: FakeFill | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
