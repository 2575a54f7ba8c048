import { columnIndex } from '../core/grid/address';

/** Cell ranges as the sheet XML gives them ("B2:C4", 1-based), for checking merges before ExcelJS applies them. */
export interface Span {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;
const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

/** "B2:C4" or "B2"; null for anything that is not a range on a sheet. */
export function parseRange(ref: string): Span | null {
  const [a, b = a, extra] = ref.split(':');
  if (extra !== undefined) return null;
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

function parseCell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const col = columnIndex(m[1]) + 1;
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
}

export function spanCells(s: Span): number {
  return (s.bottom - s.top + 1) * (s.right - s.left + 1);
}

/** The span cut to the sheet's content; its top-left cell always stays. */
export function clip(s: Span, extent: { rows: number; cols: number }): Span {
  return {
    top: s.top,
    left: s.left,
    bottom: Math.max(s.top, Math.min(s.bottom, extent.rows)),
    right: Math.max(s.left, Math.min(s.right, extent.cols)),
  };
}

/** Two spans (indices, the earlier in file order first) that share a cell, or null. Sweeps by top row. */
export function overlapping(spans: Span[]): [number, number] | null {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].top - spans[b].top || a - b);
  let active: number[] = [];
  for (const i of order) {
    const s = spans[i];
    active = active.filter((j) => spans[j].bottom >= s.top);
    const j = active.find((k) => spans[k].left <= s.right && s.left <= spans[k].right);
    if (j !== undefined) return j < i ? [j, i] : [i, j];
    active.push(i);
  }
  return null;
}
