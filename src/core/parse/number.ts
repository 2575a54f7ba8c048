import { formatInfo, naturalDecimals } from '../grid/number-format';
import type { RawCell } from '../grid/types';
import { memoize } from '../memo';
import { removeWhitespace, toHalfWidth } from './normalize';

/** A number read from a cell, with what is needed to compare it at the precision it is shown. */
export interface ReadNumber {
  kind: 'number';
  /** The value; percentages as ratios (98.76% → 0.9876). */
  value: number;
  percent: boolean;
  /** Decimals shown, in the units shown (98.76% → 2). */
  decimals: number;
  unit?: string;
}

export type CellReading =
  | ReadNumber
  /** Empty, or a not-applicable mark ("—", "/", "不适用"): nothing to check. */
  | { kind: 'empty'; notApplicable?: boolean }
  | { kind: 'error'; error: string }
  | { kind: 'text'; text: string };

/** Units people append to numbers in these tables (brief §3); longest first so 万元 wins over 元. */
export const UNITS = [
  '万元',
  '亿元',
  '千元',
  '元',
  '分',
  '%',
  '‰',
  '次',
  '场',
  '个',
  '人次',
  '人',
  '篇',
  '宗',
  '户',
  '件',
  '天',
  '日',
  '小时',
  '项',
  '家',
  '份',
  '条',
  '期',
  '批',
  '所',
  '座',
  '台',
  '套',
  '平方米',
  '公里',
  '米',
  '吨',
  '年',
  '月',
];

const UNIT_RE = new RegExp(
  `(${[...UNITS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})$`,
);
/** Units not in the list, up to six characters of words and slashes after a digit: "元/平方米", "人次/年". */
const COMPOUND_UNIT_RE = /(?<=\d)([\u4e00-\u9fa5a-zA-Z/·²³]{1,6})$/;
const NOT_APPLICABLE = /^(-+|—+|–+|―+|\/|／|\\|无|不适用|不涉及|N\/A|NA)$/i;
const EXCEL_ERROR = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA)$/;
/** A figure followed by a bracketed remark in words (half-width brackets once normalised). */
const REMARK_RE = /^([^()]*\d[^()]*)\(([^()]*[\u4e00-\u9fa5][^()]*)\)$/;
const NUMBER_RE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

export function readCellNumber(cell: Pick<RawCell, 'value' | 'format' | 'error'>): CellReading {
  if (cell.error !== undefined) return { kind: 'error', error: cell.error };
  const v = cell.value;
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'text', text: String(v) };
    const info = formatInfo(cell.format);
    const shown = info.percent ? v * 100 : v;
    const decimals = info.decimals ?? Math.min(naturalDecimals(shown), 10);
    return { kind: 'number', value: v, percent: info.percent, decimals };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  return parseNumberText(v);
}

/**
 * Reads "97.38", "3分", "４９．８８", "11,661.19", "98.76%", "1,234.5万元"; anything else is text.
 * Remembered per text and shared (frozen): callers copy before changing one.
 */
export const parseNumberText = memoize((text: string): CellReading => Object.freeze(readNumberText(text)));

function readNumberText(text: string): CellReading {
  let s = removeWhitespace(toHalfWidth(text)).replace(/[，]/g, ',').replace(/。$/, '');
  if (s === '') return { kind: 'empty' };
  if (NOT_APPLICABLE.test(s)) return { kind: 'empty', notApplicable: true };
  if (EXCEL_ERROR.test(s)) {
    return { kind: 'error', error: s };
  }
  // A figure with a remark in brackets after it: "7分（因全校总人数减少…）" is 7, as its reader takes it.
  const remark = REMARK_RE.exec(s);
  if (remark) {
    const head = readNumberText(remark[1]);
    if (head.kind === 'number') return head;
  }
  let unit: string | undefined;
  const listed = UNIT_RE.exec(s);
  const compound = COMPOUND_UNIT_RE.exec(s);
  const m = compound && (!listed || compound[1].length > listed[1].length) ? compound : listed;
  if (m) {
    unit = m[1];
    s = s.slice(0, -unit.length);
  }
  const n = NUMBER_RE.exec(s);
  if (!n || (n[2] === undefined && n[3] === undefined)) return { kind: 'text', text };
  const decimals = n[3]?.length ?? 0;
  const magnitude = Number(`${n[2] ?? '0'}`.replace(/,/g, '') + (n[3] !== undefined ? `.${n[3]}` : ''));
  const signed = n[1] === '-' ? -magnitude : magnitude;
  const percent = unit === '%';
  return {
    kind: 'number',
    value: percent ? signed / 100 : signed,
    percent,
    decimals,
    unit: percent ? undefined : unit,
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
