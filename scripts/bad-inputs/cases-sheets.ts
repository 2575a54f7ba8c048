/** Workbooks whose sheets are odd: hidden, protected, many, huge, merged over, images only, ListObjects. */
import type * as ExcelJS from 'exceljs';
import {
  type BadInputCase,
  afterSheetData,
  BODY,
  editParts,
  HEADER,
  mergeCellsXml,
  newWorkbook,
  plainTable,
  put,
  putTable,
  SHEET,
  tinyPng,
  toBuffer,
} from './kit';

/** The plain table's findings when it is read right: its two deductions, no error or warning. */
const PLAIN = { exit: 0, findings: ['deduction'], absent: ['sum-mismatch', 'missing-value', 'invalid-value'] } as const;

async function onSheet(state: 'hidden' | 'veryHidden'): Promise<Buffer> {
  const wb = newWorkbook();
  put(wb.addWorksheet('封面'), 1, 1, [['2024年度部门整体支出绩效自评表'], ['填报单位：某区财政局']]);
  putTable(wb.addWorksheet(SHEET, { state }));
  return toBuffer(wb);
}

export const sheetCases: BadInputCase[] = [
  {
    file: 'image-only.xlsx',
    description: 'one sheet holding a picture and no cell at all',
    build: async () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet('扫描件');
      // ExcelJS declares its own Buffer type; a Node Buffer is what it takes.
      ws.addImage(wb.addImage({ buffer: tinyPng() as unknown as ExcelJS.Buffer, extension: 'png' }), 'B2:H20');
      return toBuffer(wb);
    },
    expected: { exit: 2, stderrIncludes: '未找到评分表' },
  },
  {
    file: 'hidden-sheet.xlsx',
    description: 'a visible cover sheet; the score table on a hidden sheet (checked like any other)',
    build: () => onSheet('hidden'),
    expected: PLAIN,
  },
  {
    file: 'very-hidden-sheet.xlsx',
    description: 'the score table on a veryHidden sheet (only VBA can show it; checked all the same)',
    build: () => onSheet('veryHidden'),
    expected: PLAIN,
  },
  {
    file: 'merge-whole-row.xlsx',
    description: 'a title merged across the whole row (A7:XFD7, 16,384 cells) under the table',
    build: () => afterSheetData(mergeCellsXml(['A7:XFD7'])),
    expected: PLAIN,
  },
  {
    file: 'merge-huge-area.xlsx',
    description: 'one merge A10:XFD1048576 (17 billion cells) below the table: nothing but empty cells',
    build: () => afterSheetData(mergeCellsXml(['A10:XFD1048576'])),
    expected: PLAIN,
  },
  {
    file: 'merge-whole-column.xlsx',
    description: 'column G merged from top to bottom (G1:G1048576) beside the table',
    build: () => afterSheetData(mergeCellsXml(['G1:G1048576'])),
    expected: PLAIN,
  },
  {
    file: 'merge-column-to-last-row.xlsx',
    description:
      'a cell at A1048576 and column G merged from top to bottom: a million merged cells within the used range',
    build: async () =>
      editParts(await plainTable(), {
        'xl/worksheets/sheet1.xml': (s) =>
          s.replace(
            '</sheetData>',
            `<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>${mergeCellsXml(['G1:G1048576'])}`,
          ),
      }),
    expected: { exit: 2, stderrIncludes: 'G1:G1048576' },
  },
  {
    file: 'merge-touching.xlsx',
    description: 'merges that touch at corners and edges around the table (F1:G2, H3:I4, F3:G4) but do not overlap',
    build: () => afterSheetData(mergeCellsXml(['F1:G2', 'H3:I4', 'F3:G4', 'H1:I2'])),
    expected: PLAIN,
  },
  {
    file: 'merge-overlapping.xlsx',
    description: 'two merges over the table that overlap (B2:C4 and C3:D5): Excel itself calls the file damaged',
    build: () => afterSheetData(mergeCellsXml(['B2:C4', 'C3:D5'])),
    expected: { exit: 2, stderrIncludes: 'C3:D5' },
  },
  {
    file: 'merge-over-table.xlsx',
    description: 'one merge A1:E6 over the whole table: only its top-left cell counts, as in Excel',
    build: () => afterSheetData(mergeCellsXml(['A1:E6'])),
    expected: { exit: 2, stderrIncludes: '未找到评分表' },
  },
  {
    file: 'merge-many.xlsx',
    description: '30,000 two-cell merges to the right of the table (G1:H1 … G30000:H30000)',
    build: () => afterSheetData(mergeCellsXml(Array.from({ length: 30000 }, (_, i) => `G${i + 1}:H${i + 1}`))),
    expected: PLAIN,
  },
  {
    file: 'merge-bad-ref.xlsx',
    description: 'a `<mergeCell ref="合计"/>` that is no cell range at all',
    build: () => afterSheetData(mergeCellsXml(['合计'])),
    expected: { exit: 2, stderrIncludes: '合计' },
  },
  {
    file: 'million-rows.xlsx',
    description: 'the table plus one cell at A1048576: a used range of a million rows with little data',
    build: async () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(SHEET);
      putTable(ws);
      ws.getCell('A1048576').value = '末行';
      return toBuffer(wb);
    },
    expected: PLAIN,
  },
  {
    file: 'far-corner-cell.xlsx',
    description: 'the table plus one number at XFD1048576, the last cell of the sheet',
    build: async () =>
      editParts(await plainTable(), {
        'xl/worksheets/sheet1.xml': (s) =>
          s.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
      }),
    expected: PLAIN,
  },
  {
    file: 'dimension-claim.xlsx',
    description: 'the table, with `<dimension ref="A1:XFD1048576"/>` claiming the whole sheet is used',
    build: async () =>
      editParts(await plainTable(), {
        'xl/worksheets/sheet1.xml': (s) => s.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
      }),
    expected: PLAIN,
  },
  {
    file: 'wide-5000-columns.xlsx',
    description: 'the table, its header row continued by 4,995 more headers and every line by 4,995 numbers',
    build: async () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(SHEET);
      const extra = 4995;
      const header = [...HEADER, ...Array.from({ length: extra }, (_, i) => `附表${i + 1}`)];
      const body = BODY.map((line, r) => [...line, ...Array.from({ length: extra }, (_, i) => r * 10000 + i)]);
      putTable(ws, body, 1, 1, header);
      return toBuffer(wb);
    },
    expected: { exit: 0, findings: ['deduction'], absent: ['sum-mismatch', 'invalid-value'] },
  },
  {
    file: 'empty-sheets-200.xlsx',
    description: '200 empty sheets and nothing else',
    build: async () => {
      const wb = newWorkbook();
      for (let i = 1; i <= 200; i++) wb.addWorksheet(`Sheet${i}`);
      return toBuffer(wb);
    },
    expected: { exit: 2, stderrIncludes: '在 200 个工作表中未找到评分表' },
  },
  {
    file: 'empty-sheets-then-table.xlsx',
    description: '199 empty sheets, the table on the 200th',
    build: async () => {
      const wb = newWorkbook();
      for (let i = 1; i < 200; i++) wb.addWorksheet(`Sheet${i}`);
      putTable(wb.addWorksheet(SHEET));
      return toBuffer(wb);
    },
    expected: PLAIN,
  },
  {
    file: 'same-table-3-sheets.xlsx',
    description: 'the same table on three sheets (自评表, 自评表 (2), 自评表 (3)): each is checked',
    build: async () => {
      const wb = newWorkbook();
      for (const name of [SHEET, `${SHEET} (2)`, `${SHEET} (3)`]) putTable(wb.addWorksheet(name));
      return toBuffer(wb);
    },
    expected: PLAIN,
  },
  {
    file: 'sheet-name-special.xlsx',
    description:
      'sheet named `O\'Neil "自评" 表 (2)` (quotes, apostrophe, brackets), with a wrong 合计 so findings name it',
    build: async () => {
      const wb = newWorkbook();
      putTable(
        wb.addWorksheet('O\'Neil "自评" 表 (2)'),
        BODY.map((l, r) => (r === 4 ? ['合计', '', 100, 99, ''] : l)),
      );
      return toBuffer(wb);
    },
    expected: { exit: 1, findings: ['sum-mismatch'] },
  },
  {
    file: 'protected-sheet.xlsx',
    description: 'the table on a sheet protected with a password (SHA-512 hash): reading needs no password',
    build: async () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(SHEET);
      putTable(ws);
      await ws.protect('密码123', { spinCount: 1000 });
      return toBuffer(wb);
    },
    expected: PLAIN,
  },
  {
    file: 'protected-workbook.xlsx',
    description: 'workbook structure protection (`<workbookProtection>` with a password hash) over the table',
    build: async () =>
      editParts(await plainTable(), {
        'xl/workbook.xml': (s) =>
          s.replace('<bookViews>', '<workbookProtection workbookPassword="CC3D" lockStructure="1"/><bookViews>'),
      }),
    expected: PLAIN,
  },
  {
    file: 'list-object.xlsx',
    description: 'the table as an Excel table object (ListObject) with banded rows and filters',
    build: async () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(SHEET);
      ws.addTable({
        name: '评分表',
        ref: 'A1',
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: HEADER.map((name) => ({ name, filterButton: true })),
        rows: BODY.map((line) => line.map((v) => (v === '' ? null : v))),
      });
      return toBuffer(wb);
    },
    expected: PLAIN,
  },
];
