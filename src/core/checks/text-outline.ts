import { type Marker, markerOf, type TextLine } from './text-lines';

/** A numbered line of an explanation: a heading ("（二）管理效率分析") or a numbered paragraph. */
export interface NumberedLine {
  line: TextLine;
  marker: Marker;
}

/** Two siblings with one number ("3." twice under "（一）"), or a number left out ("1." then "3."). */
export interface NumberingSlip {
  kind: 'duplicate' | 'skipped';
  at: NumberedLine;
  /** The sibling before it: the one with the same number, or the one the gap follows. */
  previous: NumberedLine;
  /** The number it would have in sequence. */
  expected: number;
}

interface Frame {
  style: string;
  family: string;
  last: NumberedLine;
  seen: Map<number, NumberedLine>;
}

/**
 * Walks the numbered lines as an outline: a style seen before closes everything opened after it and continues
 * its list; a new style opens a list under the line before. A list that starts again at 1 is a new list, not a
 * slip. "1." and "1、" are told apart (writers use both at different levels), but a "2、" right after a "1." is
 * taken as the same list: lists do not start at 2.
 */
export function numberingSlips(lines: readonly TextLine[]): NumberingSlip[] {
  const out: NumberingSlip[] = [];
  const stack: Frame[] = [];
  for (const line of lines) {
    const marker = markerOf(line.text);
    if (!marker) continue;
    const here: NumberedLine = { line, marker };
    let index = stack.findIndex((f) => f.style === marker.style);
    if (index < 0 && marker.n > 1) {
      for (let i = stack.length - 1; i >= 0 && index < 0; i--) {
        if (stack[i].family === marker.family && stack[i].last.marker.n === marker.n - 1) index = i;
      }
    }
    if (index < 0) {
      stack.push({ style: marker.style, family: marker.family, last: here, seen: new Map([[marker.n, here]]) });
      continue;
    }
    stack.length = index + 1;
    const frame = stack[index];
    if (marker.n === 1) frame.seen = new Map();
    else {
      const same = frame.seen.get(marker.n);
      if (same) out.push({ kind: 'duplicate', at: here, previous: same, expected: frame.last.marker.n + 1 });
      else if (marker.n > frame.last.marker.n + 1)
        out.push({ kind: 'skipped', at: here, previous: frame.last, expected: frame.last.marker.n + 1 });
    }
    frame.seen.set(marker.n, here);
    frame.last = here;
  }
  return out;
}
