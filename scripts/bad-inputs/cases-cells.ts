/** Tables whose cells are hostile: errors, circular formulas, huge or formula-looking text, odd types. */
import type { Value } from '../../test/fixtures/sheet-kit';
import {
  type BadInputCase,
  BODY,
  bodyWith,
  editParts,
  HEADER,
  newWorkbook,
  plainTable,
  put,
  putTable,
  SHEET,
  toBuffer,
} from './kit';

const LONG = 32767; // Excel's limit for the text of one cell

function longText(seed: string): string {
  return seed.repeat(Math.ceil(LONG / seed.length)).slice(0, LONG);
}

function rich(...parts: [string, boolean][]): Value {
  return {
    richText: parts.map(([text, bold]) => ({ text, font: bold ? { bold: true, color: { argb: 'FFC00000' } } : {} })),
  };
}

export const cellCases: BadInputCase[] = [
  {
    file: 'error-results.xlsx',
    description: 'score cells whose cached results are #REF!, #DIV/0!, #N/A and #VALUE! (formulas and a typed error)',
    build: () =>
      plainTable(
        bodyWith({
          0: { 3: { formula: 'Sheet9!D2', result: { error: '#REF!' } } },
          1: { 3: { formula: '28/0', result: { error: '#DIV/0!' } } },
          2: { 3: { error: '#N/A' } },
          3: { 3: { formula: '"十九"+0', result: { error: '#VALUE!' } } },
        }),
      ),
    expected: { exit: 1, findings: ['invalid-value'] },
  },
  {
    file: 'circular-cached.xlsx',
    description:
      'two scores that refer to each other (D2 = D3, D3 = D2), cached as 0 the way Excel saves a circular reference',
    build: () =>
      plainTable(bodyWith({ 0: { 3: { formula: 'D3', result: 0 } }, 1: { 3: { formula: 'D2', result: 0 } } })),
    expected: { exit: 1, findings: ['sum-mismatch', 'deduction'] },
  },
  {
    file: 'circular-uncached.xlsx',
    description:
      'the same circular formulas saved without any cached result (as generators that do not calculate write them)',
    build: () => plainTable(bodyWith({ 0: { 3: { formula: 'D3' } as Value }, 1: { 3: { formula: 'D2' } as Value } })),
    expected: { exit: 0, findings: ['missing-value'] },
  },
  {
    file: 'long-strings.xlsx',
    description: "an indicator name and a reason of 32,767 characters each (Excel's maximum)",
    build: () => plainTable(bodyWith({ 1: { 1: longText('预算执行很长的名称'), 4: longText('原因说明，') } })),
    expected: { exit: 0, findings: ['deduction'] },
  },
  {
    file: 'formula-looking-text.xlsx',
    description: "names and reasons typed as text: =HYPERLINK(…), +cmd|' /C calc'!A0, -1+1, @SUM(A1:A9)",
    build: () =>
      plainTable(
        bodyWith({
          0: { 1: '=HYPERLINK("http://example.com","点击")' },
          1: { 1: "+cmd|' /C calc'!A0", 4: '=1+1' },
          2: { 1: '-1+1' },
          3: { 1: '@SUM(A1:A9)', 4: "@cmd|' /C calc'!A0" },
        }),
      ),
    expected: { exit: 0, findings: ['deduction'], absent: ['deduction-without-reason'] },
  },
  {
    file: 'scores-all-empty.xlsx',
    description: 'points filled, every score (and the 合计 score) left empty',
    build: () => plainTable(BODY.map((line) => line.map((v, c) => (c === 3 ? null : v)))),
    expected: { exit: 0, findings: ['missing-value'] },
  },
  {
    file: 'headers-only.xlsx',
    description: 'the header line and nothing under it',
    build: () => plainTable([]),
    expected: { exit: 2, stderrIncludes: '自评表!A1' },
  },
  {
    file: 'total-in-words.xlsx',
    description: 'the 合计 score written as text "九十七" and its points as "一百"',
    build: () => plainTable(bodyWith({ 4: { 2: '一百', 3: '九十七' } })),
    expected: { exit: 1, findings: ['invalid-value'] },
  },
  {
    file: 'negative-points.xlsx',
    description: 'points of -30 and a score of -2 on two indicators',
    build: () => plainTable(bodyWith({ 1: { 2: -30 }, 3: { 3: -2 } })),
    expected: { exit: 1, findings: ['score-out-of-range'] },
  },
  {
    file: 'nan-infinity-text.xlsx',
    description: 'scores typed as "∞", "NaN", "Infinity" and "-∞"',
    build: () => plainTable(bodyWith({ 0: { 3: '∞' }, 1: { 3: 'NaN' }, 2: { 3: 'Infinity' }, 3: { 3: '-∞' } })),
    expected: { exit: 1, findings: ['invalid-value'] },
  },
  {
    file: 'huge-numbers.xlsx',
    description: 'scores of 1E+308 and 9.99E+307 (near the largest double): their sum overflows',
    build: () => plainTable(bodyWith({ 0: { 3: 1e308 }, 1: { 3: 9.99e307 } })),
    expected: { exit: 1, findings: ['score-out-of-range'] },
  },
  {
    file: 'dates-as-scores.xlsx',
    description: 'score cells holding dates (2024-05-01, 1900-01-19 12:00 — a 19.5 formatted as a date)',
    build: () =>
      plainTable(bodyWith({ 1: { 3: new Date(Date.UTC(2024, 4, 1)) }, 3: { 3: new Date(Date.UTC(1900, 0, 19, 12)) } })),
    expected: { exit: 1, findings: ['invalid-value'] },
  },
  {
    file: 'booleans-as-scores.xlsx',
    description: 'score cells holding TRUE and FALSE',
    build: () => plainTable(bodyWith({ 1: { 3: true }, 3: { 3: false } })),
    expected: { exit: 1, findings: ['invalid-value'] },
  },
  {
    file: 'rich-text.xlsx',
    description: 'names, a header and a score as rich text runs (red bold parts); the score "2" + "8" reads 28',
    build: () => {
      const header: Value[] = [...HEADER];
      header[3] = rich(['得', true], ['分', false]);
      return plainTable(
        bodyWith({ 1: { 1: rich(['预算', true], ['执行', false]), 3: rich(['2', true], ['8', false]) } }),
        SHEET,
        header,
      );
    },
    expected: { exit: 0, findings: ['deduction'], absent: ['invalid-value', 'missing-value'] },
  },
  {
    file: 'shared-formulas.xlsx',
    description: 'every score a shared formula (=C2 filled down, one master) with cached results, the total a SUM',
    build: async () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(SHEET);
      putTable(ws);
      ws.getCell('D2').value = { formula: 'C2', result: 20, shareType: 'shared', ref: 'D2:D5' } as Value;
      [28, 30, 19].forEach((result, i) => (ws.getCell(`D${i + 3}`).value = { sharedFormula: 'D2', result } as Value));
      ws.getCell('D6').value = { formula: 'SUM(D2:D5)', result: 97 };
      return toBuffer(wb);
    },
    expected: { exit: 0, findings: ['deduction'], absent: ['sum-mismatch', 'missing-value'] },
  },
  {
    file: 'full-width.xlsx',
    description:
      'headers with ideographic spaces (分　值), full-width digits (２０, １９．５), full-width letters and punctuation',
    build: () =>
      plainTable(
        [
          ['决策', 'ＫＰＩ目标设定', '２０', '２０', ''],
          ['过程', '预算执行（含调整）', '３０', '２８．５', '执行率９３％'],
          ['产出', '产出数量', '３０', '３０', ''],
          ['效益', '满意度', '２０', '２０', ''],
          ['合　计', '', '１００', '９８．５', ''],
        ],
        SHEET,
        ['一级指标', '二级指标', '分　值', '得　分', '扣分原因'],
      ),
    expected: { exit: 0, findings: ['deduction'], absent: ['invalid-value', 'sum-mismatch'] },
  },
  {
    file: 'four-levels.xlsx',
    description: 'indicators nested four levels deep (一级指标 … 四级指标), with a 合计',
    build: () => nestedLevels(4),
    expected: {
      exit: 0,
      findings: ['deduction'],
      absent: ['sum-mismatch'],
      leaves: ['直播场次', '点播人次', '集中培训', '问卷结果'],
    },
  },
  {
    file: 'five-levels.xlsx',
    description:
      'indicators nested five levels deep (一级指标 … 五级指标): the 五级 column names them, 四级 is passed over',
    build: () => nestedLevels(5),
    expected: {
      exit: 0,
      findings: ['deduction'],
      absent: ['sum-mismatch'],
      leaves: ['直播场次', '点播人次', '集中培训', '问卷结果'],
    },
  },
  {
    file: 'zero-width-chars.xlsx',
    description: 'zero-width spaces and a byte-order mark inside the headers and names (一级\\u200b指标, \\ufeff得分)',
    build: () =>
      plainTable(bodyWith({ 1: { 1: '预算\u200b执行' } }), SHEET, [
        '一级\u200b指标',
        '二级指标',
        '分值\u200c',
        '\ufeff得分',
        '扣分原因',
      ]),
    expected: { exit: 0, findings: ['deduction'] },
  },
  {
    file: 'inline-strings.xlsx',
    description: 'text written as inline strings (`t="inlineStr"`), as some generators do, no sharedStrings part',
    build: async () => {
      const rows = [HEADER, ...BODY].map((line, r) => {
        const cells = line.map((v, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (v === '' || v === null) return '';
          return typeof v === 'number'
            ? `<c r="${ref}"><v>${v}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t>${v as string}</t></is></c>`;
        });
        return `<row r="${r + 1}">${cells.join('')}</row>`;
      });
      return editParts(await plainTable(), {
        'xl/worksheets/sheet1.xml': (s) =>
          s.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join('')}</sheetData>`),
      });
    },
    expected: { exit: 0, findings: ['deduction'], absent: ['missing-value'] },
  },
  {
    file: 'bad-shared-string-index.xlsx',
    description: 'the reason in E3 pointing at shared string #99999, which does not exist',
    build: async () =>
      editParts(await plainTable(), {
        'xl/worksheets/sheet1.xml': (s) => s.replace(/(<c r="E3" t="s"><v>)\d+(<\/v>)/, '$199999$2'),
      }),
    expected: { exit: 2, stderrIncludes: '自评表!E3' },
  },
];

/** Four indicators under `depth` levels of names, the deepest naming each; one deduction, a 合计. */
async function nestedLevels(depth: 4 | 5): Promise<Buffer> {
  const levels = ['一级指标', '二级指标', '三级指标', '四级指标', '五级指标'].slice(0, depth);
  const paths = [
    ['产出', '数量', '培训', '线上', '直播场次'],
    ['产出', '数量', '培训', '线上', '点播人次'],
    ['产出', '数量', '培训', '线下', '集中培训'],
    ['效益', '社会', '满意度', '群众', '问卷结果'],
  ].map((p) => [...p.slice(0, depth - 1), p[4]]);
  const wb = newWorkbook();
  put(wb.addWorksheet(SHEET), 1, 1, [
    [...levels, '分值', '得分', '扣分原因'],
    ...paths.map((p, i) => [...p, 25, i === 1 ? 24 : 25, i === 1 ? '平台故障两天' : '']),
    ['合计', ...Array<string>(depth - 1).fill(''), 100, 99, ''],
  ]);
  return toBuffer(wb);
}
