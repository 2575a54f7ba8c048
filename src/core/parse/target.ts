import { memoize } from '../memo';
import { type Deadline, parseDeadline } from './deadline';
import { parseNumberText, type ReadNumber } from './number';
import { removeWhitespace, toHalfWidth } from './normalize';

export type Operator = '>=' | '<=' | '=' | '>' | '<';

/** A target (年初目标 / 指标值) as typed: an operator and a number, or a qualitative phrase. */
export interface Target {
  text: string;
  operator: Operator | null;
  number: ReadNumber | null;
  /** True when no number could be read: "有效加强", "达标", "是" — and deadlines. */
  qualitative: boolean;
  /** A time limit ("9月前", "3个月内", "按时"): judged as a date, never as a count. */
  deadline: Deadline | null;
}

// Words around the number that carry the direction (brief §3). Order matters: longer first.
const PREFIXES: [RegExp, Operator][] = [
  [/^(>=|≥|≧|=>|大于等于|大于或等于|不低于|不少于|不小于|至少|达到或超过)/, '>='],
  [/^(<=|≤|≦|=<|小于等于|小于或等于|不高于|不超过|不大于|不多于|至多|控制在)/, '<='],
  [/^(>|＞|大于|高于|多于|超过)/, '>'],
  [/^(<|＜|小于|低于|少于)/, '<'],
  [/^(=|＝|等于|达到|完成)/, '='],
];
const SUFFIXES: [RegExp, Operator][] = [
  [/(及以上|以上|或以上)$/, '>='],
  [/(及以下|以下|以内|之内|或以下)$/, '<='],
];

/** A target read from its text; remembered, since the same few targets fill whole columns. Shared: do not change. */
export const parseTarget = memoize((text: string): Target => Object.freeze(readTarget(text)));

function readTarget(text: string): Target {
  const deadline = parseDeadline(text);
  if (deadline) return { text, operator: null, number: null, qualitative: true, deadline };
  let s = removeWhitespace(toHalfWidth(text));
  let operator: Operator | null = null;
  for (const [re, op] of PREFIXES) {
    const m = re.exec(s);
    if (m) {
      operator = op;
      s = s.slice(m[0].length);
      break;
    }
  }
  for (const [re, op] of SUFFIXES) {
    const m = re.exec(s);
    if (m) {
      operator = operator ?? op;
      s = s.slice(0, -m[0].length);
      break;
    }
  }
  const reading = parseNumberText(s);
  if (reading.kind === 'number')
    return { text, operator: operator ?? null, number: reading, qualitative: false, deadline: null };
  return { text, operator: null, number: null, qualitative: true, deadline: null };
}

/** The operator a 指标性质 cell names: "正向"/"≥" → >=, "反向"/"≤" → <=, "定性"/"=" → =. */
export function operatorFromNature(text: string): Operator | null {
  const s = removeWhitespace(toHalfWidth(text));
  if (/^(正向|正向指标|≥|>=|≧|大于等于)$/.test(s)) return '>=';
  if (/^(反向|反向指标|≤|<=|≦|小于等于)$/.test(s)) return '<=';
  if (/^(=|等于|定性)$/.test(s)) return '=';
  if (s === '>') return '>';
  if (s === '<') return '<';
  return null;
}
