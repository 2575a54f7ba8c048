import { readCellNumber } from '../parse/number';
import type { LineView } from './line-view';
import type { RoleHit } from './role-hits';
import type { HeaderKind } from './role-hits';

export interface Header<R extends string> {
  /** The first header line and the line data starts on (after a second header line, if any). */
  line: number;
  dataStart: number;
  positions: Map<R, number>;
  firstPos: number;
  lastPos: number;
  /** Columns named as the points column is but left of it: a level's own 分值 (一级指标 | 分值 | 二级指标 | 分值 …). */
  earlierPoints: number[];
  /** Likewise for the score column (一级指标 | 得分 | 二级指标 | 得分 | … | 得分). */
  earlierScores: number[];
}

/** The roles whose last column wins among columns named alike: the figures stand right of the names. */
const LAST_OF_EQUAL: ReadonlySet<string> = new Set(['points', 'score']);

/** The role of a hit for the table kind at hand. */
function roleOf(hit: RoleHit, kind: HeaderKind): { role: string; strength: number } | undefined {
  return kind === 'score' ? hit.score : hit.funding;
}

/** Position of a hit along the line (its column for vertical views, its row for transposed ones). */
export function posOf(view: LineView, hit: RoleHit): number {
  return view.orientation === 'vertical' ? hit.col : hit.row;
}

/**
 * Assigns column roles from a header line and, where the header takes two lines (a merged
 * "绩效指标" over 一级/二级/三级), from the line below it. Each role goes to its best match.
 */
export function readHeader<R extends string>(
  view: LineView,
  line: number,
  hitsByLine: Map<number, RoleHit[]>,
  kind: HeaderKind,
): Header<R> {
  const byPos = new Map<number, { role: string; strength: number }>();
  for (const hit of hitsByLine.get(line) ?? []) {
    const r = roleOf(hit, kind);
    if (r) byPos.set(posOf(view, hit), r);
  }
  let dataStart = line + 1;
  const next = hitsByLine.get(line + 1) ?? [];
  if (isHeaderContinuation(view, line + 1, next, kind, byPos)) {
    for (const hit of next) {
      const r = roleOf(hit, kind);
      if (r) byPos.set(posOf(view, hit), r);
    }
    dataStart = line + 2;
  }
  const best = new Map<string, { pos: number; strength: number }>();
  for (const [pos, r] of byPos) {
    const cur = best.get(r.role);
    // Equal names: the first wins, but for 分值 and 得分 the last — a table with a 分值 column after every level
    // (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | … | 得分) scores its lines by the one nearest the 得分.
    const later = cur !== undefined && r.strength === cur.strength && LAST_OF_EQUAL.has(r.role) && pos > cur.pos;
    if (!cur || r.strength > cur.strength || later) best.set(r.role, { pos, strength: r.strength });
  }
  const positions = new Map<R, number>();
  for (const [role, { pos }] of best) positions.set(role as R, pos);
  const all = [...positions.values()];
  const earlier = (role: string): number[] => {
    const chosen = best.get(role);
    const out: number[] = [];
    if (chosen)
      for (const [pos, r] of byPos)
        if (r.role === role && r.strength === chosen.strength && pos < chosen.pos) out.push(pos);
    return out;
  };
  return {
    line,
    dataStart,
    positions,
    firstPos: Math.min(...all),
    lastPos: Math.max(...all),
    earlierPoints: earlier('points'),
    earlierScores: earlier('score'),
  };
}

/** A line below the header that names roles and holds no numbers is the header's second line. */
function isHeaderContinuation(
  view: LineView,
  line: number,
  hits: RoleHit[],
  kind: HeaderKind,
  above: Map<number, unknown>,
): boolean {
  if (line >= view.lineCount) return false;
  const named = hits.filter((h) => roleOf(h, kind));
  if (named.length === 0) return false;
  // A second line fills in what the first left empty or spread over several cells by a merge.
  const fillsGaps = named.some((h) => {
    const pos = posOf(view, h);
    return !above.has(pos) || view.cell(line - 1, pos).merge !== undefined;
  });
  if (!fillsGaps && named.length < 2) return false;
  const positions = [...above.keys(), ...named.map((h) => posOf(view, h))];
  const lo = Math.min(...positions);
  const hi = Math.max(...positions);
  for (let pos = lo; pos <= hi; pos++) {
    const cell = view.cell(line, pos);
    if (cell.anchor && readCellNumber(cell).kind === 'number') return false;
  }
  return true;
}
