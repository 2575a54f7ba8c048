import type { WorkbookData } from '../grid/types';
import type { ReadNumber } from '../parse/number';
import { normalizeText, type TextLine } from '../checks/text-lines';
import type { StatedFigure } from '../checks/text-statements';
import { rawCellAt, type FigureTarget, writeLike } from './cell';
import type { CorrectionFields } from './types';

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const MAX_DECIMALS = 10;

/**
 * The correction of a figure in the user's explanation text: the paragraph cell's whole text with only
 * that figure's digits replaced, as written (full-width stays full-width, grouped stays grouped).
 * Nothing where the figure cannot be placed exactly in the cell's text (a line written twice in one cell).
 */
export function textFigureCorrection(
  workbook: WorkbookData | undefined,
  line: TextLine,
  figure: StatedFigure,
  target: FigureTarget,
): CorrectionFields {
  const raw = rawCellAt(workbook, line.cell);
  if (!raw) return {};
  if (raw.formula) return { correction: null, correctionRefused: 'formula' };
  if (typeof raw.value !== 'string' || line.text.slice(figure.start, figure.end) !== figure.text || target.value < 0)
    return {};
  const percent = figure.value.percent;
  const shown = percent ? figure.value.value * 100 : figure.value.value;
  const numbers = [...figure.text.matchAll(NUMBER)].filter(
    (m) => Math.abs(Number(m[0].replace(/,/g, '')) - shown) < 1e-9,
  );
  if (numbers.length !== 1) return {};
  const from = figure.start + numbers[0].index;
  const to = from + numbers[0][0].length;
  const place = originalOffsets(line);
  if (!place) return {};
  const lineAt = raw.value.indexOf(line.original);
  if (lineAt < 0 || raw.value.indexOf(line.original, lineAt + 1) >= 0) return {};
  const start = lineAt + place.start[from];
  const end = lineAt + place.end[to - 1];
  const written = raw.value.slice(start, end);
  for (let d = Math.max(0, target.minDecimals); d <= MAX_DECIMALS; d++) {
    const text = writeLike(target.value * (percent ? 100 : 1), d, written);
    const value = Number(
      text.replace(/[０-９．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/,/g, ''),
    );
    const read: ReadNumber = { ...figure.value, value: percent ? value / 100 : value, decimals: d };
    if (!target.accepts(read)) continue;
    if (text === written) return {};
    return {
      correction: {
        at: line.cell,
        kind: 'text',
        from: raw.value,
        to: `${raw.value.slice(0, start)}${text}${raw.value.slice(end)}`,
        shown: `${text}${percent ? '%' : ''}`,
        span: { start, end, text },
        dependsOn: target.dependsOn,
      },
    };
  }
  return {};
}

/** For each character of the normalised line, where it starts and ends in the line as written; null if they do not line up. */
function originalOffsets(line: TextLine): { start: number[]; end: number[] } | null {
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  let rebuilt = '';
  for (const ch of line.original) {
    const n = normalizeText(ch);
    for (let k = 0; k < n.length; k++) {
      start.push(at);
      end.push(at + ch.length);
    }
    rebuilt += n;
    at += ch.length;
  }
  return rebuilt === line.text ? { start, end } : null;
}
