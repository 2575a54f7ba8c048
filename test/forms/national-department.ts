/**
 * The national 部门整体支出绩效自评表 with its funding block split by nature (年度资金总额 over 基本支出 /
 * 项目支出), 单位名称 / 主管部门 lines, 年度总体目标 and the indicator block, typed from:
 * - 临沧市政务服务管理局《2023年度部门整体支出绩效自评表》 as listed in its 2023 决算 (http://bongotimes.com/info/4561/1229214.html,
 *   a mirror of the 临沧市财政局 publication): 部门整体支出绩效自评表 beside 项目支出绩效自评表 in one file;
 * - the domain brief's national form (年度资金总额 / 基本支出 / 项目支出 with 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
 *   执行率 | 得分), the 项目 form's indicator block and 填表说明 (棠溪镇 2022, 中江县 2022 above).
 * Unit names are made up in the published style.
 */
import { newWorkbook, toBuffer } from '../fixtures/sheet-kit';
import { addresses, drawNational, type FundingLine, type NationalForm } from './form-kit';
import { error, info, leaves, warning } from './expect-kit';
import type { FormSpec } from './types';

export const DEPT_SHEET = '部门整体支出绩效自评表';
export const DEPT_TITLE = '部门整体支出绩效自评表';

/** 年度资金总额 over 基本支出 / 项目支出, the total alone scored. */
export function deptFunding(
  total: [number, number, number, number | string, number | string],
  basic: [number, number, number],
  project: [number, number, number],
): FundingLine[] {
  return [
    {
      label: '年度资金总额',
      initial: total[0],
      budget: total[1],
      spent: total[2],
      points: 10,
      rate: total[3],
      score: total[4],
    },
    { label: '基本支出', initial: basic[0], budget: basic[1], spent: basic[2], points: '', rate: '', score: '' },
    { label: '项目支出', initial: project[0], budget: project[1], spent: project[2], points: '', rate: '', score: '' },
  ];
}

// ——— 7. filled, no slip ————————————————————————————————————————————————————————————————————

const QP = '池州市贵池区秋浦街道办事处';
const cleanForm: NationalForm = {
  title: DEPT_TITLE,
  year: '（2024年度）',
  heads: [
    [['单位名称', QP]],
    [
      ['主管部门', '池州市贵池区人民政府'],
      ['单位编码', '219003'],
    ],
  ],
  fundingCaption: '部门资金（万元）',
  funding: deptFunding([1250.6, 1386.42, 1352.18, 0.9753, 9.75], [820.6, 856.3, 856.3], [430, 530.12, 495.88]),
  goals: [
    '围绕辖区城市管理、安全生产、信访维稳和民生服务等职能，全年开展城市管理巡查不少于300次、安全生产检查不少于6次，信访事项按期办结率不低于95%，11月底前完成年度民生实事。',
    '全年开展城市管理巡查326次、安全生产检查12次，违法建设查处率100%；信访事项按期办结率90%；民生实事于10月全部完成；辖区居民满意度95.6%。',
  ],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '城市管理巡查次数',
      target: '≥300次',
      actual: '326次',
      points: 10,
      score: 10,
    },
    { l1: '产出指标', l2: '数量指标', l3: '安全生产检查次数', target: '≥6次', actual: '12次', points: 10, score: 10 },
    { l1: '产出指标', l2: '质量指标', l3: '违法建设查处率', target: '100%', actual: '100%', points: 10, score: 10 },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '信访事项按期办结率',
      target: '≥95%',
      actual: '90%',
      points: 10,
      score: 9.47,
      reason: '个别信访事项涉及多部门协调，办理周期较长；下一步建立联席会商机制。',
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '民生实事完成时间',
      target: '11月底前',
      actual: '10月',
      points: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '督查问题整改销号',
      target: '3个月内',
      actual: '2个月内完成',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '辖区环境秩序',
      target: '明显改善',
      actual: '明显改善',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '可持续影响指标',
      l3: '网格化管理机制运行',
      target: '按时',
      actual: '按时',
      points: 10,
      score: 10,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '辖区居民满意度',
      target: '≥90%',
      actual: '95.6%',
      points: 10,
      score: 10,
    },
  ],
  total: [100, 99.22],
  signature: false,
  notes: true,
};
const clean = addresses((ws) => drawNational(ws, cleanForm));

export const nationalDepartmentClean: FormSpec = {
  name: 'national-department-clean',
  description:
    'national department form, filled: 1,352.18 of 1,386.42 = 97.53% scored 9.75, 基本支出 + 项目支出 add up in every column, one unmet target with its reason, deadlines 11月底前 / 3个月内 / 按时 met',
  source: '临沧市政务服务管理局 2023年度部门整体支出绩效自评表 (决算公开); 财政部 部门整体支出绩效自评表 layout',
  build: async () => {
    const wb = newWorkbook();
    drawNational(wb.addWorksheet(DEPT_SHEET), cleanForm);
    return toBuffer(wb);
  },
  expect: {
    // 10 × 9 = 90; 10 + 90 = 100; 9.75 + 89.47 = 99.22.
    tables: [{ sheet: DEPT_SHEET, form: 'department', total: { points: 100, score: 99.22 } }],
    total: { points: 100, score: 99.22 },
    indicators: leaves(clean.ind, DEPT_SHEET, 0),
    findings: [
      warning(
        'target-not-met',
        DEPT_SHEET,
        clean.ind['信访事项按期办结率'].actual,
        0.95,
        0.9,
        '90% < 95%; 90 / 95 × 10 = 9.4737 → 9.47 typed 9.47 ok',
      ),
      info('target-far-exceeded', DEPT_SHEET, clean.ind['安全生产检查次数'].actual, 6, 12, '12 / 6 = 2.0 ≥ 1.5'),
    ],
    deductions: [
      // 1,352.18 / 1,386.42 = 0.97530 → 97.53% typed ok; 10 × 0.97530 = 9.753 → 9.75 typed ok.
      { sheet: DEPT_SHEET, cell: clean.funding['年度资金总额'].score },
      { sheet: DEPT_SHEET, cell: clean.ind['信访事项按期办结率'].score },
    ],
    report: { docs: [{ title: [`${QP}部门整体支出绩效自评表说明`] }], names: [QP] },
  },
};

// ——— 8. slips: 基本支出 + 项目支出 ≠ 全年执行数; a deduction without its reason ————————————————————

const DZ = '东至县市场监督管理局';
const slipForm: NationalForm = {
  title: DEPT_TITLE,
  year: '（2024年度）',
  heads: [
    [['单位名称', DZ]],
    [
      ['主管部门', '东至县人民政府'],
      ['单位编码', '305001'],
    ],
  ],
  fundingCaption: '部门资金（万元）',
  funding: deptFunding([2000, 2100, 2050, '97.62%', 9.76], [1400, 1420, 1420], [600, 680, 620]),
  goals: [
    '完成食品安全抽检不少于1200批次，抽检不合格食品核查处置率100%，市场主体信用监管覆盖率不低于90%。',
    '完成食品安全抽检1260批次，不合格食品全部核查处置；信用监管覆盖率81%。',
  ],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '食品安全抽检批次',
      target: '≥1200批次',
      actual: '1260批次',
      points: 15,
      score: 15,
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '抽检不合格食品核查处置率',
      target: '100%',
      actual: '100%',
      points: 15,
      score: 15,
    },
    { l1: '产出指标', l2: '时效指标', l3: '投诉举报处理时限', target: '按时', actual: '按时', points: 10, score: 10 },
    {
      l1: '产出指标',
      l2: '成本指标',
      l3: '“三公”经费控制数',
      target: '≤12万元',
      actual: '10.8万元',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '较大食品安全事件发生数',
      target: '≤1起',
      actual: '0起',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '可持续影响指标',
      l3: '市场主体信用监管覆盖率',
      target: '≥90%',
      actual: '81%',
      points: 10,
      score: 9,
      reason: '',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '群众满意度',
      target: '≥85%',
      actual: '88%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 98.76],
  signature: false,
  notes: true,
};
const slip = addresses((ws) => drawNational(ws, slipForm));

export const nationalDepartmentSlips: FormSpec = {
  name: 'national-department-slips',
  description:
    'national department form: 全年执行数 2,050 where 基本支出 1,420 + 项目支出 620 = 2,040; 信用监管覆盖率 81% of ≥90% scored 9 with the reason column left empty',
  source: '财政部 部门整体支出绩效自评表 layout (临沧市 2023 决算公开); slips planted',
  build: async () => {
    const wb = newWorkbook();
    drawNational(wb.addWorksheet(DEPT_SHEET), slipForm);
    return toBuffer(wb);
  },
  expect: {
    // 15+15+10+10+10+10+20 = 90; 9.76 + 89 = 98.76 as typed.
    tables: [{ sheet: DEPT_SHEET, form: 'department', total: { points: 100, score: 98.76 } }],
    total: { points: 100, score: 98.76 },
    indicators: leaves(slip.ind, DEPT_SHEET, 0),
    findings: [
      error(
        'breakdown-mismatch',
        DEPT_SHEET,
        slip.funding['年度资金总额'].spent,
        2040,
        2050,
        '1,420 + 620 = 2,040 ≠ 2,050 (年初 1,400 + 600 = 2,000 ok; 全年预算 1,420 + 680 = 2,100 ok)',
      ),
      warning(
        'target-not-met',
        DEPT_SHEET,
        slip.ind['市场主体信用监管覆盖率'].actual,
        0.9,
        0.81,
        '81% < 90%; 81 / 90 × 10 = 9 typed 9 ok',
      ),
      warning(
        'deduction-without-reason',
        DEPT_SHEET,
        slip.ind['市场主体信用监管覆盖率'].reason,
        null,
        null,
        '1 point lost, 偏差原因 cell empty',
      ),
    ],
    deductions: [
      // 2,050 / 2,100 = 97.62% typed ok (the row's own figures); 10 × 0.9762 = 9.76 ok.
      { sheet: DEPT_SHEET, cell: slip.funding['年度资金总额'].score },
      { sheet: DEPT_SHEET, cell: slip.ind['市场主体信用监管覆盖率'].score },
    ],
    report: { docs: [{ title: [`${DZ}部门整体支出绩效自评表说明`] }], names: [DZ] },
  },
};

export const nationalDepartmentForms: FormSpec[] = [nationalDepartmentClean, nationalDepartmentSlips];
