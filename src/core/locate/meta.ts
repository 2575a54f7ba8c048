import type { Grid } from '../grid/grid';
import type { WorkbookMeta } from '../model/types';
import { removeWhitespace, toHalfWidth } from '../parse/normalize';
import { cellRef } from './line-view';

const UNIT_LABEL = /^(?:单位名称|部门名称|填报单位|预算单位|单位|部门|主管部门|评价单位)[:：]\s*(.*)$/;
const TITLE = /(绩效|自评|评价)/;
const YEAR = /((?:19|20)\d{2})\s*年/;

/** Rows from the top of a sheet where a "单位名称：…" line is looked for (besides the title rows). */
const HEAD_ROWS = 10;

/** The unit and year, from a "单位名称：…" cell and the table's title (the first rows above it). */
export function readMeta(grid: Grid, titleRows: number[], meta: WorkbookMeta): void {
  grid.forEachCell((row, col, raw) => {
    if (typeof raw.value !== 'string' || (row >= HEAD_ROWS && !titleRows.includes(row))) return;
    const text = raw.value.trim();
    if (!meta.unit) {
      const m = UNIT_LABEL.exec(removeWhitespace(toHalfWidth(text)).replace(/:/g, '：'));
      if (m) {
        let unit = m[1].trim();
        const cell = grid.cell(row, col);
        if (unit === '') {
          const next = grid.filled(row, (cell.merge?.right ?? col) + 1);
          unit = next.text.trim();
        }
        if (unit !== '' && !/^(万元|元|亿元|千元|分|%|个|人)$/.test(unit)) meta.unit = { text: unit, cell: cellRef(grid, cell) };
      }
    }
    if (!meta.title && titleRows.includes(row) && TITLE.test(text) && text.length <= 80) {
      meta.title = { text, cell: cellRef(grid, grid.cell(row, col)) };
    }
  });
  if (meta.title && !meta.year) {
    const y = YEAR.exec(toHalfWidth(meta.title.text));
    if (y) meta.year = { value: Number(y[1]), cell: meta.title.cell };
  }
  if (meta.title && !meta.unit) {
    const m = /(?:\d{4}\s*年度?)?(.+?)(?:部门整体支出|整体支出|部门整体|绩效自评)/.exec(removeWhitespace(meta.title.text));
    if (m && m[1].length >= 2) meta.unit = { text: m[1], cell: meta.title.cell };
  }
}
