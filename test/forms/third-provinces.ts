/**
 * A third round of published forms: counties and layouts the corpus did not have, typed as they were published
 * (figures as typed, the form's own slips included). Each form names its source and what was taken from it, and
 * what had to be completed where the mirror stops; every expectation is worked out by hand from the typed
 * figures (the calculation is in each finding's `calc`), never from the engine's output.
 */
import type * as ExcelJS from 'exceljs';
import { banner, newWorkbook, placeTable, TableGeometry, toBuffer, type TableSpec } from '../fixtures/sheet-kit';
import {
  addresses,
  drawNational,
  drawSichuan,
  type NationalForm,
  type SichuanCells,
  type SichuanForm,
} from './form-kit';
import { error, info, leaves, warning } from './expect-kit';
import type { FormIndicator, FormSpec } from './types';

const DEPT_TITLE = '部门整体支出绩效自评表';

// ——— 24. 安徽 金寨: the department form as a county publishes it — 得分 of the funding line left blank, 执行率 102.59% ———
//
// 金寨县茶谷和美丽乡村建设服务中心《部门整体支出绩效自评表（2023年度）》(https://www.ahjinzhai.gov.cn/public/6624963/37545031.html):
// a "部门" head line; 预算资金（万元） 年度资金总额 329.77 / 329.77 / 338.31, 分值 10, 执行率 102.59%, 得分 blank;
// 其中：当年财政拨款 the same figures with "—" in 分值 and 得分; 上年结转资金 / 其他资金 "—"; the caption "绩 效 指 标" in
// the header line, headers "年度 指标值" / "实际 完成值" broken over two lines; names prefixed "指标1:"; 开展精品示范村建设数量
// "≤4" → 4, 建设美丽宜居自然村庄数量 ≥200 → 202, 户用卫生厕所改造 ≥2000 → 3061, 新建省级中心村 ≥10 → 10 (10 of 10 each),
// 验收通过率 ≥95% → 100% (5 of 5 each), deadlines 9月前 → 7月 and 11月前 → 10月 (5 of 5 each). The mirror stops at 成本指标:
// its line, 效益, 满意度 and the 总分 line are completed in the form's style (points making 90; 总分 100 / 100 as a unit that
// counts the funding line at full marks would type it).

const JZ_SHEET = '部门整体支出绩效自评表';
const JZ_UNIT = '金寨县茶谷和美丽乡村建设服务中心';
const jzForm: NationalForm = {
  title: DEPT_TITLE,
  year: '（2023年度）',
  heads: [[['部门', JZ_UNIT]]],
  fundingCaption: '预算资金（万元）',
  funding: [
    { label: '年度资金总额', initial: 329.77, budget: 329.77, spent: 338.31, points: 10, rate: '102.59%', score: '' },
    {
      label: '其中：当年财政拨款',
      initial: 329.77,
      budget: 329.77,
      spent: 338.31,
      points: '—',
      rate: '102.59%',
      score: '—',
    },
    { label: '上年结转资金', initial: '—', budget: '—', spent: '', points: '', rate: '', score: '' },
    { label: '其他资金', initial: '—', budget: '—', spent: '', points: '', rate: '', score: '' },
  ],
  goals: [
    '1.建设徽风皖韵美丽乡村；2.整治美丽宜居自然村庄；3.推进农村改厕提质增效；4.深入开展村庄清洁行动；5.促进茶谷果岭融合发展。',
    '1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设；2.整治美丽宜居自然村庄202个；3.完成农村户用卫生厕所改造3061户；' +
      '4.全面完成2022年度10个省级中心村各项建设任务，并顺利通过省级验收；加快2023年度10个省级中心村任务，确保2024年通过各级验收。',
  ],
  caption: '绩 效 指 标',
  captionOverHeader: true,
  indicatorHeader: [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度\n指标值',
    '实际\n完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '指标1:开展精品示范村建设数量',
      target: '≤4',
      actual: 4,
      points: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '指标2:建设美丽宜居自然村庄数量',
      target: '≥200',
      actual: 202,
      points: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '指标3:完成农村户用卫生厕所改造数量',
      target: '≥2000',
      actual: 3061,
      points: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '指标4:新建省级中心村数量',
      target: '≥10',
      actual: 10,
      points: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '指标1:美丽宜居自然村庄验收通过率',
      target: '≥95%',
      actual: '100%',
      points: 5,
      score: 5,
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '指标2:户用卫生厕所改造验收通过率',
      target: '≥95%',
      actual: '100%',
      points: 5,
      score: 5,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '指标1:完成美丽宜居自然村庄验收时间',
      target: '9月前',
      actual: '7月',
      points: 5,
      score: 5,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '指标2:完成户用卫生厕所改造验收时间',
      target: '11月前',
      actual: '10月',
      points: 5,
      score: 5,
    },
    {
      l1: '产出指标',
      l2: '成本指标',
      l3: '指标1:精品示范村建设补助标准',
      target: '≤50万元/村',
      actual: '50万元/村',
      points: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '指标1:农村人居环境',
      target: '明显改善',
      actual: '明显改善',
      points: 10,
      score: 10,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '指标1:受益群众满意度',
      target: '≥90%',
      actual: '95.2%',
      points: 10,
      score: 10,
    },
  ],
  total: [100, 100],
};
const jz = addresses((ws) => drawNational(ws, jzForm));

export const anhuiJinzhaiDepartment: FormSpec = {
  name: 'anhui-jinzhai-department-blank-funding-score',
  description:
    'Anhui department form: 年度资金总额 得分 left blank (338.31 / 329.77 = 102.59% → 10 by the form’s rule), "—" in the sub-line, caption "绩 效 指 标" over the header, "≤4" → 4, ≥2000 → 3061 (1.53 ×), 9月前 → 7月; 总分 100 counting the blank line at 10',
  source: `${JZ_UNIT} 部门整体支出绩效自评表（2023年度）, https://www.ahjinzhai.gov.cn/public/6624963/37545031.html (lines after 时效指标 completed in its style)`,
  build: async () => {
    const wb = newWorkbook();
    drawNational(wb.addWorksheet(JZ_SHEET), jzForm);
    return toBuffer(wb);
  },
  expect: {
    // Indicators: 4 × 10 + 2 × 5 + 2 × 5 + 10 + 10 + 10 = 90; 10 + 90 = 100 = 总分 points ok.
    // Scores typed: 90 on the indicators, the funding line blank; 总分 100 is 90 + the 10 the form's own rule gives the
    // blank line (338.31 / 329.77 = 1.0259 ≥ 1 → 10, capped): the blank is the slip, not the total.
    tables: [{ sheet: JZ_SHEET, form: 'department', total: { points: 100, score: 100 } }],
    total: { points: 100, score: 100 },
    indicators: leaves(jz.ind, JZ_SHEET, 0),
    findings: [
      warning(
        'missing-value',
        JZ_SHEET,
        jz.funding['年度资金总额'].score,
        null,
        null,
        '年度资金总额 得分 blank; 338.31 / 329.77 = 102.59% typed ok',
      ),
      info(
        'target-far-exceeded',
        JZ_SHEET,
        jz.ind['指标3:完成农村户用卫生厕所改造数量'].actual,
        2000,
        3061,
        '3061 / 2000 = 1.53 ≥ 1.5',
      ),
    ],
    deductions: [],
    report: { docs: [{ title: [`${JZ_UNIT}部门整体支出绩效自评表说明`] }], names: [JZ_UNIT] },
  },
};

// ——— 25. 湖南 南县 财政局: two breakdowns under one total — by source and by nature ——————————————————————————
//
// 南县财政局《2024年部门整体支出绩效自评报告》(http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_2045703.html):
// 收入合计 2602.28 万元 (一般公共预算财政拨款收入 2584.01, 其他收入 18.27); 支出 2604.24 万元 (基本支出 1903.67, 项目支出
// 700.57); 一般行政管理事务 280 万元 (55 + 24 + 15 + 6 + 16 + 48 + 48 + 48 + 20); 民生支出占财政支出比重 "73%以上". The
// 自评表 itself is not in the mirror: the department form is typed from these sentences as a unit fills it, the sources
// under the total (其中：财政拨款 / 其他资金, the income figures) and then the natures (基本支出 / 项目支出), 全年预算数
// taken as the year's income, 得分 typed with "分". The report's own figures carry the slip: the sources add up to
// the income (2,602.28), not to the 2,604.24 spent (the 1.96 of 上年结转 has no line).

const NX_SHEET = '部门整体支出绩效自评表';
const NX_UNIT = '南县财政局';
const nxForm: NationalForm = {
  title: DEPT_TITLE,
  year: '（2024年度）',
  heads: [
    [['单位名称', NX_UNIT]],
    [
      ['主管部门', '南县人民政府'],
      ['单位编码', '105001'],
    ],
  ],
  fundingCaption: '部门资金（万元）',
  funding: [
    {
      label: '年度资金总额',
      initial: 2602.28,
      budget: 2602.28,
      spent: 2604.24,
      points: 10,
      rate: '100.08%',
      score: '10分',
    },
    { label: '其中：财政拨款', initial: 2584.01, budget: 2584.01, spent: 2584.01, points: '', rate: '', score: '' },
    { label: '其他资金', initial: 18.27, budget: 18.27, spent: 18.27, points: '', rate: '', score: '' },
    { label: '基本支出', initial: '', budget: '', spent: 1903.67, points: '', rate: '', score: '' },
    { label: '项目支出', initial: '', budget: '', spent: 700.57, points: '', rate: '', score: '' },
  ],
  goals: [
    '保障机关正常运转和一般行政管理事务，预决算公开、存量资金管理、资产管理、“三公”经费控制、内部管理制度建设达到考核要求，民生支出占财政支出比重保持在73%以上。',
    '一般行政管理事务支出280万元；民生支出占财政支出比重继续维持在73%以上；预决算按时公开，“三公”经费低于上年。',
  ],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '一般行政管理事务支出',
      target: '280万元',
      actual: '280万元',
      points: 10,
      score: '10分',
    },
    { l1: '产出指标', l2: '数量指标', l3: '预决算公开率', target: '100%', actual: '100%', points: 10, score: '10分' },
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '民生支出占财政支出比重',
      target: '≥73%',
      actual: '73%以上',
      points: 10,
      score: '10分',
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '部门决算报送时间',
      target: '3月底前',
      actual: '3月',
      points: 10,
      score: '10分',
    },
    {
      l1: '产出指标',
      l2: '成本指标',
      l3: '“三公”经费控制',
      target: '不超过上年',
      actual: '低于上年',
      points: 10,
      score: '10分',
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '“三保”支出保障',
      target: '足额保障',
      actual: '足额保障',
      points: 20,
      score: '20分',
    },
    {
      l1: '效益指标',
      l2: '可持续影响指标',
      l3: '政府债务风险',
      target: '风险可控',
      actual: '风险可控',
      points: 10,
      score: '10分',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '预算单位满意度',
      target: '≥90%',
      actual: '96%',
      points: 10,
      score: '10分',
    },
  ],
  total: [100, '100分'],
  signature: false,
  notes: true,
};
const nx = addresses((ws) => drawNational(ws, nxForm));

export const hunanNanxianDepartment: FormSpec = {
  name: 'hunan-nanxian-department-two-breakdowns',
  description:
    'Hunan department form with two breakdowns under the total: 财政拨款 2,584.01 + 其他资金 18.27 = 2,602.28 against 2,604.24 spent (slip), 基本支出 1,903.67 + 项目支出 700.57 = 2,604.24 (ok); 得分 typed "10分"',
  source: `${NX_UNIT} 2024年部门整体支出绩效自评报告, http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_2045703.html (the form typed from its figures)`,
  build: async () => {
    const wb = newWorkbook();
    drawNational(wb.addWorksheet(NX_SHEET), nxForm);
    return toBuffer(wb);
  },
  expect: {
    // 10 × 7 + 20 = 90; 10 + 90 = 100. Scores 10 + 90 = 100 = "100分".
    tables: [{ sheet: NX_SHEET, form: 'department', total: { points: 100, score: 100 } }],
    total: { points: 100, score: 100 },
    indicators: leaves(nx.ind, NX_SHEET, 0),
    findings: [
      error(
        'breakdown-mismatch',
        NX_SHEET,
        nx.funding['年度资金总额'].spent,
        2602.28,
        2604.24,
        '财政拨款 2,584.01 + 其他资金 18.27 = 2,602.28 ≠ 2,604.24 (年初 and 全年预算: 2,602.28 ok; 基本 1,903.67 + 项目 700.57 = 2,604.24 ok)',
      ),
    ],
    // 2,604.24 / 2,602.28 = 100.08% typed ok; capped → 10 = "10分" ok. Every indicator at full marks.
    deductions: [],
    report: { docs: [{ title: [`${NX_UNIT}部门整体支出绩效自评表说明`] }], names: [NX_UNIT] },
  },
};

// ——— 26. 湖南 南县 政协: 基本支出 split again into 人员经费 / 公用经费 ————————————————————————————————————————
//
// 南县政协《部门整体支出及项目支出绩效评价报告》(http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html), 2021:
// 收入 792.22 万元 (all 财政拨款); 支出 799.12 万元, of which 人员经费 434.89, 公用经费 77.4, 项目支出 286.83 (434.89 + 77.4 +
// 286.83 = 799.12); 项目支出 lists 委员活动经费 36.3, 扫黑除恶工作经费 1, 信息网络运行经费 5, 老干部活动经费 10.5, 派出纪检监察组专项经费 5.
// The form is typed from these figures as a unit with a nested breakdown fills it: 基本支出 512.29 (434.89 + 77.4) with its
// 其中：人员经费 / 公用经费 under it, then 项目支出; only 全年执行数 filled on the sub-lines. No slip: every level adds up.

const ZX_SHEET = '部门整体支出绩效自评表';
const ZX_UNIT = '中国人民政治协商会议南县委员会';
const zxForm: NationalForm = {
  title: DEPT_TITLE,
  year: '（2021年度）',
  heads: [
    [['单位名称', ZX_UNIT]],
    [
      ['主管部门', '南县政协'],
      ['单位编码', '102001'],
    ],
  ],
  fundingCaption: '部门资金（万元）',
  funding: [
    {
      label: '年度资金总额',
      initial: 792.22,
      budget: 792.22,
      spent: 799.12,
      points: 10,
      rate: 1.0087,
      score: 10,
    },
    { label: '基本支出', initial: '', budget: '', spent: 512.29, points: '', rate: '', score: '' },
    { label: '其中：人员经费', initial: '', budget: '', spent: 434.89, points: '', rate: '', score: '' },
    { label: '公用经费', initial: '', budget: '', spent: 77.4, points: '', rate: '', score: '' },
    { label: '项目支出', initial: '', budget: '', spent: 286.83, points: '', rate: '', score: '' },
  ],
  goals: [
    '切实履行政治协商、民主监督、参政议政三大职能，做好协调关系、汇集力量、建言献策、服务大局各项工作。',
    '全年召开全体会议、常委会议，开展专题协商和民主监督，委员活动经费36.3万元、信息网络运行经费5万元、老干部活动经费10.5万元按计划使用。',
  ],
  caption: '绩效指标',
  indicators: [
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '委员活动经费',
      target: '36.3万元',
      actual: '36.3万元',
      points: 15,
      score: 15,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      l3: '专题协商次数',
      target: '≥4次',
      actual: '5次',
      points: 15,
      score: 15,
    },
    { l1: '产出指标', l2: '质量指标', l3: '提案办复率', target: '100%', actual: '100%', points: 15, score: 15 },
    {
      l1: '产出指标',
      l2: '时效指标',
      l3: '提案交办时间',
      target: '全会后1个月内',
      actual: '按时',
      points: 15,
      score: 15,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      l3: '建言献策服务大局',
      target: '有效发挥',
      actual: '有效发挥',
      points: 20,
      score: 20,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      l3: '委员满意度',
      target: '≥90%',
      actual: '95%',
      points: 10,
      score: 10,
    },
  ],
  total: [100, 100],
  notes: true,
};
const zx = addresses((ws) => drawNational(ws, zxForm));

export const hunanNanxianNested: FormSpec = {
  name: 'hunan-nanxian-department-nested-breakdown',
  description:
    'Hunan department form: 基本支出 512.29 split again into 其中：人员经费 434.89 / 公用经费 77.4, then 项目支出 286.83 — 512.29 + 286.83 = 799.12 and 434.89 + 77.4 = 512.29; spent above the budget (100.87%)',
  source: `南县政协 部门整体支出及项目支出绩效评价报告（2021年度）, http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (the form typed from its figures)`,
  build: async () => {
    const wb = newWorkbook();
    drawNational(wb.addWorksheet(ZX_SHEET), zxForm);
    return toBuffer(wb);
  },
  expect: {
    // 15 × 4 + 20 + 10 = 90; 10 + 90 = 100; all full: 100. 799.12 / 792.22 = 1.00871 → 1.0087 typed ok; capped → 10 ok.
    tables: [{ sheet: ZX_SHEET, form: 'department', total: { points: 100, score: 100 } }],
    total: { points: 100, score: 100 },
    indicators: leaves(zx.ind, ZX_SHEET, 0),
    findings: [],
    deductions: [],
    report: { docs: [{ title: [`${ZX_UNIT}部门整体支出绩效自评表说明`] }], names: [ZX_UNIT] },
  },
};

// ——— 27. 2017 部门整体支出绩效评价得分表: the points only in the names, a 得分 column and nothing else ————————————————
//
// 《2017年部门整体支出绩效评价得分表》 published with a department's 2017 self-evaluation (mirrored at
// https://wanglu.net/thread/t12-491155-4.html; the text names 省级财力专项 and 中央专款, the province is not named):
// 一级指标 | 二级指标 | 三级指标 | 得分, every level's points written into its name: 部门决策(25分) → 目标任务(15分) → 相关性(5分) 5,
// 明确性(5分) 5, 合理性(5分) 5; 预算编制(10分) → 测算依据(5分) 2, 目标管理(5分) 4; 综合管理(30分) → 专项资金分配时限(2分) →
// 省级财力专项预算分配时限(1分) 1, …; the report states "自评得分 90 分". The mirror stops inside 综合管理: its other lines
// and 部门绩效(45分) are completed in the table's style so that the points make 100 and the scores the stated 90.

const DS_SHEET = '得分表';
const DS_UNIT = '某县农业农村局';
type DsLine = [l1: string, l2: string, l3: string, score: number];
const DS_LINES: DsLine[] = [
  ['部门决策(25分)', '目标任务(15分)', '相关性(5分)', 5],
  ['部门决策(25分)', '目标任务(15分)', '明确性(5分)', 5],
  ['部门决策(25分)', '目标任务(15分)', '合理性(5分)', 5],
  ['部门决策(25分)', '预算编制(10分)', '测算依据(5分)', 2],
  ['部门决策(25分)', '预算编制(10分)', '目标管理(5分)', 4],
  ['综合管理(30分)', '专项资金分配时限(2分)', '省级财力专项预算分配时限(1分)', 1],
  ['综合管理(30分)', '专项资金分配时限(2分)', '中央专款分配时限(1分)', 1],
  ['综合管理(30分)', '预算执行(10分)', '预算完成率(5分)', 5],
  ['综合管理(30分)', '预算执行(10分)', '支出进度(5分)', 3],
  ['综合管理(30分)', '资金管理(10分)', '资金使用合规性(5分)', 5],
  ['综合管理(30分)', '资金管理(10分)', '财务制度健全性(5分)', 5],
  ['综合管理(30分)', '资产管理(8分)', '资产配置合理性(4分)', 4],
  ['综合管理(30分)', '资产管理(8分)', '资产处置规范性(4分)', 4],
  ['部门绩效(45分)', '职责履行(25分)', '重点工作完成率(15分)', 13],
  ['部门绩效(45分)', '职责履行(25分)', '工作完成及时性(10分)', 10],
  ['部门绩效(45分)', '履职效益(20分)', '社会效益(10分)', 8],
  ['部门绩效(45分)', '履职效益(20分)', '服务对象满意度(10分)', 10],
];
const dsTable: TableSpec = {
  top: 3,
  left: 1,
  header: [['一级指标', '二级指标', '三级指标', '得分']],
  body: [...DS_LINES, ['合计', '', '', 90]],
  levels: 2,
  merges: [[DS_LINES.length + 1, 0, DS_LINES.length + 1, 2]],
  widths: [16, 20, 30, 8],
};
const ds = new TableGeometry(dsTable);
/** The points each name carries: "(5分)" → 5. */
const namePoints = (name: string): number => Number(/\((\d+)分\)$/.exec(name)?.[1] ?? NaN);

export const pointsInNames: FormSpec = {
  name: 'department-score-table-points-in-names',
  description:
    '得分表 with no 分值 column: every level’s points only in its name ("相关性(5分)"), 测算依据(5分) 2, 目标管理(5分) 4, 支出进度(5分) 3, 重点工作完成率(15分) 13, 社会效益(10分) 8; 合计 90',
  source:
    '2017年部门整体支出绩效评价得分表 (部门整体支出绩效自评, mirrored at https://wanglu.net/thread/t12-491155-4.html; lines after 省级财力专项预算分配时限 completed in its style)',
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(DS_SHEET);
    banner(ws, 1, 1, 4, `${DS_UNIT}2017年部门整体支出绩效评价得分表`, { bold: true, size: 14, align: 'center' });
    placeTable(ws, dsTable);
    return toBuffer(wb);
  },
  expect: {
    // Points from the names: 25 + 30 + 45 = 100; (15) 5+5+5; (10) 5+5; (2) 1+1; (10) 5+5; (10) 5+5; (8) 4+4;
    // 30 = 2 + 10 + 10 + 8; (25) 15+10; (20) 10+10; 45 = 25 + 20. Scores: 100 − 3 − 1 − 2 − 2 − 2 = 90 = 合计 ok.
    tables: [{ sheet: DS_SHEET, form: 'index', total: { points: 100, score: 90 } }],
    total: { points: 100, score: 90 },
    indicators: DS_LINES.map((l, i): FormIndicator => ({
      table: 0,
      sheet: DS_SHEET,
      row: dsTable.top + 1 + i,
      // Named by its 三级指标; the "(5分)" it carries is its points, not its name.
      name: l[2].replace(/\(\d+分\)$/, ''),
    })),
    // No reason column: nowhere to ask for a 扣分原因.
    findings: [],
    deductions: DS_LINES.filter((l) => l[3] < namePoints(l[2])).map((l) => ({
      sheet: DS_SHEET,
      cell: ds.find(l[2], '得分'),
    })),
    report: { docs: [{ title: [`${DS_UNIT}部门整体支出绩效自评表说明`] }], names: [DS_UNIT] },
  },
};

// ——— 28. The project table of the same publication: four levels, six 可选项 lines sharing one merged 40 ——————————————
//
// The 项目支出 table published beside the 得分表 above (same mirror): 共性指标(30分) → 项目决策(20分) → 科学决策(10分) →
// 必要性（政策依据） 5 5, 可行性（政策完善） 5 5; 绩效目标(10分) → 明确性 5 5, 合理性 5 5; 项目管理(10分) → 资金管理(7分) →
// 资金分配 3 3, 资金使用 4 4; 项目执行(3分) → 执行规范 3 2; 特性指标(70分) → 项目绩效(20分) → 项目完成 → 完成数量 5 5,
// 完成质量 5 4, 完成时效 5 5, 完成成本 5 5; 项目效益(50分) → 经济效益（可选项） 40 / 社会效益（可选项） 40 / 生态效益 /
// 可持续效益 / 公平效率 / 使用效率（可选项）: one 分值 40 and one 得分 40 for the six optional lines (merged down them);
// 服务对象满意度 10 10; 总分. The header line is not in the mirror (typed 一级指标 … 四级指标 | 分值 | 得分); 总分 98 is the sum.

const PJ_SHEET = '项目支出绩效评价表';
const PJ_UNIT = '某县农业农村局';
type PjLine = [l1: string, l2: string, l3: string, l4: string, points: number | '', score: number | ''];
const OPTIONAL = [
  '经济效益（可选项）',
  '社会效益（可选项）',
  '生态效益（可选项）',
  '可持续效益（可选项）',
  '公平效率（可选项）',
  '使用效率（可选项）',
];
const PJ_LINES: PjLine[] = [
  ['共性指标(30分)', '项目决策(20分)', '科学决策(10分)', '必要性（政策依据）', 5, 5],
  ['共性指标(30分)', '项目决策(20分)', '科学决策(10分)', '可行性（政策完善）', 5, 5],
  ['共性指标(30分)', '项目决策(20分)', '绩效目标(10分)', '明确性', 5, 5],
  ['共性指标(30分)', '项目决策(20分)', '绩效目标(10分)', '合理性', 5, 5],
  ['共性指标(30分)', '项目管理(10分)', '资金管理(7分)', '资金分配', 3, 3],
  ['共性指标(30分)', '项目管理(10分)', '资金管理(7分)', '资金使用', 4, 4],
  ['共性指标(30分)', '项目管理(10分)', '项目执行(3分)', '执行规范', 3, 2],
  ['特性指标(70分)', '项目绩效(20分)', '项目完成', '完成数量', 5, 5],
  ['特性指标(70分)', '项目绩效(20分)', '项目完成', '完成质量', 5, 4],
  ['特性指标(70分)', '项目绩效(20分)', '项目完成', '完成时效', 5, 5],
  ['特性指标(70分)', '项目绩效(20分)', '项目完成', '完成成本', 5, 5],
  ...OPTIONAL.map((name, i): PjLine => [
    '特性指标(70分)',
    '项目效益(50分)',
    name,
    '',
    i === 0 ? 40 : '',
    i === 0 ? 40 : '',
  ]),
  ['特性指标(70分)', '项目效益(50分)', '服务对象满意度', '', 10, 10],
];
const FIRST_OPTIONAL = PJ_LINES.findIndex((l) => l[2] === OPTIONAL[0]);
const pjTable: TableSpec = {
  top: 3,
  left: 1,
  header: [['一级指标', '二级指标', '三级指标', '四级指标', '分值', '得分']],
  body: [...PJ_LINES, ['总分', '', '', '', 100, 98]],
  levels: 3,
  merges: [
    // The six optional lines: 三级 over the empty 四级 cell, one 分值 and one 得分 down all six.
    ...OPTIONAL.map((_, i): [number, number, number, number] => [1 + FIRST_OPTIONAL + i, 2, 1 + FIRST_OPTIONAL + i, 3]),
    [1 + FIRST_OPTIONAL, 4, FIRST_OPTIONAL + OPTIONAL.length, 4],
    [1 + FIRST_OPTIONAL, 5, FIRST_OPTIONAL + OPTIONAL.length, 5],
    [1 + PJ_LINES.length - 1, 2, 1 + PJ_LINES.length - 1, 3], // 服务对象满意度 over its 四级 cell
    [1 + PJ_LINES.length, 0, 1 + PJ_LINES.length, 3], // 总分
  ],
  widths: [14, 16, 20, 18, 8, 8],
};
const pj = new TableGeometry(pjTable);
/** The cell of body line `i`, table column `c`. */
const pjCell = (i: number, c: number): string => pj.body(i, c);

export const fourLevelOptional: FormSpec = {
  name: 'project-four-levels-optional-lines',
  description:
    '项目 table in four levels (共性指标(30分) → 项目决策(20分) → 科学决策(10分) → 必要性), six 可选项 lines sharing one merged 分值 40 / 得分 40, 执行规范 3 → 2 and 完成质量 5 → 4; 总分 100 / 98',
  source:
    '项目支出绩效评价表 published with the 2017 部门整体支出绩效自评 above (https://wanglu.net/thread/t12-491155-4.html; header line typed)',
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(PJ_SHEET);
    banner(ws, 1, 1, 6, `${PJ_UNIT}2017年项目支出绩效评价表`, { bold: true, size: 14, align: 'center' });
    placeTable(ws, pjTable);
    return toBuffer(wb);
  },
  expect: {
    // (10) 5+5; (10) 5+5; (20) = 10 + 10; (7) 3+4; (3) 3; (10) = 7 + 3; (30) = 20 + 10; 项目完成 5×4 = 20 = (20);
    // (50) = 40 (the optional lines' one figure) + 10; (70) = 20 + 50; 100 = 30 + 70. Scores: 20 + 9 + 19 + 40 + 10 = 98.
    tables: [{ sheet: PJ_SHEET, form: 'index', total: { points: 100, score: 98 } }],
    total: { points: 100, score: 98 },
    // Every scored line, named by its last level (四级 where there is one, else 三级); the six optional lines are one
    // scored item — their one merged 分值 / 得分 — on the line it starts on, beside its sibling 服务对象满意度.
    indicators: PJ_LINES.flatMap((l, i): FormIndicator[] =>
      OPTIONAL.includes(l[2]) && l[2] !== OPTIONAL[0]
        ? []
        : [{ table: 0, sheet: PJ_SHEET, row: pjTable.top + 1 + i, name: l[3] || l[2] }],
    ),
    findings: [],
    deductions: [
      {
        sheet: PJ_SHEET,
        cell: pjCell(
          PJ_LINES.findIndex((l) => l[3] === '执行规范'),
          5,
        ),
      },
      {
        sheet: PJ_SHEET,
        cell: pjCell(
          PJ_LINES.findIndex((l) => l[3] === '完成质量'),
          5,
        ),
      },
    ],
    report: { docs: [{ title: [`${PJ_UNIT}`] }], names: [PJ_UNIT] },
  },
};

// ——— 29. 项目绩效评价表 with a 分值 column beside every level ————————————————————————————————————————————
//
// 《项目绩效评价表》 (附件2 of a 扶持项目 notice, https://haowendang.cn/c1d28o5nseg565jb3urou8mpoj7oc3w00znw_1.html): 一级指标 |
// 分值 | 二级指标 | 分值 | 三级指标 | 分值（可调整） | 指标解释 | 评价标准（可调整） | 得分; 项目决策 20 → 项目目标 4 → 目标内容 4
// ("目标明确(1分)，目标细化(1分)，目标量化(2分)"); 决策过程 8 → 决策依据 3, 决策程序 5; 资金分配 8 → 分配办法 2, 分配结果 6;
// 项目管理 → 资金到位 → 到位率 3 ("实际到位/计划到位×100%"). The template is published blank: its later lines follow the
// 财政部 项目支出绩效评价指标体系 in the same layout, and the 得分 are typed as a unit fills them (资金使用 7 → 6,
// 服务对象满意度 5 → 4).

const PV_SHEET = '项目绩效评价表';
const PV_PROJECT = '农产品加工企业技术改造扶持项目';
const PV_UNIT = '某农产品加工有限公司';
type PvLine = [
  l1: string,
  p1: number,
  l2: string,
  p2: number,
  l3: string,
  p3: number,
  explain: string,
  rule: string,
  score: number,
];
const PV_LINES: PvLine[] = [
  [
    '项目决策',
    20,
    '项目目标',
    4,
    '目标内容',
    4,
    '目标是否明确、细化、量化',
    '目标明确（1分），目标细化（1分），目标量化（2分）',
    4,
  ],
  [
    '项目决策',
    20,
    '决策过程',
    8,
    '决策依据',
    3,
    '项目是否符合经济社会发展规划和部门年度工作计划；是否根据需要制定中长期实施规划',
    '项目符合经济社会发展规划和部门年度工作计划（2分），根据需要制定中长期实施规划（1分）',
    3,
  ],
  [
    '项目决策',
    20,
    '决策过程',
    8,
    '决策程序',
    5,
    '项目是否符合申报条件；申报、批复程序是否符合相关管理办法；项目调整是否履行相应手续',
    '项目符合申报条件（2分），申报、批复及项目实施调整符合相关管理办法和程序（3分）',
    5,
  ],
  [
    '项目决策',
    20,
    '资金分配',
    8,
    '分配办法',
    2,
    '是否根据需要制定相关资金管理办法，并在管理办法中明确资金分配办法；资金分配因素是否全面、合理',
    '办法健全、规范（1分），因素选择全面、合理（1分）',
    2,
  ],
  [
    '项目决策',
    20,
    '资金分配',
    8,
    '分配结果',
    6,
    '资金分配是否符合相关管理办法；分配结果是否合理',
    '项目符合相关分配办法（2分），资金分配合理（4分）',
    6,
  ],
  [
    '项目管理',
    25,
    '资金到位',
    5,
    '到位率',
    3,
    '实际到位/计划到位×100%',
    '根据项目实际到位资金占计划的比重计分（3分）',
    3,
  ],
  [
    '项目管理',
    25,
    '资金到位',
    5,
    '到位时效',
    2,
    '资金是否及时到位',
    '及时到位（2分），未及时到位但未影响项目进度（1分）',
    2,
  ],
  [
    '项目管理',
    25,
    '资金管理',
    10,
    '资金使用',
    7,
    '是否存在支出依据不合规、虚列项目支出、截留挤占挪用资金等情况',
    '虚列（套取）扣4-7分，支出依据不合规扣1分，截留挤占挪用扣3-6分，超标准开支扣2-5分',
    6,
  ],
  [
    '项目管理',
    25,
    '资金管理',
    10,
    '财务管理',
    3,
    '资金管理、费用支出等制度是否健全、是否严格执行；会计核算是否规范',
    '财务制度健全（1分），严格执行制度（1分），会计核算规范（1分）',
    3,
  ],
  ['项目管理', 25, '组织实施', 10, '组织机构', 1, '机构是否健全、分工是否明确', '机构健全、分工明确（1分）', 1],
  [
    '项目管理',
    25,
    '组织实施',
    10,
    '管理制度',
    9,
    '是否建立健全项目管理制度；是否严格执行相关项目管理制度',
    '建立健全项目管理制度（2分），严格执行相关项目管理制度（7分）',
    9,
  ],
  ['项目绩效', 55, '项目产出', 25, '实际完成率', 10, '项目实施的实际产出数与计划产出数的比率', '实际完成率×10', 10],
  ['项目绩效', 55, '项目产出', 25, '完成及时率', 5, '项目实际提前完成时间与计划完成时间的比率', '完成及时率×5', 5],
  ['项目绩效', 55, '项目产出', 25, '质量达标率', 5, '达到质量标准的实际产出数与实际产出数的比率', '质量达标率×5', 5],
  [
    '项目绩效',
    55,
    '项目产出',
    25,
    '成本节约率',
    5,
    '完成项目计划工作目标的实际节约成本与计划成本的比率',
    '成本节约率≥0计5分',
    5,
  ],
  [
    '项目绩效',
    55,
    '项目效益',
    30,
    '经济效益',
    8,
    '项目实施对经济发展所带来的直接或间接影响',
    '根据实际情况打分（8分）',
    8,
  ],
  [
    '项目绩效',
    55,
    '项目效益',
    30,
    '社会效益',
    8,
    '项目实施对社会发展所带来的直接或间接影响',
    '根据实际情况打分（8分）',
    8,
  ],
  [
    '项目绩效',
    55,
    '项目效益',
    30,
    '生态效益',
    4,
    '项目实施对生态环境所带来的直接或间接影响',
    '根据实际情况打分（4分）',
    4,
  ],
  [
    '项目绩效',
    55,
    '项目效益',
    30,
    '可持续影响',
    5,
    '项目后续运行及成效发挥的可持续影响情况',
    '根据实际情况打分（5分）',
    5,
  ],
  ['项目绩效', 55, '项目效益', 30, '服务对象满意度', 5, '社会公众或服务对象对项目实施效果的满意程度', '满意度×5', 4],
];
const pvTable: TableSpec = {
  top: 3,
  left: 1,
  header: [
    ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值（可调整）', '指标解释', '评价标准（可调整）', '得分'],
  ],
  body: [...PV_LINES, ['合计', 100, '', '', '', '', '', '', 98]],
  levels: 4,
  merges: [[PV_LINES.length + 1, 2, PV_LINES.length + 1, 7]],
  widths: [10, 6, 10, 6, 12, 8, 30, 30, 6],
};
const pv = new TableGeometry(pvTable);

export const pointsBesideLevels: FormSpec = {
  name: 'project-points-beside-every-level',
  description:
    '项目绩效评价表 with a 分值 column after each level (一级 20 / 25 / 55, 二级 4, 8, 8 …, 三级 4, 3, 5 …) merged down with its name; 资金使用 7 → 6, 服务对象满意度 5 → 4; 合计 100 / 98',
  source: `项目绩效评价表（附件2）, https://haowendang.cn/c1d28o5nseg565jb3urou8mpoj7oc3w00znw_1.html (a blank template: later lines and scores typed in its layout)`,
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(PV_SHEET);
    banner(ws, 1, 1, 9, `2023年度${PV_PROJECT}项目绩效评价表`, { bold: true, size: 14, align: 'center' });
    // The template's head lines: 项目名称（全称） | 项目承担单位（公章）.
    ws.getCell(2, 1).value = '项目名称（全称）';
    ws.mergeCells(2, 2, 2, 5);
    ws.getCell(2, 2).value = PV_PROJECT;
    ws.mergeCells(2, 6, 2, 7);
    ws.getCell(2, 6).value = '项目承担单位（公章）';
    ws.mergeCells(2, 8, 2, 9);
    ws.getCell(2, 8).value = PV_UNIT;
    placeTable(ws, pvTable);
    return toBuffer(wb);
  },
  expect: {
    // 一级 20 = 4 + 8 + 8; 25 = 5 + 10 + 10; 55 = 25 + 30; 二级 4 = 4; 8 = 3 + 5; 8 = 2 + 6; 5 = 3 + 2; 10 = 7 + 3;
    // 10 = 1 + 9; 25 = 10 + 5 + 5 + 5; 30 = 8 + 8 + 4 + 5 + 5; 100 = 20 + 25 + 55. Scores 20 + 24 + 25 + 29 = 98 = 合计 ok.
    tables: [{ sheet: PV_SHEET, form: 'index', total: { points: 100, score: 98 } }],
    total: { points: 100, score: 98 },
    indicators: PV_LINES.map((l, i): FormIndicator => ({
      table: 0,
      sheet: PV_SHEET,
      row: pvTable.top + 1 + i,
      name: l[4],
    })),
    findings: [],
    deductions: [
      { sheet: PV_SHEET, cell: pv.find('资金使用', '得分') },
      { sheet: PV_SHEET, cell: pv.find('服务对象满意度', '得分') },
    ],
    report: { docs: [{ title: [PV_PROJECT] }], names: [PV_PROJECT, PV_UNIT] },
  },
};

// ——— 30. 安徽 天长: the project form as a water bureau filled it — 执行率 left blank, "-" on the sub-lines, "/" for a line ———
//
// 天长市水利局《水旱灾害防御股项目支出绩效自评》, 项目支出绩效自评表（2022年度） (published 2023-12-05; the copy it was
// typed from kept no web address): 项目名称 水旱灾害防御经费, 实施单位 天长市水利局, 主管部门 blank; 年度资金总额 880 / 880 /
// 880, 分值 10, 执行率 blank, 得分 10; 其中：本年财政拨款 880 / 880 / 880 with "-" for 分值 and 得分, 上年结转资金 / 其他资金
// "-"; 数量指标 指标1:完成中型灌区节水改造项目数量 1 → 1 and 指标2:完成农业综合水价改革项目 1 → 1 (10 of 10 each); 质量,
// 时效, 成本 指标1 with no 年度指标值 and no 实际完成值 but 10 of 10 (the target is in the name: "年度资金支付完成率100%");
// 生态效益指标 "指标1:/" with "/" for its values; the template's empty "指标2:" and "……" lines kept; 服务对象满意度 90% →
// 100%, 10 of 10; 总分 100 / 100. The 一级 names are cut in the mirror to "(50分)" / "(30分)": typed 产出指标(50分),
// 效益指标(30分) as the template has them.

const TC_SHEET = '项目支出绩效自评表';
const TC_UNIT = '天长市水利局';
const TC_PROJECT = '水旱灾害防御经费';
const TC_LINES: [string, string, string, string, string | number, number | string, number | string][] = [
  ['产出指标(50分)', '数量指标', '指标1:完成中型灌区节水改造项目数量', '1', 1, 10, 10],
  ['产出指标(50分)', '数量指标', '指标2:完成农业综合水价改革项目', '1', 1, 10, 10],
  ['产出指标(50分)', '数量指标', '……', '', '', '', ''],
  ['产出指标(50分)', '质量指标', '指标1:工程质量合格', '', '', 10, 10],
  ['产出指标(50分)', '质量指标', '指标2:', '', '', '', ''],
  ['产出指标(50分)', '质量指标', '……', '', '', '', ''],
  ['产出指标(50分)', '时效指标', '指标1:年度资金支付完成率100%', '', '', 10, 10],
  ['产出指标(50分)', '时效指标', '指标2:', '', '', '', ''],
  ['产出指标(50分)', '成本指标', '指标1:资金执行在预算范围内', '', '', 10, 10],
  ['产出指标(50分)', '成本指标', '指标2:', '', '', '', ''],
  ['效益指标(30分)', '经济效益指标', '指标1:全市安全度汛', '', '', 10, 10],
  ['效益指标(30分)', '经济效益指标', '指标2:', '', '', '', ''],
  ['效益指标(30分)', '社会效益指标', '指标1:保护全市人口财产不受损失', '', '', 10, 10],
  ['效益指标(30分)', '社会效益指标', '指标2:', '', '', '', ''],
  ['效益指标(30分)', '生态效益指标', '指标1:/', '/', '/', '', ''],
  ['效益指标(30分)', '生态效益指标', '指标2:', '', '', '', ''],
  ['效益指标(30分)', '可持续影响指标', '指标1:已建工程良性运行', '', '', 10, 10],
  ['效益指标(30分)', '可持续影响指标', '指标2:', '', '', '', ''],
  ['满意度指标(10分)', '服务对象满意度指标', '指标1:服务对象满意度', '90%', '100%', 10, 10],
  ['满意度指标(10分)', '服务对象满意度指标', '指标2:', '', '', '', ''],
];
const tcForm: NationalForm = {
  title: '项目支出绩效自评表',
  year: '（2022年度）',
  heads: [
    [['项目名称', TC_PROJECT]],
    [
      ['主管部门', ''],
      ['实施单位', TC_UNIT],
    ],
  ],
  fundingCaption: '项目资金（万元）',
  funding: [
    { label: '年度资金总额', initial: 880, budget: 880, spent: 880, points: 10, rate: '', score: 10 },
    { label: '其中：本年财政拨款', initial: 880, budget: 880, spent: 880, points: '-', rate: '', score: '-' },
    { label: '上年结转资金', initial: '', budget: '', spent: '', points: '-', rate: '', score: '-' },
    { label: '其他资金', initial: '', budget: '', spent: '', points: '-', rate: '', score: '-' },
  ],
  goals: ['完成年度防汛工作，完成中型灌区节水改造项目和农业综合水价改革项目。', '完成年度目标。'],
  caption: '年度绩效指标完成情况',
  captionOverHeader: true,
  indicatorHeader: [
    '一级\n指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  indicators: TC_LINES.map(([l1, l2, l3, target, actual, points, score]) => ({
    l1,
    l2,
    l3,
    target,
    actual,
    points,
    score,
  })),
  total: [100, 100],
  notes: true,
};
const tc = addresses((ws) => drawNational(ws, tcForm));
const TC_SCORED = TC_LINES.filter((l) => l[5] !== '').map((l) => l[2]);

export const anhuiTianchangProject: FormSpec = {
  name: 'anhui-tianchang-project-blank-rate',
  description:
    'Anhui project form: 执行率 left blank on 880 / 880 / 880 scored 10, "-" in the sub-lines, 质量 / 时效 / 成本 lines with no 指标值 nor 完成值 at full marks, a "指标1:/" line of "/", the template’s "指标2:" and "……" lines, 满意度 90% → 100%',
  source: `${TC_UNIT} 水旱灾害防御股项目支出绩效自评, 项目支出绩效自评表（2022年度）, published 2023-12-05 (web address not kept with the copy typed from)`,
  build: async () => {
    const wb = newWorkbook();
    drawNational(wb.addWorksheet(TC_SHEET), tcForm);
    return toBuffer(wb);
  },
  expect: {
    // 产出 10 × 5 = 50 = (50分); 效益 10 × 3 = 30 = (30分); 满意度 10 = (10分); 10 + 90 = 100; all full: 100.
    // 880 / 880 = 100% → 10 typed ok.
    tables: [{ sheet: TC_SHEET, form: 'project', total: { points: 100, score: 100 } }],
    total: { points: 100, score: 100 },
    indicators: Object.entries(tc.ind)
      .filter(([name]) => TC_SCORED.includes(name))
      .map(([name, { row }]) => ({ table: 0, sheet: TC_SHEET, row, name })),
    findings: [],
    deductions: [],
    tolerated: [
      {
        rule: 'missing-value',
        sheet: TC_SHEET,
        cell: tc.funding['年度资金总额'].rate,
        why: '执行率 left blank: the form asks for it, the figures give 100%',
      },
      ...[
        '指标1:工程质量合格',
        '指标1:年度资金支付完成率100%',
        '指标1:资金执行在预算范围内',
        '指标1:全市安全度汛',
        '指标1:保护全市人口财产不受损失',
        '指标1:已建工程良性运行',
      ].flatMap((name) => [
        {
          rule: 'missing-value',
          sheet: TC_SHEET,
          cell: tc.ind[name].target,
          why: '年度指标值 left blank (the name states it)',
        },
        { rule: 'missing-value', sheet: TC_SHEET, cell: tc.ind[name].actual, why: '实际完成值 left blank' },
      ]),
    ],
    report: { docs: [{ title: [TC_PROJECT, '项目支出绩效自评报告'] }], names: [TC_PROJECT, TC_UNIT] },
  },
};

// ——— 31. 湖南-style 部门整体支出绩效评价指标表: a column after every level, each headed "得分" ——————————————————————
//
// 《部门整体支出绩效评价指标表》 with its 基础数据表 (附件3, 2018, mirrored at https://wanglu.net/thread/t4-462766-0.html; the
// unit is not named): header 一级指标 | 得分 | 二级指标 | 得分 | 三级指标 | 得分 | 评价标准 | 指标说明 | 得分 — the column
// after each level is headed 得分 but holds that level's points (投入 16 = 预算配置 16 = 在职人员控制率 8 + "三公经费"变动率 8,
// the latter scored 0); the last column is the score. Lines as published: 在职人员控制率 8 → 8 (136 of 143 = 95.10%),
// "三公经费"变动率 8 → 0 ((63.46 − 32) ÷ 32 = 98.31%), 过程 58 → 预算执行 16 → 预算完成率 8 → 8 (99.27%), 预算控制率 8 (追加
// 767.86 of 1,922.76 = 39.9%: "大于30%不得分" → 0; the mirror cuts the line before its score, typed 0 by its rule). The rest of
// 过程 (预算管理, 资产管理) and 产出 / 效果 are completed with the 湖南 2018 样表's lines (岳阳 above) so that the levels' points
// make 100; all full.

const HN_SHEET = '指标表';
const HN_UNIT = '某县城市管理局';
type HnLine = [
  l1: string,
  p1: number,
  l2: string,
  p2: number,
  l3: string,
  p3: number,
  rule: string,
  note: string,
  score: number,
];
const HN_LINES: HnLine[] = [
  [
    '投入',
    16,
    '预算配置',
    16,
    '在职人员控制率',
    8,
    '以100%为标准。在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。',
    '本单位2018年年末实际在职人员为136人，占编委核定的落实编制数143人的比率为95.10%。',
    8,
  ],
  [
    '投入',
    16,
    '预算配置',
    16,
    '“三公经费”变动率',
    8,
    '“三公经费”变动率≤0，计8分；“三公经费”>0，每超过一个百分点扣0.8分，扣完为止。',
    '2018年度本单位预算安排“三公经费”总额为63.46万元，而2017年度预算安排的“三公经费”总额为32万元。本单位“三公经费”变动率=(63.46-32)÷32=98.31%',
    0,
  ],
  [
    '过程',
    58,
    '预算执行',
    16,
    '预算完成率',
    8,
    '100%计满分，每低于5%扣2分，扣完为止。',
    '年初结余19.8万元；预算1922.76万元，本年追加预算767.86万元；年末结余数19.8万元。计算本单位预算完成率99.27%。',
    8,
  ],
  [
    '过程',
    58,
    '预算执行',
    16,
    '预算控制率',
    8,
    '预算控制率=0，计8分；0-10%（含），计6分；10-20%（含），计4分；20-30%（含），计2分；大于30%不得分',
    '本年预算追加数为767.86万元，年初预算为1922.76万元，预算控制率为39.94%。',
    0,
  ],
  [
    '过程',
    58,
    '预算管理',
    30,
    '管理制度健全性',
    8,
    '已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度，8分。',
    '制度健全。',
    8,
  ],
  [
    '过程',
    58,
    '预算管理',
    30,
    '资金使用合规性',
    8,
    '支出符合国家财经法规和财务管理制度规定，8分。',
    '资金使用合规。',
    8,
  ],
  ['过程', 58, '预算管理', 30, '预决算信息公开性', 7, '按规定内容、时限公开预决算信息，7分。', '已按时公开。', 7],
  [
    '过程',
    58,
    '预算管理',
    30,
    '基础信息完善性',
    7,
    '基础数据信息和会计信息资料真实、完整、准确，7分。',
    '信息完善。',
    7,
  ],
  ['过程', 58, '资产管理', 12, '资产管理制度健全性', 6, '已制定资产管理制度并有效执行，6分。', '制度健全。', 6],
  [
    '过程',
    58,
    '资产管理',
    12,
    '资产管理安全性',
    6,
    '资产保存完整、使用合规、配置合理、处置规范，6分。',
    '资产安全。',
    6,
  ],
  ['产出', 16, '职责履行', 16, '实际完成率', 6, '实际完成工作数/计划工作数×6。', '全部完成。', 6],
  ['产出', 16, '职责履行', 16, '完成及时率', 5, '及时完成工作数/实际完成工作数×5。', '及时完成。', 5],
  ['产出', 16, '职责履行', 16, '质量达标率', 5, '质量达标工作数/实际完成工作数×5。', '全部达标。', 5],
  ['效果', 10, '履职效益', 10, '社会效益', 5, '部门履行职责对社会发展产生的影响。', '效果良好。', 5],
  ['效果', 10, '履职效益', 10, '服务对象满意度', 5, '社会公众或服务对象对部门履职效果的满意程度。', '满意度96%。', 5],
];
const hnTable: TableSpec = {
  top: 3,
  left: 1,
  header: [['一级指标', '得分', '二级指标', '得分', '三级指标', '得分', '评价标准', '指标说明', '得分']],
  body: HN_LINES,
  levels: 4,
  widths: [8, 6, 10, 6, 16, 6, 36, 36, 6],
};
const hn = new TableGeometry(hnTable);

export const levelColumnsHeadedScore: FormSpec = {
  name: 'department-level-columns-headed-score',
  description:
    '部门整体支出绩效评价指标表 whose column after every level is headed 得分 but holds that level’s points (投入 16 over 8 + 8, one scored 0); the last 得分 is the score: "三公经费"变动率 8 → 0, 预算控制率 8 → 0; no 合计 line',
  source:
    '部门整体支出绩效评价指标表（附件3, 2018）, https://wanglu.net/thread/t4-462766-0.html (lines after 预算控制率 completed from the 湖南 2018 样表)',
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(HN_SHEET);
    banner(ws, 1, 1, 9, `${HN_UNIT}2018年度部门整体支出绩效评价指标表`, { bold: true, size: 14, align: 'center' });
    placeTable(ws, hnTable);
    return toBuffer(wb);
  },
  expect: {
    // Points by the level columns: 16 + 58 + 16 + 10 = 100; 16 = 8 + 8; 58 = 16 + 30 + 12; 30 = 8 + 8 + 7 + 7; 12 = 6 + 6;
    // 16 = 6 + 5 + 5; 10 = 5 + 5. Scores: 100 − 8 − 8 = 84 (no 合计 line: the sum).
    tables: [{ sheet: HN_SHEET, form: 'index', total: { points: 100, score: 84 } }],
    total: { points: 100, score: 84 },
    indicators: HN_LINES.map((l, i): FormIndicator => ({
      table: 0,
      sheet: HN_SHEET,
      row: hnTable.top + 1 + i,
      name: l[4],
    })),
    findings: [],
    deductions: HN_LINES.filter((l) => l[8] < l[5]).map((l) => ({
      sheet: HN_SHEET,
      cell: hn.body(HN_LINES.indexOf(l), 8),
    })),
    report: { docs: [{ title: [`${HN_UNIT}部门整体支出绩效自评表说明`] }], names: [HN_UNIT] },
  },
};

// ——— 32. 四川 大英: two 510000 forms one under the other, a single line of 权重 90 whose 完成值 is "完成" ——————————————————
//
// 大英县司法局's 部门预算项目支出绩效自评表（2023年度） as published one after another on one page
// (https://dyxrmt.cn/article-157795-21.html): the first form's end — 绩效指标（90分） with one line, 产出指标 | 经济成本指标 |
// 成本控制数 | ≤ | 30 | 万元 | 完成值 "完成" | 权重 90 | 得分 90; 合计 100 with its 得分 left blank; 评价结论 "根据财政局资金下达的管理
// 办法，将资金支付给项目施工方。", 存在问题 / 改进措施 "无"; 项目负责人：查小兵, 财务负责人：唐勇 — then the next form:
// 51092324T000010263357-2023年全县安可替代补助资金项目, 主管部门 大英县司法局部门, 实施单位 大英县司法局, 年度目标 "根据要求购买安可设备，
// 并完成项目资金支付。" → "完成", 总额 0.00 / 3.36 / 3.36, 100.00%, 10, 10 (财政资金 the same; 财政专户 / 单位资金 0.00), its first
// indicator 产出指标 | 质量指标 | 完成安可产品购买并按要求支付资金 | = | 100 (cut there). The first form's head and funding block,
// and the second's 完成值 / 权重 / 得分 onwards, are not in the mirror: typed in the same style (one line of 权重 90 each).

const DA_SHEET = '项目支出绩效自评表';
const DA_DEPT = '大英县司法局';
const daFirst: SichuanForm = {
  code: '510000_0013zp',
  title: '部门预算项目支出绩效自评表（2023年度）',
  project: '51092324T000010263301-2023年社区矫正工作经费',
  department: '大英县司法局部门',
  implementer: DA_DEPT,
  goals: ['按照财政局资金下达的管理办法，将资金支付给项目施工方。', '完成'],
  process: '2023年按合同完成项目资金支付。',
  fundingCaption: '预算执行情况（10分）',
  funding: [
    { label: '总额', initial: 30, adjusted: 30, spent: 30, rate: '100.00%', weight: 10, score: 10 },
    { label: '其中：财政资金', initial: 30, adjusted: 30, spent: 30, rate: '100.00%', weight: '/', score: '/' },
    { label: '财政专户管理资金', initial: 0, adjusted: 0, spent: 0, rate: '0.00%', weight: '/', score: '/' },
    { label: '单位资金', initial: 0, adjusted: 0, spent: 0, rate: '0.00%', weight: '/', score: '/' },
    { label: '其他资金', initial: '', adjusted: '', spent: '', rate: '', weight: '/', score: '/' },
  ],
  indicatorCaption: '绩效指标（90分）',
  indicators: [
    {
      l1: '产出指标',
      l2: '经济成本指标',
      l3: '成本控制数',
      nature: '≤',
      value: 30,
      unit: '万元',
      actual: '完成',
      weight: 90,
      score: 90,
    },
  ],
  total: [100, ''],
  closing: ['根据财政局资金下达的管理办法，将资金支付给项目施工方。', '无', '无'],
  signatures: ['查小兵', '唐勇'],
};
const daSecond: SichuanForm = {
  code: '510000_0013zp',
  title: '部门预算项目支出绩效自评表（2023年度）',
  project: '51092324T000010263357-2023年全县安可替代补助资金项目',
  department: '大英县司法局部门',
  implementer: DA_DEPT,
  goals: ['根据要求购买安可设备，并完成项目资金支付。', '完成'],
  process: '2023年购买13台安可电脑，并于12月前完成资金支付。',
  fundingCaption: '预算执行情况（10分）',
  funding: [
    { label: '总额', initial: 0, adjusted: 3.36, spent: 3.36, rate: '100.00%', weight: 10, score: 10 },
    { label: '其中：财政资金', initial: 0, adjusted: 3.36, spent: 3.36, rate: '100.00%', weight: '/', score: '/' },
    { label: '财政专户管理资金', initial: 0, adjusted: 0, spent: 0, rate: '0.00%', weight: '/', score: '/' },
    { label: '单位资金', initial: 0, adjusted: 0, spent: 0, rate: '0.00%', weight: '/', score: '/' },
    { label: '其他资金', initial: '', adjusted: '', spent: '', rate: '', weight: '/', score: '/' },
  ],
  indicatorCaption: '绩效指标（90分）',
  indicators: [
    {
      l1: '产出指标',
      l2: '质量指标',
      l3: '完成安可产品购买并按要求支付资金',
      nature: '=',
      value: 100,
      unit: '%',
      actual: 100,
      weight: 90,
      score: 90,
    },
  ],
  total: [100, 100],
  closing: ['按要求购买安可设备13台，资金已全部支付。', '无', '无'],
  signatures: ['查小兵', '唐勇'],
};
/** Both forms on one sheet, the second two rows under the first. */
function drawDaying(ws: ExcelJS.Worksheet): { first: SichuanCells; second: SichuanCells } {
  const first = drawSichuan(ws, daFirst);
  const second = drawSichuan(ws, daSecond, first.lastRow + 3);
  return { first, second };
}
const da = addresses(drawDaying);

export const sichuanDayingStacked: FormSpec = {
  name: 'sichuan-daying-stacked-single-line',
  description:
    'two Sichuan 510000 forms one under the other on one sheet: the first with a single line of 权重 90 (成本控制数 ≤30 万元, 完成值 "完成"), its 合计 得分 blank and names after 项目负责人： / 财务负责人：; the second 年初 0 → 调整后 3.36',
  source: `${DA_DEPT} 部门预算项目支出绩效自评表（2023年度）×2, https://dyxrmt.cn/article-157795-21.html (the parts cut in the mirror typed in its style)`,
  build: async () => {
    const wb = newWorkbook();
    drawDaying(wb.addWorksheet(DA_SHEET));
    return toBuffer(wb);
  },
  expect: {
    // First: 90 = the caption's 90; 10 + 90 = 100 = 合计 points; scores 10 + 90 = 100 (合计 得分 blank: the sum).
    // Second: the same, 合计 100 / 100. 30 / 30 and 3.36 / 3.36 = 100% → 10 each.
    tables: [
      { sheet: DA_SHEET, form: 'project', total: { points: 100, score: 100 } },
      { sheet: DA_SHEET, form: 'project', total: { points: 100, score: 100 } },
    ],
    total: { points: 100, score: 100 },
    indicators: [...leaves(da.first.ind, DA_SHEET, 0), ...leaves(da.second.ind, DA_SHEET, 1)],
    // "完成" against ≤30 万元 is a statement, not a figure: nothing to compare, nothing to report.
    findings: [],
    deductions: [],
    tolerated: [{ rule: 'missing-value', sheet: DA_SHEET, cell: da.first.total.score, why: '合计 得分 left blank' }],
    report: {
      docs: [
        { title: ['2023年社区矫正工作经费', '项目支出绩效自评报告'] },
        { title: ['2023年全县安可替代补助资金', '项目支出绩效自评报告'] },
      ],
      names: [DA_DEPT],
    },
  },
};

export const thirdProvinceForms: FormSpec[] = [
  anhuiJinzhaiDepartment,
  hunanNanxianDepartment,
  hunanNanxianNested,
  pointsInNames,
  fourLevelOptional,
  pointsBesideLevels,
  anhuiTianchangProject,
  levelColumnsHeadedScore,
  sichuanDayingStacked,
];
