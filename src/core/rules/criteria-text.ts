import { removeWhitespace, toHalfWidth } from '../parse/normalize';
import { memoize } from '../memo';
import type { Band, RuleSpec } from './types';

/**
 * Reads a 评分标准 text of a known form into a rule. Known forms (brief §4):
 *   "完成率×10", "执行率×分值"                              → rate × points
 *   "实际完成值/目标值×分值", "按比例得分"                    → proportional; "目标值/实际值×分值" → inverse
 *   "完成得满分，未完成不得分"                               → equal-or-nothing
 *   "≥90%计5分；80%-90%计4分；低于70%不得分", "=0计3分；…"  → bands
 *   "≤100%计6分，每超过一个百分点扣1分，扣完为止"            → per-unit deduction
 * Anything else gives null: an unknown form is never guessed.
 */
export const parseCriteria = memoize((text: string): RuleSpec | null => {
  const s = normalize(text);
  return s === '' ? null : (perUnit(s) ?? formula(s) ?? wording(s) ?? bands(s));
}, 10_000);

function normalize(text: string): string {
  return (
    removeWhitespace(toHalfWidth(text))
      .replace(/[≧]|>=|=>/g, '≥')
      .replace(/[≦]|<=|=</g, '≤')
      .replace(/[*xX✕]/g, '×')
      .replace(/[／/]/g, '÷')
      .replace(/[～~—–]/g, '-')
      .replace(/(\d%?(?:\(含\))?)(?:至|到)(\d)/g, '$1-$2')
      .replace(/[（]/g, '(')
      .replace(/[）]/g, ')')
      .replace(/[。.]$/, '')
      // "最高不超过分值" only restates the cap every rate rule has.
      .replace(/[,，;；]?(?:得分)?最高不(?:得)?超过(?:该指标|本指标)?(?:分值|满分|权重)(?:上限)?$/, '')
      // A subject before the first condition ("预算调整率=0计3分", "三公经费控制率≤100%…") names the value, nothing more.
      .replace(
        /^[\u4e00-\u9fa5]{1,12}?(?:率|比例)(?=[≥≤=<>]|不低于|不高于|不超过|不少于|大于|小于|低于|高于|为|等于|\d)/,
        '',
      )
  );
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const WEIGHT = String.raw`(?:分值|权重|指标分值|本指标分值|该指标分值|满分|${NUM}分?)`;

const RATE_FORMULA = new RegExp(`^[^；;,，]*?率×${WEIGHT}$`);
const PROPORTIONAL_FORMULA = new RegExp(`^(?:实际)?完成(?:值|数)÷(?:年度|年初)?(?:目标|指标|计划)(?:值|数)×${WEIGHT}$`);
const INVERSE_FORMULA = new RegExp(`^(?:年度|年初)?(?:目标|指标|计划)(?:值|数)÷(?:实际)?完成(?:值|数)×${WEIGHT}$`);

function formula(s: string): RuleSpec | null {
  const m = RATE_FORMULA.exec(s);
  if (m) return m[1] !== undefined ? { kind: 'rate', weight: Number(m[1]) } : { kind: 'rate' };
  if (PROPORTIONAL_FORMULA.test(s)) return { kind: 'proportional' };
  if (INVERSE_FORMULA.test(s)) return { kind: 'inverse' };
  return null;
}

function wording(s: string): RuleSpec | null {
  if (/^(?:达到(?:目标值)?得满分[,，;；])?(?:未达到|未完成|否则)?按(?:完成)?比例(?:得分|计分|扣分)$/.test(s))
    return { kind: 'proportional' };
  if (/^(?:全部)?(?:完成|达到|达标)(?:目标)?(?:的)?得满分[,，;；](?:未完成|未达到|未达标|否则)(?:的)?不得分$/.test(s))
    return { kind: 'equal' };
  return null;
}

/** A value in a band condition, in ratio units when it carries % (or the text's other figures do). */
function value(n: string, percent: boolean): number {
  return percent ? Number(n) / 100 : Number(n);
}

function bands(s: string): RuleSpec | null {
  const segments = s.split(/[；;,，]/).filter((x) => x !== '');
  if (segments.length < 2) return null;
  const percent = s.includes('%');
  const list: Band[] = [];
  for (const seg of segments) {
    const m = new RegExp(`^(.+?)(?:(?:计|得|给|评)${NUM}分|(不得分|不计分|计0分|得0分))$`).exec(seg);
    if (!m) return null;
    const points = m[3] !== undefined ? 0 : Number(m[2]);
    const band = condition(m[1], percent);
    if (!band) return null;
    list.push({ ...band, points });
  }
  return { kind: 'bands', bands: list };
}

function condition(c: string, percent: boolean): Omit<Band, 'points'> | null {
  const P = String.raw`${NUM}%?(?:\(含\))?`;
  let m: RegExpExecArray | null;
  if (
    (m = new RegExp(`^(?:≥|不低于|不少于|大于等于|达到)${P}(?:及?以上)?$`).exec(c)) ||
    (m = new RegExp(`^${P}(?:\\(含\\))?(?:及|或)?以上$`).exec(c))
  ) {
    return { min: value(m[1], percent), includeMin: true };
  }
  if ((m = new RegExp(`^(?:>|大于|高于|超过)${P}$`).exec(c))) return { min: value(m[1], percent), includeMin: false };
  if (
    (m = new RegExp(`^(?:≤|不高于|不超过|小于等于)${P}(?:及?以下)?$`).exec(c)) ||
    (m = new RegExp(`^${P}(?:及|或)以下$`).exec(c))
  ) {
    return { max: value(m[1], percent), includeMax: true };
  }
  if ((m = new RegExp(`^(?:<|小于|低于|不足)${P}$`).exec(c)) || (m = new RegExp(`^${P}以下$`).exec(c)))
    return { max: value(m[1], percent), includeMax: false };
  if ((m = new RegExp(`^(?:=|等于|为)${P}$`).exec(c))) return { min: value(m[1], percent), max: value(m[1], percent) };
  if ((m = new RegExp(`^${P}-${P}$`).exec(c)))
    return { min: value(m[1], percent), max: value(m[2], percent), includeMin: true, includeMax: true };
  if (/^(?:否则|其他|其余|以下|其他情况)$/.test(c)) return {};
  return null;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 十: 10 };

function perUnit(s: string): RuleSpec | null {
  const step =
    /每(超过|超出|高于|超|高|低于|少于|低|少|下降|减少|降低)(一|二|两|三|四|五|十|\d+(?:\.\d+)?)个?(百分点|%)扣(\d+(?:\.\d+)?)分/.exec(
      s,
    );
  if (!step) return null;
  const direction = /超|高/.test(step[1]) ? 'over' : 'under';
  const base = new RegExp(
    `(?:^|[；;,，])(?:${direction === 'over' ? '≤|不超过|不高于|控制在' : '≥|不低于|不少于|达到'})${NUM}%(?:以内|以下|以上)?(?:的)?(?:计|得)(?:满分|${NUM}分)`,
  ).exec(s);
  if (!base) return null;
  const units = CN_DIGITS[step[2]] ?? Number(step[2]);
  return { kind: 'per-unit', limit: Number(base[1]) / 100, step: units / 100, deduct: Number(step[4]), direction };
}
