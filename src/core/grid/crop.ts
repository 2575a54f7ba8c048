import type { Area } from './address';
import type { SheetData } from './types';

/**
 * The sheet with only the cells inside `area` kept, at their own coordinates (addresses stay true).
 * Merges reaching into the area are kept whole: a merged group name over the selection's edge still
 * names the rows inside it, and its value sits at its top-left cell, which is kept too.
 */
export function cropSheet(sheet: SheetData, area: Area): SheetData {
  const merges = sheet.merges.filter(
    (m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left,
  );
  const keep = (r: number, c: number) =>
    (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) ||
    merges.some((m) => m.top === r && m.left === c);
  const cells: SheetData['cells'] = [];
  sheet.cells.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (cell && keep(r, c)) (cells[r] ??= [])[c] = cell;
    });
  });
  return { ...sheet, cells, merges };
}
