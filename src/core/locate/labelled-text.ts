import type { Grid } from '../grid/grid';
import type { LabelledText } from '../model/types';
import { cellRef } from './line-view';
import { labelOf } from './synonyms';

const LABEL_MAX = 20;
const TEXT_MIN = 15;

/**
 * Short labels with a longer text beside or below them ("部门职能 | 中共广州市…"): what the workbook says
 * of the department, for the generated 自评表说明 to quote. Every such pair is kept; the narrative picks.
 */
export function readLabelledTexts(grid: Grid, out: LabelledText[], skip: (row: number, col: number) => boolean): void {
  grid.forEachCell((row, col, raw) => {
    if (typeof raw.value !== 'string' || raw.value.length > 40 || skip(row, col)) return;
    const label = labelOf(raw.value);
    if (label === '' || label.length > LABEL_MAX) return;
    const cell = grid.cell(row, col);
    const right = grid.filled(row, (cell.merge?.right ?? col) + 1);
    const below = grid.filled((cell.merge?.bottom ?? row) + 1, col);
    for (const next of [right, below]) {
      if (typeof next.value === 'string' && next.value.trim().length >= TEXT_MIN) {
        out.push({ label, text: next.value.trim(), cell: cellRef(grid, next) });
        return;
      }
    }
  });
}
