/** What a bad-input case is, and the small builders the cases share: a plain score table, zip surgery. */
import type * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { newWorkbook, put, toBuffer, type Value } from '../../test/fixtures/sheet-kit';

export { newWorkbook, put, toBuffer };

/** What `scoresheet check FILE --json` must answer. */
export interface Expected {
  exit: 0 | 1 | 2;
  /** On exit 2: a fragment of the one stderr line. */
  stderrIncludes?: string;
  /** On exit 0/1: rule ids that must be among the findings. */
  findings?: readonly string[];
  /** On exit 0/1: rule ids that must not be among the findings. */
  absent?: readonly string[];
  /** On exit 0/1: indicator names (the last element of a path) that must be read. */
  leaves?: readonly string[];
}

export interface BadInputCase {
  /** File name, extension included (not always .xlsx: the CLI is given whatever name a user would give). */
  file: string;
  /** One line: what the file holds. */
  description: string;
  build(): Promise<Buffer>;
  expected: Expected;
}

export const SHEET = '自评表';
export const HEADER = ['一级指标', '二级指标', '分值', '得分', '扣分原因'];

/** Four indicators and a 合计 that adds up; two deductions, each with a reason. Exit 0 when read right. */
export const BODY: Value[][] = [
  ['决策', '目标设定', 20, 20, ''],
  ['过程', '预算执行', 30, 28, '执行率 93%，年底集中支付'],
  ['产出', '产出数量', 30, 30, ''],
  ['效益', '满意度', 20, 19, '满意度调查 95%'],
  ['合计', '', 100, 97, ''],
];

/** The body with some cells replaced: `patch[line][col]`. */
export function bodyWith(patch: Record<number, Record<number, Value>>): Value[][] {
  return BODY.map((line, r) => line.map((v, c) => (patch[r] && c in patch[r] ? patch[r][c] : v)));
}

/** Writes header + body at (top, left), 1-based. */
export function putTable(
  ws: ExcelJS.Worksheet,
  body: Value[][] = BODY,
  top = 1,
  left = 1,
  header: Value[] = HEADER,
): void {
  put(ws, top, left, [header, ...body]);
}

/** A workbook with the plain table on one sheet. */
export async function plainTable(body: Value[][] = BODY, sheet = SHEET, header: Value[] = HEADER): Promise<Buffer> {
  const wb = newWorkbook();
  putTable(wb.addWorksheet(sheet), body, 1, 1, header);
  return toBuffer(wb);
}

/** Rewrites parts of a zip: `edit(text)` per part path; a null result deletes the part. */
export async function editParts(
  zipBytes: Buffer,
  edits: Record<string, (text: string) => string | null>,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  for (const [path, edit] of Object.entries(edits)) {
    const part = zip.file(path);
    if (!part) throw new Error(`no part ${path}`);
    const out = edit(await part.async('string'));
    if (out === null) zip.remove(path);
    else zip.file(path, out);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A zip holding the given files, nothing else. */
export async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The plain table with `xml` spliced into sheet1.xml right after </sheetData> (merges, protection…). */
export async function afterSheetData(xml: string, body: Value[][] = BODY): Promise<Buffer> {
  return editParts(await plainTable(body), {
    'xl/worksheets/sheet1.xml': (s) => s.replace('</sheetData>', `</sheetData>${xml}`),
  });
}

export function mergeCellsXml(refs: string[]): string {
  return `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
}

/** A 1×1 PNG, built here rather than committed. */
export function tinyPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
}
