import type { CheckResult } from '../../core/check';
import type { Finding, Severity } from '../../core/checks/finding';
import { numberOf, show, showReading } from '../../core/checks/numbers';
import type { Field, Indicator, ScoreTable, TableForm } from '../../core/model/types';
import { tableOf } from '../../core/output/json';

/**
 * What the pane shows of a check, table by table: each score table's tree (一级 → 二级 → 三级) with its
 * points and scores, and the findings that belong to it by their cell. Pure: no React, no host.
 */

export interface TreeRow {
  /** Unique within its table: the path joined. */
  id: string;
  name: string;
  /** Points and score as the sheet shows them ("20", "19.2"); a group's, its leaves' sum. */
  points: string | null;
  score: string | null;
  /** A leaf's cell to select (its score cell, else points, else name); null for a group. */
  cell: string | null;
  sheet: string;
  /** Points minus score where a leaf scored less than its points, as shown ("0.8"); null otherwise. */
  deducted: string | null;
  /** The findings on the row's own cells (leaves), or the worst severity among its leaves (groups). */
  findings: Finding[];
  worst: Severity | null;
  /** The scored funding line of a national form (预算执行率). */
  funding: boolean;
  children: TreeRow[];
}

export interface TableView {
  /** Index into CheckResult.model.scoreTables. */
  index: number;
  form: TableForm;
  sheet: string;
  range: string;
  /** 项目名称 of a project form, when its title block names one. */
  project: string | null;
  /** The table's total as shown: stated, or the sum of its leaves. */
  total: { points: string | null; score: string | null };
  indicators: number;
  rows: TreeRow[];
}

export interface PaneView {
  tables: TableView[];
  /** Each finding's table (index into tables), or null for what belongs to none (the explanation text…). */
  tableOfFinding: (number | null)[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function worstOf(severities: (Severity | null)[]): Severity | null {
  let worst: Severity | null = null;
  for (const s of severities) if (s && (worst === null || RANK[s] < RANK[worst])) worst = s;
  return worst;
}

/** Every cell an indicator's row was read from: a finding on any of them is marked on the row. */
function cellsOf(ind: Indicator): Set<string> {
  const fields: (Field | null | undefined)[] = [
    ind.points,
    ind.score,
    ind.target,
    ind.adjustedTarget,
    ind.actual,
    ind.unit,
    ind.nature,
    ind.coefficient,
    ind.criteria,
    ind.explanation,
    ind.reason,
  ];
  const cells = new Set(fields.filter((f): f is Field => !!f).map((f) => f.cell.address));
  cells.add(ind.nameCell.address);
  return cells;
}

function sumOf(fields: (Field | null)[]): string | null {
  const parts = fields.map((f) => numberOf(f));
  if (!parts.length || parts.some((p) => p === null)) return null;
  const decimals = Math.max(0, ...parts.map((p) => p?.decimals ?? 0));
  return show(
    parts.reduce((a, p) => a + (p?.value ?? 0), 0),
    decimals,
  );
}

function shown(field: Field | null): string | null {
  const n = numberOf(field);
  return n ? showReading(n) : field?.text.trim() || null;
}

function leafRow(table: ScoreTable, ind: Indicator, findings: Finding[]): TreeRow {
  const cells = cellsOf(ind);
  const own = findings.filter((f) => f.sheet === table.sheet && cells.has(f.cell));
  const p = numberOf(ind.points);
  const s = numberOf(ind.score);
  const short = p && s && s.value < p.value - 1e-9 ? show(p.value - s.value, Math.max(p.decimals, s.decimals)) : null;
  return {
    id: `${table.sheet}!${ind.nameCell.address}`,
    name: ind.path[ind.path.length - 1] ?? '',
    points: shown(ind.points),
    score: shown(ind.score),
    cell: (ind.score ?? ind.points)?.cell.address ?? ind.nameCell.address,
    sheet: table.sheet,
    deducted: short,
    findings: own,
    worst: worstOf(own.map((f) => f.severity)),
    funding: ind.source === 'funding',
    children: [],
  };
}

/** The tree of one table: leaves grouped by their path's earlier levels, the funding line first. */
function treeOf(table: ScoreTable, findings: Finding[]): TreeRow[] {
  const ordered = [
    ...table.indicators.filter((i) => i.source === 'funding'),
    ...table.indicators.filter((i) => i.source !== 'funding'),
  ];
  const top: TreeRow[] = [];
  const groups = new Map<string, { row: TreeRow; leaves: Indicator[] }>();
  for (const ind of ordered) {
    let siblings = top;
    for (let level = 0; level < ind.path.length - 1; level++) {
      const key = ind.path.slice(0, level + 1).join('\u0000');
      let group = groups.get(key);
      if (!group) {
        group = {
          row: {
            id: `${table.sheet}!${key}`,
            name: ind.path[level],
            points: null,
            score: null,
            cell: null,
            sheet: table.sheet,
            deducted: null,
            findings: [],
            worst: null,
            funding: false,
            children: [],
          },
          leaves: [],
        };
        groups.set(key, group);
        siblings.push(group.row);
      }
      group.leaves.push(ind);
      siblings = group.row.children;
    }
    siblings.push(leafRow(table, ind, findings));
  }
  for (const { row, leaves } of groups.values()) {
    row.points = sumOf(leaves.map((l) => l.points));
    row.score = sumOf(leaves.map((l) => l.score));
  }
  const settle = (row: TreeRow): Severity | null => {
    if (row.children.length) row.worst = worstOf(row.children.map(settle));
    return row.worst;
  };
  top.forEach(settle);
  return top;
}

function totalOf(table: ScoreTable): TableView['total'] {
  const stated = table.total;
  return {
    points: stated?.points ? shown(stated.points) : sumOf(table.indicators.map((i) => i.points)),
    score: stated?.score ? shown(stated.score) : sumOf(table.indicators.map((i) => i.score)),
  };
}

export function paneView(result: CheckResult): PaneView {
  const { scoreTables } = result.model;
  const indexOf = new Map(scoreTables.map((t, i) => [t, i]));
  const tableOfFinding = result.findings.map((f) => tableOf(scoreTables, indexOf, f.sheet, f.cell));
  const tables = scoreTables.map((table, index): TableView => {
    const mine = result.findings.filter((_, i) => tableOfFinding[i] === index);
    return {
      index,
      form: table.form,
      sheet: table.sheet,
      range: table.range,
      project: table.meta.project?.text.trim() || null,
      total: totalOf(table),
      indicators: table.indicators.length,
      rows: treeOf(table, mine),
    };
  });
  return { tables, tableOfFinding };
}

/** The findings shown with table `index`: its own and those that belong to no table. */
export function findingsFor(result: CheckResult, view: PaneView, index: number | null): Finding[] {
  return result.findings.filter(
    (_, i) => view.tableOfFinding[i] === null || index === null || view.tableOfFinding[i] === index,
  );
}
