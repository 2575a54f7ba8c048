import { memoize } from '../memo';

/** Text normalisation for labels and typed numbers: what people type varies, what it means does not. */

/** Full-width ASCII variants (０-９, Ａ-Ｚ, ．，％＋－（）…) to half-width; ideographic space to space. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const WHITESPACE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g;

export function removeWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

/**
 * A label reduced to what it names: half-width, no whitespace or line breaks, no bracketed
 * decorations such as "（50分）", "(分)", "(%)" or "（=,≥,≤）", no trailing colon or leading "其中：".
 */
export function normalizeLabel(text: string): string {
  let s = removeWhitespace(toHalfWidth(text)).replace(/[“”"'‘’「」『』]/g, '');
  s = s.replace(/[([【][^()[\]【】]*[)\]】]/g, '');
  s = s.replace(/^其中[:：]?/, '').replace(/^[0-9]+[.、]/, '');
  s = s.replace(/^[一二三四五六七八九十]+[、.]/, '');
  s = s.replace(/[:：]+$/, '');
  return s;
}

/** The name as shown in a path: whitespace removed and a trailing points decoration ("（50分）") dropped. */
export function cleanName(text: string): string {
  const s = removeWhitespace(text);
  return s.replace(/[(（]\s*[0-9０-９.．]+\s*分?\s*[)）]\s*$/, '').replace(/[:：]+$/, '');
}

/** The points a name carries, as in "管理效能（50分）" or "产出指标(30)"; null if none. */
export const pointsInName = memoize((text: string): number | null => {
  // Most names carry no points: a name without a closing bracket is answered without a regex.
  if (!/[)）]\s*$/.test(text)) return null;
  const m = /[(（]\s*([0-9０-９.．]+)\s*分?\s*[)）]\s*$/.exec(removeWhitespace(text));
  if (!m) return null;
  const n = Number(toHalfWidth(m[1]));
  return Number.isFinite(n) ? n : null;
});
