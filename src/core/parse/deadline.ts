import { memoize } from '../memo';
import { removeWhitespace, toHalfWidth } from './normalize';

/**
 * A target that is a time limit (brief §2): "9月前", "11月底前", "6月30日前", "年底前", "3个月内", "按时".
 * Earlier is better: a deadline met early is met.
 */
export type Deadline =
  | { kind: 'by'; year?: number; month: number; day?: number }
  | { kind: 'within'; amount: number; unit: 'day' | 'week' | 'month' | 'year' }
  | { kind: 'on-time' };

/** A point in time an actual names ("7月", "2024年6月20日", "2024-06-20"); day and year where given. */
interface Moment {
  year?: number;
  month: number;
  day?: number;
}

const BY_DATE =
  /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?(底|末|中旬|下旬|上旬|中)?(?:前|之前|以前|止|内|完成|前完成)$/;
const BY_YEAR_END =
  /^(?:(\d{4})年)?(?:年底|年末|年内|年度内|当年|本年度?内?|年终|12月底|年底之?前)(?:前|之前|以前|内|完成|前完成)?$/;
const BY_HALF =
  /^(?:(\d{4})年)?(上半年|下半年|一季度|二季度|三季度|四季度|第[一二三四1-4]季度)(?:末|底)?(?:前|之前|内|完成)?$/;
const WITHIN = /^(\d+(?:\.\d+)?)个?(日|天|工作日|周|月|年)(?:内|以内|之内)(?:完成)?$/;
const ON_TIME = /^(?:按时|按期|及时|如期|按计划|按规定时间|规定时间内)(?:完成|办结|支付|拨付|到位)?$/;

const QUARTER_END: Record<string, number> = {
  上半年: 6,
  下半年: 12,
  一季度: 3,
  二季度: 6,
  三季度: 9,
  四季度: 12,
  第一季度: 3,
  第二季度: 6,
  第三季度: 9,
  第四季度: 12,
  第1季度: 3,
  第2季度: 6,
  第3季度: 9,
  第4季度: 12,
};

function clean(text: string): string {
  return removeWhitespace(toHalfWidth(text)).replace(/[。.]$/, '');
}

/** The deadline a target text states, or null when it states none. Remembered: whole columns repeat. */
export const parseDeadline = memoize((text: string): Deadline | null => {
  const s = clean(text);
  if (s === '') return null;
  let m = BY_DATE.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const day = m[3] !== undefined ? Number(m[3]) : undefined;
    return { kind: 'by', ...(m[1] ? { year: Number(m[1]) } : {}), month, ...(day !== undefined ? { day } : {}) };
  }
  if ((m = BY_YEAR_END.exec(s))) return { kind: 'by', ...(m[1] ? { year: Number(m[1]) } : {}), month: 12 };
  if ((m = BY_HALF.exec(s))) return { kind: 'by', ...(m[1] ? { year: Number(m[1]) } : {}), month: QUARTER_END[m[2]] };
  if ((m = WITHIN.exec(s))) {
    const unit = m[2] === '月' ? 'month' : m[2] === '年' ? 'year' : m[2] === '周' ? 'week' : 'day';
    return { kind: 'within', amount: Number(m[1]), unit };
  }
  if (ON_TIME.test(s)) return { kind: 'on-time' };
  return null;
});

const DONE =
  /^(?:已|全部|均已|已经|已按时|按时|按期|如期|提前|及时|已全部|全部按时)?(?:完成|办结|实现|达成|到位|支付|拨付|验收|竣工|完工)/;
const DONE_WORDS = /^(?:按时|按期|如期|及时|提前|已完成|完成|是|达标|达到|已按时完成|按时完成)$/;
const LATE = /未按时|未按期|未完成|延期|延迟|滞后|推迟|逾期|超期|未能|尚未|未/;
const DATE_ISO = /^(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?/;
const DATE_CN = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?(底|末|初|中旬|上旬|下旬)?/;
const DURATION = /^(\d+(?:\.\d+)?)个?(日|天|工作日|周|月|年)/;

function momentOf(s: string): Moment | null {
  let m = DATE_ISO.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) };
  m = DATE_CN.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { ...(m[1] ? { year: Number(m[1]) } : {}), month, ...(m[3] ? { day: Number(m[3]) } : {}) };
  }
  if (/^(?:(\d{4})年)?(?:年底|年末|12月底)/.test(s)) return { month: 12 };
  return null;
}

const UNIT_DAYS = { day: 1, week: 7, month: 30, year: 365 } as const;

/**
 * Whether an actual meets a deadline: true, false, or null when the text does not tell. A date the sheet
 * stores as a date shows as such (its display text is judged). "已完成" and the like meet any deadline.
 */
export function deadlineMet(deadline: Deadline, actualText: string): boolean | null {
  const s = clean(actualText);
  if (s === '') return null;
  if (LATE.test(s) && !/^(?:提前|按时|已)/.test(s)) return false;
  if (deadline.kind === 'by') {
    const at = momentOf(s);
    if (at) {
      if (deadline.year !== undefined && at.year !== undefined && at.year !== deadline.year)
        return at.year < deadline.year;
      if (at.month !== deadline.month) return at.month < deadline.month;
      if (deadline.day === undefined || at.day === undefined) return true;
      return at.day <= deadline.day;
    }
  } else if (deadline.kind === 'within') {
    const m = DURATION.exec(s);
    if (m) {
      const unit = m[2] === '月' ? 'month' : m[2] === '年' ? 'year' : m[2] === '周' ? 'week' : 'day';
      return Number(m[1]) * UNIT_DAYS[unit] <= deadline.amount * UNIT_DAYS[deadline.unit] + 1e-9;
    }
  }
  if (DONE_WORDS.test(s) || DONE.test(s)) return true;
  return null;
}
