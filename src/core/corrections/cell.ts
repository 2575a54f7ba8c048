import type { RawCell, WorkbookData } from '../grid/types';
import type { CellRef, Field } from '../model/types';
import { type ReadNumber, readCellNumber, parseNumberText } from '../parse/number';
import { showReading } from '../checks/numbers';
import { roundTo } from '../checks/tolerance';
import type { CorrectionFields } from './types';

/** The right value of a figure, and how to know a candidate is what the check would accept. */
export interface FigureTarget {
  /** The right value, in the units the cell reads in (ratios for percentages: 96% is 0.96). */
  value: number;
  /** Decimals (as shown) to try first; more are tried until the check accepts the figure. */
  minDecimals: number;
  /** Whether the check, reading the new figure from the cell, would find it right. */
  accepts(n: ReadNumber): boolean;
  /** The cells the value was worked out from. */
  dependsOn: CellRef[];
}

/** Most decimals a corrected figure is written with. */
const MAX_DECIMALS = 10;

/** The cell as the adapter delivered it, or undefined where the workbook data is not at hand. */
export function rawCellAt(workbook: WorkbookData | undefined, ref: CellRef): RawCell | undefined {
  return workbook?.sheets.find((s) => s.name === ref.sheet)?.cells[ref.row]?.[ref.col];
}

/**
 * The correction of a typed figure: a number cell gets the number (its format stays, so a percent-formatted
 * 0.95 becomes 0.96), a text cell gets its text with only the digits replaced ("95%" → "96%", "97分" → "97.5分").
 * A formula is refused; a cell whose content is not just that figure, or a figure the check would still
 * reject at 10 decimals, gets nothing.
 */
export function figureCorrection(
  workbook: WorkbookData | undefined,
  field: Field,
  target: FigureTarget,
): CorrectionFields {
  const raw = rawCellAt(workbook, field.cell);
  if (!raw || field.reading.kind !== 'number') return {};
  if (raw.formula) return { correction: null, correctionRefused: 'formula' };
  const reading = field.reading;
  const percentDigits = reading.percent ? 2 : 0;
  if (typeof raw.value === 'number') {
    if (raw.value !== reading.value) return {};
    for (let d = Math.max(0, target.minDecimals); d <= MAX_DECIMALS; d++) {
      const candidate = roundTo(target.value, d + percentDigits);
      const read = readCellNumber({ value: candidate, format: raw.format });
      if (read.kind !== 'number' || !target.accepts(read)) continue;
      if (candidate === raw.value) return {};
      return {
        correction: {
          at: field.cell,
          kind: 'value',
          from: raw.value,
          to: candidate,
          shown: showReading(read),
          dependsOn: target.dependsOn,
        },
      };
    }
    return {};
  }
  if (typeof raw.value !== 'string') return {};
  const typed = parseNumberText(raw.value);
  if (typed.kind !== 'number' || typed.value !== reading.value || reading.value < 0 || target.value < 0) return {};
  const digits = [...raw.value.matchAll(DIGITS)];
  if (digits.length !== 1) return {};
  const start = digits[0].index;
  const end = start + digits[0][0].length;
  for (let d = Math.max(0, target.minDecimals); d <= MAX_DECIMALS; d++) {
    const text = writeLike(target.value * 10 ** percentDigits, d, digits[0][0]);
    const next = `${raw.value.slice(0, start)}${text}${raw.value.slice(end)}`;
    const read = parseNumberText(next);
    if (read.kind !== 'number' || !target.accepts(read)) continue;
    if (next === raw.value) return {};
    return {
      correction: {
        at: field.cell,
        kind: 'text',
        from: raw.value,
        to: next,
        shown: showReading(read),
        span: { start, end, text },
        dependsOn: target.dependsOn,
      },
    };
  }
  return {};
}

/** A run of digits as people type a figure: half- or full-width, with thousands separators and decimals. */
const DIGITS = /[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/g;

/** A figure written the way `like` was: thousands grouped if it grouped them, full-width if it was. */
export function writeLike(value: number, decimals: number, like: string): string {
  let text = roundTo(value, decimals).toFixed(decimals);
  if (/[,，]/.test(like)) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  if (/[０-９]/.test(like)) text = text.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  return text;
}
