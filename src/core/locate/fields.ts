import type { Field } from '../model/types';
import { readCellNumber } from '../parse/number';
import type { LineView } from './line-view';

/** The field at a position of a line, read from the cell itself (a merged area's value counts once, at its top-left). */
export function fieldAt(view: LineView, line: number, pos: number | undefined, numeric = true): Field | undefined {
  if (pos === undefined) return undefined;
  const cell = view.cell(line, pos);
  if (!cell.anchor) {
    // A value merged over several lines belongs to the first; later lines see an empty cell.
    return { cell: view.ref(cell), text: '', reading: { kind: 'empty' } };
  }
  const text = cell.text.trim();
  // Text columns (评分标准, 扣分原因…) are never read as numbers: no need to try.
  const reading = numeric ? readCellNumber(cell) : text === '' ? { kind: 'empty' as const } : { kind: 'text' as const, text };
  return { cell: view.ref(cell), text, reading };
}

/** True when the position's cell is covered by a merge that started on an earlier line. */
export function mergedFromEarlierLine(view: LineView, line: number, pos: number | undefined): boolean {
  if (pos === undefined) return false;
  const m = view.mergeLines(line, pos);
  return m !== null && m.first < line && !view.cell(line, pos).anchor;
}

export function hasContent(field: Field | null | undefined): boolean {
  return field !== undefined && field !== null && field.reading.kind !== 'empty';
}
