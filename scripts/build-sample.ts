/**
 * Builds assets/sample-scoresheet.xlsx: the 2024 白鹤洞街道 self-evaluation (our seed report,
 * seed-2024-baihedong.md in the shared domain notes) as a workbook — its transposed score table, its funding
 * figures, and its explanation text. The seed's own slips are kept on purpose (管理效率 stated as 46.5
 * where its parts give 47.5; two sections numbered "3."): they are data for the text checks.
 *
 * Run: compile (tsc -p tsconfig.cli.json) and `node lib/scripts/build-sample.js`.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { repoRoot } from './repo-root';

export const SEED_TITLE = '2024年度广州市荔湾区人民政府白鹤洞街道办事处部门整体支出绩效自评表';
export const SEED_ORG = '广州市荔湾区人民政府白鹤洞街道办事处';

export interface SeedIndicator {
  group: string;
  groupPoints: number;
  /** Plain name. */
  name: string;
  /** As printed in the seed's table, line break included. */
  label: string;
  points: number;
  score: number;
}

/** The seed's score table, one entry per indicator column. */
export const SEED_INDICATORS: readonly SeedIndicator[] = [
  { group: '履职效能', groupPoints: 50, name: '整体效能', label: '整体效能', points: 50, score: 49.88 },
  { group: '管理效能', groupPoints: 50, name: '预算编制', label: '预算\n编制', points: 3, score: 3 },
  { group: '管理效能', groupPoints: 50, name: '预算执行', label: '预算\n执行', points: 4, score: 3.5 },
  { group: '管理效能', groupPoints: 50, name: '信息公开', label: '信息\n公开', points: 4, score: 4 },
  { group: '管理效能', groupPoints: 50, name: '绩效管理', label: '绩效\n管理', points: 15, score: 14 },
  { group: '管理效能', groupPoints: 50, name: '采购管理', label: '采购\n管理', points: 10, score: 10 },
  { group: '管理效能', groupPoints: 50, name: '资产管理', label: '资产\n管理', points: 10, score: 9 },
  { group: '管理效能', groupPoints: 50, name: '运行成本', label: '运行\n成本', points: 4, score: 4 },
];

export const SEED_TOTAL = { points: 100, score: 97.38 } as const;

export const AMOUNT_FORMAT = '#,##0.00';
export const RATE_FORMAT = '0.00%';

export interface SeedFigure {
  label: string;
  value: number;
  numFmt: string;
}

/** The seed's 收支情况, in 万元; 项目支出 8821.3 is shown as 8,821.30 like every other amount. */
export const SEED_FUNDING: readonly SeedFigure[] = [
  { label: '预算数', value: 11661.19, numFmt: AMOUNT_FORMAT },
  { label: '执行数', value: 11516.76, numFmt: AMOUNT_FORMAT },
  { label: '执行率', value: 0.9876, numFmt: RATE_FORMAT },
  { label: '一般公共预算财政拨款支出', value: 6577.52, numFmt: AMOUNT_FORMAT },
  { label: '政府性基金预算财政拨款支出', value: 4877.08, numFmt: AMOUNT_FORMAT },
  { label: '其他资金支出', value: 62.16, numFmt: AMOUNT_FORMAT },
  { label: '基本支出', value: 2695.46, numFmt: AMOUNT_FORMAT },
  { label: '项目支出', value: 8821.3, numFmt: AMOUNT_FORMAT },
  { label: '年末累计结转和结余', value: 152.56, numFmt: AMOUNT_FORMAT },
  { label: '公用经费预算数', value: 133.58, numFmt: AMOUNT_FORMAT },
  { label: '公用经费实际支出数', value: 133.58, numFmt: AMOUNT_FORMAT },
  { label: '三公经费预算数', value: 3.07, numFmt: AMOUNT_FORMAT },
  { label: '三公经费实际支出数', value: 3.07, numFmt: AMOUNT_FORMAT },
];

export interface SeedTarget {
  level1: string;
  level2: string;
  name: string;
  /** 年初目标 as the seed states it: text, or a ratio shown with a % format. */
  target: string | number;
  /** 完成情况 as a figure; null where the seed gives none (社区服务覆盖率). */
  actual: string | number | null;
}

/**
 * The seed's 绩效目标 list (二（一）履职效能分析): its 产出 / 效益 / 满意度 indicators with 年初目标 and the figure its
 * 完成情况 reports. 社区服务覆盖率's 完成情况 is prose with no figure: the cell stays empty, as in the seed.
 */
export const SEED_TARGETS: readonly SeedTarget[] = [
  { level1: '产出指标', level2: '数量指标', name: '党员培训工作完成率', target: 1, actual: 1 },
  { level1: '产出指标', level2: '数量指标', name: '防灾减灾救灾宣传活动场次', target: '2次', actual: '3次' },
  { level1: '产出指标', level2: '数量指标', name: '社区服务覆盖率', target: 1, actual: null },
  { level1: '产出指标', level2: '质量指标', name: '应急突发事件处置率', target: 1, actual: 1 },
  { level1: '产出指标', level2: '时效指标', name: '复退军人信访及时处理率', target: 1, actual: 1 },
  { level1: '效益指标', level2: '社会效益指标', name: '失业人员再就业率', target: '≥70%', actual: 0.791 },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '加强廉政教育和廉洁文化宣传',
    target: '有效加强',
    actual: '有效加强',
  },
  { level1: '效益指标', level2: '社会效益指标', name: '严重精神障碍患者服务覆盖率', target: 1, actual: 1 },
  { level1: '效益指标', level2: '可持续影响指标', name: '普查宣传覆盖率', target: 1, actual: 1 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '基层党建工作满意度', target: '≥95%', actual: 0.95 },
];

type Line = ['title' | 'heading' | 'para', string];

/**
 * The seed's 自评表说明, cleaned of markdown, lines broken by the PDF joined back. The embedded copy of
 * the score table is left out: it lives on 自评表, and a second copy would be a second score table.
 */
const EXPLANATION: readonly Line[] = [
  ['title', '2024 年度广州市荔湾区人民政府白鹤洞街道办事处部门整体支出绩效自评表说明'],
  ['heading', '一、基本情况'],
  ['heading', '（一）部门职能'],
  [
    'para',
    '中共广州市荔湾区白鹤洞街道工作委员会（以下简称白鹤洞街道党工委）是中共广州市荔湾区委的派出机关，广州市荔湾区人民政府白鹤洞街道办事处（以下简称白鹤洞街道办事处）是广州市荔湾区人民政府的派出机关。',
  ],
  [
    'para',
    '白鹤洞街道党工委、街道办事处贯彻落实党的方针政策和决策部署，按照省委、市委、区委工作要求，在履行职责过程中坚持和加强党的集中统一领导。白鹤洞街道党工委统一领导本级政权机关、群团组织和其他各类组织，以及社区（经济联社）党组织，统筹使用各类资源。街道纪工委接受街道党工委和区纪委的双重领导。',
  ],
  ['heading', '（二）部门整体收支情况'],
  [
    'para',
    '白鹤洞街 2024 年预算数 11,661.19 万元，执行数 11,516.76 万元，完成预算的 98.76%。按资金来源分，一般公共预算财政拨款支出 6,577.52 万元，政府性基金预算财政拨款支出 4,877.08 万元，其他资金支出 62.16 万元。按支出性质看，基本支出 2,695.46 万元，项目支出 8,821.3 万元。年末累计结转和结余 152.56 万元。',
  ],
  ['heading', '（三）部门整体支出绩效目标'],
  [
    'para',
    '2024年白鹤洞街道紧紧围绕省委“1310”具体部署、市委“1312”思路举措和区委相关工作要求，以“百千万工程”为抓手开展工作。围绕“党旗红”打造党建品牌，聚焦重点项目推动“三新白鹤洞”建设，立足五个抓手推动招商引资提质增效，围绕“十百千万”谋划白鹤系列品牌，全面促进白鹤洞片区高质量发展。',
  ],
  ['heading', '（四）部门年度重点工作任务'],
  [
    'para',
    '聚焦党建深化全面从严治党为白鹤洞高质发展提供坚强政治保证；坚定贯彻习近平生态文明思想、提升辖区人居环境；明方向、谋载体，高标准谋划产业布局；改善民生福祉，保持社会安全稳定；围绕“十百千万”谋划白鹤系列品牌。',
  ],
  ['heading', '二、综合评价分析'],
  [
    'para',
    '2024年，白鹤洞街道坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，推进省委“1310”具体部署、市委“1312”思路举措和区委相关工作要求在白鹤洞街道落地生根，坚决打好产业结构调整“攻坚战”、啃下城中村改造“硬骨头”、守好安全稳定“责任田”，为广州实现老城市新活力、“四个出新出彩”贡献鹤洞力量。',
  ],
  [
    'para',
    '按照《部门整体支出绩效自评指标评分表》的评价指标，我街进行了认真的自评分析，经研究，我街2024部门整体支出绩效自评结果为97.38分。',
  ],
  ['heading', '(一) 履职效能分析(总分为 50 分, 自评分为 49.88 分)'],
  ['heading', '1. 部门整体支出绩效目标产出指标完成情况'],
  ['heading', 'a. 数量指标'],
  [
    'para',
    '党员培训工作完成率。年初目标 100%；完成情况：2024 年度通过主题教育，党建宣传，征订党建报刊书籍，开展党员活动等其他方式加强党组织及党员教育，党员教育培训率 100%。',
  ],
  [
    'para',
    '防灾减灾救灾宣传活动场次。年初目标 2 次；完成情况：我街道以防灾减灾日、安全生产月等活动为抓手，利用大喇叭、户外 LED 屏、宣传海报等载体推动防灾减灾救灾知识进社区、进机关、进企业、进学校、进家庭，全年共开展防灾减灾救灾宣传活动 3 场，提高群众防灾避险意识。',
  ],
  [
    'para',
    '社区服务覆盖率。年初目标 100%；完成情况：白鹤洞街立足于群众需求和基层治理突出问题，以党建创新推动基层治理创新，解决好联系服务群众“最后一公里”问题。全域社会治理试点推进顺利、多元矛盾化解调解中心顺利搭建、群防共治队伍持续壮大。',
  ],
  ['heading', 'b.质量指标'],
  [
    'para',
    '应急突发事件处置率。年初目标 100%；2024 年我街城市运行基本平稳，总体反应平静，应急值守工作总体良好，防范工作到位，突发事件应对快速、联动高效。全街共发生各类突发事件 9 宗，处置 9 宗，应急突发事件处置率 100%。',
  ],
  ['heading', 'c.时效指标'],
  [
    'para',
    '复退军人信访及时处理率。年初目标 100%；2024 年，严格落实退役军人信访工作责任制，通过以下措施确保复退军人信访及时处理率达 100%。一是强化源头治理与首办责任；二是推行信访代办与闭环管理；三是深化排查与精准帮扶。全年累计处理信访事项均按政策限时办结，群众回访满意率 100%，未发生因处置滞后引发的重复访或越级访事件，切实维护退役军人合法权益与社会稳定。',
  ],
  ['heading', '2.部门整体支出绩效目标效益指标完成情况'],
  ['heading', 'a.社会效益指标'],
  [
    'para',
    '失业人员再就业率。年初目标：再就业率≥70%。完成情况：2024 年度，再就业率 79.1%；我街完成城镇登记失业人员再就业 951 人，就业困难人员实现就业人数 302 人，实现全街没有出现“零就业家庭”和特困失业人员，超额完成区下达的就业目标责任制的指标任务。',
  ],
  [
    'para',
    '加强廉政教育和廉洁文化宣传。年初目标：有效加强。完成情况：精准把握、严格落实“三个区分开来”的原则，对街道工作开展全方位日常监督，谈话提醒 52 人次。积极开展集中整治群众身边不正之风和腐败问题专项行动和“百千万工程”等专项监督，发现问题 184 个并推动全部整改完毕。扎实开展党纪学习教育，组织到广州市党员干部纪法教育基地等教学点开展廉政教育、警示教育等 14 次，参与人数 500 多人次。认真落实“群众有诉求、纪委快出手”工作机制，成功推动解决“鹤洞养老院原保安工作人员劳动纠纷”等群众诉求 4 项。',
  ],
  [
    'para',
    '严重精神障碍患者服务覆盖率。年初目标：100%。根据监护补助的相关政策标准，白鹤洞街通过社区宣传栏、微信群、电话通知及上门走访（尤其对独居或老年监护人）等方式确保所有符合条件的监护人知悉补贴政策，切实做到“应通知尽通知”，监护补贴申领通知 100%覆盖在册患者监护人。',
  ],
  ['heading', 'b. 可持续影响指标'],
  [
    'para',
    '普查宣传覆盖率。年初目标：100%。完成情况：2024 年街道经普办组织工作人员在 15 个居委会（工作站）公告栏、29 个小区公告栏张贴“五经普”工作宣传材料，印制横幅 30 余条“五经普”工作宣传横幅拉挂在小区、园区出入关键位置，普查宣传覆盖率 100%。',
  ],
  ['heading', '3. 部门整体支出绩效目标满意度指标完成情况'],
  ['heading', 'a. 服务对象满意度指标'],
  [
    'para',
    '基层党建工作满意度。年初目标：≥95%。完成情况：2024 年在春节、“七一”、国庆前慰问生活困难党员、老党员达 900 余人次，发放区委组织部下拨的党内关爱扶助金 9 万余元。充分地开展了党内关爱行动，进一步增强党组织在广大党员群众中的凝聚力、影响力和号召力，党员满意率达 95%以上。',
  ],
  ['heading', '3.部门预算资金支出率'],
  [
    'para',
    '根据评分标准（Σ每月一般公共预算支出执行率÷n（n 为当年自通报之月起的通报月份数量*本指标得分），我街计算得出部门预算资金支出率 98.76%。',
  ],
  ['heading', '（二）管理效率分析（总分为 50 分，自评分为 46.5 分）'],
  ['heading', '1.预算编制（总分为 3 分，得分为 3 分）'],
  [
    'para',
    '我街预算编制基础信息（包括单位人员信息、资产信息等）准确完整，部门预算编制在规定时间内报送区财政局审核，部门为加强预算管理、规范财务行为而制定的管理制度较为健全完整。根据文件要求，严格落实新增预算入库项目的事前绩效评估工作。',
  ],
  ['heading', '2.预算执行（总分为 4 分，得分为 3.5 分）'],
  [
    'para',
    '我街在执行财经纪律方面较好，能够强化严格遵守国家财经法律法规的意识，严格按照《会计基础工作规范》、《行政事业单位会计制度》依法设账，严格执行《白鹤洞街道财务审批和报销制度》开展财务管理工作，加强内部控制，规范各财务岗位相互制约和监督机制，处理各种报账手续，准确核算财务数据及信息，各项开支依法依规、专款专用，严格按财务制度办理。严格落实审计部门对政府采购预算管理方面的整改措施。',
  ],
  ['heading', '3.信息公开（总分为4分，得分为4分）'],
  [
    'para',
    '我街根据《预算法》、《关于做好2024年部门预算公开工作的通知》、《荔湾区财政局关于做好2023年度部门决算公开工作的通知》等要求，按规定时间在区政府门户网站和本街道门户网站公开2024年部门预算、2023年部门决算，同步公开2024年整体预算绩效目标表、2023年部门整体支出绩效自评表和2023年部门整体支出绩效自评报告。',
  ],
  ['heading', '4.绩效管理（总分为15分，得分为14分）'],
  [
    'para',
    '我街制定的《白鹤洞街道办事处预算绩效管理办法》适用于本部门及下属事业单位，明确了绩效管理领导小组的职责，实行以绩效目标为导向，以事前绩效评估、事中绩效监控、事后绩效评价为手段，注重结果应用的预算管理活动。在预算编制阶段，各科室对相关专项资金的绩效目标、绩效指标进行设定或调整，使之与社会和经济发展相适应。年中组织开展部门整体和重点项目绩效运行监管，定期收集各部门绩效监控材料，及时汇总分析和反馈监控结果。预算年度末，组织本部门及下属事业单位开展项目支出绩效自评，配合办公室开展部门整体支出绩效自评工作。',
  ],
  ['heading', '5.采购管理（总分为10分，得分为10分）'],
  [
    'para',
    '根据《政府采购法》和《政府采购法实施条例》，我街严格按照区财政局《关于开展政府采购意向公开有关事项的通知》文件要求，落实项目采购意向公开工作，严格按照规定及时、全面公开采购意向，信息公开完成率100%。我街严格执行合同管理的相关法规和制度，在规定的时间内进行合同签订的流程时，同步完成采购合同备案，整理合同管理台账，保证备案时效性。',
  ],
  ['heading', '6.资产管理（总分为 10 分，得分为 9 分）'],
  [
    'para',
    '我部门严格按照区财政局《关于印发广州市荔湾区国有资产使用管理办法的通知》文件要求，对本部门的资产配置、使用、处置等事项进行管理和监督。我街办公室面积和办公设备按规定标准配置；资产处置和使用收益及时上缴财政；行政事业性国有资产年报数据完整、准确，核实性问题均能提供有效、真实的说明，资产账与财务账相符的；固定资产利用率≥90%。',
  ],
  ['para', '2023 年度，我街聘请第三方开展资产清查工作。相关资产的清查核对工作正在有序进行。'],
  ['heading', '7.运行成本（总分为 4 分，得分为 4 分）'],
  [
    'para',
    '白鹤洞街道办事处 2024 年度实际支出公用经费总额（133.58 万元）≤预算安排公用经费总额（133.58 万元）；2024 年度“三公”经费实际支出数（3.07 万元）≤预算安排的“三公”经费数（3.07 万元），较好的完成了运行成本控制。',
  ],
  ['heading', '三、存在的主要问题'],
  [
    'para',
    '一是财政支出绩效管理需要进一步完善。绩效评价质量有待提高，绩效目标、绩效监控、绩效评价及结果应用结合还不够。',
  ],
  [
    'para',
    '二是项目经办人员的绩效管理意识有待进一步提高，需要加强培训。由于预算绩效管理工作开展时间较短，专业性强，以及部分项目经办人员变动比较大，对预算绩效管理业务不熟悉，对工作重点把握不到位，需要进一步加强培训。',
  ],
  ['heading', '四、下一步改进措施'],
  [
    'para',
    '一是强化预算绩效管理的精准度。绩效管理全过程有据可查、有人监督、有人负责。各财政项目从年初部门整体绩效目标申报、年中绩效目标过程监控到年末绩效目标完成情况总结，均由专人负责监督并及时整理归档相关资料。',
  ],
  [
    'para',
    '二是强化绩效管理工作内部组织能力。加强培训，提高全员绩效管理意识以及政策水平，提高项目、资金从绩效目标设定、预算执行双监控到绩效评价全链条绩效管理水平。',
  ],
];

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const LABEL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** 自评表: title, 单位名称, then the seed's transposed table at A3:J6. */
export function addScoreSheet(wb: ExcelJS.Workbook, name = '自评表'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  const last = SEED_INDICATORS.length + 2; // label column + indicators + 合计

  ws.mergeCells(1, 1, 1, last);
  ws.getCell('A1').value = SEED_TITLE;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, last);
  ws.getCell('A2').value = `单位名称：${SEED_ORG}`;

  const labels = ['一级指标', '二级指标', '指标\n分值', '自评得\n分情况'];
  labels.forEach((text, i) => (ws.getCell(3 + i, 1).value = text));
  SEED_INDICATORS.forEach((ind, i) => {
    const col = 2 + i;
    const first = i === 0 || SEED_INDICATORS[i - 1].group !== ind.group;
    if (first) ws.getCell(3, col).value = `${ind.group}\n(${ind.groupPoints}分)`;
    ws.getCell(4, col).value = ind.label;
    ws.getCell(5, col).value = ind.points;
    ws.getCell(6, col).value = ind.score;
  });
  ws.getCell(3, last).value = '合计';
  ws.getCell(5, last).value = SEED_TOTAL.points;
  ws.getCell(6, last).value = SEED_TOTAL.score;

  ws.mergeCells('C3:I3'); // 管理效能 over its seven indicators
  ws.mergeCells(3, last, 4, last); // 合计 over both level rows

  for (let r = 3; r <= 6; r++) {
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (r <= 4 || c === 1) {
        cell.font = { bold: true };
        cell.fill = LABEL_FILL;
      }
    }
  }
  ws.getColumn(1).width = 10;
  for (let c = 2; c <= last; c++) ws.getColumn(c).width = 10;
  ws.getRow(3).height = 36;
  ws.getRow(4).height = 36;
  return ws;
}

/** 收支情况: 项目 | 金额（万元） with one figure per row. */
function addFundingSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('收支情况');
  ws.addRow(['项目', '金额（万元）']);
  for (const f of SEED_FUNDING) ws.addRow([f.label, f.value]).getCell(2).numFmt = f.numFmt;
  ws.eachRow((row, r) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN;
      if (r === 1) {
        cell.font = { bold: true };
        cell.fill = LABEL_FILL;
        cell.alignment = { horizontal: 'center' };
      }
    }),
  );
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 16;
}

/** 自评表说明: one paragraph or heading per row in column A. */
function addExplanationSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('自评表说明');
  ws.getColumn(1).width = 100;
  for (const [kind, text] of EXPLANATION) {
    const cell = ws.addRow([text]).getCell(1);
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: kind === 'title' ? 'center' : 'left' };
    if (kind !== 'para') cell.font = { bold: true, size: kind === 'title' ? 14 : 11 };
  }
}

/** The paragraphs under one heading of the explanation, joined by line breaks. */
function section(heading: string): string {
  const start = EXPLANATION.findIndex(([, text]) => text === heading);
  const out: string[] = [];
  for (let i = start + 1; i < EXPLANATION.length && EXPLANATION[i][0] === 'para'; i++) out.push(EXPLANATION[i][1]);
  return out.join('\n');
}

/** 基本情况: the explanation's first part as label / value rows. */
function addBasicsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('基本情况');
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 100;
  const rows: [string, string][] = [
    ['部门职能', section('（一）部门职能')],
    ['部门整体支出绩效目标', section('（三）部门整体支出绩效目标')],
    ['部门年度重点工作任务', section('（四）部门年度重点工作任务')],
  ];
  for (const values of rows) {
    const row = ws.addRow(values);
    row.getCell(1).font = { bold: true };
    row.eachCell((cell) => {
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
}

/** 绩效目标: the seed's targets and actuals, 一级 / 二级 merged down their runs; no 分值, no 得分. */
function addTargetSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('绩效目标');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '2024年度部门整体支出绩效目标完成情况';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  const header = ws.addRow(['一级指标', '二级指标', '三级指标', '年初目标', '实际完成值']);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = LABEL_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  const first = ws.rowCount + 1;
  SEED_TARGETS.forEach((t, i) => {
    const previous = SEED_TARGETS[i - 1];
    const row = ws.addRow([
      previous?.level1 === t.level1 ? null : t.level1,
      previous?.level2 === t.level2 && previous.level1 === t.level1 ? null : t.level2,
      t.name,
      t.target,
      t.actual,
    ]);
    for (const c of [4, 5])
      if (typeof row.getCell(c).value === 'number')
        row.getCell(c).numFmt = Number.isInteger((row.getCell(c).value as number) * 100) ? '0%' : '0.0%';
  });
  // 一级 and 二级 merged down their runs, the way the form is printed.
  for (const [col, key] of [
    [1, (t: SeedTarget) => t.level1],
    [2, (t: SeedTarget) => `${t.level1}/${t.level2}`],
  ] as const) {
    let start = 0;
    for (let i = 1; i <= SEED_TARGETS.length; i++) {
      if (i < SEED_TARGETS.length && key(SEED_TARGETS[i]) === key(SEED_TARGETS[start])) continue;
      if (i - 1 > start) ws.mergeCells(first + start, col, first + i - 1, col);
      start = i;
    }
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    for (let c = 1; c <= 5; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN;
      cell.alignment = { ...cell.alignment, vertical: 'middle', wrapText: true };
    }
  }
  [12, 18, 28, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export async function buildSampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'scoresheet';
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 15)); // fixed, so rebuilding changes nothing
  addScoreSheet(wb);
  addFundingSheet(wb);
  addExplanationSheet(wb);
  addBasicsSheet(wb);
  addTargetSheet(wb);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

if (require.main === module) {
  buildSampleWorkbook()
    .then((bytes) => {
      const file = path.join(repoRoot(), 'assets', 'sample-scoresheet.xlsx');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${bytes.length} bytes)`);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
