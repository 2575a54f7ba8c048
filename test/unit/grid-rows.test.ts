import { Grid } from '../../src/core/grid/grid';
import type { RawCell } from '../../src/core/grid/types';

const cell = (value: string | number | null): RawCell => ({ value });

describe('Grid.forEachCellInRows', () => {
  const grid = new Grid({
    name: '表',
    merges: [],
    cells: [
      [cell('标题')],
      [],
      [cell(' '), cell('项目名称'), cell('道路维修')],
      [cell(1), undefined, cell(2)],
      [cell('合计')],
    ],
  });
  const seen = (first: number, end: number) => {
    const out: string[] = [];
    grid.forEachCellInRows(first, end, (row, col, raw) => out.push(`${row}:${col}=${raw.value}`));
    return out;
  };

  it('gives the non-empty cells of the rows asked, in order, and no others', () => {
    expect(seen(1, 4)).toEqual(['2:1=项目名称', '2:2=道路维修', '3:0=1', '3:2=2']);
    expect(seen(0, 1)).toEqual(['0:0=标题']);
    expect(seen(4, 99)).toEqual(['4:0=合计']);
  });

  it('gives nothing for rows outside the sheet or an empty window', () => {
    expect(seen(5, 10)).toEqual([]);
    expect(seen(3, 3)).toEqual([]);
  });
});
