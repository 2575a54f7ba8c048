import { type Area, areaAddress } from '../grid/address';
import type { Grid } from '../grid/grid';
import type { Paragraph, TextBlock } from '../model/types';
import { cellRef } from './line-view';

const PARAGRAPH_LENGTH = 40;
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])/;

/**
 * A run of explanation paragraphs (an existing 自评表说明): long text cells and numbered
 * headings outside any table. Two long paragraphs and a third text line at least.
 */
export function readTextBlock(grid: Grid, skip: (row: number, col: number) => boolean): TextBlock | null {
  let long = 0;
  let headings = 0;
  let area: Area | null = null;
  const cells: { row: number; col: number }[] = [];
  grid.forEachCell((row, col, raw) => {
    if (typeof raw.value !== 'string' || skip(row, col)) return;
    const text = raw.value.trim();
    const isLong = text.length >= PARAGRAPH_LENGTH;
    const isHeading = !isLong && HEADING.test(text);
    if (!isLong && !isHeading) return;
    if (isLong) long++;
    else headings++;
    cells.push({ row, col });
    area = area
      ? {
          top: Math.min(area.top, row),
          bottom: Math.max(area.bottom, row),
          left: Math.min(area.left, col),
          right: Math.max(area.right, col),
        }
      : { top: row, bottom: row, left: col, right: col };
  });
  if (!area || long < 2 || long + headings < 3) return null;
  const block: Area = area;
  const paragraphs: Paragraph[] = [];
  grid.forEachCell((row, col, raw) => {
    if (row < block.top || row > block.bottom || col < block.left || col > block.right || skip(row, col)) return;
    if (typeof raw.value !== 'string' || raw.value.trim() === '') return;
    paragraphs.push({ cell: cellRef(grid, grid.cell(row, col)), text: raw.value.trim() });
  });
  return { kind: 'text', sheet: grid.name, area: block, range: areaAddress(block), paragraphs };
}
