/**
 * The funding block's breakdowns: each adds up to the total on its own (by source, by nature, and 基本支出's own
 * 人员经费 / 公用经费), and the 510000 form's 总额 line is the total its 财政资金 / 单位资金 … add up to.
 */
import { checkWorkbook } from '../../src/core/check';
import { buildReport } from '../../src/core/report/build';
import { renderMarkdown } from '../../src/core/report/markdown';
import type { SheetData } from '../../src/core/grid/types';

type V = string | number | null;

function sheet(rows: V[][]): SheetData {
  return { name: '自评表', merges: [], cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))) };
}

const indicators: V[][] = [
  [null, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  [null, '产出指标', '数量指标', '检查次数', '≥6次', '8次', 90, 90],
  ['总分', null, null, null, null, null, 100, 100],
];

function breakdowns(result: ReturnType<typeof checkWorkbook>) {
  return result.findings
    .filter((f) => f.rule === 'breakdown-mismatch')
    .map((f) => [f.cell, f.expected, f.actual, f.severity]);
}

it('checks 总额 of the 510000 form against 财政资金 + 单位资金', () => {
  const rows: V[][] = [
    [
      '预算执行情况（10分）',
      '年度预算数（万元）',
      '年初预算',
      '调整后预算数',
      '预算执行数',
      '预算执行率',
      '权重',
      '得分',
    ],
    [null, '总额', 10, 12, 12, 1, 10, 10],
    [null, '其中：财政资金', 10, 12, 11, 0.9167, '/', '/'],
    [null, '单位资金', 0, 0, 0, 0, '/', '/'],
    ...indicators,
  ];
  expect(breakdowns(checkWorkbook({ sheets: [sheet(rows)] }))).toEqual([['E2', 11, 12, 'error']]);
});

/** A department form's funding block split by source and by nature, 基本支出 into its own parts; each line adds up. */
function nationalBlock(publicSpent = 10): V[][] {
  return [
    ['部门资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 100, 100, 100, 10, 1, 10],
    [null, '其中：财政拨款', 90, 90, 90, null, null, null],
    [null, '其他资金', 10, 10, 10, null, null, null],
    [null, '基本支出', 60, 60, 60, null, null, null],
    [null, '其中：人员经费', 50, 50, 50, null, null, null],
    [null, '公用经费', 10, 10, publicSpent, null, null, null],
    [null, '项目支出', 40, 40, 40, null, null, null],
    ...indicators,
  ];
}

it('checks sources and natures each against the total, and 人员经费 + 公用经费 against 基本支出', () => {
  // Only 人员经费 50 + 公用经费 9 = 59 against 基本支出's 60 (全年执行数) is a slip.
  expect(breakdowns(checkWorkbook({ sheets: [sheet(nationalBlock(9))] }))).toEqual([['E5', 59, 60, 'error']]);
});

it('says each breakdown in the 自评表说明 on its own: by source, then by nature with 基本支出’s own parts', () => {
  const md = renderMarkdown(buildReport(checkWorkbook({ sheets: [sheet(nationalBlock())] })));
  expect(md).toContain('按资金来源分，财政拨款执行90万元，其他资金执行10万元。');
  expect(md).toContain(
    '按支出性质看，基本支出执行60万元（其中：人员经费执行50万元，公用经费执行10万元），项目支出执行40万元。',
  );
});
