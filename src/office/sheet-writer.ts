import type { CellStyle, OutSheet } from '../core/write-plan/types';
import { chunkAddresses, quoteSheet, rectAddress } from './addresses';
import type { XlRangeFormat, XlWorksheet, XlWorksheetCollection } from './excel-types';
import { type Job, jsonBytes, OP, PATH, utf8 } from './requests';
import { BORDER_COLOR, OFFICE_STYLES, type OfficeStyle, widthInPoints } from './styles';

/**
 * Writing the generated sheets (检查结果, 自评表说明): values as blocks (text formatted as text first),
 * then looks, merges, links, the table and the page layout, each queued as jobs sized for the request budget.
 */

const TABLE_STYLE = 'TableStyleLight1';
/** A values block is cut into row chunks of at most this many bytes (values and formats). */
export const BLOCK_BYTES = 1_000_000;
/** Merges per write job, and the request bytes of one (a range by indexes and its merge: about 450 in the fake). */
const MERGES_PER_JOB = 1_000;
const MERGE_BYTES = 5 * OP;
/** A column width or row height: a range by indexes, its format and one property set. */
const SIZE_BYTES = 2 * PATH + OP;

/**
 * A 2-D block written in row chunks that each stay well under the budget: number formats first ("@" on
 * text, so that a string starting with "=", "+" or "-", or looking like a number or a date, stays the
 * text it is), then the values, into a range of exactly the block's size.
 */
export function queueBlock(
  jobs: Job[],
  sheet: () => XlWorksheet,
  formats: string[][],
  values: (string | number)[][],
  maxBytes: number,
): void {
  let start = 0;
  while (start < values.length) {
    let bytes = 4 * OP;
    let end = start;
    while (
      end < values.length &&
      (end === start || bytes + jsonBytes(values[end]) + jsonBytes(formats[end]) <= maxBytes)
    ) {
      bytes += jsonBytes(values[end]) + jsonBytes(formats[end]);
      end++;
    }
    const [from, to] = [start, end];
    jobs.push({
      bytes,
      run: () => {
        const range = sheet().getRangeByIndexes(from, 0, to - from, values[0].length);
        range.numberFormat = formats.slice(from, to);
        range.values = values.slice(from, to);
      },
    });
    start = end;
  }
}

/** Cells spanning columns, as runs of consecutive rows with the same first column and span. */
export function mergeRuns(sheet: OutSheet): { top: number; col: number; rows: number; span: number }[] {
  const runs: { top: number; col: number; rows: number; span: number }[] = [];
  const open = new Map<string, { top: number; col: number; rows: number; span: number }>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.span || cell.span <= 1) return;
      const k = `${c}:${cell.span}`;
      const run = open.get(k);
      if (run && run.top + run.rows === r) run.rows++;
      else {
        const next = { top: r, col: c, rows: 1, span: cell.span };
        runs.push(next);
        open.set(k, next);
      }
    }),
  );
  return runs;
}

/** A generated sheet: values as one block (text formatted as text first), then looks, links, table, layout. */
export function queueSheet(
  jobs: Job[],
  worksheets: XlWorksheetCollection,
  name: string,
  sheet: OutSheet,
  tableName: string | undefined,
): void {
  let ws: XlWorksheet | undefined;
  const get = (): XlWorksheet => ws as XlWorksheet;
  jobs.push({ bytes: OP + utf8(name), run: () => (ws = worksheets.add(name)) });
  const rows = sheet.rows.length;
  const cols = sheet.rows.reduce((n, r) => Math.max(n, r.length), Math.max(sheet.columnWidths.length, 1));
  if (rows) {
    const formats = sheet.rows.map((row) =>
      Array.from({ length: cols }, (_, c) => (typeof row[c]?.value === 'string' ? '@' : 'General')),
    );
    const values = sheet.rows.map((row) => Array.from({ length: cols }, (_, c) => row[c]?.value ?? ''));
    queueBlock(jobs, get, formats, values, BLOCK_BYTES);
  }
  // One job per range, each sized for what it sends, so that requests are packed close to the budget.
  for (const [width, start, count] of runs(sheet.columnWidths))
    jobs.push({
      bytes: SIZE_BYTES,
      run: () => (get().getRangeByIndexes(0, start, 1, count).format.columnWidth = widthInPoints(width)),
    });
  for (const [height, start, count] of runs(sheet.rowHeights ?? []))
    jobs.push({
      bytes: SIZE_BYTES,
      run: () => (get().getRangeByIndexes(start, 0, count, 1).format.rowHeight = height),
    });
  for (const [style, addresses] of styleAreas(sheet)) {
    for (const chunk of chunkAddresses(addresses))
      jobs.push({
        bytes: 12 * OP + PATH + utf8(chunk),
        run: () => applyStyle(get().getRanges(chunk).format, OFFICE_STYLES[style]),
      });
  }
  // Merges after the looks, in jobs of their own. A long 自评表说明 has one per paragraph (12,815 for
  // 10,000 indicators): rows in a run with the same span are merged row by row in one call (across).
  const merges: (() => void)[] = [];
  for (const run of mergeRuns(sheet))
    merges.push(() =>
      get()
        .getRangeByIndexes(run.top, run.col, run.rows, run.span)
        .merge(run.rows > 1),
    );
  for (let i = 0; i < merges.length; i += MERGES_PER_JOB) {
    const part = merges.slice(i, i + MERGES_PER_JOB);
    jobs.push({ bytes: part.length * MERGE_BYTES, run: () => part.forEach((f) => f()) });
  }
  // Links: one setCellProperties per column run of linked cells, not a range object and a write per link.
  for (const run of linkRuns(sheet)) {
    const props = run.cells.map((cell) => [
      cell.link
        ? {
            hyperlink: {
              documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.address}`,
              textToDisplay: String(cell.value ?? ''),
            },
          }
        : {},
    ]);
    jobs.push({
      bytes: 2 * OP + jsonBytes(props),
      run: () => get().getRangeByIndexes(run.top, run.col, props.length, 1).setCellProperties(props),
    });
  }
  jobs.push({
    bytes: 8 * OP,
    run: () => {
      if (tableName && rows) {
        // The Range itself: a bare address would be resolved against the active sheet, not this one.
        const table = get().tables.add(get().getRangeByIndexes(0, 0, rows, sheet.rows[0].length), true);
        table.name = tableName;
        table.style = TABLE_STYLE;
      }
      if (sheet.freezeRows) get().freezePanes.freezeRows(sheet.freezeRows);
      if (sheet.printA4) {
        // A4 portrait. The twin also fits one page wide, as many tall as it takes (OOXML fitToHeight 0);
        // Office.js documents no value for "as many pages as it takes" (verticalFitToPages 0 is not one),
        // so the page fit is left as Excel has it: the 说明's columns fit an A4 page anyway.
        const page = get().pageLayout;
        page.paperSize = 'A4';
        page.orientation = 'Portrait';
      }
    },
  });
}

/** Linked cells by column, in runs of rows (a run may hold unlinked cells between links, written as {}). */
function linkRuns(sheet: OutSheet): { col: number; top: number; cells: OutSheet['rows'][number] }[] {
  const byCol = new Map<number, number[]>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.link) (byCol.get(c) ?? byCol.set(c, []).get(c))?.push(r);
    }),
  );
  const out: { col: number; top: number; cells: OutSheet['rows'][number] }[] = [];
  for (const [col, rows] of byCol) {
    let i = 0;
    while (i < rows.length) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] - rows[j] <= 8 && rows[j + 1] - rows[i] < 2000) j++;
      const top = rows[i];
      out.push({
        col,
        top,
        cells: Array.from({ length: rows[j] - top + 1 }, (_, k) => sheet.rows[top + k][col] ?? { value: null }),
      });
      i = j + 1;
    }
  }
  return out;
}

function applyStyle(format: XlRangeFormat, style: OfficeStyle): void {
  format.font.name = style.font.name;
  format.font.size = style.font.size;
  format.font.bold = style.font.bold;
  if (style.font.color) format.font.color = style.font.color;
  if (style.font.underline) format.font.underline = 'Single';
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = style.horizontal;
  if (style.vertical) format.verticalAlignment = style.vertical;
  if (style.wrap) format.wrapText = true;
  if (style.indent) format.indentLevel = style.indent;
  if (style.box) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = BORDER_COLOR;
      border.weight = 'Thin';
    }
  }
}

/**
 * The cells of each style as rectangles: runs along a row, stacked down while the same. Boxed styles are
 * kept cell by cell, so that edge borders box every cell (inside borders of one-cell areas are not asked for).
 */
function styleAreas(sheet: OutSheet): Map<CellStyle, string[]> {
  type Open = { style: CellStyle; top: number; left: number; right: number; bottom: number };
  const out = new Map<CellStyle, string[]>();
  let open = new Map<string, Open>();
  const close = (a: Open) => {
    const list = out.get(a.style) ?? out.set(a.style, []).get(a.style);
    list?.push(rectAddress(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1));
  };
  sheet.rows.forEach((row, r) => {
    const next = new Map<string, Open>();
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      let end = c;
      const boxed = style ? OFFICE_STYLES[style].box : false;
      if (!boxed) while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      if (style) {
        const k = `${style}|${c}|${end}`;
        const above = open.get(k);
        if (above && !boxed) {
          above.bottom = r;
          next.set(k, above);
          open.delete(k);
        } else {
          next.set(k, { style, top: r, left: c, right: end, bottom: r });
        }
      }
      c = end + 1;
    }
    for (const a of open.values()) close(a);
    open = next;
  });
  for (const a of open.values()) close(a);
  return out;
}

/** Consecutive equal values as [value, start, count]; undefined entries are skipped. */
function runs(values: (number | undefined)[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  values.forEach((v, i) => {
    if (v === undefined || v === null) return;
    const last = out[out.length - 1];
    if (last && last[0] === v && last[1] + last[2] === i) last[2]++;
    else out.push([v, i, 1]);
  });
  return out;
}

export function freeTableName(taken: Set<string>, wanted: string): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
  taken.add(name);
  return name;
}
