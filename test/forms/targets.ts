/**
 * Tables without 分值 / 得分: the 绩效目标 list (一级/二级/三级指标, 年初目标值, 实际完成值, 偏差原因), and an
 * 指标体系 score table (岳阳 style) beside one. Typed from:
 * - the seed report, 2024 广州市荔湾区白鹤洞街道办事处 部门整体支出绩效自评表说明 (the domain brief's seed):
 *   党员培训工作完成率 100%, 防灾减灾救灾宣传活动场次 2 → 3, 社区服务覆盖率 without an actual, 失业人员再就业率 ≥70% → 79.1%,
 *   加强廉政教育和廉洁文化宣传 有效加强, 基层党建工作满意度 ≥95%;
 * - 岳阳市城市管理监督指挥中心 2018 部门整体支出绩效评价评分表 (http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html)
 *   and 岳阳 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明 (https://glj.yueyang.gov.cn/6173/6181/content_1705915.html).
 */
import { banner, newWorkbook, placeTable, TableGeometry, toBuffer, type TableSpec } from '../fixtures/sheet-kit';
import { info, warning } from './expect-kit';
import type { FormIndicator, FormSpec } from './types';

/** Leaves of a placed table by their 三级指标 column. */
function tableLeaves(
  g: TableGeometry,
  nameCol: number,
  sheet: string,
  table: number,
  skip: (name: string) => boolean = () => false,
): FormIndicator[] {
  const top = g.spec.top + g.spec.header.length;
  return g.spec.body.flatMap((line, i) => {
    const name = String(line[nameCol] ?? '');
    return name === '' || skip(name) ? [] : [{ table, sheet, row: top + i, name }];
  });
}

// ——— 16. the seed's own 绩效目标 list, alone in its workbook —————————————————————————————————————

const BHD = '广州市荔湾区人民政府白鹤洞街道办事处';
const SEED_SHEET = '绩效目标';
const seedTargets: TableSpec = {
  top: 3,
  left: 1,
  header: [['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值', '偏差原因']],
  body: [
    ['产出指标', '数量指标', '党员培训工作完成率', '100%', '100%', ''],
    ['产出指标', '数量指标', '防灾减灾救灾宣传活动场次', '≥2次', '3次', ''],
    ['产出指标', '质量指标', '社区服务覆盖率', '100%', '', ''],
    ['产出指标', '质量指标', '应急突发事件处置率', '100%', '100%', ''],
    ['产出指标', '时效指标', '复退军人信访及时处理率', '100%', '100%', ''],
    ['效益指标', '社会效益指标', '失业人员再就业率', '≥70%', '79.1%', ''],
    ['效益指标', '社会效益指标', '加强廉政教育和廉洁文化宣传', '有效加强', '有效加强', ''],
    ['效益指标', '社会效益指标', '严重精神障碍患者服务覆盖率', '100%', '100%', ''],
    ['效益指标', '可持续影响指标', '普查宣传覆盖率', '100%', '100%', ''],
    ['满意度指标', '服务对象满意度指标', '基层党建工作满意度', '≥95%', '98%', ''],
  ],
  levels: 2,
  widths: [12, 18, 28, 12, 12, 24],
};
const st = new TableGeometry(seedTargets);

export const seedTargetTable: FormSpec = {
  name: 'targets-only-seed',
  description:
    'the seed’s 绩效目标 list alone: 年初目标值 / 实际完成值 / 偏差原因, no 分值 or 得分; 社区服务覆盖率 has no actual; 3次 of ≥2次 far exceeded',
  source: '2024 广州市荔湾区白鹤洞街道办事处 部门整体支出绩效自评表说明 (seed report), 二（一）履职效能分析',
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(SEED_SHEET);
    banner(ws, 1, 1, 6, '2024年度部门整体支出绩效目标完成情况表', { bold: true, size: 14, align: 'center' });
    banner(ws, 2, 1, 6, `单位名称：${BHD}`);
    placeTable(ws, seedTargets);
    return toBuffer(wb);
  },
  expect: {
    tables: [{ sheet: SEED_SHEET, form: 'targets', total: null }],
    total: null,
    indicators: tableLeaves(st, 2, SEED_SHEET, 0),
    findings: [
      warning(
        'missing-value',
        SEED_SHEET,
        st.find('社区服务覆盖率', '实际完成值'),
        null,
        null,
        '实际完成值 blank (the seed states none)',
      ),
      info(
        'target-far-exceeded',
        SEED_SHEET,
        st.find('防灾减灾救灾宣传活动场次', '实际完成值'),
        2,
        3,
        '3 / 2 = 1.5 ≥ 1.5',
      ),
    ],
    deductions: [],
    report: { docs: [{ title: [`${BHD}部门整体支出绩效自评表说明`] }], names: [BHD] },
  },
};

// ——— 17. an 指标体系 score table (form index) and a 绩效目标 table on the next sheet ————————————————————

const YY = '岳阳市城市管理监督指挥中心';
const INDEX_SHEET = '评分表';
const TARGET_SHEET = '绩效目标';
const indexTable: TableSpec = {
  top: 4,
  left: 1,
  header: [['一级指标', '二级指标', '三级指标', '评分标准', '分值', '自评得分', '扣分原因和其他说明']],
  body: [
    [
      '投入（15分）',
      '预算配置（15分）',
      '财政供养人员控制率',
      '以100%为标准。在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止。',
      5,
      5,
      '',
    ],
    [
      '投入（15分）',
      '预算配置（15分）',
      '“三公经费”变动率',
      '“三公经费”变动率≦0，计5分；“三公经费”>0，每超过一个百分点扣0.5分，扣完为止。',
      5,
      5,
      '',
    ],
    [
      '投入（15分）',
      '预算配置（15分）',
      '重点支出安排率',
      '重点支出安排率≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；60%（含）-70%，计2分；低于60%不得分。',
      5,
      5,
      '',
    ],
    [
      '过程（35分）',
      '预算执行（15分）',
      '预算调整率',
      '预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；20-30%（含），计0.5分；大于30%不得分。',
      3,
      3,
      '',
    ],
    [
      '过程（35分）',
      '预算执行（15分）',
      '支付进度',
      '6月底前所有专项资金指标全部下达完。每出现一个专项未按进度完成资金下达扣0.5分，扣完为止。',
      3,
      3,
      '',
    ],
    [
      '过程（35分）',
      '预算执行（15分）',
      '资金结余',
      '无结余，3分；有结余，但不超过上年结转，2分；结余超过上年结转，不得分。',
      3,
      3,
      '',
    ],
    [
      '过程（35分）',
      '预算执行（15分）',
      '“三公经费”控制率',
      '以100%为标准。三公经费控制率≦100%，计6分；每超过一个百分点扣1分，扣完为止。',
      6,
      6,
      '',
    ],
    [
      '过程（35分）',
      '预算管理（20分）',
      '管理制度健全性',
      '已制定预算资金管理办法、内部财务管理制度，并得到有效执行。',
      5,
      5,
      '',
    ],
    [
      '过程（35分）',
      '预算管理（20分）',
      '资金使用合规性',
      '支出符合财经法规和财务管理制度规定，每出现一例不符合要求的扣1分，扣完为止。',
      5,
      4,
      '1笔支出审批手续不全，已补办。',
    ],
    ['过程（35分）', '预算管理（20分）', '预决算信息公开性', '按规定公开预决算信息。', 5, 5, ''],
    ['过程（35分）', '预算管理（20分）', '基础信息完善性', '基础数据信息和会计信息资料真实、完整、准确。', 5, 5, ''],
    ['产出及效益（50分）', '职责履行（30分）', '实际完成率', '实际完成工作数/计划工作数×10。', 10, 10, ''],
    ['产出及效益（50分）', '职责履行（30分）', '完成及时率', '及时完成工作数/实际完成工作数×10。', 10, 10, ''],
    ['产出及效益（50分）', '职责履行（30分）', '质量达标率', '质量达标工作数/实际完成工作数×10。', 10, 10, ''],
    ['产出及效益（50分）', '履职效益（20分）', '社会效益', '部门履行职责对社会发展产生的影响。', 10, 10, ''],
    [
      '产出及效益（50分）',
      '履职效益（20分）',
      '服务对象满意度',
      '社会公众或服务对象对部门履职效果的满意程度。',
      10,
      10,
      '',
    ],
    ['合计', '', '', '', 100, 99, ''],
  ],
  levels: 2,
  merges: [[17, 0, 17, 3]],
  widths: [14, 16, 18, 50, 6, 8, 24],
};
const ix = new TableGeometry(indexTable);

const yyTargets: TableSpec = {
  top: 3,
  left: 1,
  header: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析']],
  body: [
    ['产出指标', '数量指标', '城市管理问题采集数', '≥60000件', '64210件', ''],
    ['产出指标', '质量指标', '问题按期结案率', '≥95%', '92.3%', '部分跨部门问题协调周期长，下一步建立联动督办机制。'],
    ['产出指标', '时效指标', '系统升级完成时间', '年底前', '11月', ''],
    ['效益指标', '社会效益指标', '市容环境', '持续改善', '持续改善', ''],
    ['满意度指标', '服务对象满意度指标', '市民满意度', '≥90%', '', ''],
  ],
  levels: 2,
  widths: [12, 18, 20, 12, 12, 30],
};
const yt = new TableGeometry(yyTargets);

export const indexWithTargets: FormSpec = {
  name: 'index-and-targets',
  description:
    '岳阳-style 指标体系 (评分标准 | 分值 | 自评得分 | 扣分原因和其他说明, "（15分）" in level names, 合计 100 / 99) and a 绩效目标 table on the next sheet: one unmet target with its reason, one without an actual',
  source:
    '岳阳市城市管理监督指挥中心 2018 自评报告及评分表, http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html; 岳阳 评分表, https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
  build: async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(INDEX_SHEET);
    banner(ws, 1, 1, 7, '岳阳市2024年度部门整体支出绩效评价评分表', { bold: true, size: 14, align: 'center' });
    banner(ws, 2, 1, 7, `部门（单位）名称：${YY}`);
    placeTable(ws, indexTable);
    const ts = wb.addWorksheet(TARGET_SHEET);
    banner(ts, 1, 1, 6, '2024年度部门整体支出绩效目标完成情况', { bold: true, size: 14, align: 'center' });
    placeTable(ts, yyTargets);
    return toBuffer(wb);
  },
  expect: {
    tables: [
      // 15 + 35 + 50 = 100; scores: 100 − 1 = 99 = 合计 ok; each "（N分）" adds up (15; 15 = 3+3+3+6; 20 = 5×4; 30; 20).
      { sheet: INDEX_SHEET, form: 'index', total: { points: 100, score: 99 } },
      { sheet: TARGET_SHEET, form: 'targets', total: null },
    ],
    total: { points: 100, score: 99 },
    indicators: [...tableLeaves(ix, 2, INDEX_SHEET, 0), ...tableLeaves(yt, 2, TARGET_SHEET, 1)],
    findings: [
      warning('target-not-met', TARGET_SHEET, yt.find('问题按期结案率', '实际完成值'), 0.95, 0.923, '92.3% < 95%'),
      warning('missing-value', TARGET_SHEET, yt.find('市民满意度', '实际完成值'), null, null, '实际完成值 blank'),
    ],
    deductions: [{ sheet: INDEX_SHEET, cell: ix.find('资金使用合规性', '自评得分') }], // 4 of 5, reason given
    report: { docs: [{ title: [`${YY}部门整体支出绩效自评表说明`] }], names: [YY] },
  },
};

export const targetForms: FormSpec[] = [seedTargetTable, indexWithTargets];
