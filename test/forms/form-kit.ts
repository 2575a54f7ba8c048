/**
 * Draws the published self-evaluation forms row by row as they are laid out on paper: title, the
 * 项目名称 / 主管部门 lines, the funding block, 年度总体目标, the indicator block with its caption
 * merged down the left, 总分, 评价结论 / 存在问题 / 改进措施, the signature line and 填表说明. Each
 * drawer returns the addresses of the cells the expectations point at, so the same call on a throwaway
 * sheet gives the addresses without building a file.
 */
import type * as ExcelJS from 'exceljs';
import { a1, newWorkbook, type Value } from '../fixtures/sheet-kit';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const blank = (v: Value | undefined): boolean => v === undefined || v === null || v === '';

/** Writes whole lines of a form from a starting row; keeps the current row. */
export class FormWriter {
  row: number;

  constructor(
    readonly ws: ExcelJS.Worksheet,
    top: number,
    readonly width: number,
  ) {
    this.row = top;
  }

  /**
   * One line: `cells[i]` goes to column i + 1; `spans` merge [fromCol, toCol] (1-based) on this line.
   * Returns the line's row number.
   */
  line(
    cells: Value[],
    spans: [number, number][] = [],
    opts: { bold?: boolean; border?: boolean; numFmt?: Record<number, string> } = {},
  ): number {
    const r = this.row++;
    for (let c = 1; c <= this.width; c++) {
      const cell = this.ws.getCell(r, c);
      const v = cells[c - 1];
      if (!blank(v)) cell.value = v;
      if (opts.border !== false) cell.border = THIN;
      cell.alignment = { vertical: 'middle', wrapText: true };
      if (opts.bold) cell.font = { bold: true };
      const fmt = opts.numFmt?.[c];
      if (fmt) cell.numFmt = fmt;
    }
    for (const [c1, c2] of spans) if (c2 > c1) this.ws.mergeCells(r, c1, r, c2);
    return r;
  }

  /** A full-width line of text without borders (title, notes). */
  text(text: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}): number {
    const r = this.row++;
    this.ws.mergeCells(r, 1, r, this.width);
    const cell = this.ws.getCell(r, 1);
    cell.value = text;
    cell.font = { bold: opts.bold ?? false, size: opts.size ?? 11 };
    cell.alignment = { horizontal: opts.center ? 'center' : 'left', vertical: 'middle', wrapText: true };
    return r;
  }

  /** Merges one column down rows r1..r2 (a caption or a level name). */
  down(col: number, r1: number, r2: number): void {
    if (r2 > r1) this.ws.mergeCells(r1, col, r2, col);
  }

  skip(n = 1): void {
    this.row += n;
  }
}

/** Runs a drawer on a throwaway sheet: the addresses, without building a file. */
export function addresses<T>(draw: (ws: ExcelJS.Worksheet) => T): T {
  return draw(newWorkbook().addWorksheet('layout'));
}

// ——— the national forms (财政部 项目支出 / 部门整体支出绩效自评表) ———————————————————————————————

/** One funding line: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
export interface FundingLine {
  label: string;
  initial: Value;
  budget: Value;
  spent: Value;
  points: Value;
  rate: Value;
  score: Value;
}

export interface IndicatorLine {
  l1: string;
  l2: string;
  l3: string;
  target: Value;
  actual: Value;
  points: Value;
  score: Value;
  reason?: Value;
}

export interface NationalForm {
  title: string;
  /** "（2024年度）" */
  year: string;
  /** Head lines: [label, value] pairs, one or two per line: [['项目名称', '…']], [['主管部门', '…'], ['实施单位', '…']]. */
  heads: [string, string][][];
  /** Funding block caption in column A: "项目资金（万元）". */
  fundingCaption: string;
  funding: FundingLine[];
  /** 年度总体目标: 预期目标 text, 实际完成情况 text. */
  goals: [string, string];
  /** Caption merged down the left of the indicator block; '' for none. */
  caption: string;
  /** The caption also covers the header line (else the header line's column A stays empty). */
  captionOverHeader?: boolean;
  /** Header names of columns B..I (default: the national template's). */
  indicatorHeader?: string[];
  indicators: IndicatorLine[];
  total: [Value, Value];
  /** 评价结论, 存在问题, 改进措施 texts (the form's prompts when published blank); omitted: no such lines. */
  closing?: [string, string, string];
  signature?: boolean;
  notes?: boolean;
}

export interface NationalCells {
  titleRow: number;
  funding: Record<
    string,
    { row: number; initial: string; budget: string; spent: string; points: string; rate: string; score: string }
  >;
  caption: string;
  /** First-level name cells (the top of each merged run). */
  l1: Record<string, string>;
  ind: Record<string, { row: number; target: string; actual: string; points: string; score: string; reason: string }>;
  total: { row: number; points: string; score: string };
  lastRow: number;
}

export const NATIONAL_INDICATOR_HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

export const NATIONAL_NOTES =
  '填表说明：1.定量指标若为正向指标（即指标值为≥*），则得分计算方法应用全年实际值/年度指标值×该指标分值；若为反向指标（即指标值为≤*），' +
  '则得分计算方法应用年度指标值/全年实际值×该指标分值。2.定性指标根据指标完成情况分为：全部或基本达成预期指标、部分达成预期指标并具有一定效果、' +
  '未达成预期指标且效果较差三档，分别按照该指标对应分值区间100-80%（含）、80-60%（含）、60-0%合理确定分值。3.请在“偏差原因分析及改进措施”中' +
  '说明偏离目标、不能完成目标的原因及拟采取的措施。';

export const CLOSING_PROMPTS: [string, string, string] = [
  '结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）',
  '结合自评情况，分析存在的问题及原因。（200字以内）',
  '针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）',
];

const NUM = '#,##0.00';
const PCT = '0.00%';

/** The national form, nine columns A..I, from row `top`. */
export function drawNational(ws: ExcelJS.Worksheet, f: NationalForm, top = 1): NationalCells {
  const w = new FormWriter(ws, top, 9);
  ws.getColumn(1).width = 8;
  [14, 16, 22, 16, 16, 8, 8, 30].forEach((width, i) => (ws.getColumn(i + 2).width = width));
  const titleRow = w.text(f.title, { bold: true, size: 16, center: true });
  w.text(f.year, { center: true });
  for (const pairs of f.heads) {
    if (pairs.length === 1) w.line([pairs[0][0], pairs[0][1]], [[2, 9]]);
    else
      w.line(
        [pairs[0][0], pairs[0][1], '', '', pairs[1][0], pairs[1][1]],
        [
          [2, 4],
          [6, 9],
        ],
      );
  }

  // Funding block: caption merged down column A, labels in B, figures C..H, I merged into H.
  const fundTop = w.line(
    [f.fundingCaption, '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [[8, 9]],
    { bold: true },
  );
  const funding: NationalCells['funding'] = {};
  for (const line of f.funding) {
    const r = w.line(
      ['', line.label, line.initial, line.budget, line.spent, line.points, line.rate, line.score],
      [[8, 9]],
      {
        numFmt: { 3: NUM, 4: NUM, 5: NUM, 7: PCT },
      },
    );
    funding[line.label] = {
      row: r,
      initial: a1(r, 3),
      budget: a1(r, 4),
      spent: a1(r, 5),
      points: a1(r, 6),
      rate: a1(r, 7),
      score: a1(r, 8),
    };
  }
  w.down(1, fundTop, w.row - 1);

  // 年度总体目标: two columns of text.
  const goalTop = w.line(
    ['年度总体目标', '预期目标', '', '', '', '实际完成情况'],
    [
      [2, 5],
      [6, 9],
    ],
    { bold: true },
  );
  w.line(
    ['', f.goals[0], '', '', '', f.goals[1]],
    [
      [2, 5],
      [6, 9],
    ],
  );
  w.down(1, goalTop, w.row - 1);

  // Indicator block: caption in A (over the header line too, or from the first body line).
  const header = f.indicatorHeader ?? NATIONAL_INDICATOR_HEADER;
  const headRow = w.line([f.captionOverHeader ? f.caption : '', ...header], [], { bold: true });
  const ind: NationalCells['ind'] = {};
  const l1: NationalCells['l1'] = {};
  const firstBody = w.row;
  f.indicators.forEach((it, i) => {
    const prev = f.indicators[i - 1];
    const newL1 = !prev || prev.l1 !== it.l1;
    const newL2 = newL1 || prev.l2 !== it.l2;
    const caption = i === 0 && !f.captionOverHeader ? f.caption : '';
    const r = w.line([
      caption,
      newL1 ? it.l1 : '',
      newL2 ? it.l2 : '',
      it.l3,
      it.target,
      it.actual,
      it.points,
      it.score,
      it.reason ?? '',
    ]);
    if (newL1) l1[it.l1] = a1(r, 2);
    ind[it.l3] = { row: r, target: a1(r, 5), actual: a1(r, 6), points: a1(r, 7), score: a1(r, 8), reason: a1(r, 9) };
  });
  mergeRuns(
    w,
    firstBody,
    f.indicators.map((it) => it.l1),
    2,
  );
  mergeRuns(
    w,
    firstBody,
    f.indicators.map((it) => `${it.l1}/${it.l2}`),
    3,
  );
  w.down(1, f.captionOverHeader ? headRow : firstBody, w.row - 1);
  const caption = a1(f.captionOverHeader ? headRow : firstBody, 1);

  const tr = w.line(['总分', '', '', '', '', '', f.total[0], f.total[1]], [[1, 6]], { bold: true });
  if (f.closing) {
    const labels = ['评价结论', '存在问题', '改进措施'];
    f.closing.forEach((text, i) => w.line([labels[i], text], [[2, 9]]));
  }
  if (f.signature)
    w.line(
      ['项目负责人：', '', '', '', '财务负责人：'],
      [
        [1, 4],
        [5, 9],
      ],
      { border: false },
    );
  if (f.notes) w.text(NATIONAL_NOTES);
  return {
    titleRow,
    funding,
    caption,
    l1,
    ind,
    total: { row: tr, points: a1(tr, 7), score: a1(tr, 8) },
    lastRow: w.row - 1,
  };
}

/** Merges runs of equal keys down column `col`, from row `first`. */
function mergeRuns(w: FormWriter, first: number, keys: string[], col: number): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    w.down(col, first + start, first + i - 1);
    start = i;
  }
}

// ——— the Sichuan 510000 form (部门预算项目支出绩效自评表), eleven columns A..K ————————————————————————

export interface SichuanFunding {
  label: string;
  initial: Value;
  adjusted: Value;
  spent: Value;
  rate: Value;
  weight: Value;
  score: Value;
}

export interface SichuanIndicator {
  l1: string;
  l2: string;
  l3: string;
  /** 指标性质: =, ≥, ≤ */
  nature: string;
  value: Value;
  unit: string;
  actual: Value;
  weight: Value;
  score: Value;
  reason?: Value;
}

export interface SichuanForm {
  code: string;
  title: string;
  project: string;
  department: string;
  implementer: string;
  goals: [string, string];
  process: string;
  funding: SichuanFunding[];
  fundingCaption: string;
  indicatorCaption: string;
  indicators: SichuanIndicator[];
  total: [Value, Value];
  closing: [string, string, string];
  /** Names typed after 项目负责人： / 财务负责人：. */
  signatures?: [string, string];
}

export interface SichuanCells {
  funding: Record<
    string,
    { row: number; initial: string; adjusted: string; spent: string; rate: string; weight: string; score: string }
  >;
  fundingCaption: string;
  caption: string;
  ind: Record<string, { row: number; value: string; actual: string; weight: string; score: string; reason: string }>;
  total: { row: number; points: string; score: string };
  lastRow: number;
}

export const SICHUAN_NOTE =
  '1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；' +
  '3.其他资金包括：社会投入资金、银行贷款。';

/** The 510000 form from row `top` (forms published one under another on a sheet start lower). */
export function drawSichuan(ws: ExcelJS.Worksheet, f: SichuanForm, top = 1): SichuanCells {
  const w = new FormWriter(ws, top, 11);
  [12, 14, 14, 22, 10, 10, 8, 10, 8, 8, 26].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  w.line([`报表编号：${f.code}`], [[1, 11]], { border: false });
  w.text(f.title, { bold: true, size: 16, center: true });
  w.line(['项目名称', f.project], [[2, 11]]);
  w.line(
    ['主管部门', f.department, '', '', '', '实施单位（盖章）', f.implementer],
    [
      [2, 5],
      [7, 11],
    ],
  );
  const basic = w.line(['项目基本情况', '1.项目年度目标完成情况'], [[2, 11]], { bold: true });
  w.line(
    ['', '项目年度目标', '', '', '', '年度目标完成情况'],
    [
      [2, 5],
      [6, 11],
    ],
  );
  w.line(
    ['', f.goals[0], '', '', '', f.goals[1]],
    [
      [2, 5],
      [6, 11],
    ],
  );
  w.line(['', '2.项目实施内容及过程概述'], [[2, 11]]);
  w.line(['', f.process], [[2, 11]]);
  w.down(1, basic, w.row - 1);

  const fundTop = w.line(
    [
      f.fundingCaption,
      '年度预算数（万元）',
      '年初预算',
      '调整后预算数',
      '预算执行数',
      '预算执行率',
      '权重',
      '得分',
      '原因',
    ],
    [[9, 11]],
    { bold: true },
  );
  const funding: SichuanCells['funding'] = {};
  f.funding.forEach((line, i) => {
    const r = w.line(
      [
        '',
        line.label,
        line.initial,
        line.adjusted,
        line.spent,
        line.rate,
        line.weight,
        line.score,
        i === 0 ? SICHUAN_NOTE : '',
      ],
      [],
      {
        numFmt: { 3: NUM, 4: NUM, 5: NUM, 6: PCT },
      },
    );
    funding[line.label] = {
      row: r,
      initial: a1(r, 3),
      adjusted: a1(r, 4),
      spent: a1(r, 5),
      rate: a1(r, 6),
      weight: a1(r, 7),
      score: a1(r, 8),
    };
  });
  ws.mergeCells(fundTop + 1, 9, w.row - 1, 11); // the note, down all funding lines
  w.down(1, fundTop, w.row - 1);

  const headRow = w.line(
    [
      f.indicatorCaption,
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质（=,≥,≤）',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ],
    [],
    { bold: true },
  );
  const first = w.row;
  const ind: SichuanCells['ind'] = {};
  f.indicators.forEach((it, i) => {
    const prev = f.indicators[i - 1];
    const newL1 = !prev || prev.l1 !== it.l1;
    const newL2 = newL1 || prev.l2 !== it.l2;
    const r = w.line([
      '',
      newL1 ? it.l1 : '',
      newL2 ? it.l2 : '',
      it.l3,
      it.nature,
      it.value,
      it.unit,
      it.actual,
      it.weight,
      it.score,
      it.reason ?? '',
    ]);
    ind[it.l3] = { row: r, value: a1(r, 6), actual: a1(r, 8), weight: a1(r, 9), score: a1(r, 10), reason: a1(r, 11) };
  });
  mergeRuns(
    w,
    first,
    f.indicators.map((it) => it.l1),
    2,
  );
  mergeRuns(
    w,
    first,
    f.indicators.map((it) => `${it.l1}/${it.l2}`),
    3,
  );
  w.down(1, headRow, w.row - 1); // the caption covers the header line too, as on the 510000 form
  const tr = w.line(['合计', '', '', '', '', '', '', '', f.total[0], f.total[1]], [[1, 8]], { bold: true });
  ['评价结论', '存在问题', '改进措施'].forEach((label, i) => w.line([label, f.closing[i]], [[2, 11]]));
  w.line(
    [`项目负责人：${f.signatures?.[0] ?? ''}`, '', '', '', '', `财务负责人：${f.signatures?.[1] ?? ''}`],
    [
      [1, 5],
      [6, 11],
    ],
    { border: false },
  );
  return {
    funding,
    fundingCaption: a1(fundTop, 1),
    caption: a1(headRow, 1),
    ind,
    total: { row: tr, points: a1(tr, 9), score: a1(tr, 10) },
    lastRow: w.row - 1,
  };
}

// ——— the Guizhou form: 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 ————————————————

export interface GuizhouFunding {
  label: string;
  initial: Value;
  spent: Value;
  points: Value;
  score: Value;
}

export interface GuizhouForm {
  title: string;
  year: string;
  heads: [string, string][][];
  funding: GuizhouFunding[];
  /** The sheet's own method text, merged down the funding lines. */
  method: string;
  goals: [string, string];
  caption: string;
  indicators: IndicatorLine[];
  total: [Value, Value];
  closing?: [string, string, string];
}

export interface GuizhouCells {
  funding: Record<string, { row: number; initial: string; spent: string; points: string; score: string }>;
  ind: NationalCells['ind'];
  total: { row: number; points: string; score: string };
}

/** Nine columns A..I: funding C..F + method G:I; indicators as the national form (B..I). */
export function drawGuizhou(ws: ExcelJS.Worksheet, f: GuizhouForm): GuizhouCells {
  const w = new FormWriter(ws, 1, 9);
  [10, 16, 16, 22, 16, 16, 8, 8, 30].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  w.text(f.title, { bold: true, size: 16, center: true });
  w.text(f.year, { center: true });
  for (const pairs of f.heads) {
    if (pairs.length === 1) w.line([pairs[0][0], pairs[0][1]], [[2, 9]]);
    else
      w.line(
        [pairs[0][0], pairs[0][1], '', '', pairs[1][0], pairs[1][1]],
        [
          [2, 4],
          [6, 9],
        ],
      );
  }
  const fundTop = w.line(
    ['资金情况（万元）', '', '年初预算数（A）', '全年执行数（B）', '分值（10分）', '得分', '得分计算方法'],
    [[7, 9]],
    { bold: true },
  );
  const funding: GuizhouCells['funding'] = {};
  f.funding.forEach((line, i) => {
    const r = w.line(['', line.label, line.initial, line.spent, line.points, line.score, i === 0 ? f.method : ''], [], {
      numFmt: { 3: NUM, 4: NUM },
    });
    funding[line.label] = { row: r, initial: a1(r, 3), spent: a1(r, 4), points: a1(r, 5), score: a1(r, 6) };
  });
  ws.mergeCells(fundTop + 1, 7, w.row - 1, 9);
  w.down(1, fundTop, w.row - 1);

  const goalTop = w.line(
    ['年度总体目标', '年初设定目标', '', '', '', '年度总体目标完成情况综述'],
    [
      [2, 5],
      [6, 9],
    ],
    { bold: true },
  );
  w.line(
    ['', f.goals[0], '', '', '', f.goals[1]],
    [
      [2, 5],
      [6, 9],
    ],
  );
  w.down(1, goalTop, w.row - 1);

  const headRow = w.line(
    [
      f.caption,
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '全年实际值',
      '分值',
      '得分',
      '未完成原因分析及改进措施',
    ],
    [],
    { bold: true },
  );
  const first = w.row;
  const ind: GuizhouCells['ind'] = {};
  f.indicators.forEach((it, i) => {
    const prev = f.indicators[i - 1];
    const newL1 = !prev || prev.l1 !== it.l1;
    const newL2 = newL1 || prev.l2 !== it.l2;
    const r = w.line([
      '',
      newL1 ? it.l1 : '',
      newL2 ? it.l2 : '',
      it.l3,
      it.target,
      it.actual,
      it.points,
      it.score,
      it.reason ?? '',
    ]);
    ind[it.l3] = { row: r, target: a1(r, 5), actual: a1(r, 6), points: a1(r, 7), score: a1(r, 8), reason: a1(r, 9) };
  });
  mergeRuns(
    w,
    first,
    f.indicators.map((it) => it.l1),
    2,
  );
  mergeRuns(
    w,
    first,
    f.indicators.map((it) => `${it.l1}/${it.l2}`),
    3,
  );
  w.down(1, headRow, w.row - 1);
  const tr = w.line(['总分', '', '', '', '', '', f.total[0], f.total[1]], [[1, 6]], { bold: true });
  if (f.closing) ['评价结论', '存在问题', '改进措施'].forEach((label, i) => w.line([label, f.closing![i]], [[2, 9]]));
  w.line(
    ['单位负责人：', '', '', '', '财务负责人：', '', '', '填表人：'],
    [
      [1, 4],
      [5, 7],
      [8, 9],
    ],
    { border: false },
  );
  return { funding, ind, total: { row: tr, points: a1(tr, 7), score: a1(tr, 8) } };
}
