import type { Grid } from '../grid/grid';
import type { CellRef, ScoreTable, TableMeta } from '../model/types';
import { removeWhitespace, toHalfWidth } from '../parse/normalize';
import { cleanUnit, TITLE, unitFromTitle, unitLine, YEAR } from './meta';
import { cellRef } from './line-view';
import { isLabel, type SynonymSet } from './synonyms';

/** How far above a table its title block is looked for (the national forms put the funding block in between). */
const ROWS_ABOVE = 30;

type Slot = 'project' | 'department' | 'implementer' | 'unit';

/** The labels of a form's title block, by what they name. */
const LABELS: [RegExp, Slot][] = [
  [/^项目名称(?:[(（]全称[)）])?$/, 'project'],
  [/^主管部门(?:名称)?$/, 'department'],
  [/^(?:项目)?(?:实施|承担)单位(?:名称)?$/, 'implementer'],
  // "部门 | 金寨县茶谷和美丽乡村建设服务中心": the 部门整体 form's head line as Anhui counties publish it.
  [/^(?:单位名称|部门名称|部门|填报单位|预算单位|部门\(单位\)名称|部门（单位）名称)$/, 'unit'],
];
/** Any of those labels followed by a colon, wherever it stands in a line ("主管部门：… 实施单位：…"). */
const LABEL_IN_LINE =
  /(项目名称|主管部门(?:名称)?|(?:项目)?实施单位(?:名称)?|单位名称|部门名称|部门[(（]单位[)）]名称|填报单位|预算单位)：/g;
/** A year line of its own: "（2024年度）", "2024年度". */
const YEAR_LINE = /^[(（]?((?:19|20)\d{2})年度?[)）]?$/;
/** What a value cell may not be: a unit of measure, a figure. */
const NOT_A_NAME = /^(万元|元|亿元|千元|分|%|个|人|[\d.,，%]+)$/;

/**
 * What the title block above one score table names: 项目名称, 主管部门, 实施单位, 单位名称 / 部门名称, the
 * form's title and its year ("（2024年度）"). Read from the rows between the table (or its funding block, when
 * that stands above it) and the table above it on the same sheet, at most ROWS_ABOVE rows.
 */
export function readTableMeta(
  grid: Grid,
  table: ScoreTable,
  others: readonly ScoreTable[],
  closing?: SynonymSet,
): TableMeta {
  const top = Math.min(
    table.area.top,
    table.funding && table.funding.sheet === table.sheet ? table.funding.area.top : table.area.top,
  );
  let first = Math.max(0, top - ROWS_ABOVE);
  for (const other of others) {
    if (other === table || other.sheet !== table.sheet || other.area.top >= top) continue;
    const overlapsColumns = other.area.left <= table.area.right && other.area.right >= table.area.left;
    if (overlapsColumns) first = Math.max(first, lastDataRow(other) + 1);
  }
  const meta: TableMeta = {};
  const cells: { row: number; col: number; text: string }[] = [];
  grid.forEachCellInRows(first, top, (row, col, raw) => {
    if (typeof raw.value !== 'string') return;
    const text = raw.value.trim();
    if (text !== '') cells.push({ row, col, text });
  });
  for (const { row, col, text } of cells) {
    const ref = cellRef(grid, grid.cell(row, col));
    readFields(grid, row, col, text, ref, meta);
    const plain = removeWhitespace(toHalfWidth(text));
    // The closing lines of a form above on the same sheet (评价结论 …) name no form, though they say 评价.
    const closes = closing !== undefined && isLabel(text, closing);
    if (
      !meta.title &&
      TITLE.test(text) &&
      text.length <= 80 &&
      !plain.includes('：') &&
      !plain.includes(':') &&
      !closes
    )
      meta.title = { text, cell: ref };
    const y = YEAR_LINE.exec(plain);
    if (y && !meta.year) meta.year = { value: Number(y[1]), cell: ref };
  }
  if (meta.title) {
    const y = YEAR.exec(toHalfWidth(meta.title.text));
    if (y) meta.year = { value: Number(y[1]), cell: meta.title.cell };
    if (!meta.unit) {
      const unit = unitFromTitle(meta.title.text);
      if (unit) meta.unit = { text: unit, cell: meta.title.cell };
    }
  }
  return meta;
}

/**
 * The last row a table's own lines use: its area may run on over the notes and the next table's title rows,
 * which belong to the table below.
 */
function lastDataRow(table: ScoreTable): number {
  let last = table.area.top;
  for (const ind of table.indicators)
    last = Math.max(last, ind.nameCell.row, ind.score?.cell.row ?? 0, ind.points?.cell.row ?? 0);
  for (const sum of table.sums) last = Math.max(last, sum.labelCell.row);
  if (table.total) last = Math.max(last, table.total.labelCell.row);
  return Math.min(last, table.area.bottom);
}

/** The "标签：值" fields of one cell, or a bare label whose value stands in the next filled cell to its right. */
function readFields(grid: Grid, row: number, col: number, text: string, ref: CellRef, meta: TableMeta): void {
  const line = unitLine(text);
  // A label may carry the seal mark: "实施单位（盖章）", "项目承担单位（公章）".
  const label = removeWhitespace(line)
    .replace(/[(（][盖公]章[)）]/, '')
    .replace(/[：:]$/, '');
  const bare = LABELS.find(([re]) => re.test(label));
  if (bare) {
    const next = nextFilled(grid, row, col);
    if (next) set(meta, bare[1], cleanUnit(next.text), next.ref);
    return;
  }
  const hits = [...line.matchAll(LABEL_IN_LINE)];
  hits.forEach((m, i) => {
    const slot = LABELS.find(([re]) => re.test(m[1]))?.[1];
    if (!slot || m.index === undefined) return;
    const end = i + 1 < hits.length ? hits[i + 1].index : line.length;
    const value = cleanUnit(line.slice(m.index + m[0].length, end));
    if (value !== '') set(meta, slot, value, ref);
    else {
      const next = nextFilled(grid, row, col);
      if (next) set(meta, slot, cleanUnit(next.text), next.ref);
    }
  });
}

function nextFilled(grid: Grid, row: number, col: number): { text: string; ref: CellRef } | null {
  const start = (grid.cell(row, col).merge?.right ?? col) + 1;
  for (let c = start; c < Math.min(grid.colCount, start + 6); c++) {
    const cell = grid.filled(row, c);
    const text = cell.text.trim();
    if (text !== '') return { text, ref: cellRef(grid, cell) };
  }
  return null;
}

function set(meta: TableMeta, slot: Slot, text: string, cell: CellRef): void {
  if (text === '' || NOT_A_NAME.test(text) || meta[slot]) return;
  meta[slot] = { text, cell };
}
