/**
 * The national 项目支出绩效自评表 (财政部 template and the county copies of it), typed from:
 * - 池州市贵池区棠溪镇人民政府《项目支出绩效自评表（2022年度）》委托业务项目 (published attachment, mirrored at
 *   http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2): the funding block with
 *   年度资金总额： 0 / 0 / 0, 分值 10, 执行率 0, 得分 0 over 其中：本年财政拨款 90 / 89.974 / 89.974; 年度总体目标
 *   预期目标 | 实际完成情况; "绩效指标" before 一级指标; 产出指标(50分) / 效益指标(30分) / 满意度指标(10分); targets
 *   "≥50个", "≥100百分比", "≤90万元", "效果明显" against "达成预期指标"; an empty 经济效益指标 line;
 * - 中江县水利局《绩效目标自评表（2022年度）》(https://chacewang.com/newsdetail/news242266.html): 产出指标(70分),
 *   "总分 100 100", the 填表说明 on 正向 / 反向 scoring and "得分最高不能超过该指标分值上限";
 * - the 510000 form's closing lines (https://www.scqs.gov.cn/info/13206/211004.htm): 评价结论 / 存在问题 / 改进措施
 *   with their "(200字以内)" prompts and 项目负责人： / 财务负责人：.
 * Names of units other than 棠溪镇's are made up in the same style; figures are typed as people type them.
 */
import { newWorkbook, toBuffer } from '../fixtures/sheet-kit';
import { addresses, CLOSING_PROMPTS, drawNational, type NationalForm } from './form-kit';
import { blankScores, error, info, leaves, warning } from './expect-kit';
import type { FormSpec } from './types';

const SHEET = '项目支出绩效自评表';

function build(form: NationalForm): () => Promise<Buffer> {
  return async () => {
    const wb = newWorkbook();
    drawNational(wb.addWorksheet(SHEET), form);
    return toBuffer(wb);
  };
}

const TITLE = '项目支出绩效自评表';

// ——— 1. filled, no slip; caption "绩效指标" down the body lines only ———————————————————————————————

const cleanForm: NationalForm = {
  title: TITLE,
  year: '（2024年度）',
  heads: [
    [['项目名称', '社区居家养老服务补贴']],
    [
      ['主管部门', '池州市贵池区民政局'],
      ['实施单位', '池州市贵池区秋浦街道办事处'],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: [
    { label: '年度资金总额', initial: 50, budget: 50, spent: 49.5, points: 10, rate: 0.99, score: 9.9 },
    { label: '其中：本年财政拨款', initial: 50, budget: 50, spent: 49.5, points: '', rate: '', score: '' },
    { label: '上年结转资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
    { label: '其他资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
  ],
  goals: [
    '为辖区80周岁以上高龄、失能及低保老年人提供居家养老上门服务，全年服务老年人不少于300人，每户上门探访不少于6次，提升老年人生活质量。',
    '全年为326名老年人提供居家养老上门服务，每户平均上门探访12次，补贴于7月前全部发放到位，服务对象满意度96%。',
  ],
  caption: '绩效指标',
  indicators: [
    { l1: '产出指标', l2: '数量指标', l3: '服务老年人数', target: '≥300人', actual: '326人', points: 15, score: 15 },
    { l1: '产出指标', l2: '数量指标', l3: '上门探访次数', target: '≥6次', actual: '12次', points: 10, score: 10 },
    { l1: '产出指标', l2: '质量指标', l3: '服务质量投诉率', target: '≤5%', actual: '3%', points: 10, score: 10 },
    { l1: '产出指标', l2: '时效指标', l3: '补贴发放时间', target: '9月前', actual: '7月', points: 10, score: 10 },
    { l1: '产出指标', l2: '成本指标', l3: '人均补贴标准', target: '≤1500元', actual: '1500元', points: 5, score: 5 },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '老年人生活质量',
      target: '有效提升',
      actual: '有效提升',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '服务对象满意度',
      target: '≥90%',
      actual: '96%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 99.9],
  closing: [
    '项目自评得分99.9分。全年为326名高龄、失能老年人提供居家养老上门服务，老年人生活质量有效提升。',
    '预算执行率99%，年末结余0.5万元。',
    '进一步做实服务对象摸底，提高预算编制精准度。',
  ],
  signature: true,
  notes: true,
};
const clean = addresses((ws) => drawNational(ws, cleanForm));

export const nationalProjectClean: FormSpec = {
  name: 'national-project-clean',
  description:
    'national project form, filled, no slip: funding 49.5 of 50 scored 9.9, deadline 9月前 met in 7月, ≥6次 against 12次, ≤5% against 3%, caption 绩效指标 on the body lines',
  source: '池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度） layout; 中江县 填表说明',
  build: build(cleanForm),
  expect: {
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: 99.9 } }], // 10 + 90 = 100; 9.9 + 90 = 99.9
    total: { points: 100, score: 99.9 },
    indicators: leaves(clean.ind, SHEET, 0),
    findings: [
      // 12 ≥ 1.5 × 6 = 9: the target looks set too low (a note, not a warning).
      info('target-far-exceeded', SHEET, clean.ind['上门探访次数'].actual, 6, 12, '12 / 6 = 2.0 ≥ 1.5'),
    ],
    deductions: [
      // 49.5 / 50 = 99% → 10 × 0.99 = 9.9 typed 9.9: right, and a 0.1 deduction to explain.
      { sheet: SHEET, cell: clean.funding['年度资金总额'].score },
    ],
    report: {
      docs: [{ title: ['社区居家养老服务补贴', '项目支出绩效自评报告'] }],
      names: ['社区居家养老服务补贴', '池州市贵池区秋浦街道办事处'],
    },
  },
};

// ——— 2. caption "绩 效 指 标" merged over the header too; 一级 names with points; deadlines; one unmet % ———

const deadlineForm: NationalForm = {
  title: TITLE,
  year: '（2024年度）',
  heads: [
    [['项目名称', '农村人居环境整治']],
    [
      ['主管部门', '东至县农业农村局'],
      ['实施单位', '东至县农村能源站'],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: [
    { label: '年度资金总额', initial: 120, budget: 150, spent: 150, points: 10, rate: '100%', score: 10 },
    { label: '其中：本年财政拨款', initial: 100, budget: 130, spent: 130, points: '—', rate: '100%', score: '—' },
    { label: '上年结转资金', initial: 20, budget: 20, spent: 20, points: '—', rate: '100%', score: '—' },
    { label: '其他资金', initial: '', budget: '', spent: '', points: '—', rate: '', score: '—' },
  ],
  goals: [
    '完成800户农村户厕改造，户厕改造验收合格率100%，6月30日前开工、11月底前完工，农村人居环境明显改善。',
    '完成812户农村户厕改造并全部通过验收，6月20日开工、10月完工；部分设备采购流标，政府采购执行率72.74%。',
  ],
  caption: '绩 效 指 标',
  captionOverHeader: true,
  indicators: [
    {
      l1: '产出指标(50分)',
      l2: '数量指标',
      l3: '改造农村户厕数量',
      target: '≥800户',
      actual: '812户',
      points: 10,
      score: 10,
    },
    {
      l1: '产出指标(50分)',
      l2: '质量指标',
      l3: '户厕改造验收合格率',
      target: '100%',
      actual: '100%',
      points: 10,
      score: 10,
    },
    {
      l1: '产出指标(50分)',
      l2: '质量指标',
      l3: '政府采购执行率',
      target: '100%',
      actual: '72.74%',
      points: 10,
      score: 7.27,
      reason: '部分设备采购因供应商资质问题流标，转入下年度采购；下一步提前开展采购需求调查。',
    },
    {
      l1: '产出指标(50分)',
      l2: '时效指标',
      l3: '项目开工时间',
      target: '6月30日前',
      actual: '2024年6月20日',
      points: 5,
      score: 5,
    },
    {
      l1: '产出指标(50分)',
      l2: '时效指标',
      l3: '项目完工时间',
      target: '11月底前',
      actual: '10月',
      points: 5,
      score: 5,
    },
    {
      l1: '产出指标(50分)',
      l2: '成本指标',
      l3: '户均改造成本',
      target: '≤3000元',
      actual: '2860元',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标(30分)',
      l2: '社会效益指标',
      l3: '农村人居环境',
      target: '明显改善',
      actual: '明显改善',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标(30分)',
      l2: '生态效益指标',
      l3: '农村生活污水乱排现象',
      target: '有效减少',
      actual: '有效减少',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标(30分)',
      l2: '可持续影响指标',
      l3: '长效管护机制建立',
      target: '年底前',
      actual: '已完成',
      points: 10,
      score: 10,
    },
    {
      l1: '满意度指标(10分)',
      l2: '服务对象满意度指标',
      l3: '农户满意度',
      target: '≥90%',
      actual: '93.5%',
      points: 10,
      score: 10,
    },
  ],
  total: [100, 97.27],
  closing: CLOSING_PROMPTS,
  signature: true,
  notes: true,
};
const deadline = addresses((ws) => drawNational(ws, deadlineForm));

export const nationalProjectDeadlines: FormSpec = {
  name: 'national-project-deadlines',
  description:
    'national project form: caption "绩 效 指 标" merged over the header line, 产出指标(50分) names, deadlines 6月30日前 / 11月底前 / 年底前 all met early, 100% vs 72.74% scored 7.27 with its reason',
  source: '中江县水利局 绩效目标自评表（2022年度） (一级 names with points); 池州市贵池区棠溪镇 项目支出绩效自评表',
  build: build(deadlineForm),
  expect: {
    // 50 + 30 + 10 = 90 under the captions; 10 + 90 = 100; 10 + 87.27 = 97.27.
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: 97.27 } }],
    total: { points: 100, score: 97.27 },
    indicators: leaves(deadline.ind, SHEET, 0),
    findings: [
      warning(
        'target-not-met',
        SHEET,
        deadline.ind['政府采购执行率'].actual,
        1,
        0.7274,
        '72.74% < 100%; 0.7274 × 10 = 7.274 → 7.27 typed 7.27 ok',
      ),
    ],
    deductions: [{ sheet: SHEET, cell: deadline.ind['政府采购执行率'].score }],
    report: {
      docs: [{ title: ['农村人居环境整治', '项目支出绩效自评报告'] }],
      names: ['农村人居环境整治', '东至县农村能源站'],
    },
  },
};

// ——— 3. 棠溪镇's own slip: 年度资金总额 0 / 0 / 0 over 本年财政拨款 90 / 89.974 / 89.974 ————————————————

const TX_UNIT = '219001-池州市贵池区棠溪镇人民政府';
const tangxiForm: NationalForm = {
  title: TITLE,
  year: '（2022年度）',
  heads: [
    [['项目名称', '委托业务项目']],
    [
      ['主管部门', '219-池州市贵池区棠溪镇人民政府'],
      ['实施单位', TX_UNIT],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: [
    { label: '年度资金总额：', initial: 0, budget: 0, spent: 0, points: 10, rate: 0, score: 0 },
    { label: '其中：本年财政拨款', initial: 90, budget: 89.974, spent: 89.974, points: '', rate: '', score: '' },
    { label: '上年结转资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
    { label: '其他资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
  ],
  goals: [
    '本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；30万元用于基建工程项目设计、规划、测绘。',
    '本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。',
  ],
  caption: '绩效指标',
  captionOverHeader: true,
  indicators: [
    {
      l1: '产出指标(50分)',
      l2: '数量指标',
      l3: '基建工程委托业务项目数量',
      target: '≥50个',
      actual: 50,
      points: 8,
      score: 8,
    },
    {
      l1: '产出指标(50分)',
      l2: '质量指标',
      l3: '委托业务报告合格率',
      target: '≥100百分比',
      actual: 100,
      points: 8,
      score: 8,
    },
    {
      l1: '产出指标(50分)',
      l2: '质量指标',
      l3: '经费支出合规性',
      target: '严格执行相关制度规定',
      actual: '达成预期指标',
      points: 8,
      score: 8,
    },
    {
      l1: '产出指标(50分)',
      l2: '时效指标',
      l3: '提交报告及时性',
      target: '在项目计划完成时间内完成',
      actual: '达成预期指标',
      points: 8,
      score: 8,
    },
    { l1: '产出指标(50分)', l2: '成本指标', l3: '项目总成本', target: '≤90万元', actual: 90, points: 8, score: 8 },
    {
      l1: '产出指标(50分)',
      l2: '成本指标',
      l3: '单项业务成本',
      target: '符合相关规定',
      actual: '达成预期指标',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标(30分)',
      l2: '社会效益指标',
      l3: '对维护基建市场公平的影响程度',
      target: '效果明显',
      actual: '达成预期指标',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标(30分)',
      l2: '生态效益指标',
      l3: '对控制基建项目成本影响程度',
      target: '效果明显',
      actual: '达成预期指标',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标(30分)',
      l2: '可持续影响指标',
      l3: '对推动基建项目“四项制度”健全和落实的持续性影响',
      target: '效果明显',
      actual: '达成预期指标',
      points: 10,
      score: 10,
    },
    {
      l1: '满意度指标(10分)',
      l2: '满意度指标',
      l3: '公众满意度',
      target: '≥90%',
      actual: '95%',
      points: 10,
      score: 10,
    },
  ],
  total: [100, 90],
  closing: CLOSING_PROMPTS,
  signature: true,
};
const tangxi = addresses((ws) => drawNational(ws, tangxiForm));
const TX_TOTAL = tangxi.funding['年度资金总额：'];

export const nationalProjectZeroTotal: FormSpec = {
  name: 'national-project-zero-total',
  description:
    '棠溪镇 2022 委托业务项目 as published: 年度资金总额 0 / 0 / 0 with 执行率 0 and 得分 0 of 10 over 本年财政拨款 90 / 89.974 / 89.974; qualitative targets answered "达成预期指标"',
  source:
    '池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度）委托业务项目, http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2',
  build: build(tangxiForm),
  expect: {
    // 8×5 + 10 = 50, 30, 10 → 90; 10 + 90 = 100 points; 0 + 90 = 90 score, as typed.
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: 90 } }],
    total: { points: 100, score: 90 },
    indicators: leaves(tangxi.ind, SHEET, 0),
    findings: [
      error(
        'breakdown-mismatch',
        SHEET,
        TX_TOTAL.initial,
        90,
        0,
        '年初预算数: 0 ≠ 本年财政拨款 90 (+ 结转, 其他 empty) = 90',
      ),
      error('breakdown-mismatch', SHEET, TX_TOTAL.budget, 89.974, 0, '全年预算数: 0 ≠ 89.974'),
      error('breakdown-mismatch', SHEET, TX_TOTAL.spent, 89.974, 0, '全年执行数: 0 ≠ 89.974'),
      // The figures (the parts, the total being 0 by mistake) give 89.974 / 89.974 = 100% (or / 90 = 99.97%) → 10 × 1 = 10 (9.997 → 10.00).
      error('score-mismatch', SHEET, TX_TOTAL.score, 10, 0, '89.974 / 89.974 = 100% → 10 × 1.00 = 10, typed 0'),
    ],
    deductions: [{ sheet: SHEET, cell: TX_TOTAL.score }], // 0 of 10
    tolerated: [
      {
        rule: 'ratio-mismatch',
        sheet: SHEET,
        cell: TX_TOTAL.rate,
        why: 'the row itself gives 0 ÷ 0 (no rate); the parts give 100%: calling the typed 0 wrong is fair, not calling it is too',
      },
    ],
    report: { docs: [{ title: ['委托业务项目', '项目支出绩效自评报告'] }], names: ['委托业务项目', '棠溪镇人民政府'] },
  },
};

// ——— 4. slips: a typed 执行率 off the figures, an unmet target scored full, a 总分 not 10 + 90 ———————————

const slipsForm: NationalForm = {
  title: TITLE,
  year: '（2024年度）',
  heads: [
    [['项目名称', '城区道路照明设施维护']],
    [
      ['主管部门', '池州市贵池区城市管理局'],
      ['实施单位', '池州市贵池区路灯管理所'],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: [
    { label: '年度资金总额', initial: 50, budget: 50, spent: 48, points: 10, rate: 0.95, score: 9.6 },
    { label: '其中：本年财政拨款', initial: 50, budget: 50, spent: 48, points: '', rate: '', score: '' },
    { label: '上年结转资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
    { label: '其他资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
  ],
  goals: [
    '维修城区路灯不少于2000盏，路灯亮灯率不低于98%，全年开展夜间巡查不少于6次。',
    '全年维修路灯2150盏，亮灯率99.2%，开展夜间巡查5次。',
  ],
  caption: '绩效指标',
  indicators: [
    { l1: '产出指标', l2: '数量指标', l3: '路灯维修数量', target: '≥2000盏', actual: '2150盏', points: 15, score: 15 },
    { l1: '产出指标', l2: '数量指标', l3: '夜间巡查次数', target: '≥6次', actual: '5次', points: 10, score: 10 },
    { l1: '产出指标', l2: '质量指标', l3: '路灯亮灯率', target: '≥98%', actual: '99.2%', points: 10, score: 10 },
    { l1: '产出指标', l2: '时效指标', l3: '故障修复时限', target: '24小时内', actual: '24小时内', points: 5, score: 5 },
    { l1: '产出指标', l2: '成本指标', l3: '单盏维修成本', target: '≤200元', actual: '185元', points: 10, score: 10 },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '夜间出行安全',
      target: '有效提升',
      actual: '有效提升',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '市民满意度',
      target: '≥90%',
      actual: '92%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 96.9],
  closing: ['项目自评得分96.9分。', '夜间巡查次数未达到年初目标。', '加强巡查计划管理。'],
  signature: true,
  notes: true,
};
const slips = addresses((ws) => drawNational(ws, slipsForm));

export const nationalProjectSlips: FormSpec = {
  name: 'national-project-slips',
  description:
    'national project form with three slips: 执行率 typed 95% where 48 / 50 = 96%, ≥6次 against 5次 scored full, 总分 96.9 where 9.6 + 90 = 99.6',
  source: '池州市贵池区棠溪镇人民政府 项目支出绩效自评表 layout; slips planted',
  build: build(slipsForm),
  expect: {
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: 96.9 } }], // the stated 总分
    total: { points: 100, score: 96.9 },
    indicators: leaves(slips.ind, SHEET, 0),
    findings: [
      error('ratio-mismatch', SHEET, slips.funding['年度资金总额'].rate, 0.96, 0.95, '48 / 50 = 96.00%, typed 95.00%'),
      error(
        'score-mismatch',
        SHEET,
        slips.ind['夜间巡查次数'].score,
        8.33,
        10,
        '正向: 5 / 6 × 10 = 8.333 → 8.33, typed 10',
      ),
      warning('target-not-met', SHEET, slips.ind['夜间巡查次数'].actual, 6, 5, '5次 < ≥6次'),
      error(
        'sum-mismatch',
        SHEET,
        slips.total.score,
        99.6,
        96.9,
        '9.6 + (15+10+10+5+10+20+20 = 90) = 99.6, typed 96.9',
      ),
    ],
    deductions: [{ sheet: SHEET, cell: slips.funding['年度资金总额'].score }], // 9.6 of 10: 48 / 50 = 96% → 9.6 ok
    report: {
      docs: [{ title: ['城区道路照明设施维护', '项目支出绩效自评报告'] }],
      names: ['城区道路照明设施维护', '池州市贵池区路灯管理所'],
    },
  },
};

// ——— 5. a blank funding score and a score above its 分值 —————————————————————————————————————————

const missingForm: NationalForm = {
  title: TITLE,
  year: '（2024年度）',
  heads: [
    [['项目名称', '中小学校园安保服务']],
    [
      ['主管部门', '池州市贵池区教育体育局'],
      ['实施单位', '池州市贵池区教育体育局'],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: [
    { label: '年度资金总额', initial: 80, budget: 80, spent: 80, points: 10, rate: 1, score: '' },
    { label: '其中：本年财政拨款', initial: 60, budget: 60, spent: 60, points: '', rate: '', score: '' },
    { label: '上年结转资金', initial: 20, budget: 20, spent: 20, points: '', rate: '', score: '' },
    { label: '其他资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
  ],
  goals: [
    '为全区中小学配备专职保安不少于120人，校园安全事故发生率控制在1%以内。',
    '全区中小学配备专职保安120人，全年未发生校园安全事故。',
  ],
  caption: '绩效指标(90分)',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '配备专职保安人数',
      target: '≥120人',
      actual: '120人',
      points: 20,
      score: 20,
    },
    { l1: '产出指标', l2: '质量指标', l3: '校园安全事故发生率', target: '≤1%', actual: '0%', points: 10, score: 10 },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '保安服务合同签订时间',
      target: '3个月内',
      actual: '2个月',
      points: 10,
      score: 10,
    },
    { l1: '产出指标', l2: '成本指标', l3: '人均服务费', target: '≤6000元', actual: '5800元', points: 10, score: 12 },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '校园安全保障水平',
      target: '有效提升',
      actual: '有效提升',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '师生家长满意度',
      target: '≥95%',
      actual: '97%',
      points: 20,
      score: 20,
    },
  ],
  total: [100, 92],
  closing: CLOSING_PROMPTS,
  signature: true,
};
const missing = addresses((ws) => drawNational(ws, missingForm));

export const nationalProjectMissingScore: FormSpec = {
  name: 'national-project-missing-score',
  description:
    'national project form: 年度资金总额 得分 left blank, 人均服务费 scored 12 of 10, 3个月内 met in 2个月, ≤1% against 0%, caption 绩效指标(90分) whose rows add up',
  source: '池州市贵池区棠溪镇人民政府 项目支出绩效自评表 layout; slips planted',
  build: build(missingForm),
  expect: {
    // 20+10+10+10+20+20 = 90 = the caption's 90 ok. 总分 100 = 10 + 90; the stated score 92 = the indicators' 92 (funding blank).
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: 92 } }],
    total: { points: 100, score: 92 },
    indicators: leaves(missing.ind, SHEET, 0),
    findings: [
      warning(
        'missing-value',
        SHEET,
        missing.funding['年度资金总额'].score,
        null,
        null,
        '年度资金总额 得分 blank (80 / 80 = 100% would give 10)',
      ),
      error('score-out-of-range', SHEET, missing.ind['人均服务费'].score, 10, 12, '12 > 分值 10'),
    ],
    deductions: [],
    tolerated: [
      {
        rule: 'score-mismatch',
        sheet: SHEET,
        cell: missing.ind['人均服务费'].score,
        why: '反向 6000 / 5800 × 10 capped = 10 ≠ 12: the same slip seen by the rule',
      },
      {
        rule: 'sum-mismatch',
        sheet: SHEET,
        cell: missing.total.score,
        why: 'the 总分 over a blank part: 92 = the indicators alone; may be left to the missing-value',
      },
    ],
    report: {
      docs: [{ title: ['中小学校园安保服务', '项目支出绩效自评报告'] }],
      names: ['中小学校园安保服务', '池州市贵池区教育体育局'],
    },
  },
};

// ——— 6. published unfilled: targets and points only ———————————————————————————————————————————

const unfilledForm: NationalForm = {
  title: TITLE,
  year: '（2024年度）',
  heads: [
    [['项目名称', '基层农技推广体系改革与建设补助']],
    [
      ['主管部门', '东至县农业农村局'],
      ['实施单位', '东至县农业技术推广中心'],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: [
    { label: '年度资金总额', initial: 45, budget: 45, spent: '', points: 10, rate: '', score: '' },
    { label: '其中：本年财政拨款', initial: 45, budget: 45, spent: '', points: '', rate: '', score: '' },
    { label: '上年结转资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
    { label: '其他资金', initial: '', budget: '', spent: '', points: '', rate: '', score: '' },
  ],
  goals: ['培育农业科技示范主体不少于60个，农业主推技术到位率不低于95%，年底前完成项目建设任务。', ''],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标(50分)',
      l2: '数量指标',
      l3: '培育农业科技示范主体',
      target: '≥60个',
      actual: '',
      points: 20,
      score: '',
    },
    {
      l1: '产出指标(50分)',
      l2: '质量指标',
      l3: '农业主推技术到位率',
      target: '≥95%',
      actual: '',
      points: 15,
      score: '',
    },
    { l1: '产出指标(50分)', l2: '时效指标', l3: '项目完成时间', target: '年底前', actual: '', points: 15, score: '' },
    {
      l1: '效益指标(30分)',
      l2: '经济效益指标',
      l3: '示范主体亩均增收',
      target: '≥5%',
      actual: '',
      points: 15,
      score: '',
    },
    {
      l1: '效益指标(30分)',
      l2: '社会效益指标',
      l3: '主推技术覆盖面',
      target: '有效扩大',
      actual: '',
      points: 15,
      score: '',
    },
    {
      l1: '满意度指标(10分)',
      l2: '服务对象满意度指标',
      l3: '农户满意度',
      target: '≥90%',
      actual: '',
      points: 10,
      score: '',
    },
  ],
  total: [100, ''],
  closing: CLOSING_PROMPTS,
  signature: true,
  notes: true,
};
const unfilled = addresses((ws) => drawNational(ws, unfilledForm));
const UF_TOTAL = unfilled.funding['年度资金总额'];

export const nationalProjectUnfilled: FormSpec = {
  name: 'national-project-unfilled',
  description:
    'national project form as published before filling: budgets, targets and 分值 only; 执行数, 执行率, actuals and every 得分 blank',
  source: '财政部 项目支出绩效自评表 template (blank), as in 中江县 / 棠溪镇 copies',
  build: build(unfilledForm),
  expect: {
    // 20+15+15 = 50, 15+15 = 30, 10 → 90; 10 + 90 = 100; no score.
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: null } }],
    total: { points: 100, score: null },
    indicators: leaves(unfilled.ind, SHEET, 0),
    findings: [
      warning('missing-value', SHEET, UF_TOTAL.score, null, null, '年度资金总额 得分 blank'),
      ...blankScores(unfilled.ind, SHEET),
    ],
    deductions: [],
    tolerated: [
      {
        rule: 'missing-value',
        sheet: SHEET,
        cell: unfilled.total.score,
        why: '总分 得分 blank: the sum of blanks, may be said once more',
      },
      { rule: 'missing-value', sheet: SHEET, cell: UF_TOTAL.spent, why: '全年执行数 blank on an unfilled form' },
      { rule: 'missing-value', sheet: SHEET, cell: UF_TOTAL.rate, why: '执行率 blank on an unfilled form' },
      ...Object.values(unfilled.ind).map((c) => ({
        rule: 'missing-value',
        sheet: SHEET,
        cell: c.actual,
        why: '实际完成值 blank on an unfilled form',
      })),
    ],
    report: {
      docs: [{ title: ['基层农技推广体系改革与建设补助', '项目支出绩效自评报告'] }],
      names: ['基层农技推广体系改革与建设补助', '东至县农业技术推广中心'],
    },
  },
};

export const nationalProjectForms: FormSpec[] = [
  nationalProjectClean,
  nationalProjectDeadlines,
  nationalProjectZeroTotal,
  nationalProjectSlips,
  nationalProjectMissingScore,
  nationalProjectUnfilled,
];
