/**
 * Several forms in one workbook, as a department's file holds them: the 部门整体 form and one 项目支出 form
 * per sheet, or the two stacked on one sheet. Typed from 临沧市政务服务管理局's 2023 决算
 * (http://bongotimes.com/info/4561/1229214.html: 2023年度部门整体支出绩效自评表 followed by 2023年度项目支出绩效自评表)
 * and the national forms' layout (棠溪镇 2022, above). Unit and project names are made up.
 */
import { newWorkbook, toBuffer } from '../fixtures/sheet-kit';
import { addresses, drawNational, type NationalForm } from './form-kit';
import { leaves, warning } from './expect-kit';
import { DEPT_TITLE, deptFunding } from './national-department';
import type { FormSpec } from './types';

const projectFunding = (b: number, s: number, rate: number | string, score: number) => [
  { label: '年度资金总额', initial: b, budget: b, spent: s, points: 10, rate, score },
  { label: '其中：本年财政拨款', initial: b, budget: b, spent: s, points: '', rate: '', score: '' },
  { label: '上年结转资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
  { label: '其他资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
];

// ——— 9. one table per sheet: 部门整体 + two projects ————————————————————————————————————————————

const WL = '东至县文化旅游体育局';
const S_DEPT = '部门整体';
const S_P1 = '乡村文化振兴';
const S_P2 = '全民健身';

const deptForm: NationalForm = {
  title: DEPT_TITLE,
  year: '（2024年度）',
  heads: [
    [['单位名称', WL]],
    [
      ['主管部门', '东至县人民政府'],
      ['单位编码', '318001'],
    ],
  ],
  fundingCaption: '部门资金（万元）',
  funding: deptFunding([860, 900, 882, 0.98, 9.8], [520, 520, 520], [340, 380, 362]),
  goals: [
    '全年开展公共文化活动不少于120场，确保不发生文物安全事故，丰富群众文化生活。',
    '全年开展公共文化活动136场，未发生文物安全事故，群众满意度94%。',
  ],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '公共文化活动场次',
      target: '≥120场',
      actual: '136场',
      points: 30,
      score: 30,
    },
    { l1: '产出指标', l2: '质量指标', l3: '文物安全事故发生数', target: '0起', actual: '0起', points: 20, score: 20 },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '群众文化生活',
      target: '持续丰富',
      actual: '持续丰富',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '群众满意度',
      target: '≥90%',
      actual: '94%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 99.8],
  notes: true,
};

const p1Form: NationalForm = {
  title: '项目支出绩效自评表',
  year: '（2024年度）',
  heads: [
    [['项目名称', '乡村文化振兴示范村建设']],
    [
      ['主管部门', WL],
      ['实施单位', WL],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: projectFunding(100, 100, 1, 10),
  goals: ['年底前建成乡村文化振兴示范村5个。', '11月建成示范村5个并通过验收。'],
  caption: '绩效指标',
  indicators: [
    { l1: '产出指标', l2: '数量指标', l3: '建成示范村数量', target: '≥5个', actual: '5个', points: 30, score: 30 },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '示范村建设完成时间',
      target: '年底前',
      actual: '11月',
      points: 20,
      score: 20,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '村民文化活动参与度',
      target: '显著提升',
      actual: '显著提升',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '村民满意度',
      target: '≥90%',
      actual: '92%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 100],
  signature: true,
};

const p2Form: NationalForm = {
  title: '项目支出绩效自评表',
  year: '（2024年度）',
  heads: [
    [['项目名称', '全民健身设施维护']],
    [
      ['主管部门', WL],
      ['实施单位', '东至县体育中心'],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: projectFunding(30, 27, '90.00%', 9),
  goals: ['维护全民健身路径不少于40处，设施完好率不低于95%。', '维护全民健身路径42处，设施完好率91.2%。'],
  caption: '绩效指标',
  indicators: [
    { l1: '产出指标', l2: '数量指标', l3: '维护健身路径数量', target: '≥40处', actual: '42处', points: 30, score: 30 },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '健身设施完好率',
      target: '≥95%',
      actual: '91.2%',
      points: 20,
      score: 19.2,
      reason: '部分器材老化待更换，已列入下年度更新计划。',
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '群众健身条件',
      target: '有效改善',
      actual: '有效改善',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '群众满意度',
      target: '≥90%',
      actual: '93%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 98.2],
  signature: true,
};

const d9 = addresses((ws) => drawNational(ws, deptForm));
const p1 = addresses((ws) => drawNational(ws, p1Form));
const p2 = addresses((ws) => drawNational(ws, p2Form));

export const multiSheet: FormSpec = {
  name: 'multi-sheet-department-and-projects',
  description:
    'one workbook, three sheets: the 部门整体 form and two 项目支出 forms, each checked on its own; top-level total is the department’s',
  source: '临沧市政务服务管理局 2023 决算公开 (部门整体 + 项目支出 自评表); national layouts',
  build: async () => {
    const wb = newWorkbook();
    drawNational(wb.addWorksheet(S_DEPT), deptForm);
    drawNational(wb.addWorksheet(S_P1), p1Form);
    drawNational(wb.addWorksheet(S_P2), p2Form);
    return toBuffer(wb);
  },
  expect: {
    tables: [
      { sheet: S_DEPT, form: 'department', total: { points: 100, score: 99.8 } }, // 882 / 900 = 98% → 9.8; 9.8 + 90
      { sheet: S_P1, form: 'project', total: { points: 100, score: 100 } }, // 100 / 100 → 10; 10 + 90
      { sheet: S_P2, form: 'project', total: { points: 100, score: 98.2 } }, // 27 / 30 = 90% → 9; 9 + 89.2
    ],
    total: { points: 100, score: 99.8 },
    indicators: [...leaves(d9.ind, S_DEPT, 0), ...leaves(p1.ind, S_P1, 1), ...leaves(p2.ind, S_P2, 2)],
    findings: [
      warning(
        'target-not-met',
        S_P2,
        p2.ind['健身设施完好率'].actual,
        0.95,
        0.912,
        '91.2% < 95%; 91.2 / 95 × 20 = 19.2 typed 19.2 ok',
      ),
    ],
    deductions: [
      { sheet: S_DEPT, cell: d9.funding['年度资金总额'].score }, // 9.8 of 10
      { sheet: S_P2, cell: p2.funding['年度资金总额'].score }, // 9 of 10
      { sheet: S_P2, cell: p2.ind['健身设施完好率'].score }, // 19.2 of 20
    ],
    report: {
      docs: [
        { title: [`${WL}部门整体支出绩效自评表说明`] },
        { title: ['乡村文化振兴示范村建设', '项目支出绩效自评报告'] },
        { title: ['全民健身设施维护', '项目支出绩效自评报告'] },
      ],
      names: [WL, '乡村文化振兴示范村建设', '全民健身设施维护'],
    },
  },
};

// ——— 10. stacked on one sheet: the department form, then a project form below it —————————————————

const GX = '池州市贵池区供销合作社联合社';
const S_STACK = '绩效自评表';
const stackDept: NationalForm = {
  title: DEPT_TITLE,
  year: '（2024年度）',
  heads: [
    [['单位名称', GX]],
    [
      ['主管部门', '池州市贵池区人民政府'],
      ['单位编码', '226001'],
    ],
  ],
  fundingCaption: '部门资金（万元）',
  funding: deptFunding([300, 320, 316.8, '99.00%', 9.9], [210, 210, 210], [90, 110, 106.8]),
  goals: [
    '新建农村综合服务社不少于10个，年底前完成年度重点任务，农产品销售额增长不低于5%。',
    '新建农村综合服务社10个，重点任务于12月20日全部完成，农产品销售额增长6.2%。',
  ],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '新建农村综合服务社',
      target: '≥10个',
      actual: '10个',
      points: 30,
      score: 30,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '年度重点任务完成时间',
      target: '年底前',
      actual: '12月20日',
      points: 20,
      score: 20,
    },
    {
      l1: '效益指标',
      l2: '经济效益指标',
      l3: '农产品销售额增长率',
      target: '≥5%',
      actual: '6.2%',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '社员满意度',
      target: '≥90%',
      actual: '91%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 99.9],
};
const stackProject: NationalForm = {
  title: '项目支出绩效自评表',
  year: '（2024年度）',
  heads: [
    [['项目名称', '农产品流通网点建设']],
    [
      ['主管部门', GX],
      ['实施单位', GX],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: projectFunding(50, 50, 1, 10),
  goals: ['建设农产品流通网点不少于8个，网点验收合格率100%。', '建成农产品流通网点8个，全部通过验收。'],
  caption: '绩效指标',
  indicators: [
    { l1: '产出指标', l2: '数量指标', l3: '建设流通网点数量', target: '≥8个', actual: '8个', points: 30, score: 30 },
    { l1: '产出指标', l2: '质量指标', l3: '网点验收合格率', target: '100%', actual: '100%', points: 20, score: 20 },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '农产品上行渠道',
      target: '有效拓宽',
      actual: '有效拓宽',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '经营户满意度',
      target: '≥90%',
      actual: '88%',
      points: 20,
      score: 19.56,
      reason: '部分网点开业时间短，经营户反映配套物流不足；下一步完善冷链物流配套。',
    },
  ],
  total: [100, 99.56],
  signature: true,
};
const PROJECT_TOP = 30; // the department form ends on row 21; a few blank rows, then the project form
const sd = addresses((ws) => drawNational(ws, stackDept));
const sp = addresses((ws) => drawNational(ws, stackProject, PROJECT_TOP));

export const stackedOneSheet: FormSpec = {
  name: 'stacked-department-and-project',
  description:
    'one sheet: the 部门整体 form, blank rows, then a 项目支出 form below it; each its own table, total and report',
  source: '临沧市政务服务管理局 2023 决算公开 (both forms in one document, one after the other); national layouts',
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(S_STACK);
    const dept = drawNational(ws, stackDept);
    if (dept.lastRow >= PROJECT_TOP - 2) throw new Error(`department form runs to row ${dept.lastRow}`);
    drawNational(ws, stackProject, PROJECT_TOP);
    return toBuffer(wb);
  },
  expect: {
    tables: [
      { sheet: S_STACK, form: 'department', total: { points: 100, score: 99.9 } }, // 316.8 / 320 = 99% → 9.9; 9.9 + 90
      { sheet: S_STACK, form: 'project', total: { points: 100, score: 99.56 } }, // 50 / 50 → 10; 10 + 89.56
    ],
    total: { points: 100, score: 99.9 },
    indicators: [...leaves(sd.ind, S_STACK, 0), ...leaves(sp.ind, S_STACK, 1)],
    findings: [
      warning(
        'target-not-met',
        S_STACK,
        sp.ind['经营户满意度'].actual,
        0.9,
        0.88,
        '88% < 90%; 88 / 90 × 20 = 19.556 → 19.56 typed ok',
      ),
    ],
    deductions: [
      { sheet: S_STACK, cell: sd.funding['年度资金总额'].score }, // 9.9 of 10
      { sheet: S_STACK, cell: sp.ind['经营户满意度'].score }, // 19.56 of 20
    ],
    report: {
      docs: [{ title: [`${GX}部门整体支出绩效自评表说明`] }, { title: ['农产品流通网点建设', '项目支出绩效自评报告'] }],
      names: [GX, '农产品流通网点建设'],
    },
  },
};

export const multiTableForms: FormSpec[] = [multiSheet, stackedOneSheet];
