import headerSynonyms from '../data/header-synonyms.json';
import rowLabels from '../data/row-labels.json';
import { memoize } from '../memo';
import { normalizeLabel } from '../parse/normalize';

export interface SynonymSet {
  exact?: string[];
  contains?: string[];
  weak?: string[];
  prefix?: string[];
  suffix?: string[];
}

export type ScoreRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'name'
  | 'points'
  | 'score'
  | 'coefficient'
  | 'target'
  | 'adjustedTarget'
  | 'actual'
  | 'unit'
  | 'nature'
  | 'criteria'
  | 'explanation'
  | 'reason';
export type FundingRole =
  'item' | 'initialBudget' | 'adjustedBudget' | 'spent' | 'rate' | 'points' | 'score' | 'method';

export interface Vocabulary {
  score: Record<ScoreRole, SynonymSet>;
  funding: Record<FundingRole, SynonymSet>;
  rows: {
    total: SynonymSet;
    subtotal: SynonymSet;
    note: SynonymSet;
    fundingTotal: SynonymSet;
    /** A line whose first label is one of these closes a table (评价结论, 存在问题 …). */
    end?: SynonymSet;
    /** Closes a funding table too (the 年度总体目标 block below it). */
    fundingEnd?: SynonymSet;
    /** Funding lines that split the total by nature (基本支出 / 项目支出): a breakdown of their own beside the sources. */
    fundingNature?: SynonymSet;
    /** Funding lines that split the 基本支出 line above them again (人员经费 / 公用经费). */
    fundingBasicPart?: SynonymSet;
  };
}

/** The shipped vocabulary; a district can pass its own (same shape) to the checker. */
export const defaultVocabulary: Vocabulary = {
  score: headerSynonyms.score as Record<ScoreRole, SynonymSet>,
  funding: headerSynonyms.funding as Record<FundingRole, SynonymSet>,
  rows: rowLabels as Vocabulary['rows'],
};

/** normalizeLabel, remembered: tables repeat the same labels many times. */
export const labelOf = memoize(normalizeLabel);

// Module constants, not literals in the functions: a literal is a new RegExp object on every call, and these
// are asked of every text cell of the sheet, twice.
/**
 * A year before a header's name: "2024年实际完成值", "2024指标值". Before 年度 only the year goes: 年度 is part
 * of many names (年度指标值, 年度目标), and bestRole tries the name without it where that is what matches.
 */
const YEAR_BEFORE = /^(?:19|20)\d{2}(?:年(?!度))?/;
/** A year after it: "指标值2024年", "完成值2024年度". (A bracketed year, "（2024年）", normalizeLabel drops already.) */
const YEAR_AFTER = /(?:19|20)\d{2}年?度?$/;
/** A unit after it, not in brackets: "预算数/万元", "指标分值／分", "执行数单位：万元". */
const UNIT_AFTER = /(?:[/／]|单位[:：]?)(?:亿元|万元|千元|元|分|%|‰)$/;
const DIGIT = /\d/;
/** Longer than any header name: a sentence, not a label. */
const MAX_HEADER_LENGTH = 24;
/** A decoration a name may start with ("年度预算数"): matched with it first, then without. */
const OF_THE_YEAR = '年度';

/**
 * What a header cell's text is matched by: its label without the year or unit it is decorated with
 * ("2024年度指标值" → 年度指标值, "指标分值（分）" → 指标分值); null for a text no header name can be: empty, a
 * sentence, or a digit left after the decorations go ("≥95%", "指标3-12", "2,695.46" are data). Synonyms go
 * through the same function, so a synonym is found exactly when a header written like it would be.
 */
export function headerKey(text: string): string | null {
  let label = normalizeLabel(text);
  if (DIGIT.test(label)) label = label.replace(YEAR_BEFORE, '').replace(YEAR_AFTER, '');
  label = label.replace(UNIT_AFTER, '');
  if (label === '' || label.length > MAX_HEADER_LENGTH || DIGIT.test(label)) return null;
  return label;
}

/** headerKey, remembered (one memory: it normalises the label itself, so labelOf's is not filled as well). */
const headerKeyOf = memoize(headerKey);

/** How well a normalised label names something: 0 = not at all; exact beats contains beats weak, longer beats shorter. */
export function matchStrength(label: string, set: SynonymSet): number {
  if (label === '') return 0;
  let best = 0;
  for (const s of set.exact ?? []) if (label === s) best = Math.max(best, 3000 + s.length);
  for (const s of set.contains ?? []) if (label.includes(s)) best = Math.max(best, 2000 + s.length);
  for (const s of set.weak ?? []) if (label === s) best = Math.max(best, 1000 + s.length);
  for (const s of set.prefix ?? []) if (label.startsWith(s)) best = Math.max(best, 2000 + s.length);
  for (const s of set.suffix ?? []) if (label.endsWith(s)) best = Math.max(best, 2000 + s.length);
  return best;
}

interface RoleMatcher<R extends string> {
  /** Whole-label synonyms (exact and weak) to the best role they name. */
  whole: Map<string, { role: R; strength: number }>;
  /** Synonyms that may stand inside a label, strongest first. */
  parts: { text: string; role: R; strength: number; how: 'contains' | 'prefix' | 'suffix' }[];
}

const matchers = new WeakMap<object, RoleMatcher<string>>();

/** Compiles a role vocabulary once, so a label is matched by one look-up and a short scan. */
function matcherFor<R extends string>(roles: Record<R, SynonymSet>): RoleMatcher<R> {
  const hit = matchers.get(roles);
  if (hit) return hit as RoleMatcher<R>;
  const whole = new Map<string, { role: R; strength: number }>();
  const parts: RoleMatcher<R>['parts'] = [];
  const offer = (text: string, role: R, strength: number) => {
    const cur = whole.get(text);
    if (!cur || strength > cur.strength) whole.set(text, { role, strength });
  };
  // A synonym is reduced as a header cell is: "2024年度指标值" in the data file stands for 指标值.
  const keys = (list: string[] | undefined) => (list ?? []).map(headerKeyOf).filter((k): k is string => k !== null);
  for (const role of Object.keys(roles) as R[]) {
    const set = roles[role];
    for (const s of keys(set.exact)) offer(s, role, 3000 + s.length);
    for (const s of keys(set.weak)) offer(s, role, 1000 + s.length);
    for (const s of keys(set.contains)) parts.push({ text: s, role, strength: 2000 + s.length, how: 'contains' });
    for (const s of keys(set.prefix)) parts.push({ text: s, role, strength: 2000 + s.length, how: 'prefix' });
    for (const s of keys(set.suffix)) parts.push({ text: s, role, strength: 2000 + s.length, how: 'suffix' });
  }
  parts.sort((a, b) => b.strength - a.strength);
  const matcher: RoleMatcher<R> = { whole, parts };
  matchers.set(roles, matcher as RoleMatcher<string>);
  return matcher;
}

/** The role a header cell names, of the given roles; null when none fits. */
export function bestRole<R extends string>(
  text: string,
  roles: Record<R, SynonymSet>,
): { role: R; strength: number } | null {
  const label = headerKeyOf(text);
  if (label === null) return null;
  const matcher = matcherFor(roles);
  const found = matchLabel(label, matcher);
  if (found || !label.startsWith(OF_THE_YEAR) || label.length === OF_THE_YEAR.length) return found;
  return matchLabel(label.slice(OF_THE_YEAR.length), matcher);
}

function matchLabel<R extends string>(
  label: string,
  { whole, parts }: RoleMatcher<R>,
): { role: R; strength: number } | null {
  const exact = whole.get(label);
  if (exact && exact.strength >= 3000) return exact;
  for (const p of parts) {
    const found =
      p.how === 'contains'
        ? label.includes(p.text)
        : p.how === 'prefix'
          ? label.startsWith(p.text)
          : label.endsWith(p.text);
    if (found) return p;
  }
  return exact ?? null;
}

export function isLabel(text: string, set: SynonymSet): boolean {
  return matchStrength(labelOf(text), set) > 0;
}
