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
  | 'level1' | 'level2' | 'level3' | 'name' | 'points' | 'score' | 'coefficient' | 'target' | 'adjustedTarget'
  | 'actual' | 'unit' | 'nature' | 'criteria' | 'explanation' | 'reason';
export type FundingRole = 'item' | 'initialBudget' | 'adjustedBudget' | 'spent' | 'rate' | 'points' | 'score' | 'method';

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
  for (const role of Object.keys(roles) as R[]) {
    const set = roles[role];
    for (const s of set.exact ?? []) offer(s, role, 3000 + s.length);
    for (const s of set.weak ?? []) offer(s, role, 1000 + s.length);
    for (const s of set.contains ?? []) parts.push({ text: s, role, strength: 2000 + s.length, how: 'contains' });
    for (const s of set.prefix ?? []) parts.push({ text: s, role, strength: 2000 + s.length, how: 'prefix' });
    for (const s of set.suffix ?? []) parts.push({ text: s, role, strength: 2000 + s.length, how: 'suffix' });
  }
  parts.sort((a, b) => b.strength - a.strength);
  const matcher: RoleMatcher<R> = { whole, parts };
  matchers.set(roles, matcher as RoleMatcher<string>);
  return matcher;
}

// Module constants, not literals in the function: a literal is a new RegExp object on every call, and this
// one is asked of every text cell of the sheet, twice.
const DIGIT = /\d/;

/** The role a header cell names, of the given roles; null when none fits. */
export function bestRole<R extends string>(text: string, roles: Record<R, SynonymSet>): { role: R; strength: number } | null {
  const label = labelOf(text);
  // No header name holds a digit: "指标3-12", "≥95%", "2,695.46" are data, decided at once.
  if (label === '' || label.length > 24 || DIGIT.test(label)) return null;
  const { whole, parts } = matcherFor(roles);
  const exact = whole.get(label);
  if (exact && exact.strength >= 3000) return exact;
  for (const p of parts) {
    const found = p.how === 'contains' ? label.includes(p.text) : p.how === 'prefix' ? label.startsWith(p.text) : label.endsWith(p.text);
    if (found) return p;
  }
  return exact ?? null;
}

export function isLabel(text: string, set: SynonymSet): boolean {
  return matchStrength(labelOf(text), set) > 0;
}
