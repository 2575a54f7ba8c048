import { areaAddress } from '../grid/address';
import type { Field, Indicator, ScoreTable, StatedSum, TargetField } from '../model/types';
import { cleanName, pointsInName } from '../parse/normalize';
import { operatorFromNature, parseTarget } from '../parse/target';
import type { Header } from './header';
import { fieldAt, hasContent, mergedFromEarlierLine } from './fields';
import { nextBodyLine, findSumLabel } from './line-labels';
import type { LineView } from './line-view';
import type { ScoreRole, Vocabulary } from './synonyms';
import type { CellRef } from '../model/types';
import { displayText } from '../grid/grid';
import { memoize } from '../memo';

const LEVEL_ROLES: readonly ScoreRole[] = ['level1', 'level2', 'level3', 'name'];
const TEXT_ROLES: ReadonlySet<ScoreRole> = new Set(['criteria', 'explanation', 'reason', 'unit', 'nature']);
/** Cells left of the first named column that may still carry a 合计 / 小计 label (a 序号 column). */
const LABEL_MARGIN = 2;

interface NameEntry {
  name: string;
  text: string;
  cell: CellRef;
}

interface LineRecord {
  line: number;
  kind: 'indicator' | 'heading' | 'total' | 'subtotal';
  names: NameEntry[];
  path: string[];
  label?: { text: string; cell: CellRef; pos: number };
  points?: Field;
  score?: Field;
  indicator?: Indicator;
  /** The line's place in the path trie, set when the table is assembled. */
  node?: TrieNode;
  /** Its own path, where a figure merged down over the next lines named it by what those lines share. */
  ownPath?: string[];
}

/** Reads the lines below a score-table header into indicators and the sums the sheet states. */
export function readScoreTable(
  view: LineView,
  given: Header<ScoreRole>,
  vocabulary: Vocabulary,
  startsOtherTable: (line: number) => boolean,
): ScoreTable {
  const header = withLevelColumns(given);
  const pos = header.positions;
  const namePositions = LEVEL_ROLES.filter((r) => pos.has(r)).map((r) => pos.get(r) as number);
  const from = Math.max(0, header.firstPos - LABEL_MARGIN);
  const to = header.lastPos;
  // 合计 / 小计 labels stand in the name columns (or a 序号 column before them), not among the figures.
  const labelTo = namePositions.length ? Math.max(...namePositions) : to;
  const numberPositions = (['points', 'score'] as const).filter((r) => pos.has(r)).map((r) => pos.get(r) as number);

  // Each role's position looked up once per table, not once per line.
  const at = Object.fromEntries(pos) as Partial<Record<ScoreRole, number>>;
  const records: LineRecord[] = [];
  let lastLine = header.dataStart - 1;
  let previousNames: NameEntry[] = [];

  const bounds = {
    from,
    to,
    note: vocabulary.rows.note,
    end: [vocabulary.rows.end],
    numberPositions,
    startsOtherTable,
  };
  for (
    let line = nextBodyLine(view, header.dataStart, bounds);
    line >= 0;
    line = nextBodyLine(view, line + 1, bounds)
  ) {
    lastLine = line;

    const found = findSumLabel(view, line, from, labelTo, vocabulary.rows);
    const total = found?.kind === 'total' ? found : null;
    const sumLabel = found;
    const points = fieldAt(view, line, at.points);
    const score = fieldAt(view, line, at.score);

    if (sumLabel) {
      const labelCell = view.filled(line, sumLabel.pos);
      const names = readNames(view, line, namePositions, sumLabel.pos);
      records.push({
        line,
        kind: total ? 'total' : 'subtotal',
        names,
        path: names.map((n) => n.name),
        label: { text: cleanName(sumLabel.text), cell: view.ref(labelCell), pos: sumLabel.pos },
        points,
        score,
      });
      continue;
    }

    // A value merged down over several lines belongs to the line it starts on.
    if (numberPositions.length > 0 && numberPositions.every((p) => mergedFromEarlierLine(view, line, p))) {
      const owner = lastIndicatorRecord(records);
      if (owner) {
        owner.ownPath ??= owner.path;
        owner.path = commonPrefix(
          owner.path,
          named(carryNames(readNames(view, line, namePositions), previousNames)).map((n) => n.name),
        );
      }
      continue;
    }

    const levels = carryNames(readNames(view, line, namePositions), previousNames);
    previousNames = levels;
    const names = named(levels);
    const indicator = readIndicator(view, line, at, names, points, score);
    const hasValues =
      hasContent(indicator.points) ||
      hasContent(indicator.score) ||
      hasContent(indicator.target) ||
      hasContent(indicator.adjustedTarget) ||
      hasContent(indicator.actual);
    if (names.length === 0 && !hasValues) continue;
    if (names.length === 0) indicator.path = [`（第${line + 1}${view.orientation === 'vertical' ? '行' : '列'}）`];
    records.push({
      line,
      kind: hasValues ? 'indicator' : 'heading',
      names,
      path: indicator.path,
      points,
      score,
      indicator,
    });
  }

  // A level's own 分值 in the column right of its name (一级指标 | 分值 | 二级指标 | 分值 | … the lines' 分值 last).
  const levelPoints = new Map<number, number>();
  for (const p of header.earlierPoints) if (namePositions.includes(p - 1)) levelPoints.set(p - 1, p);
  return assemble(view, header, records, lastLine, levelPoints);
}

/**
 * A table with no 分值 column whose every level is followed by a column headed as its last column is (一级指标 | 得分 |
 * 二级指标 | 得分 | 三级指标 | 得分 | 评价标准 | 指标说明 | 得分, 湖南 2018): the figure right of each level is that level's
 * points — the lines' in the column after the last level, each group's in the column after its name.
 */
function withLevelColumns(header: Header<ScoreRole>): Header<ScoreRole> {
  const pos = header.positions;
  if (pos.has('points') || header.earlierScores.length === 0) return header;
  const names = LEVEL_ROLES.filter((r) => pos.has(r)).map((r) => pos.get(r) as number);
  const last = Math.max(...names);
  if (!header.earlierScores.includes(last + 1)) return header;
  const positions = new Map(pos).set('points', last + 1);
  const earlierPoints = header.earlierScores.filter((p) => p !== last + 1);
  return { ...header, positions, earlierPoints, earlierScores: [] };
}

/** Names on a line at the level positions; a merged name spanning two levels counts once. */
function readNames(view: LineView, line: number, positions: number[], stopAt = Infinity): NameEntry[] {
  const names: NameEntry[] = [];
  let lastAnchor: CellRef | null = null;
  for (const p of positions) {
    if (p >= stopAt) break;
    const raw = view.filledRaw(line, p);
    const ref = view.anchorRefAt(line, p);
    const text = raw.value === null && raw.error === undefined ? '' : displayText(raw).trim();
    if (ref === lastAnchor || text === '') {
      if (text === '') names.push({ name: '', text: '', cell: ref });
      continue;
    }
    lastAnchor = ref;
    names.push({ name: cleanNameOf(text), text, cell: ref });
  }
  // Trailing empty levels are simply absent; inner empty ones are filled by carryNames.
  while (names.length && names[names.length - 1].name === '') names.pop();
  return names;
}

// Merged group names are read on every line they cover: clean each text once.
const cleanNameOf = memoize(cleanName);

/**
 * Upper levels left blank under a name written once (no merge) carry the name from the line above — only
 * while the levels above them are the line above's: under a new 一级 a blank 二级 is no 二级 of the old one.
 * Level by level (a level left blank stays in place, empty), so the next line carries from the right level.
 */
function carryNames(names: NameEntry[], previous: NameEntry[]): NameEntry[] {
  const out: NameEntry[] = [];
  let sameParent = true;
  for (let i = 0; i < names.length; i++) {
    if (names[i].name !== '') {
      out.push(names[i]);
      if (previous[i]?.name !== names[i].name) sameParent = false;
    } else if (sameParent && previous[i] && previous[i].name !== '') out.push(previous[i]);
    else out.push(names[i]);
  }
  return out;
}

/** The levels that hold a name. */
function named(levels: NameEntry[]): NameEntry[] {
  return levels.filter((n) => n.name !== '');
}

function readIndicator(
  view: LineView,
  line: number,
  at: Partial<Record<ScoreRole, number>>,
  names: NameEntry[],
  points: Field | undefined,
  score: Field | undefined,
): Indicator {
  const get = (role: ScoreRole) => fieldAt(view, line, at[role], !TEXT_ROLES.has(role));
  const target = asTarget(get('target'));
  const adjustedTarget = asTarget(get('adjustedTarget'));
  const nature = get('nature');
  const natureOperator = nature && nature.text ? operatorFromNature(nature.text) : null;
  const last = names[names.length - 1];
  const indicator: Indicator = {
    path: names.map((n) => n.name),
    nameCell: last?.cell ?? (score ?? points)?.cell ?? view.ref(view.cell(line, 0)),
    points: points ?? null,
    score: score ?? null,
    target,
    adjustedTarget,
    actual: get('actual'),
    unit: get('unit'),
    nature,
    operator: (adjustedTarget ?? target)?.target.operator ?? natureOperator,
    coefficient: get('coefficient'),
    criteria: get('criteria'),
    explanation: get('explanation'),
    reason: get('reason'),
  };
  // A leaf whose name carries its points ("预算编制（3分）") and has no points cell of its own.
  const named = last ? pointsInName(last.text) : null;
  if (named !== null && (!indicator.points || indicator.points.reading.kind === 'empty')) {
    indicator.points = {
      cell: last.cell,
      text: last.text,
      reading: { kind: 'number', value: named, percent: false, decimals: 0 },
    };
  }
  return indicator;
}

function asTarget(field: Field | undefined): TargetField | undefined {
  if (!field || field.reading.kind === 'empty') return undefined;
  // Built whole rather than spread from the field: one object per target cell, on every line.
  return { cell: field.cell, text: field.text, reading: field.reading, target: parseTarget(field.text) };
}

function lastIndicatorRecord(records: LineRecord[]): LineRecord | undefined {
  for (let i = records.length - 1; i >= 0; i--) if (records[i].kind === 'indicator') return records[i];
  return undefined;
}

function commonPrefix(a: string[], b: string[]): string[] {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, Math.max(n, 1));
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** The leaves at or under this path, in line order. */
  leaves: number[];
}

class PathTrie {
  private readonly root: TrieNode = { children: new Map(), leaves: [] };

  node(path: string[], create: boolean): TrieNode | undefined {
    let node = this.root;
    for (const name of path) {
      let next = node.children.get(name);
      if (!next) {
        if (!create) return undefined;
        next = { children: new Map(), leaves: [] };
        node.children.set(name, next);
      }
      node = next;
    }
    return node;
  }

  addLeaf(path: string[], index: number): void {
    let node = this.root;
    for (const name of path) {
      node = node.children.get(name) as TrieNode;
      node.leaves.push(index);
    }
  }
}

/** Turns line records into leaves and stated sums: a line whose path prefixes others' is a group's line. */
function assemble(
  view: LineView,
  header: Header<ScoreRole>,
  records: LineRecord[],
  lastLine: number,
  levelPoints: ReadonlyMap<number, number>,
): ScoreTable {
  // A trie of the paths: which paths prefix others (a group's own line) and which leaves lie under each.
  const trie = new PathTrie();
  // Each line's node once: whether it is a group's line is asked again below.
  for (const r of records) if (r.kind === 'indicator' || r.kind === 'heading') r.node = trie.node(r.path, true);
  const isGroup = (r: LineRecord) => (r.node?.children.size ?? 0) > 0;
  // A figure merged over lines is named by what they share ("预算执行" over its criteria lines) — unless that is a
  // group with other lines of its own: the six 可选项 lines under 项目效益(50分) share one 40 beside 服务对象满意度 10.
  // It keeps its first line's name then, a leaf beside its siblings.
  for (const r of records) {
    if (r.ownPath && r.kind === 'indicator' && isGroup(r)) {
      r.path = r.ownPath;
      r.node = trie.node(r.path, true);
    }
  }
  const indicators: Indicator[] = [];
  const leafLine: number[] = [];
  for (const r of records) {
    if (r.kind === 'indicator' && r.indicator && !isGroup(r)) {
      r.indicator.path = r.path;
      leafLine.push(r.line);
      indicators.push(r.indicator);
    }
  }
  indicators.forEach((ind, i) => trie.addLeaf(ind.path, i));
  const leavesUnder = (prefix: string[]) => trie.node(prefix, false)?.leaves ?? [];

  const sums: StatedSum[] = [];
  let total: StatedSum | null = null;
  // Leaves are in line order: a 小计 naming no group covers the leaves since the previous 小计.
  let sectionFirstLeaf = 0;
  let nextLeaf = 0;
  for (const r of records) {
    while (nextLeaf < indicators.length && leafLine[nextLeaf] < r.line) nextLeaf++;
    if (r.kind === 'total') {
      total = sumOf(
        'total',
        r,
        [],
        indicators.map((_, i) => i),
      );
      sums.push(total);
    } else if (r.kind === 'subtotal') {
      const group = r.path.filter((p) => p !== '');
      const parts = group.length ? leavesUnder(group) : range(sectionFirstLeaf, nextLeaf);
      sums.push(sumOf('subtotal', r, group, parts));
      sectionFirstLeaf = nextLeaf;
    } else if (r.kind === 'indicator' && isGroup(r)) {
      const last = r.names[r.names.length - 1];
      sums.push({
        kind: 'group-row',
        label: r.path[r.path.length - 1],
        labelCell: last?.cell ?? (r.score ?? r.points)!.cell,
        groupPath: r.path,
        parts: leavesUnder(r.path),
        points: r.points ?? null,
        score: r.score ?? null,
      });
    }
  }
  sums.push(...namePoints(records, indicators, leavesUnder));
  if (levelPoints.size > 0) sums.push(...levelPointSums(view, records, levelPoints, leavesUnder));

  const tableArea = view.area(header.line, Math.max(lastLine, header.line), header.firstPos, header.lastPos);
  const headerCells: ScoreTable['header'] = {};
  for (const [role, p] of header.positions) {
    const cell = view.filled(header.line, p);
    const second = header.dataStart > header.line + 1 ? view.filled(header.line + 1, p) : null;
    const use = second && second.text.trim() !== '' && second.address !== cell.address ? second : cell;
    headerCells[role] = { ...view.ref(use), text: use.text };
  }
  const levels = LEVEL_ROLES.filter((r) => header.positions.has(r)).length;
  return {
    kind: 'score',
    sheet: view.grid.name,
    area: tableArea,
    range: areaAddress(tableArea),
    orientation: view.orientation,
    header: headerCells,
    levels: Math.max(1, Math.min(levels, 3)),
    indicators,
    sums,
    total,
    // A table with neither points nor scores is a list of targets; the national forms are told apart later.
    form: header.positions.has('points') || header.positions.has('score') ? 'index' : 'targets',
    meta: {},
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function sumOf(kind: 'total' | 'subtotal', r: LineRecord, group: string[], parts: number[]): StatedSum {
  return {
    kind,
    label: r.label?.text ?? (kind === 'total' ? '合计' : '小计'),
    labelCell: r.label?.cell ?? (r.score ?? r.points)!.cell,
    groupPath: group,
    parts,
    points: r.points ?? null,
    score: r.score ?? null,
  };
}

/** Groups whose name carries their points ("管理效能（50分）"), once per merged name cell. */
function namePoints(
  records: LineRecord[],
  indicators: Indicator[],
  leavesUnder: (p: string[]) => number[],
): StatedSum[] {
  const seen = new Set<string>();
  const sums: StatedSum[] = [];
  for (const r of records) {
    if (r.kind !== 'indicator' && r.kind !== 'heading') continue;
    r.names.forEach((entry, level) => {
      const points = pointsInName(entry.text);
      if (points === null || seen.has(entry.cell.address)) return;
      seen.add(entry.cell.address);
      const groupPath = r.path.slice(0, level + 1);
      const parts = leavesUnder(groupPath);
      // A leaf's own "（3分）" is its points when it has no points cell; it needs no separate check then.
      if (parts.length === 1 && indicators[parts[0]].points?.cell.address === entry.cell.address) return;
      sums.push({
        kind: 'name-points',
        label: entry.name,
        labelCell: entry.cell,
        groupPath,
        parts,
        points: {
          cell: entry.cell,
          text: entry.text,
          reading: { kind: 'number', value: points, percent: false, decimals: decimalsOf(points) },
        },
        score: null,
      });
    });
  }
  return sums;
}

/**
 * Groups whose 分值 stands in a column of its own right of their name, once per merged name cell: a group's line
 * whose points its lines must add up to (the 扶持项目 项目绩效评价表: 项目决策 | 20 | 项目目标 | 4 | 目标内容 | 4 …).
 */
function levelPointSums(
  view: LineView,
  records: LineRecord[],
  levelPoints: ReadonlyMap<number, number>,
  leavesUnder: (p: string[]) => number[],
): StatedSum[] {
  const vertical = view.orientation === 'vertical';
  const seen = new Set<string>();
  const sums: StatedSum[] = [];
  for (const r of records) {
    if (r.kind !== 'indicator' && r.kind !== 'heading') continue;
    r.names.forEach((entry, level) => {
      const at = levelPoints.get(vertical ? entry.cell.col : entry.cell.row);
      if (at === undefined || seen.has(entry.cell.address)) return;
      seen.add(entry.cell.address);
      const points = fieldAt(view, vertical ? entry.cell.row : entry.cell.col, at);
      if (!points || points.reading.kind === 'empty') return;
      const groupPath = r.path.slice(0, level + 1);
      sums.push({
        kind: 'group-row',
        label: entry.name,
        labelCell: entry.cell,
        groupPath,
        parts: leavesUnder(groupPath),
        points,
        score: null,
      });
    });
  }
  return sums;
}

function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}
