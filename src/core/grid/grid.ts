import { type Area, cellAddress } from './address';
import { renderNumber } from './number-format';
import type { RawCell, RawValue, SheetData } from './types';

/** A cell as the core sees it: where it is, what it holds and shows, and its merged area. */
export interface Cell {
  row: number;
  col: number;
  address: string;
  value: RawValue;
  text: string;
  format?: string;
  error?: string;
  /** The merged area the cell belongs to, if any. */
  merge?: Area;
  /** False for the cells of a merged area other than its top-left one. */
  anchor: boolean;
}

const EMPTY: RawCell = { value: null };

/**
 * Read-only view over one sheet's plain data. Merged areas are resolved: `filled` gives
 * every cell of a merged area the top-left cell's content, as people read a merged label.
 */
export class Grid {
  readonly name: string;
  readonly hidden: boolean;
  readonly rowCount: number;
  readonly colCount: number;
  /** Sheet rows that hold at least one cell, ascending. */
  readonly dataRows: number[];
  private readonly data: SheetData;
  private readonly mergesByRow: (Area[] | undefined)[] = [];

  constructor(data: SheetData) {
    this.data = data;
    this.name = data.name;
    this.hidden = data.hidden ?? false;
    const rows: number[] = [];
    let cols = 0;
    data.cells.forEach((row, r) => {
      if (row && row.some((c) => c !== undefined)) {
        rows.push(r);
        cols = Math.max(cols, row.length);
      }
    });
    this.dataRows = rows;
    let rowCount = rows.length ? rows[rows.length - 1] + 1 : 0;
    for (const m of data.merges) {
      rowCount = Math.max(rowCount, m.bottom + 1);
      cols = Math.max(cols, m.right + 1);
      // Indexed by row: a row meets few merges, and a merge down a long group column costs one entry a row.
      for (let r = m.top; r <= m.bottom; r++) (this.mergesByRow[r] ??= []).push(m);
    }
    this.rowCount = rowCount;
    this.colCount = cols;
  }

  raw(row: number, col: number): RawCell {
    return this.data.cells[row]?.[col] ?? EMPTY;
  }

  mergeAt(row: number, col: number): Area | undefined {
    const list = this.mergesByRow[row];
    if (list === undefined) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** The cell itself, as stored (a non-anchor cell of a merged area reads as empty). */
  cell(row: number, col: number): Cell {
    const raw = this.raw(row, col);
    const merge = this.mergeAt(row, col);
    return {
      row,
      col,
      address: cellAddress(row, col),
      value: raw.value,
      text: displayText(raw),
      format: raw.format,
      error: raw.error,
      merge,
      anchor: !merge || (merge.top === row && merge.left === col),
    };
  }

  /** The cell as read: inside a merged area, the top-left cell's content at that top-left address. */
  filled(row: number, col: number): Cell {
    const merge = this.mergeAt(row, col);
    return merge ? this.cell(merge.top, merge.left) : this.cell(row, col);
  }

  /** The raw content as read (a merged area's top-left content), without building a Cell. */
  filledRaw(row: number, col: number): RawCell {
    const merge = this.mergeAt(row, col);
    return merge ? this.raw(merge.top, merge.left) : this.raw(row, col);
  }

  isEmpty(row: number, col: number): boolean {
    const raw = this.raw(row, col);
    return (
      raw.error === undefined && (raw.value === null || (typeof raw.value === 'string' && raw.value.trim() === ''))
    );
  }

  /** Calls fn for each stored non-empty cell, row by row. */
  forEachCell(fn: (row: number, col: number, raw: RawCell) => void): void {
    // Locating walks the sheet several times (headers, funding labels, text, title): find the cells once.
    const at = (this.nonEmpty ??= this.findNonEmpty());
    for (let i = 0; i < at.cells.length; i++) fn(at.rows[i], at.cols[i], at.cells[i]);
  }

  /** Calls fn for each stored non-empty cell of the rows first … end − 1 (the title block above a table). */
  forEachCellInRows(first: number, end: number, fn: (row: number, col: number, raw: RawCell) => void): void {
    const at = (this.nonEmpty ??= this.findNonEmpty());
    let lo = 0;
    let hi = at.cells.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at.rows[mid] < first) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < at.cells.length && at.rows[i] < end; i++) fn(at.rows[i], at.cols[i], at.cells[i]);
  }

  private nonEmpty?: { rows: Int32Array; cols: Int32Array; cells: RawCell[] };

  private findNonEmpty(): { rows: Int32Array; cols: Int32Array; cells: RawCell[] } {
    // Counted first, then filled: exact-size arrays, no growing copies for the collector.
    let count = 0;
    this.eachNonEmpty(() => count++);
    const out = { rows: new Int32Array(count), cols: new Int32Array(count), cells: new Array<RawCell>(count) };
    let i = 0;
    this.eachNonEmpty((r, c, raw) => {
      out.rows[i] = r;
      out.cols[i] = c;
      out.cells[i++] = raw;
    });
    return out;
  }

  private eachNonEmpty(fn: (row: number, col: number, raw: RawCell) => void): void {
    for (const r of this.dataRows) {
      const row = this.data.cells[r];
      for (let c = 0; c < row.length; c++) {
        const raw = row[c];
        if (!raw) continue;
        const v = raw.value;
        if (raw.error === undefined && (v === null || (typeof v === 'string' && v.trim() === ''))) continue;
        fn(r, c, raw);
      }
    }
  }
}

export function displayText(raw: RawCell): string {
  if (raw.text !== undefined) return raw.text;
  if (raw.error !== undefined) return raw.error;
  const v = raw.value;
  if (v === null) return '';
  if (typeof v === 'number') return renderNumber(v, raw.format);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}
