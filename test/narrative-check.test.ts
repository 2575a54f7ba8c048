/**
 * The checks of an existing explanation (自评表说明): figures the text states against the table and the funding
 * figures (narrative-mismatch), a level named by a known equivalent (narrative-name-differs), heading numbers
 * repeated or left out (narrative-duplicate-number, narrative-skipped-number). On the bundled sample (the seed
 * report, brief §6) and on small workbooks built in memory.
 */
import { buildSampleWorkbook } from '../scripts/build-sample';
import { checkWorkbook, type CheckOptions } from '../src/core/check';
import type { Finding } from '../src/core/checks/finding';
import { readExplanationText } from '../src/core/checks/narrative';
import type { CheckContext } from '../src/core/checks/context';
import type { RawCell, RawValue, WorkbookData } from '../src/core/grid/types';
import { readWorkbook } from '../src/xlsx/read';

const NARRATIVE = /^narrative-/;
const narrativeOf = (findings: Finding[]) => findings.filter((f) => NARRATIVE.test(f.rule));
const brief = (f: Finding) => [f.rule, f.severity, `${f.sheet}!${f.cell}`, f.indicator, f.expected, f.actual];

describe('the sample (the seed report)', () => {
  let workbook: WorkbookData;
  beforeAll(async () => {
    workbook = await readWorkbook(await buildSampleWorkbook());
  });

  test('reports 管理效率 46.5 (the table gives 47.5), the name 管理效率 for 管理效能, the second "3." — nothing else', () => {
    const found = narrativeOf(checkWorkbook(workbook).findings);
    expect(found.map(brief)).toEqual([
      ['narrative-mismatch', 'error', '自评表说明!A37', '管理效能', 47.5, 46.5],
      ['narrative-duplicate-number', 'info', '自评表说明!A35', '3.部门预算资金支出率', '4.', '3.'],
      ['narrative-name-differs', 'info', '自评表说明!A37', '管理效能', '管理效能', '管理效率'],
    ]);
    expect(found[0].message).toBe('管理效率（管理效能）的得分：文中为 46.5 分，表中为 47.5 分（其下 7 项指标合计）。');
    expect(found[1].message).toContain('与前面的同级标题“3. 部门整体支出绩效目标满意度指标完成情况”重复');
  });

  test('says the same in English', () => {
    const found = narrativeOf(checkWorkbook(workbook, { lang: 'en-US' }).findings);
    expect(found[0].message).toBe(
      '管理效率（管理效能）, score: the text says 46.5, the table gives 47.5 (its 7 indicators added up).',
    );
  });

  test('compared every figure the text states, and each other one holds', () => {
    const result = checkWorkbook(workbook);
    const ctx: CheckContext = {
      model: result.model,
      tolerance: { fixed: null },
      rateBase: 'adjusted',
      examined: {},
      rules: result.rules,
    };
    const stated = readExplanationText(ctx).statements.map((s) => {
      if (s.kind === 'level') return `${s.match.level.name} ${s.points?.value.value}/${s.score?.value.value}`;
      if (s.kind === 'total') return `total ${s.figure.value.value}`;
      return `${s.label} ${s.figure.value.value}`;
    });
    expect(stated).toEqual([
      '预算数 11661.19',
      '执行数 11516.76',
      '完成预算的 0.9876',
      '一般公共预算财政拨款支出 6577.52',
      '政府性基金预算财政拨款支出 4877.08',
      '其他资金支出 62.16',
      '基本支出 2695.46',
      '项目支出 8821.3',
      '年末累计结转和结余 152.56',
      'total 97.38',
      '履职效能 50/49.88',
      '部门预算资金支出率 0.9876',
      '管理效能 50/46.5',
      '预算编制 3/3',
      '预算执行 4/3.5',
      '信息公开 4/4',
      '绩效管理 15/14',
      '采购管理 10/10',
      '资产管理 10/9',
      '运行成本 4/4',
      '实际支出公用经费总额 133.58',
      '预算安排公用经费总额 133.58',
      '三公经费实际支出数 3.07',
      '预算安排的三公经费数 3.07',
    ]);
    // 9 levels × (points, score) + the total + 2 rates + 12 amounts.
    expect(result.examined['narrative-mismatch']).toBe(33);
  });

  test('a fixed tolerance of 1 forgives the one-point slip', () => {
    const found = narrativeOf(checkWorkbook(workbook, { tolerance: 1 }).findings);
    expect(found.map((f) => f.rule)).toEqual(['narrative-duplicate-number', 'narrative-name-differs']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Small workbooks: a vertical score table on 自评表, the year's figures on 收支, the explanation on 说明.

const TABLE: RawValue[][] = [
  ['2024年度某某街道办事处部门整体支出绩效自评表'],
  ['单位名称：某某街道办事处'],
  ['一级指标', '二级指标', '分值', '自评得分'],
  ['产出指标', '数量指标', 20, 19],
  ['产出指标', '质量指标', 10, 9.5],
  ['效益指标', '社会效益', 30, 30],
  ['管理效能', '预算执行', 4, 3.5],
  ['管理效能', '绩效管理', 36, 35],
  ['合计', '', 100, 97],
];

const FUNDING: [string, number, string?][] = [
  ['预算数', 1000, '#,##0.00'],
  ['执行数', 950, '#,##0.00'],
  ['基本支出', 400, '#,##0.00'],
  ['项目支出', 550, '#,##0.00'],
];

/** Long paragraphs around the lines under test, so the sheet reads as an explanation that holds them all. */
const FILLER = [
  '按照部门整体支出绩效自评指标评分表的评价指标，我街道进行了认真的自评分析，形成本说明，现将有关情况报告如下。',
  '本年度我街道坚持以人民为中心的发展思想，统筹推进各项重点工作，财政资金使用规范，各项工作取得了较好成效。',
];
const CLOSING =
  '下一步，我街道将进一步强化预算绩效管理，提高财政资金使用效益，确保各项工作任务按期保质完成，不断提升群众满意度。';

function cells(rows: RawValue[][], formats: (string | undefined)[][] = []): (RawCell | undefined)[][] {
  return rows.map((row, r) => row.map((value, c) => (value === null ? undefined : { value, format: formats[r]?.[c] })));
}

function workbookWith(lines: string[]): WorkbookData {
  return {
    sheets: [
      { name: '自评表', cells: cells(TABLE), merges: [] },
      {
        name: '收支',
        cells: cells(
          FUNDING.map(([l, v]) => [l, v]),
          FUNDING.map(([, , f]) => [undefined, f]),
        ),
        merges: [],
      },
      { name: '说明', cells: cells([...FILLER, ...lines, CLOSING].map((t) => [t])), merges: [] },
    ],
  };
}

/** The narrative findings for these explanation lines; cells are 说明!A3 onwards (A1, A2 hold the filler). */
function check(lines: string[], options: CheckOptions = {}): Finding[] {
  return narrativeOf(checkWorkbook(workbookWith(lines), options).findings);
}

describe('figures stated next to a level name', () => {
  test('a right statement passes: a group, an indicator, full-width digits and spaces', () => {
    expect(
      check([
        '（一）产出指标分析（总分为 30 分，自评分为 28.5 分）',
        '1.数量指标（总分为20分，得分为19分）',
        '2.质量指标（总分为１０分，得分为９．５分）',
        '（二）效益指标分析（总分为30分，得分为30分）',
      ]),
    ).toEqual([]);
  });

  test('a wrong score fails, on the paragraph’s cell, with the table’s figure expected', () => {
    const found = check([
      '（一）产出指标分析（总分为 30 分，自评分为 27.5 分）',
      '1.数量指标（总分为20分，得分为18分）',
    ]);
    expect(found.map(brief)).toEqual([
      ['narrative-mismatch', 'error', '说明!A3', '产出指标', 28.5, 27.5],
      ['narrative-mismatch', 'error', '说明!A4', '数量指标', 19, 18],
    ]);
    expect(found[0].message).toBe('产出指标的得分：文中为 27.5 分，表中为 28.5 分（其下 2 项指标合计）。');
    expect(found[1].message).toBe('数量指标的得分：文中为 18 分，表中为 19 分。');
  });

  test('wrong points fail too', () => {
    expect(check(['（一）产出指标分析（总分为 35 分，自评分为 28.5 分）']).map(brief)).toEqual([
      ['narrative-mismatch', 'error', '说明!A3', '产出指标', 30, 35],
    ]);
  });

  test('a statement about a name the table does not have is ignored', () => {
    expect(check(['（三）宣传工作分析（总分为 10 分，得分为 3 分）', '2.社会治理（总分为5分，得分为1分）'])).toEqual(
      [],
    );
  });

  test('a name with more than filler around it is not taken for the level (经济社会效益 is not 社会效益)', () => {
    expect(check(['a.经济社会效益（总分为 5 分，得分为 1 分）'])).toEqual([]);
    expect(check(['a.社会效益指标（总分为 30 分，得分为 29 分）']).map((f) => f.indicator)).toEqual(['社会效益']);
  });

  test('points and score both wrong: not sure what the statement is about, so nothing is said', () => {
    expect(check(['（一）产出指标分析（总分为 10 分，得分为 8 分）'])).toEqual([]);
  });

  test('a known equivalent is matched and noted: 管理效率 for 管理效能', () => {
    const found = check(['（三）管理效率分析（总分为 40 分，自评分为 38 分）']);
    expect(found.map(brief)).toEqual([
      ['narrative-mismatch', 'error', '说明!A3', '管理效能', 38.5, 38],
      ['narrative-name-differs', 'info', '说明!A3', '管理效能', '管理效能', '管理效率'],
    ]);
    expect(found[0].message).toBe('管理效率（管理效能）的得分：文中为 38 分，表中为 38.5 分（其下 2 项指标合计）。');
  });

  test('a fixed tolerance applies: off by 0.5 passes with --tolerance 0.5, not by default', () => {
    const line = ['（一）产出指标分析（总分为 30 分，自评分为 28 分）'];
    expect(check(line).map((f) => f.rule)).toEqual(['narrative-mismatch']);
    expect(check(line, { tolerance: 0.5 })).toEqual([]);
  });

  test('rounding the text shows explains a small difference (19.3 + 9.45 stated as 28.8)', () => {
    const wb = workbookWith(['（一）产出指标分析（总分为 30 分，自评分为 28.8 分）']);
    const table = wb.sheets[0].cells;
    table[3][3] = { value: 19.3 };
    table[4][3] = { value: 9.45 };
    table[8][3] = { value: 97.25 };
    expect(narrativeOf(checkWorkbook(wb).findings)).toEqual([]);
  });
});

describe('the total, the rate and the amounts', () => {
  test('right statements pass', () => {
    expect(
      check([
        '经研究，我街道2024年部门整体支出绩效自评结果为 97 分。',
        '某某街道 2024 年预算数 1,000.00 万元，执行数 950 万元，完成预算的 95%。按支出性质看，基本支出 400 万元，项目支出 5,500,000 元。',
        '全年预算执行率为95.0%。',
      ]),
    ).toEqual([]);
  });

  test('a wrong total, rate or amount fails', () => {
    const found = check([
      '经研究，我街道部门整体支出绩效自评得分为 96.5 分。',
      '预算数 1,000 万元，执行数 960 万元，完成预算的 96%。',
    ]);
    expect(found.map(brief)).toEqual([
      ['narrative-mismatch', 'error', '说明!A3', '合计', 97, 96.5],
      ['narrative-mismatch', 'error', '说明!A4', '执行数', 950, 960],
      ['narrative-mismatch', 'error', '说明!A4', '完成预算的', 0.95, 0.96],
    ]);
    expect(found.map((f) => f.message)).toEqual([
      '自评总分：文中为 96.5 分，表中合计为 97 分。',
      '执行数：文中为 960 万元，表中“执行数”为 950.00 万元。',
      '完成预算的：文中为 96%，按表中执行数 ÷ 预算数（950.00 ÷ 1,000.00）应为 95%。',
    ]);
  });

  test('figures about something else are left alone: a target, an indicator’s actual, a project, another year, an approximation', () => {
    expect(
      check([
        '党员培训工作完成率。年初目标 100%；完成情况：党员教育培训率 98%，信息公开完成率 90%。',
        '某某项目实际支出 50 万元，专项资金执行率为 80%。',
        '2023年预算数 800 万元，上年执行数 700 万元，上年自评得分为 90 分。',
        '预算执行率达 90%以上，一般公共预算支出执行率为 85%。',
        '管理效能自评得分为 38.5 分。',
      ]),
    ).toEqual([]);
  });
});

describe('heading numbers', () => {
  test('two siblings with one number under the same parent: "3." twice, "（二）" twice', () => {
    const found = check([
      '一、基本情况',
      '（一）部门职能',
      '（二）收支情况',
      '（二）绩效目标',
      '二、综合评价分析',
      '（一）产出分析',
      '1.数量',
      'a.数量一',
      'b.数量二',
      '2.质量',
      '3.时效',
      'a.时效一',
      '3.满意度',
    ]);
    expect(found.map(brief)).toEqual([
      ['narrative-duplicate-number', 'info', '说明!A6', '（二）绩效目标', '（三）', '（二）'],
      ['narrative-duplicate-number', 'info', '说明!A15', '3.满意度', '4.', '3.'],
    ]);
  });

  test('the same numbers under different parents, a list started again at 1, "1." and "2、" mixed: no finding', () => {
    expect(
      check(['一、问题', '1.甲', '2.乙', '二、措施', '1.丙', '2、丁', '3.戊', '三、成效', '1.庚', '1.辛', '2.壬']),
    ).toEqual([]);
  });

  test('a number left out is noted', () => {
    expect(check(['一、基本情况', '二、综合评价', '四、问题']).map(brief)).toEqual([
      ['narrative-skipped-number', 'info', '说明!A5', '四、问题', '三、', '四、'],
    ]);
  });
});
