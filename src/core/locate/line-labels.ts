import { normalizeLabel } from '../parse/normalize';
import { readCellNumber } from '../parse/number';
import type { LineView } from './line-view';
import { labelOf, matchStrength, type SynonymSet } from './synonyms';
import { displayText } from '../grid/grid';
import { memoize } from '../memo';

export interface LineLabel {
  pos: number;
  text: string;
}

/** The first 合计 / 小计 label on the line, in one pass. */
export function findSumLabel(
  view: LineView,
  line: number,
  from: number,
  to: number,
  rows: { total: SynonymSet; subtotal: SynonymSet },
): (LineLabel & { kind: 'total' | 'subtotal' }) | null {
  const kindOf = sumKinds(rows);
  for (let pos = from; pos <= to; pos++) {
    const { value } = view.filledRaw(line, pos);
    if (typeof value !== 'string' || value.length > 30) continue;
    const kind = kindOf(value);
    if (kind) return { pos, text: value, kind };
  }
  return null;
}

const sumKindMemos = new WeakMap<object, (text: string) => 'total' | 'subtotal' | null>();

/** Whether a text names a 合计 or a 小计, remembered per text: every line's name cells are asked. */
function sumKinds(rows: { total: SynonymSet; subtotal: SynonymSet }): (text: string) => 'total' | 'subtotal' | null {
  let kindOf = sumKindMemos.get(rows);
  if (!kindOf) {
    kindOf = memoize((text: string) => {
      const label = labelOf(text);
      return matchStrength(label, rows.total) > 0
        ? 'total'
        : matchStrength(label, rows.subtotal) > 0
          ? 'subtotal'
          : null;
    });
    sumKindMemos.set(rows, kindOf);
  }
  return kindOf;
}

const setMemos = new WeakMap<SynonymSet, (text: string) => boolean>();

/** Whether a text names one of the set's labels, remembered per text: every line of every table is asked. */
function namesSet(set: SynonymSet): (text: string) => boolean {
  let names = setMemos.get(set);
  if (!names) {
    names = memoize((text: string) => matchStrength(labelOf(text), set) > 0);
    setMemos.set(set, names);
  }
  return names;
}

/** A line that starts with "注：", "填表人：" and the like, and holds no number where the table keeps them. */
export function isNoteLine(
  view: LineView,
  line: number,
  from: number,
  to: number,
  note: SynonymSet,
  numberPositions: number[],
): boolean {
  let first: string | null = null;
  for (let pos = from; pos <= to && first === null; pos++) {
    const raw = view.filledRaw(line, pos);
    if (raw.value !== null || raw.error !== undefined) {
      const text = displayText(raw);
      if (text.trim() !== '') first = text;
    }
  }
  if (first === null) return false;
  const head = first.trim()[0];
  if (!note.prefix?.some((p) => p[0] === head)) return false;
  const label = normalizeLabel(first.split(/[:：]/)[0] + '：');
  if (!note.prefix?.some((p) => label.startsWith(p)) || label.length > 12) return false;
  return numberPositions.every((pos) => readCellNumber(view.rawAt(line, pos)).kind !== 'number');
}

export function isBlankLine(view: LineView, line: number, from: number, to: number): boolean {
  for (let pos = from; pos <= to; pos++) if (!view.isEmpty(line, pos)) return false;
  return true;
}

/** A line whose first text names a part of the form after the table (评价结论, 存在问题, 年度总体目标 …). */
export function isEndLine(
  view: LineView,
  line: number,
  from: number,
  to: number,
  sets: readonly (SynonymSet | undefined)[],
): boolean {
  for (let pos = from; pos <= to; pos++) {
    // A caption merged down from above (绩效指标, 项目资金) is not this line's label.
    if ((view.mergeLines(line, pos)?.first ?? line) < line) continue;
    const raw = view.filledRaw(line, pos);
    if (typeof raw.value !== 'string') {
      if (raw.value !== null || raw.error !== undefined) return false;
      continue;
    }
    if (raw.value.trim() === '') continue;
    if (raw.value.length > 30) return false;
    for (const set of sets) if (set !== undefined && namesSet(set)(raw.value)) return true;
    return false;
  }
  return false;
}

/** What ends a table's body besides the next table: the sets of labels that open the form's later parts. */
export interface BodyBounds {
  from: number;
  to: number;
  note: SynonymSet;
  end: readonly (SynonymSet | undefined)[];
  /** Positions where the table keeps its figures: a note line holds none there. */
  numberPositions: number[];
  startsOtherTable: (line: number) => boolean;
}

/**
 * The next line of a table's body from `line` on, blank lines skipped, or −1 where the body has ended: at the
 * next table, two blank lines, a note line (注：…, 填表人：…) or a line that opens a later part of the form
 * (评价结论, 年度总体目标 …). A plain function rather than a generator: it runs on every line of every table.
 */
export function nextBodyLine(view: LineView, line: number, bounds: BodyBounds): number {
  const { from, to, note, end, numberPositions, startsOtherTable } = bounds;
  let blanks = 0;
  for (let l = line; l < view.lineCount; l++) {
    if (startsOtherTable(l)) return -1;
    if (isBlankLine(view, l, from, to)) {
      if (++blanks >= 2) return -1;
      continue;
    }
    if (isNoteLine(view, l, from, to, note, numberPositions)) return -1;
    if (isEndLine(view, l, from, to, end)) return -1;
    return l;
  }
  return -1;
}
