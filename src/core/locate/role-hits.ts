import type { Grid } from '../grid/grid';
import { bestRole, type FundingRole, type ScoreRole, type Vocabulary } from './synonyms';

/** A header-like cell: which score-table role and which funding-table role its text names. */
export interface RoleHit {
  row: number;
  col: number;
  score?: { role: ScoreRole; strength: number };
  funding?: { role: FundingRole; strength: number };
}

/** One pass over the sheet's short text cells: every cell that names a column role. */
export function findRoleHits(grid: Grid, vocabulary: Vocabulary): RoleHit[] {
  const hits: RoleHit[] = [];
  grid.forEachCell((row, col, raw) => {
    if (typeof raw.value !== 'string' || raw.value.length > 40) return;
    const merge = grid.mergeAt(row, col);
    if (merge && (merge.top !== row || merge.left !== col)) return;
    const score = bestRole(raw.value, vocabulary.score) ?? undefined;
    const funding = bestRole(raw.value, vocabulary.funding) ?? undefined;
    if (score || funding) hits.push({ row, col, score, funding });
  });
  return hits;
}

export const NAME_ROLES: readonly ScoreRole[] = ['level1', 'level2', 'level3', 'name'];
const FUNDING_AMOUNTS: readonly FundingRole[] = ['initialBudget', 'adjustedBudget', 'spent'];

export type HeaderKind = 'score' | 'funding';

/** What kind of table a header line of these hits opens, if any. */
export function headerKind(hits: RoleHit[]): HeaderKind | null {
  const funding = new Set(hits.map((h) => h.funding?.role).filter((r) => r !== undefined));
  const amounts = FUNDING_AMOUNTS.filter((r) => funding.has(r)).length;
  if (funding.has('spent') && amounts >= 2) return 'funding';
  const score = new Set(hits.map((h) => h.score?.role).filter((r) => r !== undefined));
  const named = NAME_ROLES.some((r) => score.has(r));
  if (named && (score.has('points') || score.has('score'))) return 'score';
  // A list of targets against actuals with no points (the sample's 绩效目标): read like a score table.
  if (named && score.has('target') && score.has('actual')) return 'score';
  return null;
}
