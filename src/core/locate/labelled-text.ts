import type { Grid } from '../grid/grid';
import type { LabelledText } from '../model/types';
import { cellRef } from './line-view';
import { labelOf } from './synonyms';

const LABEL_MAX = 20;
const TEXT_MIN = 15;

/**
 * Short labels with a longer text beside or below them ("部门职能 | 中共广州市…"): what the workbook says
 * of the department, for the generated 自评表说明 to quote. Every such pair is kept; the report picks.
 */
export function readLabelledTexts(grid: Grid, out: LabelledText[], skip: (row: number, col: number) => boolean): void {
  grid.forEachCell((row, col, raw) => {
    if (typeof raw.value !== 'string' || raw.value.length > 40 || skip(row, col)) return;
    const label = labelOf(raw.value);
    if (label === '' || label.length > LABEL_MAX) return;
    // Every short text cell is a candidate: look at the neighbours' raw text before building any cell.
    const merge = grid.mergeAt(row, col);
    const rightCol = (merge?.right ?? col) + 1;
    const belowRow = (merge?.bottom ?? row) + 1;
    if (!takeText(grid, out, label, row, rightCol)) takeText(grid, out, label, belowRow, col);
  });
}

/** Keeps the text at (row, col) for the label when it is long enough to be what the label introduces. */
function takeText(grid: Grid, out: LabelledText[], label: string, row: number, col: number): boolean {
  const next = grid.filledRaw(row, col).value;
  if (typeof next !== 'string' || next.trim().length < TEXT_MIN) return false;
  out.push({ label, text: next.trim(), cell: cellRef(grid, grid.filled(row, col)) });
  return true;
}
