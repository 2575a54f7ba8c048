/**
 * The Guizhou form: 资金情况 with 年初预算数（A）| 全年执行数（B）| 分值（10分）| 得分 | 得分计算方法, the method
 * "执行率*该指标分值,最高不得超过分值上限" merged down the lines, and sub-lines that repeat 分值 10 / 得分 10.
 * Typed from the layout described for 绥阳县 2021 in the domain brief (§2, §4: "最高不得超过分值上限") and the
 * 中江县 2022 form's columns 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 and its 填表说明
 * (https://chacewang.com/newsdetail/news242266.html). No Guizhou page was found in the search corpus; unit
 * names are made up in the published style.
 */
import { newWorkbook, toBuffer } from '../fixtures/sheet-kit';
import { addresses, drawGuizhou, type GuizhouForm } from './form-kit';
import { leaves, warning } from './expect-kit';
import type { FormSpec } from './types';

const METHOD = '执行率*该指标分值,最高不得超过分值上限';

// ——— 14. department form: 项目支出's own rate gives 8.75, the line repeats 10 → a warning ————————————————

const SHEET_D = '部门整体支出绩效自评表';
const ZR = '绥阳县自然资源局';
const deptForm: GuizhouForm = {
  title: '部门整体支出绩效自评表',
  year: '（2024年度）',
  heads: [
    [['单位名称', ZR]],
    [
      ['主管部门', '绥阳县人民政府'],
      ['联系人', '王某某'],
    ],
  ],
  funding: [
    { label: '年度资金总额', initial: 1000, spent: 950, points: 10, score: 9.5 },
    { label: '其中：基本支出', initial: 600, spent: 600, points: 10, score: 10 },
    { label: '项目支出', initial: 400, spent: 350, points: 10, score: 10 },
  ],
  method: METHOD,
  goals: [
    '全年办理不动产登记不少于8000件，登记差错率控制在1%以内，9月前完成年度土地变更调查。',
    '全年办理不动产登记8630件，差错率0.3%，7月完成土地变更调查，办事群众满意度97%。',
  ],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '不动产登记办件量',
      target: '≥8000件',
      actual: '8630件',
      points: 20,
      score: 20,
    },
    { l1: '产出指标', l2: '质量指标', l3: '登记差错率', target: '≤1%', actual: '0.3%', points: 15, score: 15 },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '土地变更调查完成时间',
      target: '9月前',
      actual: '7月',
      points: 15,
      score: 15,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '自然资源管理秩序',
      target: '有效规范',
      actual: '有效规范',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '办事群众满意度',
      target: '≥95%',
      actual: '97%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 99.5],
};
const gd = addresses((ws) => drawGuizhou(ws, deptForm));

export const guizhouSubLineWarning: FormSpec = {
  name: 'guizhou-department-sub-line',
  description:
    'Guizhou department form: 年度资金总额 950 of 1,000 by its method → 9.5; sub-lines 基本支出 / 项目支出 repeat 分值 10 / 得分 10 (not parts of the total); 项目支出 350 / 400 = 87.5% → 8.75 ≠ 10 (warning)',
  source:
    '绥阳县 2021 form (domain brief §2/§4); 中江县水利局 2022 绩效目标自评表, https://chacewang.com/newsdetail/news242266.html',
  build: async () => {
    const wb = newWorkbook();
    drawGuizhou(wb.addWorksheet(SHEET_D), deptForm);
    return toBuffer(wb);
  },
  expect: {
    // 20+15+15+20+20 = 90; 10 + 90 = 100 (the sub-lines' 10s are no part of it); 9.5 + 90 = 99.5.
    tables: [{ sheet: SHEET_D, form: 'department', total: { points: 100, score: 99.5 } }],
    total: { points: 100, score: 99.5 },
    indicators: leaves(gd.ind, SHEET_D, 0),
    findings: [
      warning(
        'score-mismatch',
        SHEET_D,
        gd.funding['项目支出'].score,
        8.75,
        10,
        '350 / 400 = 87.5% → 0.875 × 10 = 8.75, the line repeats 10',
      ),
    ],
    deductions: [
      // 950 / 1,000 = 95% → 0.95 × 10 = 9.5 typed 9.5 ok (基本支出 600 / 600 → 10 ok; 600 + 400 = 1,000, 600 + 350 = 950 ok).
      { sheet: SHEET_D, cell: gd.funding['年度资金总额'].score },
    ],
    report: { docs: [{ title: [`${ZR}部门整体支出绩效自评表说明`] }], names: [ZR] },
  },
};

// ——— 15. project form, everything spent: sub-lines repeat 10 and their own rates give 10 too ——————————————

const SHEET_P = '项目支出绩效自评表';
const NY = '绥阳县农业农村局';
const projectForm: GuizhouForm = {
  title: '项目支出绩效自评表',
  year: '（2024年度）',
  heads: [
    [['项目名称', '耕地地力保护补贴']],
    [
      ['主管部门', NY],
      ['实施单位', NY],
    ],
  ],
  funding: [
    { label: '年度资金总额', initial: 2436.8, spent: 2436.8, points: 10, score: 10 },
    { label: '其中：中央资金', initial: 1980, spent: 1980, points: 10, score: 10 },
    { label: '省级资金', initial: 456.8, spent: 456.8, points: 10, score: 10 },
  ],
  method: METHOD,
  goals: [
    '对全县52万亩耕地发放地力保护补贴，6月30日前兑付到户，补贴资金兑付准确率100%。',
    '全年对52.3万亩耕地发放补贴，2024年6月20日全部兑付到户，兑付准确率100%。',
  ],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '补贴发放面积',
      target: '≥52万亩',
      actual: '52.3万亩',
      points: 20,
      score: 20,
    },
    { l1: '产出指标', l2: '质量指标', l3: '补贴资金兑付准确率', target: '100%', actual: '100%', points: 20, score: 20 },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '补贴资金发放时间',
      target: '6月30日前',
      actual: '2024年6月20日',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '经济效益指标',
      l3: '种粮农民收入',
      target: '稳步增加',
      actual: '稳步增加',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '受益农户满意度',
      target: '≥95%',
      actual: '98%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 100],
  closing: ['项目自评得分100分，补贴资金按时足额兑付到户。', '无。', '继续做好补贴面积核实。'],
};
const gp = addresses((ws) => drawGuizhou(ws, projectForm));

export const guizhouProjectClean: FormSpec = {
  name: 'guizhou-project-clean',
  description:
    'Guizhou project form, all spent: 2,436.8 of 2,436.8 → 10 by the method column; sub-lines 中央资金 / 省级资金 repeat 10 with rates of 100%; deadline 6月30日前 met on 2024年6月20日',
  source: '绥阳县 2021 form (domain brief §2/§4); 中江县水利局 2022, https://chacewang.com/newsdetail/news242266.html',
  build: async () => {
    const wb = newWorkbook();
    drawGuizhou(wb.addWorksheet(SHEET_P), projectForm);
    return toBuffer(wb);
  },
  expect: {
    // 20+20+10+20+20 = 90; 10 + 90 = 100; 1,980 + 456.8 = 2,436.8 in both columns.
    tables: [{ sheet: SHEET_P, form: 'project', total: { points: 100, score: 100 } }],
    total: { points: 100, score: 100 },
    indicators: leaves(gp.ind, SHEET_P, 0),
    findings: [],
    deductions: [],
    report: { docs: [{ title: ['耕地地力保护补贴', '项目支出绩效自评报告'] }], names: ['耕地地力保护补贴', NY] },
  },
};

export const guizhouForms: FormSpec[] = [guizhouSubLineWarning, guizhouProjectClean];
