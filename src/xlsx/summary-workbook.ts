import ExcelJS from 'exceljs';
import type { SheetTable } from '../core/output/summary-tables';
import { SUMMARY_MARK } from './summary-mark';

/** Excel refuses a cell holding more characters (it "repairs" the file); a message may quote a huge cell. */
const MAX_CELL_TEXT = 32767;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FONT = '宋体';

/**
 * The batch summary workbook: each table on its own sheet, header frozen with filter buttons, columns
 * sized to their content. Strings are written as plain values: ExcelJS makes formulas only from
 * { formula } objects, so a file name or message starting with "=" stays text.
 */
export async function writeSummaryWorkbook(tables: SheetTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'scoresheet';
  workbook.keywords = SUMMARY_MARK;
  for (const table of tables) addTableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTableSheet(workbook: ExcelJS.Workbook, table: SheetTable): void {
  const ws = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  table.columns.forEach((column, c) => {
    ws.getColumn(c + 1).width = column.width;
  });
  const header = ws.getRow(1);
  table.columns.forEach((column, c) => {
    const cell = header.getCell(c + 1);
    cell.value = column.header;
    cell.style = { font: { name: FONT, size: 11, bold: true }, fill: HEADER_FILL, alignment: { vertical: 'middle' } };
  });
  table.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      cell.value =
        typeof value === 'string' && value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value;
      cell.font = { name: FONT, size: 11 };
    });
  });
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };
}
