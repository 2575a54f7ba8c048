/**
 * A TableSpec written into a sheet as plain grid data, with where every leaf's and every sum's figures
 * went. The table is laid out line by line (a line is a row of a vertical table, a column of a
 * transposed one) and turned into sheet cells at the end, so both orientations share one layout.
 */
import { cellAddress, type Area } from '../../src/core/grid/address';
import type { RawCell, WorkbookData } from '../../src/core/grid/types';
import { leavesOf, type NumberStyle, type TableSpec } from './table-spec';

export interface Place {
  sheet: string;
  address: string;
  row: number;
  col: number;
}

export interface RenderedLeaf {
  /** The clean names the reader must give back (no "（N分）"). */
  path: string[];
  /** Hundredths. */
  points: number;
  score: number;
  pointsAt: Place;
  scoreAt: Place;
}

export interface RenderedSum {
  kind: 'total' | 'subtotal';
  /** Indices into `leaves`. */
  parts: number[];
  points: number;
  score: number;
  pointsAt: Place;
  scoreAt: Place;
}

export interface RenderedTable {
  spec: TableSpec;
  workbook: WorkbookData;
  leaves: RenderedLeaf[];
  /** Every 小计 and the 合计 (last). */
  sums: RenderedSum[];
}

export const REASON_TEXT = '部分任务未完成，按完成比例扣分';
export const TITLE_TEXT = '2024年度某区某局部门整体支出绩效自评表';
export const NOTE_TEXT = '注：得分保留两位小数，合计为各项得分之和。';

/** A figure in hundredths, written the way the table writes its numbers. */
export function figureCell(hundredths: number, style: NumberStyle): RawCell {
  const value = hundredths / 100;
  if (style === 'text') return { value: String(value) };
  if (style === 'unit') return { value: `${value}分` };
  if (style === 'full-width')
    return { value: String(value).replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)) };
  if (style === 'fixed2') return { value, format: '0.00' };
  return { value };
}

/** Cells and merges by (line, position), placed on the sheet by orientation at the end. */
class LineMajor {
  private readonly cells: { line: number; pos: number; cell: RawCell }[] = [];
  private readonly merges: { l1: number; p1: number; l2: number; p2: number }[] = [];
  lines = 0;
  positions = 0;

  constructor(private readonly spec: TableSpec) {}

  set(line: number, pos: number, cell: RawCell): void {
    this.cells.push({ line, pos, cell });
    this.lines = Math.max(this.lines, line + 1);
    this.positions = Math.max(this.positions, pos + 1);
  }

  text(line: number, pos: number, value: string): void {
    this.set(line, pos, { value });
  }

  merge(l1: number, p1: number, l2: number, p2: number): void {
    if (l1 !== l2 || p1 !== p2) this.merges.push({ l1, p1, l2, p2 });
  }

  place(line: number, pos: number): Place {
    const { top, left, orientation, sheetName } = this.spec;
    const row = orientation === 'vertical' ? top + line : top + pos;
    const col = orientation === 'vertical' ? left + pos : left + line;
    return { sheet: sheetName, address: cellAddress(row, col), row, col };
  }

  /** The sheet: the table's cells and merges, a title above and a note below when the spec has them. */
  toSheet(): { cells: (RawCell | undefined)[][]; merges: Area[] } {
    const cells: (RawCell | undefined)[][] = [];
    const put = (row: number, col: number, cell: RawCell) => {
      (cells[row] ??= [])[col] = cell;
    };
    const merges: Area[] = [];
    for (const { line, pos, cell } of this.cells) {
      const p = this.place(line, pos);
      put(p.row, p.col, cell);
    }
    for (const m of this.merges) {
      const a = this.place(m.l1, m.p1);
      const b = this.place(m.l2, m.p2);
      merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
    const { top, left, orientation } = this.spec;
    const width = orientation === 'vertical' ? this.positions : this.lines;
    const height = orientation === 'vertical' ? this.lines : this.positions;
    const banner = (row: number, text: string) => {
      put(row, left, { value: text });
      if (width > 1) merges.push({ top: row, left, bottom: row, right: left + width - 1 });
    };
    if (this.spec.title && top >= 2) banner(top - 2, TITLE_TEXT);
    if (this.spec.noteGap !== null) banner(top + height + this.spec.noteGap, NOTE_TEXT);
    return { cells, merges };
  }
}

export function renderTable(spec: TableSpec): RenderedTable {
  const t = new LineMajor(spec);
  let p = 0;
  const serialPos = spec.serialColumn ? p++ : -1;
  const levelPos = spec.headers.levels.map(() => p++);
  const [pointsPos, scorePos] = spec.scoreFirst ? [p + 1, p] : [p, p + 1];
  p += 2;
  const reasonPos = spec.reasonColumn ? p++ : -1;
  const [l1Pos, l2Pos] = levelPos;
  const style = spec.numberStyle;

  if (serialPos >= 0) t.text(0, serialPos, '序号');
  spec.headers.levels.forEach((h, i) => t.text(0, levelPos[i], h));
  t.text(0, pointsPos, spec.headers.points);
  t.text(0, scorePos, spec.headers.score);
  if (reasonPos >= 0) t.text(0, reasonPos, spec.headers.reason);

  const leaves: RenderedLeaf[] = [];
  const sums: RenderedSum[] = [];
  const figures = (line: number, points: number, score: number) => {
    t.set(line, pointsPos, figureCell(points, style));
    t.set(line, scorePos, figureCell(score, style));
    return { points, score, pointsAt: t.place(line, pointsPos), scoreAt: t.place(line, scorePos) };
  };
  /** Every third name with a line break typed in, when the spec says so. */
  const typed = (name: string, n: number) =>
    spec.nameBreaks && n % 3 === 1 && name.length >= 4 ? `${name.slice(0, 2)}\n${name.slice(2)}` : name;
  /** A name on the group's (or subgroup's) first line; on every line when names are repeated. */
  const groupName = (line: number, pos: number, first: boolean, name: string) => {
    if (first || spec.nameStyle === 'repeated') t.text(line, pos, name);
  };

  let line = 1;
  for (const group of spec.groups) {
    const groupStart = line;
    const firstLeaf = leaves.length;
    const groupPoints = group.subgroups.flatMap((s) => s.leaves).reduce((a, l) => a + l.points, 0);
    const decorated =
      spec.groupPoints === 'full-width'
        ? `${group.name}（${groupPoints / 100}分）`
        : spec.groupPoints === 'half-width'
          ? `${group.name}(${groupPoints / 100}分)`
          : group.name;
    for (const sub of group.subgroups) {
      const subStart = line;
      for (const leaf of sub.leaves) {
        if (serialPos >= 0) t.set(line, serialPos, { value: leaves.length + 1 });
        groupName(line, l1Pos, line === groupStart, decorated);
        if (spec.levels === 3) groupName(line, l2Pos, line === subStart, typed(sub.name, 1));
        t.text(line, levelPos[levelPos.length - 1], typed(leaf.name, leaves.length));
        const at = figures(line, leaf.points, leaf.score);
        if (reasonPos >= 0 && leaf.score < leaf.points && leaf.reason) t.text(line, reasonPos, REASON_TEXT);
        leaves.push({ path: [group.name, ...(spec.levels === 3 ? [sub.name] : []), leaf.name], ...at });
        line++;
      }
      if (spec.levels === 3 && spec.nameStyle === 'merged') t.merge(subStart, l2Pos, line - 1, l2Pos);
    }
    if (spec.subtotals) {
      if (spec.nameStyle === 'repeated') t.text(line, l1Pos, decorated);
      t.text(line, l2Pos, spec.subtotalLabel);
      if (spec.levels === 3 && spec.mergeTotalLabel) t.merge(line, l2Pos, line, levelPos[2]);
      const parts = range(firstLeaf, leaves.length);
      sums.push({
        kind: 'subtotal',
        parts,
        ...figures(line, sumOf(leaves, parts, 'points'), sumOf(leaves, parts, 'score')),
      });
      line++;
    }
    if (spec.nameStyle === 'merged') t.merge(groupStart, l1Pos, line - 1, l1Pos);
  }
  t.text(line, l1Pos, spec.totalLabel);
  if (spec.mergeTotalLabel) t.merge(line, l1Pos, line, levelPos[levelPos.length - 1]);
  const all = range(0, leaves.length);
  sums.push({ kind: 'total', parts: all, ...figures(line, sumOf(leaves, all, 'points'), sumOf(leaves, all, 'score')) });

  if (leaves.length !== leavesOf(spec).length) throw new Error('renderTable: leaf count drifted from the spec');
  const { cells, merges } = t.toSheet();
  return { spec, workbook: { sheets: [{ name: spec.sheetName, cells, merges }] }, leaves, sums };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function sumOf(leaves: RenderedLeaf[], parts: number[], field: 'points' | 'score'): number {
  return parts.reduce((a, i) => a + leaves[i][field], 0);
}
