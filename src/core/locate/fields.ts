import type { Field } from '../model/types';
import { readCellNumber } from '../parse/number';
import type { LineView } from './line-view';
import { displayText } from '../grid/grid';
import type { CellReading } from '../parse/number';

const EMPTY: CellReading = Object.freeze({ kind: 'empty' as const });

/** The field at a position of a line, read from the cell itself (a merged area's value counts once, at its top-left). */
export function fieldAt(view: LineView, line: number, pos: number | undefined, numeric = true): Field | undefined {
  if (pos === undefined) return undefined;
  if (!view.isAnchor(line, pos)) {
    // A value merged over several lines belongs to the first; later lines see an empty cell.
    return { cell: view.refAt(line, pos), text: '', reading: EMPTY };
  }
  const raw = view.rawAt(line, pos);
  if (raw.value === null && raw.error === undefined) return { cell: view.refAt(line, pos), text: '', reading: EMPTY };
  const text = displayText(raw).trim();
  // Text columns (评分标准, 扣分原因…) are never read as numbers: no need to try.
  const reading = numeric ? readCellNumber(raw) : text === '' ? EMPTY : { kind: 'text' as const, text };
  return { cell: view.refAt(line, pos), text, reading };
}

/** True when the position's cell is covered by a merge that started on an earlier line. */
export function mergedFromEarlierLine(view: LineView, line: number, pos: number | undefined): boolean {
  if (pos === undefined) return false;
  const m = view.mergeLines(line, pos);
  return m !== null && m.first < line && !view.isAnchor(line, pos);
}

export function hasContent(field: Field | null | undefined): boolean {
  return field !== undefined && field !== null && field.reading.kind !== 'empty';
}
