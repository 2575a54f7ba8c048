import type { CellRef, TextBlock } from '../model/types';
import { removeWhitespace, toHalfWidth } from '../parse/normalize';

/**
 * One line of an explanation: a paragraph cell, or one line of a cell that holds several. `text` is what
 * the text checks read: half-width ("（" → "(", "，" → ",", "４９．８８" → "49.88"), no whitespace (so
 * "97.38 分" reads as "97.38分"), no quotation marks ("“三公”经费" → "三公经费").
 */
export interface TextLine {
  cell: CellRef;
  /** As written, trimmed. */
  original: string;
  text: string;
}

const QUOTES = /[“”"'‘’「」『』]/g;

export function normalizeText(text: string): string {
  return removeWhitespace(toHalfWidth(text)).replace(QUOTES, '');
}

export function textLines(block: TextBlock): TextLine[] {
  const out: TextLine[] = [];
  for (const p of block.paragraphs) {
    for (const raw of p.text.split(/\r?\n|\r/)) {
      const original = raw.trim();
      const text = normalizeText(original);
      if (text !== '') out.push({ cell: p.cell, original, text });
    }
  }
  return out;
}

/** A line's numbering: "一、", "(二)", "3.", "3、", "(1)", "1)", "a.", "①". */
export interface Marker {
  /** Numbering style; lines of one style under one parent are siblings. */
  style: string;
  /** Styles one writer may mix at one level ("1." and "1、"). */
  family: string;
  n: number;
  /** The marker as read ("3.", "(二)"). */
  text: string;
  /** Its number as written ("3", "二"). */
  numeral: string;
  /** A number written the way this style writes it. */
  format(n: number): string;
}

const CN_DIGITS = '零一二三四五六七八九';

interface MarkerPattern {
  style: string;
  family: string;
  re: RegExp;
  parse(s: string): number;
  format(n: number): string;
}

const MARKERS: MarkerPattern[] = [
  { style: 'cn', family: 'cn', re: /^([一二三四五六七八九十]{1,3})[、.]/, parse: cnNumber, format: cnNumeral },
  {
    style: 'cn-paren',
    family: 'cn-paren',
    re: /^\(([一二三四五六七八九十]{1,3})\)/,
    parse: cnNumber,
    format: cnNumeral,
  },
  { style: 'arabic-dot', family: 'arabic', re: /^(\d{1,2})\.(?!\d)/, parse: Number, format: String },
  { style: 'arabic-comma', family: 'arabic', re: /^(\d{1,2})、/, parse: Number, format: String },
  { style: 'arabic-paren', family: 'arabic-paren', re: /^\((\d{1,2})\)/, parse: Number, format: String },
  { style: 'arabic-half', family: 'arabic-paren', re: /^(\d{1,2})\)/, parse: Number, format: String },
  {
    style: 'lower',
    family: 'lower',
    re: /^([a-z])[.、)](?![a-z0-9])/,
    parse: letterNumber,
    format: (n) => String.fromCharCode(0x60 + n),
  },
  {
    style: 'upper',
    family: 'upper',
    re: /^([A-Z])[.、)](?![A-Za-z0-9])/,
    parse: letterNumber,
    format: (n) => String.fromCharCode(0x40 + n),
  },
  {
    style: 'circled',
    family: 'circled',
    re: /^([\u2460-\u2473])/,
    parse: (s) => s.charCodeAt(0) - 0x245f,
    format: (n) => String.fromCharCode(0x245f + n),
  },
];

/** The numbering a (normalised) line starts with, if any. */
export function markerOf(text: string): Marker | null {
  for (const p of MARKERS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const n = p.parse(m[1]);
    if (!Number.isInteger(n) || n <= 0) continue;
    return { style: p.style, family: p.family, n, text: m[0], numeral: m[1], format: p.format };
  }
  return null;
}

/** 一 … 九十九. */
export function cnNumber(s: string): number {
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGITS.indexOf(s) : NaN;
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(s.slice(0, ten));
  const ones = ten === s.length - 1 ? 0 : CN_DIGITS.indexOf(s.slice(ten + 1));
  return tens > 0 && ones >= 0 && s.length - ten <= 2 && ten <= 1 ? tens * 10 + ones : NaN;
}

export function cnNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

function letterNumber(s: string): number {
  return s.toLowerCase().charCodeAt(0) - 0x60;
}

/** The line without its numbering. */
export function afterMarker(text: string): string {
  const m = markerOf(text);
  return m ? text.slice(m.text.length) : text;
}

/** A line's marker as written ("（二）" where the checks read "(二)"), or with another number in the same style. */
export function writtenMarker(line: TextLine, marker: Marker, n = marker.n): string {
  let written = marker.text;
  for (let k = marker.text.length; k <= Math.min(line.original.length, marker.text.length + 4); k++) {
    if (normalizeText(line.original.slice(0, k)) === marker.text) {
      written = line.original.slice(0, k).trimEnd();
      break;
    }
  }
  if (n === marker.n) return written;
  const at = written.indexOf(marker.numeral);
  return at >= 0
    ? `${written.slice(0, at)}${marker.format(n)}${written.slice(at + marker.numeral.length)}`
    : marker.text.replace(marker.numeral, marker.format(n));
}

/** A short form of a line for a message: as written, cut at 40 characters. */
export function excerpt(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
