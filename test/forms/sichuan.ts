/**
 * The Sichuan 510000 form (部门预算项目支出绩效自评表, 报表编号 510000_0013zp), typed from
 * 青神县发展和改革局《部门预算项目支出绩效自评表（2023年度）》51000021R000000019951-工资性支出,
 * https://www.scqs.gov.cn/info/13206/211004.htm: 预算执行情况(10分) merged down the left, 年度预算数（万元）|
 * 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因, lines 总额 / 其中：财政资金 / 财政专户管理资金 /
 * 单位资金 / 其他资金 with "/" for 权重 and 得分, the note "1.预算执行率=预算执行数/调整后预算数…" in the 原因 column;
 * 绩效指标(90分) merged down over the header; 指标性质 "=", 指标值 100, 度量单位 %; 合计 100; 评价结论 / 存在问题 /
 * 改进措施 prompts; 项目负责人： / 财务负责人：. Published with 得分 and 完成值 blank (the first workbook keeps it so).
 */
import { newWorkbook, toBuffer } from '../fixtures/sheet-kit';
import { addresses, CLOSING_PROMPTS, drawSichuan, type SichuanForm, type SichuanFunding } from './form-kit';
import { blankScores, error, leaves, warning } from './expect-kit';
import type { FormSpec } from './types';

const SHEET = '项目支出绩效自评表';

function build(form: SichuanForm): () => Promise<Buffer> {
  return async () => {
    const wb = newWorkbook();
    drawSichuan(wb.addWorksheet(SHEET), form);
    return toBuffer(wb);
  };
}

function funding(
  total: [number, number, number, number | string, number | string],
  fiscal: [number, number, number, number | string],
): SichuanFunding[] {
  return [
    {
      label: '总额',
      initial: total[0],
      adjusted: total[1],
      spent: total[2],
      rate: total[3],
      weight: 10,
      score: total[4],
    },
    {
      label: '其中：财政资金',
      initial: fiscal[0],
      adjusted: fiscal[1],
      spent: fiscal[2],
      rate: fiscal[3],
      weight: '/',
      score: '/',
    },
    { label: '财政专户管理资金', initial: 0, adjusted: 0, spent: 0, rate: 0, weight: '/', score: '/' },
    { label: '单位资金', initial: 0, adjusted: 0, spent: 0, rate: 0, weight: '/', score: '/' },
    { label: '其他资金', initial: '', adjusted: '', spent: '', rate: '', weight: '/', score: '/' },
  ];
}

const TITLE = '部门预算项目支出绩效自评表（2023年度）';

// ——— 11. 青神 工资性支出 as published: unfilled ————————————————————————————————————————————————

const QS_DEPT = '青神县发展和改革局';
const qingshenForm: SichuanForm = {
  code: '510000_0013zp',
  title: TITLE,
  project: '51000021R000000019951-工资性支出',
  department: '青神县发展和改革局本级',
  implementer: QS_DEPT,
  goals: [
    '严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳，预算编制科学合理，减少结余资金。',
    '对照年度目标，说明相关任务目标的完成情况（100字以内）',
  ],
  process: '',
  fundingCaption: '预算执行情况（10分）',
  funding: funding([238.93, 251.89, 251.89, '100.00%', ''], [238.93, 251.89, 251.89, '100.00%']),
  indicatorCaption: '绩效指标（90分）',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '发放（缴纳）覆盖率',
      nature: '=',
      value: 100,
      unit: '%',
      actual: '',
      weight: 60,
      score: '',
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '足额保障率（参保率）',
      nature: '=',
      value: 100,
      unit: '%',
      actual: '',
      weight: 30,
      score: '',
    },
  ],
  total: [100, ''],
  closing: CLOSING_PROMPTS,
};
const qs = addresses((ws) => drawSichuan(ws, qingshenForm));

export const sichuanQingshenUnfilled: FormSpec = {
  name: 'sichuan-qingshen-unfilled',
  description:
    '青神 510000 form as published: 预算执行情况(10分) 238.93 / 251.89 / 251.89 = 100%, 绩效指标(90分) over the header, 权重 60 + 30, every 得分 and 完成值 blank',
  source:
    '青神县发展和改革局 部门预算项目支出绩效自评表（2023年度）工资性支出, https://www.scqs.gov.cn/info/13206/211004.htm',
  build: build(qingshenForm),
  expect: {
    // 60 + 30 = 90 = the caption's 90; 10 + 90 = 100 = 合计 ok. 251.89 / 251.89 = 100.00% typed ok; parts 238.93 + 0 + 0 ok.
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: null } }],
    total: { points: 100, score: null },
    indicators: leaves(qs.ind, SHEET, 0),
    findings: [
      warning('missing-value', SHEET, qs.funding['总额'].score, null, null, '总额 得分 blank'),
      ...blankScores(qs.ind, SHEET),
    ],
    deductions: [],
    tolerated: [
      { rule: 'missing-value', sheet: SHEET, cell: qs.total.score, why: '合计 得分 blank' },
      ...Object.values(qs.ind).map((c) => ({
        rule: 'missing-value',
        sheet: SHEET,
        cell: c.actual,
        why: '完成值 blank on an unfilled form',
      })),
    ],
    report: { docs: [{ title: ['工资性支出', '项目支出绩效自评报告'] }], names: ['工资性支出', QS_DEPT] },
  },
};

// ——— 12. filled; 年初预算 0, 调整后 3.36 → 100% ————————————————————————————————————————————————

const NY = '青神县农业农村局';
const zeroInitialForm: SichuanForm = {
  code: '510000_0013zp',
  title: TITLE,
  project: '51142521R000000031207-驻村帮扶工作经费',
  department: '青神县农业农村局本级',
  implementer: NY,
  goals: [
    '保障驻村工作队正常开展帮扶工作，帮扶资金使用合规率100%，脱贫户收入稳定增长。',
    '3名驻村队员全年在岗，帮扶资金全部合规使用，脱贫户收入增长6.8%。',
  ],
  process: '年中追加驻村帮扶工作经费3.36万元，用于驻村工作队员生活补助及工作经费，已全部支付。',
  fundingCaption: '预算执行情况（10分）',
  funding: funding([0, 3.36, 3.36, '100.00%', 10], [0, 3.36, 3.36, '100.00%']),
  indicatorCaption: '绩效指标（90分）',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '驻村工作队员人数',
      nature: '≥',
      value: 3,
      unit: '人',
      actual: 3,
      weight: 20,
      score: 20,
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '帮扶资金使用合规率',
      nature: '=',
      value: 100,
      unit: '%',
      actual: 100,
      weight: 20,
      score: 20,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '工作经费拨付时间',
      nature: '≤',
      value: 30,
      unit: '天',
      actual: 25,
      weight: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '脱贫户收入增长率',
      nature: '≥',
      value: 5,
      unit: '%',
      actual: 6.8,
      weight: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '帮扶对象满意度',
      nature: '≥',
      value: 90,
      unit: '%',
      actual: 95,
      weight: 20,
      score: 20,
    },
  ],
  total: [100, 100],
  closing: ['项目自评得分100分，驻村帮扶工作有序开展。', '无。', '继续做好驻村帮扶经费保障。'],
};
const zi = addresses((ws) => drawSichuan(ws, zeroInitialForm));

export const sichuanZeroInitial: FormSpec = {
  name: 'sichuan-zero-initial-budget',
  description:
    '510000 form filled: 年初预算 0, 调整后预算数 3.36, 执行 3.36 → 预算执行率 100% by the form’s own basis (never ÷ 0); 指标性质 =, ≥, ≤ with 度量单位; no slip',
  source: '青神县 510000_0013zp form layout, https://www.scqs.gov.cn/info/13206/211004.htm',
  build: build(zeroInitialForm),
  expect: {
    // 20+20+10+20+20 = 90 = caption; 10 + 90 = 100 = 合计; 3.36 / 3.36 = 100% → 10; 30 / 25 capped → 10.
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: 100 } }],
    total: { points: 100, score: 100 },
    indicators: leaves(zi.ind, SHEET, 0),
    findings: [],
    deductions: [],
    report: { docs: [{ title: ['驻村帮扶工作经费', '项目支出绩效自评报告'] }], names: ['驻村帮扶工作经费', NY] },
  },
};

// ——— 13. a "(90分)" caption over rows that add up to 85, and 合计 100 over 10 + 85 ————————————————————

const ZJ = '青神县环境卫生管理所';
const captionSlipForm: SichuanForm = {
  code: '510000_0013zp',
  title: TITLE,
  project: '51142521R000000028815-城乡环境综合治理经费',
  department: '青神县住房和城乡建设局本级',
  implementer: ZJ,
  goals: [
    '全年清运生活垃圾不少于18000吨，垃圾无害化处理率100%，清运及时率不低于95%。',
    '全年清运生活垃圾18650吨，无害化处理率100%，清运及时率97%，群众满意度86%。',
  ],
  process: '',
  fundingCaption: '预算执行情况（10分）',
  funding: funding([120, 118.5, 112.6, '95.02%', 9.5], [120, 118.5, 112.6, '95.02%']),
  indicatorCaption: '绩效指标（90分）',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '生活垃圾清运量',
      nature: '≥',
      value: 18000,
      unit: '吨',
      actual: 18650,
      weight: 20,
      score: 20,
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '垃圾无害化处理率',
      nature: '=',
      value: 100,
      unit: '%',
      actual: 100,
      weight: 20,
      score: 20,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '垃圾清运及时率',
      nature: '≥',
      value: 95,
      unit: '%',
      actual: 97,
      weight: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '生态效益指标',
      l3: '城乡环境卫生状况',
      nature: '=',
      value: '明显改善',
      unit: '—',
      actual: '明显改善',
      weight: 15,
      score: 15,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '群众满意度',
      nature: '≥',
      value: 90,
      unit: '%',
      actual: 86,
      weight: 20,
      score: 19.11,
      reason: '偏远村组清运频次偏低，下一步增加清运车次。',
    },
  ],
  total: [100, 93.61],
  closing: ['项目自评得分93.61分。', '群众满意度未达到年初目标。', '增加偏远村组清运频次。'],
};
const cs = addresses((ws) => drawSichuan(ws, captionSlipForm));

export const sichuanCaptionSlip: FormSpec = {
  name: 'sichuan-caption-sum-slip',
  description:
    '510000 form: 绩效指标（90分） over 权重 20+20+10+15+20 = 85, 合计 100 where 10 + 85 = 95; 112.6 / 118.5 = 95.02% scored 9.5; one unmet target with its reason',
  source: '青神县 510000_0013zp form layout, https://www.scqs.gov.cn/info/13206/211004.htm; slips planted',
  build: build(captionSlipForm),
  expect: {
    tables: [{ sheet: SHEET, form: 'project', total: { points: 100, score: 93.61 } }], // stated 合计
    total: { points: 100, score: 93.61 },
    indicators: leaves(cs.ind, SHEET, 0),
    findings: [
      error('sum-mismatch', SHEET, cs.caption, 85, 90, '绩效指标（90分）: 20 + 20 + 10 + 15 + 20 = 85 ≠ 90'),
      error(
        'sum-mismatch',
        SHEET,
        cs.total.points,
        95,
        100,
        '合计 权重: 10 + 85 = 95 ≠ 100 (得分 9.5 + 84.11 = 93.61 ok)',
      ),
      warning(
        'target-not-met',
        SHEET,
        cs.ind['群众满意度'].actual,
        0.9,
        0.86,
        '86% < 90%; 86 / 90 × 20 = 19.111 → 19.11 typed ok',
      ),
    ],
    deductions: [
      { sheet: SHEET, cell: cs.funding['总额'].score }, // 112.6 / 118.5 = 0.95021 → 95.02% ok; × 10 = 9.502 → 9.5 ok
      { sheet: SHEET, cell: cs.ind['群众满意度'].score },
    ],
    report: {
      docs: [{ title: ['城乡环境综合治理经费', '项目支出绩效自评报告'] }],
      names: ['城乡环境综合治理经费', ZJ],
    },
  },
};

export const sichuanForms: FormSpec[] = [sichuanQingshenUnfilled, sichuanZeroInitial, sichuanCaptionSlip];
