import { normalizeLabel } from '../parse/normalize';
import { readCellNumber } from '../parse/number';
import type { LineView } from './line-view';
import { matchStrength, type SynonymSet } from './synonyms';

export interface LineLabel {
  pos: number;
  text: string;
}

/** The first cell in [from, to] whose label matches the set (merged labels read in full). */
export function findLabel(view: LineView, line: number, from: number, to: number, set: SynonymSet): LineLabel | null {
  for (let pos = from; pos <= to; pos++) {
    const cell = view.filled(line, pos);
    if (typeof cell.value !== 'string' || cell.value.length > 30) continue;
    if (matchStrength(normalizeLabel(cell.value), set) > 0) return { pos, text: cell.value };
  }
  return null;
}

/** A line that starts with "注：", "填表人：" and the like, and holds no number where the table keeps them. */
export function isNoteLine(view: LineView, line: number, from: number, to: number, note: SynonymSet, numberPositions: number[]): boolean {
  let first: string | null = null;
  for (let pos = from; pos <= to && first === null; pos++) {
    const cell = view.filled(line, pos);
    if (cell.text.trim() !== '') first = cell.text;
  }
  if (first === null) return false;
  const label = normalizeLabel(first.split(/[:：]/)[0] + '：');
  if (!note.prefix?.some((p) => label.startsWith(p)) || label.length > 12) return false;
  return numberPositions.every((pos) => readCellNumber(view.cell(line, pos)).kind !== 'number');
}

export function isBlankLine(view: LineView, line: number, from: number, to: number): boolean {
  for (let pos = from; pos <= to; pos++) if (!view.isEmpty(line, pos)) return false;
  return true;
}
