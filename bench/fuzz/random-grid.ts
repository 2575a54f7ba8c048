/**
 * Random workbooks for the "never throws" property: sheets of random cells (numbers, number text, the
 * header and row words the reader looks for, "（50分）" decorations, Excel errors, booleans, random text,
 * number formats) with random non-overlapping merges; and consistent generated tables with random cells
 * overwritten and random merges added, so the reader meets broken tables, not only noise.
 */
import fc from 'fast-check';
import type { Area } from '../../src/core/grid/address';
import type { RawCell, SheetData, WorkbookData } from '../../src/core/grid/types';
import headerSynonyms from '../../src/core/data/header-synonyms.json';
import rowLabels from '../../src/core/data/row-labels.json';
import { renderTable } from './render-table';
import { tableSpecArb } from './table-spec';

/** Every word of the shipped vocabulary: header names of both table kinds and the row labels. */
const VOCABULARY: string[] = [
  ...Object.values(headerSynonyms.score),
  ...Object.values(headerSynonyms.funding),
  ...Object.values(rowLabels).filter((v) => typeof v === 'object'),
].flatMap((set) => Object.values(set as Record<string, string[]>).flat());

/** Words and figures as real sheets hold them (brief §2, §3, §5). */
const SHEET_WORDS = [
  '指标',
  '分值',
  '得分',
  '小计',
  '合计',
  '总分',
  '（50分）',
  '管理效能（50分）',
  '产出指标(30分)',
  '履职效能（50.5分）',
  '指标\n分值',
  '自评 得分',
  '一、基本情况',
  '（二）管理效率分析（总分为50分，自评分为47.5分）',
  '注：',
  '填表人：张某',
  '预算数',
  '执行数',
  '执行率',
  '部门职能',
  '绩效目标',
  '完成率×10',
  '≥90%计5分；80%-90%计4分；低于70%不得分',
  '执行率×分值',
  '完成得满分，未完成不得分',
  '—',
  '/',
  '不适用',
  '正向',
  '反向',
  '≥95%',
  '≤5%',
  '不低于90%',
  '控制在10%以内',
  '98.76%',
  '3分',
  '４９．８８',
  '11,661.19',
  '2,695.46万元',
  '',
  ' ',
  '=SUM(A1:A3)',
  '-1分',
  '+原因',
  '@x',
  '其中：一般公共预算',
  '年末结转和结余',
  '三公经费',
  '公用经费',
  '单位名称：某街道办事处',
  '2024年度部门整体支出绩效自评表',
  '1.',
  '3.',
  '（一）',
  '是',
  '否',
  '有效加强',
  '达标',
  '%',
  '万元',
];

export const ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];
const FORMATS = [
  'General',
  '0.00%',
  '0%',
  '#,##0.00',
  '@',
  '0.0',
  '0.00',
  'yyyy-mm-dd',
  '"¥"#,##0.00',
  '0.00_);[Red](0.00)',
  '0.000E+00',
  '# ?/?',
];
const SHEET_NAMES = ['自评表', 'Sheet1', '收支情况', '自评表说明', '检查结果', '附表', '评分表', '说明'];

/** Text of printable characters only: what an .xlsx can carry as it is (no XML control characters). */
const CHARS = [...'0123456789.,-+%()（）：:分指标得合计小一二三级预算执行率 ０１２３４５６７８９．ABCxyz=@\n'];
const textArb = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 14 });

const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 100, 50, 97.38, 49.88, 0.9876, 1e15, 1e-7, -0.005, Number.MAX_SAFE_INTEGER),
);

const valueCellArb: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SHEET_WORDS, ...VOCABULARY).map((value) => ({ value })) },
  { weight: 4, arbitrary: numberArb.map((value) => ({ value })) },
  { weight: 2, arbitrary: textArb.map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ value: null, error })) },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ value })) },
);

export const cellArb: fc.Arbitrary<RawCell | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 5,
    arbitrary: fc
      .record({ cell: valueCellArb, format: fc.option(fc.constantFrom(...FORMATS), { nil: undefined }) })
      .map(({ cell, format }) => (format === undefined ? cell : { ...cell, format })),
  },
);

const areaArb = (rows: number, cols: number): fc.Arbitrary<Area> =>
  fc
    .record({
      top: fc.nat(rows),
      left: fc.nat(cols),
      height: fc.integer({ min: 1, max: 5 }),
      width: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ top, left, height, width }) => ({ top, left, bottom: top + height - 1, right: left + width - 1 }));

const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Keeps the areas of more than one cell that overlap none kept before them (as Excel allows merges). */
export function disjointMerges(existing: Area[], candidates: Area[]): Area[] {
  const kept = [...existing];
  for (const a of candidates) {
    if (a.bottom === a.top && a.right === a.left) continue;
    if (!kept.some((b) => overlaps(a, b))) kept.push(a);
  }
  return kept;
}

const noiseSheetArb: fc.Arbitrary<Omit<SheetData, 'name'>> = fc
  .record({ rows: fc.integer({ min: 0, max: 16 }), cols: fc.integer({ min: 1, max: 10 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      cells: fc.array(fc.array(cellArb, { maxLength: cols }), { maxLength: rows }),
      merges: fc.array(areaArb(rows, cols), { maxLength: 6 }).map((m) => disjointMerges([], m)),
      hidden: fc.boolean(),
      protected: fc.boolean(),
    }),
  );

/** A consistent table with 1–12 cells overwritten (or emptied) and up to 4 merges added. */
const brokenTableSheetArb: fc.Arbitrary<Omit<SheetData, 'name'>> = tableSpecArb.chain((spec) => {
  const sheet = renderTable(spec).workbook.sheets[0];
  const rows = sheet.cells.length;
  const cols = Math.max(1, ...Array.from(sheet.cells, (r) => r?.length ?? 0));
  const hit = fc.record({ row: fc.nat(rows), col: fc.nat(cols), cell: cellArb });
  return fc
    .record({
      hits: fc.array(hit, { minLength: 1, maxLength: 12 }),
      merges: fc.array(areaArb(rows, cols), { maxLength: 4 }),
    })
    .map(({ hits, merges }) => {
      const cells = sheet.cells.map((r) => (r ? r.slice() : r));
      for (const { row, col, cell } of hits) (cells[row] ??= [])[col] = cell;
      return { cells, merges: disjointMerges(sheet.merges, merges) };
    });
});

/** A workbook of one to three sheets, each noise or a broken table, with distinct names. */
export const randomWorkbookArb: fc.Arbitrary<WorkbookData> = fc
  .record({
    names: fc.shuffledSubarray(SHEET_NAMES, { minLength: 1, maxLength: 3 }),
    sheets: fc.array(fc.oneof(noiseSheetArb, brokenTableSheetArb), { minLength: 3, maxLength: 3 }),
  })
  .map(({ names, sheets }) => ({ sheets: names.map((name, i) => ({ name, ...sheets[i] })) }));
