import headerSynonyms from '../data/header-synonyms.json';
import rowLabels from '../data/row-labels.json';
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
export type FundingRole = 'item' | 'initialBudget' | 'adjustedBudget' | 'spent' | 'rate' | 'points' | 'score';

export interface Vocabulary {
  score: Record<ScoreRole, SynonymSet>;
  funding: Record<FundingRole, SynonymSet>;
  rows: { total: SynonymSet; subtotal: SynonymSet; note: SynonymSet; fundingTotal: SynonymSet };
}

/** The shipped vocabulary; a district can pass its own (same shape) to the checker. */
export const defaultVocabulary: Vocabulary = {
  score: headerSynonyms.score as Record<ScoreRole, SynonymSet>,
  funding: headerSynonyms.funding as Record<FundingRole, SynonymSet>,
  rows: rowLabels as Vocabulary['rows'],
};

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

/** The role a header cell names, of the given roles; null when none fits. */
export function bestRole<R extends string>(text: string, roles: Record<R, SynonymSet>): { role: R; strength: number } | null {
  const label = normalizeLabel(text);
  if (label === '' || label.length > 24) return null;
  let best: { role: R; strength: number } | null = null;
  for (const role of Object.keys(roles) as R[]) {
    const strength = matchStrength(label, roles[role]);
    if (strength > 0 && (!best || strength > best.strength)) best = { role, strength };
  }
  return best;
}

export function isLabel(text: string, set: SynonymSet): boolean {
  return matchStrength(normalizeLabel(text), set) > 0;
}
