/** Plain grid data written as an .xlsx by ExcelJS: values, errors, number formats, merges, hidden sheets. */
import ExcelJS from 'exceljs';
import type { WorkbookData } from '../../src/core/grid/types';

export async function toXlsx(data: WorkbookData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    if (sheet.hidden) ws.state = 'hidden';
    sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.error !== undefined ? { error: cell.error as ExcelJS.CellErrorValue['error'] } : cell.value;
        if (cell.format) target.numFmt = cell.format;
      }),
    );
    // After the values: ExcelJS keeps a merged area's top-left value and turns the others into merge cells.
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
