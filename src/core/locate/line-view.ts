import { type Area, cellAddress } from '../grid/address';
import { type Cell, type Grid } from '../grid/grid';
import type { RawCell } from '../grid/types';
import type { CellRef, Orientation } from '../model/types';

/**
 * A sheet seen as lines of positions. Vertical tables read one indicator per row (line = row,
 * position = column); transposed ones one per column (line = column, position = row). The
 * table reader works on lines and never needs to know which.
 */
export class LineView {
  readonly lineCount: number;
  readonly posCount: number;
  private readonly anchorRefs = new Map<number, CellRef>();
  private readonly vertical: boolean;

  constructor(
    readonly grid: Grid,
    readonly orientation: Orientation,
  ) {
    const vertical = orientation === 'vertical';
    this.vertical = vertical;
    this.lineCount = vertical ? grid.rowCount : grid.colCount;
    this.posCount = vertical ? grid.colCount : grid.rowCount;
  }

  // Row and column of a line/position pair; two methods, not a tuple, since every cell read goes through here.
  private row(line: number, pos: number): number {
    return this.vertical ? line : pos;
  }

  private col(line: number, pos: number): number {
    return this.vertical ? pos : line;
  }

  cell(line: number, pos: number): Cell {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    return this.grid.cell(r, c);
  }

  filled(line: number, pos: number): Cell {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    return this.grid.filled(r, c);
  }

  filledRaw(line: number, pos: number): RawCell {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    return this.grid.filledRaw(r, c);
  }

  isEmpty(line: number, pos: number): boolean {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    return this.grid.isEmpty(r, c);
  }

  /** The merged area a cell belongs to, in line/position terms: first and last line it covers. */
  mergeLines(line: number, pos: number): { first: number; last: number } | null {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    const m = this.grid.mergeAt(r, c);
    if (!m) return null;
    return this.orientation === 'vertical' ? { first: m.top, last: m.bottom } : { first: m.left, last: m.right };
  }

  /** The cell's own reference, without building a Cell. */
  refAt(line: number, pos: number): CellRef {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    return { sheet: this.grid.name, address: cellAddress(r, c), row: r, col: c };
  }

  /** The raw content of the cell itself (a non-anchor cell of a merged area reads as empty). */
  rawAt(line: number, pos: number): RawCell {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    return this.grid.raw(r, c);
  }

  /** False for the cells of a merged area other than its top-left one. */
  isAnchor(line: number, pos: number): boolean {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    const m = this.grid.mergeAt(r, c);
    return !m || (m.top === r && m.left === c);
  }

  /** The reference of the cell a merged area reads from (the cell itself when not merged); one object per anchor. */
  anchorRefAt(line: number, pos: number): CellRef {
    const r = this.row(line, pos);
    const c = this.col(line, pos);
    const m = this.grid.mergeAt(r, c);
    // Only merged labels repeat over lines; other cells get their own reference.
    if (!m) return { sheet: this.grid.name, address: cellAddress(r, c), row: r, col: c };
    const row = m.top;
    const col = m.left;
    const key = row * 20000 + col;
    let ref = this.anchorRefs.get(key);
    if (!ref) {
      ref = { sheet: this.grid.name, address: cellAddress(row, col), row, col };
      this.anchorRefs.set(key, ref);
    }
    return ref;
  }

  ref(cell: Cell): CellRef {
    return { sheet: this.grid.name, address: cell.address, row: cell.row, col: cell.col };
  }

  area(firstLine: number, lastLine: number, firstPos: number, lastPos: number): Area {
    return this.orientation === 'vertical'
      ? { top: firstLine, bottom: lastLine, left: firstPos, right: lastPos }
      : { top: firstPos, bottom: lastPos, left: firstLine, right: lastLine };
  }
}

export function cellRef(grid: Grid, cell: Cell): CellRef {
  return { sheet: grid.name, address: cell.address, row: cell.row, col: cell.col };
}
