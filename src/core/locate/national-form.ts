import forms from '../data/forms.json';
import type { Grid } from '../grid/grid';
import type { FundingLine, FundingTable, Indicator, ScoreTable, TableForm } from '../model/types';
import { numberOf } from '../checks/numbers';
import { cleanName } from '../parse/normalize';
import type { ReadNumber } from '../parse/number';
import { cellRef } from './line-view';
import { labelOf } from './synonyms';

/** How far above a table (or its funding block) its title block may start. */
const TITLE_REACH = 8;

/**
 * The national forms (项目支出 / 部门整体 自评表) put a scored funding block above the indicator block: its
 * 年度资金总额 line carries 分值 10 and a 得分, counted in the 总分 (100 = 10 + 90). This links each score table
 * to the funding table above it on its sheet, makes that line the table's first indicator, reads the
 * 年度总体目标 between them, and tells which form the table is.
 */
export function readNationalForms(grids: Grid[], scoreTables: ScoreTable[], fundingTables: FundingTable[]): void {
  for (const grid of grids) {
    const tables = scoreTables.filter((t) => t.sheet === grid.name).sort((a, b) => a.area.top - b.area.top);
    const fundings = fundingTables.filter((f) => f.sheet === grid.name && f.orientation === 'vertical');
    tables.forEach((table, i) => {
      const floor = i > 0 ? tables[i - 1].area.bottom : -1;
      if (table.orientation === 'vertical') {
        const funding = fundings
          .filter((f) => f.area.top > floor && f.area.bottom < table.area.top)
          .sort((a, b) => b.area.bottom - a.area.bottom)[0];
        if (funding) {
          table.funding = funding;
          addFundingIndicator(table, funding);
          const goals = readGoals(grid, funding.area.bottom + 1, table.area.top - 1);
          if (goals) table.goals = goals;
        }
      }
      if (table.form !== 'targets') table.form = formOf(grid, table, floor);
    });
  }
}

function addFundingIndicator(table: ScoreTable, funding: FundingTable): void {
  const line = funding.lines.find((l) => l.isTotal) ?? funding.lines[0];
  if (!line || (!line.values.points && !line.values.score)) return;
  if (totalLeavesFundingOut(table, line)) return;
  const indicator: Indicator = {
    path: [forms.fundingIndicator],
    nameCell: line.labelCell,
    points: line.values.points ?? null,
    score: line.values.score ?? null,
    source: 'funding',
    ...(line.method ? { criteria: line.method } : {}),
  };
  // First, as on the sheet; every stated sum's parts move up by one, and the table's total takes it in.
  table.indicators.unshift(indicator);
  for (const sum of table.sums) sum.parts = sum.parts.map((p) => p + 1);
  if (table.total) table.total.parts.unshift(0);
}

/**
 * Some tables state a total of their own lines only (合计 100 over five indicators of 20, a funding line of 10
 * beside them): where the stated points add up without the funding line and not with it, it stays outside.
 */
function totalLeavesFundingOut(table: ScoreTable, line: FundingLine): boolean {
  const stated = numberOf(table.total?.points);
  const own = numberOf(line.values.points);
  if (!stated || !own) return false;
  const parts = table.indicators.map((i) => numberOf(i.points));
  if (parts.some((p) => p === null)) return false;
  const sum = parts.reduce((acc, p) => acc + (p as ReadNumber).value, 0);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  return near(sum, stated.value) && !near(sum + own.value, stated.value);
}

/** The 预期目标 / 实际完成情况 texts: each under (or beside) its label, between the funding and indicator blocks. */
function readGoals(grid: Grid, top: number, bottom: number): ScoreTable['goals'] | null {
  const expected = findLabelled(grid, top, bottom, forms.goalLabels);
  const actual = findLabelled(grid, top, bottom, forms.goalDoneLabels);
  if (!expected && !actual) return null;
  return { expected, actual };
}

function findLabelled(grid: Grid, top: number, bottom: number, labels: string[]) {
  const wanted = new Set(labels.map(labelOf));
  for (let row = top; row <= bottom; row++) {
    for (let col = 0; col < grid.colCount; col++) {
      const cell = grid.cell(row, col);
      if (!cell.anchor || typeof cell.value !== 'string' || !wanted.has(labelOf(cell.value))) continue;
      const below = grid.filled((cell.merge?.bottom ?? row) + 1, col);
      if (below.anchor && below.row <= bottom + 1 && below.text.trim().length > 4)
        return { cell: cellRef(grid, below), text: below.text.trim() };
      const right = grid.filled(row, (cell.merge?.right ?? col) + 1);
      if (right.text.trim().length > 4) return { cell: cellRef(grid, right), text: right.text.trim() };
    }
  }
  return null;
}

/**
 * project / department for a national form (a funding block above the indicators), from the title block above
 * it, else its funding lines; a table with no funding block is an index table (指标体系), whatever its title.
 */
function formOf(grid: Grid, table: ScoreTable, floor: number): TableForm {
  if (!table.funding) return 'index';
  const top = table.funding?.area.top ?? table.area.top;
  const texts: string[] = [];
  grid.forEachCellInRows(Math.max(floor + 1, top - TITLE_REACH), top, (row, col, raw) => {
    const merge = grid.mergeAt(row, col);
    const anchor = !merge || (merge.top === row && merge.left === col);
    if (anchor && typeof raw.value === 'string') texts.push(cleanName(raw.value));
  });
  const title = texts.join('|');
  const fundingLabels = new Set((table.funding?.lines ?? []).map((l: FundingLine) => labelOf(l.label)));
  if (
    forms.projectClues.some((w) => title.includes(w)) &&
    !forms.departmentClues.slice(0, 3).some((w) => title.includes(w))
  )
    return 'project';
  if (forms.departmentClues.some((w) => title.includes(w))) return 'department';
  if (forms.departmentFundingLines.some((w) => fundingLabels.has(labelOf(w)))) return 'department';
  return 'project';
}
