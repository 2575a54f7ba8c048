import type { Area } from '../grid/address';
import type { Cell, Grid } from '../grid/grid';
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

  constructor(
    readonly grid: Grid,
    readonly orientation: Orientation,
  ) {
    const vertical = orientation === 'vertical';
    this.lineCount = vertical ? grid.rowCount : grid.colCount;
    this.posCount = vertical ? grid.colCount : grid.rowCount;
  }

  private rc(line: number, pos: number): [number, number] {
    return this.orientation === 'vertical' ? [line, pos] : [pos, line];
  }

  cell(line: number, pos: number): Cell {
    const [r, c] = this.rc(line, pos);
    return this.grid.cell(r, c);
  }

  filled(line: number, pos: number): Cell {
    const [r, c] = this.rc(line, pos);
    return this.grid.filled(r, c);
  }

  filledRaw(line: number, pos: number): RawCell {
    const [r, c] = this.rc(line, pos);
    return this.grid.filledRaw(r, c);
  }

  isEmpty(line: number, pos: number): boolean {
    const [r, c] = this.rc(line, pos);
    return this.grid.isEmpty(r, c);
  }

  /** The merged area a cell belongs to, in line/position terms: first and last line it covers. */
  mergeLines(line: number, pos: number): { first: number; last: number } | null {
    const [r, c] = this.rc(line, pos);
    const m = this.grid.mergeAt(r, c);
    if (!m) return null;
    return this.orientation === 'vertical' ? { first: m.top, last: m.bottom } : { first: m.left, last: m.right };
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
