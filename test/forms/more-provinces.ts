/**
 * Forms from provinces and layouts the first corpus did not have, typed as they were published (figures
 * as typed, slips included). Each form names its source and what was taken from it; every expectation is
 * worked out by hand from the typed figures (the calculation is in each finding's `calc`).
 */
import type * as ExcelJS from 'exceljs';
import { a1, banner, newWorkbook, placeTable, TableGeometry, toBuffer, type TableSpec } from '../fixtures/sheet-kit';
import { addresses, drawSichuan, FormWriter, type SichuanForm } from './form-kit';
import { blankScores, error, leaves, warning } from './expect-kit';
import type { FormIndicator, FormSpec } from './types';

const NUM = '#,##0.00';

/** A 一级 / 二级 run merged down the way the published tables merge them. */
function mergeRuns(ws: ExcelJS.Worksheet, first: number, keys: string[], col: number): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    if (i - 1 > start) ws.mergeCells(first + start, col, first + i - 1, col);
    start = i;
  }
}

// ——— 18. 云南 丽江: the national form with 年度指标值 split into 指标性质 | 指标值 | 度量单位 ————————————————
//
// 丽江市古城区自然资源局《2020年度项目支出绩效自评表》2020年省级自然资源卫片执法补助经费 (mirrored at
// http://m.jjiadianqingjie.com.cn/changyong/13241.html): 项目资金（万元） 7.29 / 7.29 / 7.29, 分值 10, 100%, 10;
// 其中：当年财政拨款 7.29 / 7.29 / 7.29 with 100% and no 分值; 年度总体目标 whose 预期目标 and 实际完成情况 are both
// just the project's name; a two-line indicator header (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
// over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位); 指标性质 typed "﹦" (U+FE66, the small form
// variant) and "≥"; every target met exactly (72890 元 = 72890, 100% = 100, ≥95% with 95) yet each score 10%
// below its 分值 (9 of 10, 19 of 20, 19 of 20, 27 of 30) with no 偏差原因. The 满意度 line is cut off in the
// mirror: its 得分 9 is assumed in the same pattern, and the 总分 line (100 / 93) is the sum.

const LJ_SHEET = '项目支出绩效自评表';
const LJ_UNIT = '丽江市古城区自然资源局';
const LJ_PROJECT = '2020年省级自然资源卫片执法补助经费';

interface LijiangRow {
  l1: string;
  l2: string;
  l3: string;
  nature: string;
  value: number;
  unit: string;
  actual: number;
  points: number;
  score: number;
}

const LJ_ROWS: LijiangRow[] = [
  {
    l1: '产出指标',
    l2: '数量指标',
    l3: '卫片执法补助经费',
    nature: '﹦',
    value: 72890,
    unit: '元',
    actual: 72890,
    points: 10,
    score: 9,
  },
  {
    l1: '产出指标',
    l2: '质量指标',
    l3: '项目验收合格率',
    nature: '﹦',
    value: 100,
    unit: '%',
    actual: 100,
    points: 20,
    score: 19,
  },
  {
    l1: '产出指标',
    l2: '时效指标',
    l3: '项目完成及时率',
    nature: '﹦',
    value: 100,
    unit: '%',
    actual: 100,
    points: 20,
    score: 19,
  },
  {
    l1: '效益指标',
    l2: '社会效益指标',
    l3: '违法行为责停率',
    nature: '≥',
    value: 95,
    unit: '%',
    actual: 95,
    points: 30,
    score: 27,
  },
  {
    l1: '满意度指标',
    l2: '服务对象满意度指标',
    l3: '满意度',
    nature: '≥',
    value: 95,
    unit: '%',
    actual: 95,
    points: 10,
    score: 9,
  },
];

interface LijiangCells {
  fundScore: string;
  ind: Record<string, { row: number; actual: string; score: string; reason: string }>;
  total: { points: string; score: string };
}

/** Ten columns A..J. */
function drawLijiang(ws: ExcelJS.Worksheet): LijiangCells {
  const w = new FormWriter(ws, 1, 10);
  [10, 14, 22, 8, 10, 8, 10, 8, 8, 26].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  w.text('2020年度项目支出绩效自评表', { bold: true, size: 16, center: true });
  w.line(['项目名称', LJ_PROJECT], [[2, 10]]);
  w.line(
    ['主管部门', '丽江市自然资源和规划局', '', '', '', '实施单位', LJ_UNIT],
    [
      [2, 5],
      [7, 10],
    ],
  );
  const fundTop = w.line(
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [],
    {
      bold: true,
    },
  );
  const numFmt = { 3: NUM, 4: NUM, 5: NUM };
  const total = w.line(['', '年度资金总额', 7.29, 7.29, 7.29, 10, '100%', 10], [], { numFmt });
  w.line(['', '其中：当年财政拨款', 7.29, 7.29, 7.29, '', '100%', ''], [], { numFmt });
  w.line(['', '上年结转资金']);
  w.line(['', '其他资金']);
  w.down(1, fundTop, w.row - 1);
  const goalTop = w.line(
    ['年度总体目标', '预期目标', '', '', '', '实际完成情况'],
    [
      [2, 5],
      [6, 10],
    ],
    { bold: true },
  );
  w.line(
    ['', '自然资源卫片执法补助经费', '', '', '', '自然资源卫片执法补助经费'],
    [
      [2, 5],
      [6, 10],
    ],
  );
  w.down(1, goalTop, w.row - 1);
  const h1 = w.line(
    ['绩效指标', '', '', '年度指标值', '', '', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [
      [1, 3],
      [4, 6],
    ],
  );
  w.line(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位']);
  for (const c of [7, 8, 9, 10]) w.down(c, h1, h1 + 1);
  const first = w.row;
  const ind: LijiangCells['ind'] = {};
  LJ_ROWS.forEach((it, i) => {
    const prev = LJ_ROWS[i - 1];
    const newL1 = !prev || prev.l1 !== it.l1;
    const newL2 = newL1 || prev.l2 !== it.l2;
    const r = w.line([
      newL1 ? it.l1 : '',
      newL2 ? it.l2 : '',
      it.l3,
      it.nature,
      it.value,
      it.unit,
      it.actual,
      it.points,
      it.score,
    ]);
    ind[it.l3] = { row: r, actual: a1(r, 7), score: a1(r, 9), reason: a1(r, 10) };
  });
  mergeRuns(
    ws,
    first,
    LJ_ROWS.map((it) => it.l1),
    1,
  );
  const tr = w.line(['总分', '', '', '', '', '', '', 100, 93], [[1, 7]], { bold: true });
  return { fundScore: a1(total, 8), ind, total: { points: a1(tr, 8), score: a1(tr, 9) } };
}

const lj = addresses(drawLijiang);

/** Each met target scored below its 分值: the method gives the full 分值 (calc per line). */
const LJ_CALC: Record<string, string> = {
  卫片执法补助经费: '﹦72890 元, 完成 72890: met → 10; typed 9',
  项目验收合格率: '﹦100%, 完成 100%: met → 20; typed 19',
  项目完成及时率: '﹦100%, 完成 100%: met → 20; typed 19',
  违法行为责停率: '正向: 95 / 95 × 30 = 30; typed 27',
  满意度: '正向: 95 / 95 × 10 = 10; typed 9',
};

export const yunnanLijiang: FormSpec = {
  name: 'yunnan-lijiang-project',
  description:
    'Yunnan project form: 年度指标值 split into 指标性质 ("﹦", "≥") | 指标值 | 度量单位 under a two-line header; every target met exactly yet each score 10% below its 分值 with no 偏差原因',
  source: `${LJ_UNIT} 2020年度项目支出绩效自评表, http://m.jjiadianqingjie.com.cn/changyong/13241.html`,
  build: async () => {
    const wb = newWorkbook();
    drawLijiang(wb.addWorksheet(LJ_SHEET));
    return toBuffer(wb);
  },
  expect: {
    // 10 + (10 + 20 + 20 + 30 + 10 = 90) = 100; 10 + (9 + 19 + 19 + 27 + 9 = 83) = 93.
    tables: [{ sheet: LJ_SHEET, form: 'project', total: { points: 100, score: 93 } }],
    total: { points: 100, score: 93 },
    indicators: LJ_ROWS.map((it): FormIndicator => ({
      table: 0,
      sheet: LJ_SHEET,
      row: lj.ind[it.l3].row,
      name: it.l3,
    })),
    findings: LJ_ROWS.flatMap((it) => [
      error('score-mismatch', LJ_SHEET, lj.ind[it.l3].score, it.points, it.score, LJ_CALC[it.l3]),
      warning(
        'deduction-without-reason',
        LJ_SHEET,
        lj.ind[it.l3].reason,
        null,
        null,
        `${it.l3}: ${it.points} − ${it.score} = ${it.points - it.score} deducted, 偏差原因 blank`,
      ),
    ]),
    // 7.29 / 7.29 = 100% → 10 ok; the five indicators lose 1, 1, 1, 3, 1.
    deductions: LJ_ROWS.map((it) => ({ sheet: LJ_SHEET, cell: lj.ind[it.l3].score })),
    // The title puts the year in front once: "2020年度省级自然资源卫片执法补助经费项目支出绩效自评报告".
    report: {
      docs: [{ title: ['2020年度省级自然资源卫片执法补助经费', '项目支出绩效自评报告'] }],
      names: ['省级自然资源卫片执法补助经费', LJ_UNIT],
    },
  },
};

// ——— 19. 河北 廊坊: 执行率 typed "86%", 得分 rounded up, "指标1…" names and the template's empty 指标2 / …… lines ———
//
// 廊坊市食品工程学校《项目支出绩效自评表（2019年度）》办公宿舍楼、食堂及餐厅暖通改造经费
// (http://www.lfsp.cn/newsinfo/1158053.html): 年度资金总额 43.2 / 43.2 / 37.24, 分值 10, 执行率 "86%", 得分 9;
// 其中：当年财政拨款 43.2 / 43.2 / 37.24; 年度总体目标 with the figures 43.2 and 37.24 in place of text; indicator
// names keep the template's "指标1" prefix and its empty "指标2" / "……" lines stay in the table; 指标1工程资金金额
// 43.2 → 37.24 scored 9 of 10 with its reason; every other line 100 → 100, 10 of 10, some with "0" typed as the
// reason; 效益指标 written again for 可持续影响指标. No 总分 line is in the mirror: 总分 100 / 98 (the sum) is added.

const LF_SHEET = '项目支出绩效自评表';
const LF_UNIT = '廊坊市食品工程学校';
const LF_PROJECT = '办公宿舍楼、食堂及餐厅暖通改造经费';

type LfLine = [
  l1: string,
  l2: string,
  l3: string,
  target: number | '',
  actual: number | '',
  points: number | '',
  score: number | '',
  reason: string | number,
];
const LF_LINES: LfLine[] = [
  [
    '产出指标',
    '数量指标',
    '指标1工程资金金额',
    43.2,
    37.24,
    10,
    9,
    '已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。',
  ],
  ['产出指标', '数量指标', '指标2', '', '', '', '', ''],
  ['产出指标', '数量指标', '……', '', '', '', '', ''],
  ['产出指标', '质量指标', '指标1工程完工率', 100, 100, 10, 10, ''],
  ['产出指标', '质量指标', '指标2工程验收合格率', 100, 100, 10, 10, ''],
  ['产出指标', '质量指标', '……', '', '', '', '', ''],
  ['产出指标', '时效指标', '指标1项目完成及时率', 100, 100, 10, 10, ''],
  ['产出指标', '时效指标', '指标2', '', '', '', '', ''],
  ['产出指标', '成本指标', '指标1成本控制率', 100, 100, 10, 10, ''],
  ['产出指标', '成本指标', '指标2', '', '', '', '', ''],
  ['效益指标', '经济效益指标', '指标1安全率', 100, 100, 10, 10, 0],
  ['效益指标', '经济效益指标', '指标2', '', '', '', '', ''],
  ['效益指标', '社会效益指标', '指标1学校发展能力', 100, 100, 10, 10, 0],
  ['效益指标', '社会效益指标', '指标2', '', '', '', '', ''],
  ['效益指标', '生态效益指标', '指标1', '', '', '', '', ''],
  ['效益指标', '生态效益指标', '指标2', '', '', '', '', ''],
  ['效益指标 ', '可持续影响指标', '指标1长期使用性', 100, 100, 10, 10, ''],
  ['效益指标 ', '可持续影响指标', '指标2', '', '', '', '', ''],
  ['满意度指标', '服务对象满意度指标', '指标1学生满意度', 100, 100, 10, 10, 0],
  ['满意度指标', '服务对象满意度指标', '指标2', '', '', '', '', ''],
];

interface LangfangCells {
  fund: { rate: string; score: string };
  ind: Record<string, { row: number; actual: string; score: string }>;
  total: { points: string; score: string };
}

/** Nine columns A..I, the national layout (funding labels in B). */
function drawLangfang(ws: ExcelJS.Worksheet): LangfangCells {
  const w = new FormWriter(ws, 1, 9);
  [8, 14, 16, 22, 10, 10, 8, 8, 34].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  w.text('附件1', {});
  w.text('项目支出绩效自评表', { bold: true, size: 16, center: true });
  w.text('（2019年度）', { center: true });
  w.line(['项目名称', LF_PROJECT], [[2, 9]]);
  w.line(
    ['主管部门', '廊坊市发改委', '', '', '实施单位', LF_UNIT],
    [
      [2, 4],
      [6, 9],
    ],
  );
  const fundTop = w.line(
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [[8, 9]],
    {
      bold: true,
    },
  );
  const numFmt = { 3: NUM, 4: NUM, 5: NUM };
  const t = w.line(['', '年度资金总额', 43.2, 43.2, 37.24, 10, '86%', 9], [[8, 9]], { numFmt });
  w.line(['', '其中：当年财政拨款', 43.2, 43.2, 37.24], [[8, 9]], { numFmt });
  w.line(['', '上年结转资金'], [[8, 9]]);
  w.line(['', '其他资金'], [[8, 9]]);
  w.down(1, fundTop, w.row - 1);
  const goalTop = w.line(
    ['年度总体目标', '预期目标', '', '', '', '实际完成情况'],
    [
      [2, 5],
      [6, 9],
    ],
    { bold: true },
  );
  w.line(
    ['', 43.2, '', '', '', 37.24],
    [
      [2, 5],
      [6, 9],
    ],
  );
  w.down(1, goalTop, w.row - 1);
  w.line(
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [],
    {
      bold: true,
    },
  );
  const first = w.row;
  const ind: LangfangCells['ind'] = {};
  LF_LINES.forEach(([l1, l2, l3, target, actual, points, score, reason], i) => {
    const prev = LF_LINES[i - 1];
    const r = w.line([
      '',
      !prev || prev[0] !== l1 ? l1 : '',
      !prev || prev[0] !== l1 || prev[1] !== l2 ? l2 : '',
      l3,
      target,
      actual,
      points,
      score,
      reason,
    ]);
    if (points !== '') ind[l3] = { row: r, actual: a1(r, 6), score: a1(r, 8) };
  });
  mergeRuns(
    ws,
    first,
    LF_LINES.map((l) => l[0]),
    2,
  );
  mergeRuns(
    ws,
    first,
    LF_LINES.map((l) => `${l[0]}/${l[1]}`),
    3,
  );
  w.down(1, first - 1, w.row - 1);
  const tr = w.line(['总分', '', '', '', '', '', 100, 98], [[1, 6]], { bold: true });
  return { fund: { rate: a1(t, 7), score: a1(t, 8) }, ind, total: { points: a1(tr, 7), score: a1(tr, 8) } };
}

const lf = addresses(drawLangfang);
const LF_MONEY = '指标1工程资金金额';

export const hebeiLangfang: FormSpec = {
  name: 'hebei-langfang-project',
  description:
    'Hebei project form: 执行率 typed "86%" (37.24 / 43.2 = 86.2%), 得分 9 where 0.862 × 10 = 8.62; "指标1…" names beside the template’s empty 指标2 / …… lines; figures as the 年度总体目标; reasons typed "0"',
  source: `${LF_UNIT} 项目支出绩效自评表（2019年度）, http://www.lfsp.cn/newsinfo/1158053.html`,
  build: async () => {
    const wb = newWorkbook();
    drawLangfang(wb.addWorksheet(LF_SHEET));
    return toBuffer(wb);
  },
  expect: {
    // 10 + 9 × 10 = 100; 9 + 9 + 8 × 10 = 98 (the typed scores; the funding slip is its own finding).
    tables: [{ sheet: LF_SHEET, form: 'project', total: { points: 100, score: 98 } }],
    total: { points: 100, score: 98 },
    indicators: Object.entries(lf.ind).map(([name, { row }]) => ({ table: 0, sheet: LF_SHEET, row, name })),
    findings: [
      // 37.24 / 43.2 = 0.86204 → "86%" is right at the whole percent typed: no ratio finding.
      error('score-mismatch', LF_SHEET, lf.fund.score, 8.62, 9, '37.24 / 43.2 = 86.20% → 0.862 × 10 = 8.62, typed 9'),
      warning('target-not-met', LF_SHEET, lf.ind[LF_MONEY].actual, 43.2, 37.24, '37.24 < 43.2 (no operator: 正向)'),
    ],
    tolerated: [
      {
        rule: 'score-mismatch',
        sheet: LF_SHEET,
        cell: lf.ind[LF_MONEY].score,
        why: 'a bare 43.2 read as 正向 gives 37.24 / 43.2 × 10 = 8.62 ≠ 9; the target names no direction, so calling it is fair, not calling it too',
      },
    ],
    deductions: [
      { sheet: LF_SHEET, cell: lf.fund.score }, // 9 of 10
      { sheet: LF_SHEET, cell: lf.ind[LF_MONEY].score }, // 9 of 10, reason given
    ],
    report: { docs: [{ title: [LF_PROJECT, '项目支出绩效自评报告'] }], names: [LF_PROJECT, LF_UNIT] },
  },
};

// ——— 20. 湖北 湖北科技学院: a 绩效目标 list with 指标名称, 目标值, 实际完成值; 一级 written on every line ————————
//
// 湖北科技学院《2021年度本专科生奖助学金项目自评结果》(https://xxgkw.hbust.edu.cn/info/1243/1928.htm): the table
// 一级指标 | 二级指标 | 指标名称 | 目标值 | 实际完成值 with every line's 一级 and 二级 written out (not merged), lines not
// grouped (产出/质量, 产出/质量, …, 产出/数量 after the 质量 lines), 满意度 filed under 效益指标; 14726 → 15935 人,
// 是 / 是, 99% / 99%, 95% / 95%. The 执行率 paragraph above it (2,596 万元, 2,595.6208 万元, "99%") is kept as text.

const HB_SHEET = '自评结果';
const HB_UNIT = '湖北科技学院';
const hbTargets: TableSpec = {
  top: 4,
  left: 1,
  header: [['一级指标', '二级指标', '指标名称', '目标值', '实际完成值']],
  body: [
    ['产出指标', '质量指标', '奖助政策学生知晓率', '100%', '100%'],
    ['产出指标', '质量指标', '受资助本专科困难学生覆盖率', '99%', '99%'],
    ['产出指标', '质量指标', '退役士兵考入高校应助学生享受资助比例', '100%', '100%'],
    ['产出指标', '质量指标', '高校学生应征入伍应受助学生享受资助比例', '100%', '100%'],
    ['产出指标', '数量指标', '受资助本专科学生人数', 14726, 15935],
    ['产出指标', '质量指标', '国家奖学金按标准发放率', '100%', '100%'],
    ['效益指标', '社会效益指标', '评审程序是否客观公正', '是', '是'],
    ['效益指标', '社会效益指标', '家庭经济困难学生完成学业率', '100%', '100%'],
    ['效益指标', '服务对象满意度指标', '资助学生满意度', '95%', '95%'],
  ],
  levels: 0,
  widths: [12, 18, 36, 10, 12],
};
const hb = new TableGeometry(hbTargets);

export const hubeiTargets: FormSpec = {
  name: 'hubei-hbust-targets',
  description:
    'Hubei target list: 指标名称 (not 三级指标) | 目标值 | 实际完成值, 一级 / 二级 written on every line and not grouped; 14726 → 15935 人 (1.08 ×), everything else met as typed',
  source: `${HB_UNIT} 2021年度本专科生奖助学金项目自评结果, https://xxgkw.hbust.edu.cn/info/1243/1928.htm`,
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(HB_SHEET);
    banner(ws, 1, 1, 5, `${HB_UNIT}2021年度本专科生奖助学金项目自评结果`, { bold: true, size: 14, align: 'center' });
    banner(
      ws,
      2,
      1,
      5,
      '2021年本专科生奖助学金项目实际下达预算2596万元，全年度实际总支出2595.6208万元，项目预算执行率99%。',
    );
    banner(ws, 3, 1, 5, '经过自评，本项目较好的完成的年初预定的各项绩效目标。具体完成情况如下表：');
    placeTable(ws, hbTargets);
    return toBuffer(wb);
  },
  expect: {
    tables: [{ sheet: HB_SHEET, form: 'targets', total: null }],
    total: null,
    indicators: hbTargets.body.map((line, i): FormIndicator => ({
      table: 0,
      sheet: HB_SHEET,
      row: hbTargets.top + 1 + i,
      name: String(line[2]),
    })),
    // 15935 / 14726 = 1.082 < 1.5; every other actual equals its target.
    findings: [],
    deductions: [],
    report: { docs: [{ title: [HB_UNIT] }], names: [HB_UNIT] },
  },
};

void hb;

// ——— 21. 四川 德阳: 510000 form, 权重 22.5 × 4, a 计算方法 inside the indicator's name, 完成值 and 得分 left blank ———
//
// 德阳 部门预算项目支出绩效自评表, 工资 / 社保 line (https://dyrmt.com/article-132779-22.html): 产出指标 数量指标
// 足额保障率 "=" 100 %, 科目调整次数 "≤" 10 次, 时效指标 按时发放率 "=" 100 %, 效益指标 经济效益指标
// "结余率(计算方法为:结余数/预算数)" "≤" 5 %, each 权重 22.5; 合计 100; 评价结论 "及时、足额缴纳。", 存在问题 / 改进措施
// "暂无"; no 完成值 and no 得分 typed in the indicator block. The funding block is not in the mirror: its figures
// (186.42 万元, all spent, 得分 10) are typed in the published style, and the project name is made up likewise.

const DY_SHEET = '项目支出绩效自评表';
const DY_DEPT = '德阳市旌阳区人力资源和社会保障局';
const dyForm: SichuanForm = {
  code: '510000_0013zp',
  title: '部门预算项目支出绩效自评表（2021年度）',
  project: '51060021R000000012345-社会保障缴费',
  department: DY_DEPT,
  implementer: DY_DEPT,
  goals: ['保障社保及时、足额缴纳，预算编制科学合理，减少结余资金。', '及时、足额缴纳。'],
  process: '按月足额缴纳单位社会保险费。',
  fundingCaption: '预算执行情况（10分）',
  funding: [
    { label: '总额', initial: 186.42, adjusted: 186.42, spent: 186.42, rate: '100.00%', weight: 10, score: 10 },
    {
      label: '其中：财政资金',
      initial: 186.42,
      adjusted: 186.42,
      spent: 186.42,
      rate: '100.00%',
      weight: '/',
      score: '/',
    },
    { label: '财政专户管理资金', initial: 0, adjusted: 0, spent: 0, rate: '0.00%', weight: '/', score: '/' },
    { label: '单位资金', initial: 0, adjusted: 0, spent: 0, rate: '0.00%', weight: '/', score: '/' },
    { label: '其他资金', initial: '', adjusted: '', spent: '', rate: '', weight: '/', score: '/' },
  ],
  indicatorCaption: '绩效指标（90分）',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '足额保障率',
      nature: '=',
      value: 100,
      unit: '%',
      actual: '',
      weight: 22.5,
      score: '',
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '科目调整次数',
      nature: '≤',
      value: 10,
      unit: '次',
      actual: '',
      weight: 22.5,
      score: '',
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '按时发放率',
      nature: '=',
      value: 100,
      unit: '%',
      actual: '',
      weight: 22.5,
      score: '',
    },
    {
      l1: '效益指标',
      l2: '经济效益指标',
      l3: '结余率(计算方法为:结余数/预算数)',
      nature: '≤',
      value: 5,
      unit: '%',
      actual: '',
      weight: 22.5,
      score: '',
    },
  ],
  total: [100, ''],
  closing: ['及时、足额缴纳。', '暂无', '暂无'],
};
const dy = addresses((ws) => drawSichuan(ws, dyForm));

export const sichuanDeyang: FormSpec = {
  name: 'sichuan-deyang-quarter-weights',
  description:
    'Sichuan 510000 form: 权重 22.5 × 4 = 90, an indicator named "结余率(计算方法为:结余数/预算数)", 评价结论 written but 完成值 and 得分 of the indicators left blank',
  source:
    '德阳 部门预算项目支出绩效自评表, https://dyrmt.com/article-132779-22.html (funding figures typed in its style)',
  build: async () => {
    const wb = newWorkbook();
    drawSichuan(wb.addWorksheet(DY_SHEET), dyForm);
    return toBuffer(wb);
  },
  expect: {
    // 22.5 × 4 = 90 = the caption's 90; 10 + 90 = 100 = 合计 ok; 186.42 / 186.42 = 100.00% ok, 10 of 10.
    tables: [{ sheet: DY_SHEET, form: 'project', total: { points: 100, score: null } }],
    total: { points: 100, score: null },
    indicators: leaves(dy.ind, DY_SHEET, 0),
    findings: blankScores(dy.ind, DY_SHEET),
    deductions: [],
    tolerated: [
      { rule: 'missing-value', sheet: DY_SHEET, cell: dy.total.score, why: '合计 得分 blank' },
      ...Object.values(dy.ind).map((c) => ({
        rule: 'missing-value',
        sheet: DY_SHEET,
        cell: c.actual,
        why: '完成值 left blank',
      })),
    ],
    report: { docs: [{ title: ['社会保障缴费', '项目支出绩效自评报告'] }], names: ['社会保障缴费', DY_DEPT] },
  },
};

// ——— 22. 湖南 岳阳 审计局: 评分表 with "投  入\n(15分)" level names, line breaks inside 三级 names, a deduction without a reason ———
//
// 岳阳市审计局《2018年部门整体支出绩效评价评分表》(附件3-1 参考样表, http://czj.yueyang.gov.cn/9689/24522/content_1562538.html):
// 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明; 一级 "投  入\n(15分)", "过  程\n(40分)";
// 二级 "预算配置\n(15分)", "预算执行\n(15分)", "预算管理\n(15分)"; 三级 broken over two lines ("财政供养人员\n控制率");
// 资金结余 3 → 2 with 扣分原因 blank. The mirror stops inside 预算管理: its last two lines, 资产管理 and 产出及效益 are
// completed in the 参考样表's wording with points that add up to the stated group totals, all full.

const YY_SHEET = '评分表';
const YY_UNIT = '岳阳市审计局';
type YyLine = [string, string, string, string, number, number, string];
const YY_LINES: YyLine[] = [
  [
    '投  入\n(15分)',
    '预算配置\n(15分)',
    '财政供养人员\n控制率',
    '以100%为标准。在职人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止。',
    5,
    5,
    '',
  ],
  [
    '投  入\n(15分)',
    '预算配置\n(15分)',
    '“三公经费”\n变动率',
    '“三公经费”变动率≤0，计5分；“三公经费”>0，每超过一个百分点扣0.5分，扣完为止。',
    5,
    5,
    '',
  ],
  [
    '投  入\n(15分)',
    '预算配置\n(15分)',
    '重点支出\n安排率',
    '重点支出安排率≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；60%（含）-70%，计2分；低于60%不得分。',
    5,
    5,
    '',
  ],
  [
    '过  程\n(40分)',
    '预算执行\n(15分)',
    '预算调整率',
    '预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；20-30%（含），计0.5分；大于30%不得分。',
    3,
    3,
    '',
  ],
  [
    '过  程\n(40分)',
    '预算执行\n(15分)',
    '支付进度',
    '春节前下达全部专项资金的50%；6月底前所有专项资金指标全部下达完。每出现一个专项未按进度完成资金下达扣0.5分，扣完为止。',
    3,
    3,
    '',
  ],
  [
    '过  程\n(40分)',
    '预算执行\n(15分)',
    '资金结余',
    '无结余，3分；有结余，但不超过上年结转，2分；结余超过上年结转，不得分。',
    3,
    2,
    '',
  ],
  [
    '过  程\n(40分)',
    '预算执行\n(15分)',
    '“三公经费”\n控制率',
    '以100%为标准。三公经费控制率≤100%，计6分；每超过一个百分点扣1分，扣完为止。',
    6,
    6,
    '',
  ],
  [
    '过  程\n(40分)',
    '预算管理\n(15分)',
    '管理制度\n健全性',
    '①已制定或具有预算资金管理办法，内部财务管理制度、会计核算制度等管理制度，1分；②相关管理制度合法、合规、完整，1分；③相关管理制度得到有效执行，1分。',
    3,
    3,
    '',
  ],
  [
    '过  程\n(40分)',
    '预算管理\n(15分)',
    '资金使用\n合规性',
    '①支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定；②资金拨付有完整的审批程序和手续；③项目支出按规定用途使用。',
    6,
    6,
    '',
  ],
  ['过  程\n(40分)', '预算管理\n(15分)', '预决算信息\n公开性', '按规定内容、时限公开预决算信息，3分。', 3, 3, ''],
  [
    '过  程\n(40分)',
    '预算管理\n(15分)',
    '基础信息\n完善性',
    '基础数据信息和会计信息资料真实、完整、准确，3分。',
    3,
    3,
    '',
  ],
  ['过  程\n(40分)', '资产管理\n(10分)', '管理制度\n健全性 ', '已制定资产管理制度并有效执行，5分。', 5, 5, ''],
  [
    '过  程\n(40分)',
    '资产管理\n(10分)',
    '资产管理\n安全性',
    '资产保存完整、使用合规、配置合理、处置规范、收入及时足额上缴，5分。',
    5,
    5,
    '',
  ],
  ['产  出\n(25分)', '职责履行\n(25分)', '实际完成率', '实际完成工作数/计划工作数×10。', 10, 10, ''],
  ['产  出\n(25分)', '职责履行\n(25分)', '完成及时率', '及时完成工作数/实际完成工作数×10。', 10, 10, ''],
  ['产  出\n(25分)', '职责履行\n(25分)', '质量达标率', '质量达标工作数/实际完成工作数×5。', 5, 5, ''],
  ['效  果\n(20分)', '履职效益\n(20分)', '社会效益', '部门履行职责对社会发展产生的影响。', 10, 10, ''],
  [
    '效  果\n(20分)',
    '履职效益\n(20分)',
    '服务对象\n满意度',
    '社会公众或服务对象对部门履职效果的满意程度。',
    10,
    10,
    '',
  ],
];
const yyTable: TableSpec = {
  top: 4,
  left: 1,
  header: [['一级指标', '二级指标', '三级指标', '评分标准', '分值', '自评得分', '扣分原因和其他说明']],
  body: [...YY_LINES, ['合计', '', '', '', 100, 99, '']],
  levels: 2,
  merges: [[YY_LINES.length + 1, 0, YY_LINES.length + 1, 3]],
  widths: [10, 12, 14, 50, 6, 8, 24],
};
const yy = new TableGeometry(yyTable);

export const hunanYueyangAudit: FormSpec = {
  name: 'hunan-yueyang-audit-index',
  description:
    'Hunan 评分表 (参考样表): level names "投  入\\n(15分)" with spaces and line breaks, 三级 names broken over two lines, 资金结余 3 → 2 with 扣分原因 blank; 合计 100 / 99',
  source: `${YY_UNIT} 2018年部门整体支出绩效评价评分表, http://czj.yueyang.gov.cn/9689/24522/content_1562538.html`,
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(YY_SHEET);
    banner(ws, 1, 1, 7, '附件3-1');
    banner(ws, 2, 1, 7, `${YY_UNIT}2018年部门整体支出绩效评价评分表`, { bold: true, size: 14, align: 'center' });
    placeTable(ws, yyTable);
    return toBuffer(wb);
  },
  expect: {
    // 15 + 40 + 25 + 20 = 100; (15) 5+5+5; (15) 3+3+3+6; (15) 3+6+3+3; (10) 5+5; (25) 10+10+5; (20) 10+10;
    // 40 = 15 + 15 + 10. Scores: 100 − 1 (资金结余) = 99 = 合计 ok.
    tables: [{ sheet: YY_SHEET, form: 'index', total: { points: 100, score: 99 } }],
    total: { points: 100, score: 99 },
    indicators: YY_LINES.map((l, i): FormIndicator => ({
      table: 0,
      sheet: YY_SHEET,
      row: yyTable.top + 1 + i,
      name: l[2],
    })),
    findings: [
      warning(
        'deduction-without-reason',
        YY_SHEET,
        yy.find('资金结余', '扣分原因和其他说明'),
        null,
        null,
        '资金结余: 3 − 2 = 1 deducted, 扣分原因 blank',
      ),
    ],
    deductions: [{ sheet: YY_SHEET, cell: yy.find('资金结余', '自评得分') }],
    report: { docs: [{ title: [`${YY_UNIT}部门整体支出绩效自评表说明`] }], names: [YY_UNIT] },
  },
};

// ——— 23. 四川 德阳 铁路沿线环境: a 定性 line ("优良中低差" → "优"), actuals typed, every 得分 blank, 15 万元 of which 5 spent ———
//
// 德阳 部门预算项目支出绩效自评表 (https://dyrmt.com/article-133731-63.html): 时效指标 安全警示标志设置及时率 = 100 % → 100,
// 权重 5; 成本指标 安全隐患排查成本预算 = 6 万元, 警示标志设置成本预算 = 5 万元, 清理垃圾成本预算 = 4 万元 (each 权重 5);
// 社会效益指标 环境治理亮化美化率 ≥ 90 % → 93 and 安全隐患排查有效处置率 ≥ 90 % → 91 (权重 10); 可持续影响指标
// 铁路沿线环境及安全整治管理机制健全性 "定性" | "优良中低差" | → "优" (权重 10); 群众满意度 ≥ 95 % → 96 (权重 10); 得分 column
// blank throughout; 合计 100 with no score; 评价结论 "预算编制质量较高，完成预算目标，总体评价良好。". The 铁路沿线环境治理经费
// of the same county (https://dyrmt.com/article-150275-17.html) gives 预算数 15.00 万元, 决算数 5.00 万元; the lines above
// 时效指标 are cut off in the mirror and are typed in the same style (数量 15, 质量 15) so the 权重 make 90.

const RL_SHEET = '项目支出绩效自评表';
const RL_DEPT = '德阳市重点工程建设服务中心';
const rlForm: SichuanForm = {
  code: '510000_0013zp',
  title: '部门预算项目支出绩效自评表（2020年度）',
  project: '51060020R000000054321-铁路沿线环境治理经费',
  department: RL_DEPT,
  implementer: RL_DEPT,
  goals: ['着力改善铁路沿线环境，消除铁路沿线盲点死角、薄弱环节和安全隐患。', '完成铁路沿线环境整治及安全隐患排查。'],
  process: '开展铁路沿线环境整治、安全隐患排查和警示标志设置。',
  fundingCaption: '预算执行情况（10分）',
  funding: [
    { label: '总额', initial: 15, adjusted: 15, spent: 5, rate: '33.33%', weight: 10, score: '' },
    { label: '其中：财政资金', initial: 15, adjusted: 15, spent: 5, rate: '33.33%', weight: '/', score: '/' },
    { label: '其他资金', initial: '', adjusted: '', spent: '', rate: '', weight: '/', score: '/' },
  ],
  indicatorCaption: '绩效指标（90分）',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '铁路沿线环境整治里程',
      nature: '≥',
      value: 20,
      unit: '公里',
      actual: 21,
      weight: 15,
      score: '',
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '整治验收合格率',
      nature: '=',
      value: 100,
      unit: '%',
      actual: 100,
      weight: 15,
      score: '',
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '安全警示标志设置及时率',
      nature: '=',
      value: 100,
      unit: '%',
      actual: 100,
      weight: 5,
      score: '',
    },
    {
      l1: '产出指标',
      l2: '成本指标',
      l3: '安全隐患排查成本预算',
      nature: '=',
      value: 6,
      unit: '万元',
      actual: 6,
      weight: 5,
      score: '',
    },
    {
      l1: '产出指标',
      l2: '成本指标',
      l3: '警示标志设置成本预算',
      nature: '=',
      value: 5,
      unit: '万元',
      actual: 5,
      weight: 5,
      score: '',
    },
    {
      l1: '产出指标',
      l2: '成本指标',
      l3: '清理垃圾成本预算',
      nature: '=',
      value: 4,
      unit: '万元',
      actual: 4,
      weight: 5,
      score: '',
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '环境治理亮化美化率',
      nature: '≥',
      value: 90,
      unit: '%',
      actual: 93,
      weight: 10,
      score: '',
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '安全隐患排查有效处置率',
      nature: '≥',
      value: 90,
      unit: '%',
      actual: 91,
      weight: 10,
      score: '',
    },
    {
      l1: '效益指标',
      l2: '可持续影响指标',
      l3: '铁路沿线环境及安全整治管理机制健全性',
      nature: '定性',
      value: '优良中低差',
      unit: '',
      actual: '优',
      weight: 10,
      score: '',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '群众满意度',
      nature: '≥',
      value: 95,
      unit: '%',
      actual: 96,
      weight: 10,
      score: '',
    },
  ],
  total: [100, ''],
  closing: ['预算编制质量较高，完成预算目标，总体评价良好。', '', ''],
};
const rl = addresses((ws) => drawSichuan(ws, rlForm));

export const sichuanRailway: FormSpec = {
  name: 'sichuan-deyang-qualitative-blank-scores',
  description:
    'Sichuan 510000 form filled but for its 得分: 定性 "优良中低差" → "优", ≥90% → 93 / 91, ≥95% → 96, "=" cost lines met; 15.00 万元 of which 5.00 spent (33.33%); every 得分 and the 合计 score blank',
  source:
    '德阳 部门预算项目支出绩效自评表, https://dyrmt.com/article-133731-63.html; 铁路沿线环境治理经费 figures, https://dyrmt.com/article-150275-17.html',
  build: async () => {
    const wb = newWorkbook();
    drawSichuan(wb.addWorksheet(RL_SHEET), rlForm);
    return toBuffer(wb);
  },
  expect: {
    // 15 + 15 + 5 × 4 + 10 × 4 = 90 = the caption's 90; 10 + 90 = 100 = 合计 ok. 5 / 15 = 33.33% typed ok.
    tables: [{ sheet: RL_SHEET, form: 'project', total: { points: 100, score: null } }],
    total: { points: 100, score: null },
    indicators: leaves(rl.ind, RL_SHEET, 0),
    findings: [
      warning('missing-value', RL_SHEET, rl.funding['总额'].score, null, null, '总额 得分 blank'),
      ...blankScores(rl.ind, RL_SHEET),
    ],
    deductions: [],
    tolerated: [{ rule: 'missing-value', sheet: RL_SHEET, cell: rl.total.score, why: '合计 得分 blank' }],
    report: {
      docs: [{ title: ['铁路沿线环境治理经费', '项目支出绩效自评报告'] }],
      names: ['铁路沿线环境治理经费', RL_DEPT],
    },
  },
};

export const moreProvinceForms: FormSpec[] = [
  yunnanLijiang,
  hebeiLangfang,
  hubeiTargets,
  sichuanDeyang,
  hunanYueyangAudit,
  sichuanRailway,
];
