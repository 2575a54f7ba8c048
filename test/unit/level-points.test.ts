/**
 * A 项目绩效评价表 with a 分值 column after every level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分,
 * the 扶持项目 template): the lines are scored by the last 分值, and each level's own 分值 is checked against the
 * lines under it, as a group's "（N分）" is.
 */
import { checkWorkbook } from '../../src/core/check';
import type { Area } from '../../src/core/grid/address';
import type { SheetData } from '../../src/core/grid/types';

type V = string | number | null;

function sheet(rows: V[][], merges: Area[]): SheetData {
  return { name: '评价表', merges, cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))) };
}

/** Rows 0-based: header on row 0, lines 1..5, 合计 on row 6; each group's name and 分值 merged down its lines. */
function table(moneyPoints: number): SheetData {
  const rows: V[][] = [
    ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
    ['项目决策', 12, '项目目标', 4, '目标内容', 4, 4],
    [null, null, '资金分配', 8, '分配办法', 2, 2],
    [null, null, null, null, '分配结果', 6, 6],
    ['项目管理', 10, '资金管理', moneyPoints, '资金使用', 7, 6],
    [null, null, null, null, '财务管理', 3, 3],
    ['合计', 22, null, null, null, null, 21],
  ];
  const down = (col: number, top: number, bottom: number): Area => ({ top, bottom, left: col, right: col });
  return sheet(rows, [
    down(0, 1, 3),
    down(1, 1, 3),
    down(2, 2, 3),
    down(3, 2, 3),
    down(0, 4, 5),
    down(1, 4, 5),
    down(2, 4, 5),
    down(3, 4, 5),
  ]);
}

it('scores the lines by the last 分值 column, with no warning on the lines a group’s 分值 is merged over', () => {
  const result = checkWorkbook({ sheets: [table(10)] });
  const [score] = result.model.scoreTables;
  expect(score.indicators.map((i) => [i.path[i.path.length - 1], i.points?.text])).toEqual([
    ['目标内容', '4'],
    ['分配办法', '2'],
    ['分配结果', '6'],
    ['资金使用', '7'],
    ['财务管理', '3'],
  ]);
  expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

it('finds a level’s own 分值 that its lines do not add up to, at that 分值 cell', () => {
  // 资金管理 stated 9 beside 资金使用 7 + 财务管理 3 = 10.
  const result = checkWorkbook({ sheets: [table(9)] });
  const errors = result.findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([['sum-mismatch', 'D5', 10, 9]]);
});

/** 湖南 2018: every level followed by a column headed 得分 that holds its points; the last 得分 is the score. */
it('reads a level column headed 得分 as that level’s points when the table has no 分值 column', () => {
  const rows: V[][] = [
    ['一级指标', '得分', '二级指标', '得分', '三级指标', '得分', '评价标准', '得分'],
    ['投入', 16, '预算配置', 16, '在职人员控制率', 8, '≤100%，计8分', 8],
    [null, null, null, null, '“三公经费”变动率', 8, '≤0，计8分', 0],
  ];
  const down = (col: number): Area => ({ top: 1, bottom: 2, left: col, right: col });
  const result = checkWorkbook({ sheets: [sheet(rows, [down(0), down(1), down(2), down(3)])] });
  const [score] = result.model.scoreTables;
  expect(score.indicators.map((i) => [i.path.join('/'), i.points?.text, i.score?.text])).toEqual([
    ['投入/预算配置/在职人员控制率', '8', '8'],
    ['投入/预算配置/“三公经费”变动率', '8', '0'],
  ]);
  expect(result.findings.filter((f) => f.rule === 'deduction').map((f) => f.cell)).toEqual(['H3']);
  expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});
