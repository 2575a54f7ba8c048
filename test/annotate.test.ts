import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, sample } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'scoresheet-annotate-'));

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** Every cell of the named sheets: value, fill and note, as one comparable object. */
function snapshot(wb: ExcelJS.Workbook, sheets: string[], what: 'values' | 'formats'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of sheets) {
    const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out[`${name}!${cell.address}`] =
          what === 'values' ? cell.value : { fill: cell.style?.fill ?? null, note: cell.note ?? null };
      }),
    );
  }
  return out;
}

const USER_SHEETS = ['自评表', '收支情况', '自评表说明', '基本情况', '绩效目标'];

describe('annotate, report and clean on the sample', () => {
  const annotated = join(dir, 'annotated.xlsx');
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let findingCount = 0;

  beforeAll(async () => {
    const out = await cli('annotate', sample, '-o', annotated);
    // Exit 1: the sample's own text states 46.5 where its table gives 47.5 (an error finding); written all the same.
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('标注 6 个单元格');
    findingCount = JSON.parse((await cli('check', sample, '--json')).stdout).findings.length;
    before = await open(sample);
    after = await open(annotated);
  });

  it('never changes a value of the user’s own sheets, nor the input file', async () => {
    expect(snapshot(after, USER_SHEETS, 'values')).toEqual(snapshot(before, USER_SHEETS, 'values'));
    expect(readFileSync(sample).equals(readFileSync(sample))).toBe(true);
  });

  it('fills each deduction’s score cell and puts the reason in its note', () => {
    const ws = after.getWorksheet('自评表') as ExcelJS.Worksheet;
    for (const address of ['B6', 'D6', 'F6', 'H6']) {
      const fill = ws.getCell(address).fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb).toBe('FFBDD7EE');
      expect(String(ws.getCell(address).note)).toMatch(/扣 [\d.]+ 分/);
    }
    // The explanation's wrong figure is marked as an error where it stands.
    const text = after.getWorksheet('自评表说明') as ExcelJS.Worksheet;
    expect((text.getCell('A37').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF4B6B6');
    expect(String(text.getCell('A37').note)).toContain('46.5');
    // Cells without findings keep their own format.
    expect(ws.getCell('C6').fill).toEqual((before.getWorksheet('自评表') as ExcelJS.Worksheet).getCell('C6').fill);
  });

  it('adds a 检查结果 sheet: a filterable table, frozen header, each cell a link to its cell', () => {
    const ws = after.getWorksheet('检查结果') as ExcelJS.Worksheet;
    expect(ws).toBeDefined();
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '级别',
      '指标',
      '工作表',
      '单元格',
      '说明',
      '应为',
      '实际',
      '检查项',
    ]);
    expect(ws.rowCount).toBe(1 + findingCount);
    expect(findingCount).toBeGreaterThan(10);
    const link = ws.getCell('D2').value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe(`#'${ws.getCell('C2').value}'!${link.text}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['scoresheet_findings']);
  });

  it('writes the 自评表说明 beside the user’s own sheet of that name, with the four sections in order', () => {
    const ws = after.getWorksheet('自评表说明（生成）') as ExcelJS.Worksheet;
    expect(ws).toBeDefined();
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts[0]).toBe('2024年度广州市荔湾区人民政府白鹤洞街道办事处部门整体支出绩效自评表说明');
    const sections = texts.filter((t) => /^[一二三四]、/.test(t));
    expect(sections).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(after.getWorksheet('scoresheet_state')?.state).toBe('veryHidden');
  });

  it('re-running replaces what it generated and duplicates nothing', async () => {
    const twice = join(dir, 'twice.xlsx');
    expect((await cli('annotate', annotated, '-o', twice)).code).toBe(1);
    const wb = await open(twice);
    expect(wb.worksheets.map((w) => w.name)).toEqual(after.worksheets.map((w) => w.name));
    expect(snapshot(wb, USER_SHEETS, 'formats')).toEqual(snapshot(after, USER_SHEETS, 'formats'));
  });

  it('clean restores every fill and note exactly and removes the generated sheets', async () => {
    const cleaned = join(dir, 'cleaned.xlsx');
    const out = await cli('clean', annotated, '-o', cleaned);
    expect(out.code).toBe(0);
    const wb = await open(cleaned);
    expect(wb.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    expect(snapshot(wb, USER_SHEETS, 'formats')).toEqual(snapshot(before, USER_SHEETS, 'formats'));
    expect(snapshot(wb, USER_SHEETS, 'values')).toEqual(snapshot(before, USER_SHEETS, 'values'));
  });

  it('refuses to write over its input', async () => {
    const copy = join(dir, 'copy.xlsx');
    writeFileSync(copy, readFileSync(sample));
    const out = await cli('annotate', copy, '-o', copy);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('从不改动原文件');
    expect(readFileSync(copy).equals(readFileSync(sample))).toBe(true);
  });
});

describe('what the user wrote stays what it is', () => {
  it('keeps a user note and fill under a mark, and restores them on clean', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评表');
    ws.addRows([
      ['一级指标', '二级指标', '分值', '自评得分', '扣分原因'],
      ['管理', '预算执行', 4, 3.5, ''],
      ['合计', '', 4, 3.5, ''],
    ]);
    ws.getCell('D2').note = '用户自己的批注';
    ws.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    const input = join(dir, 'user-note.xlsx');
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const annotated = join(dir, 'user-note-annotated.xlsx');
    await cli('annotate', input, '-o', annotated);
    const a = await open(annotated);
    expect(String(a.getWorksheet('自评表')?.getCell('D2').note)).toContain('扣 0.5 分');
    const cleaned = join(dir, 'user-note-cleaned.xlsx');
    await cli('clean', annotated, '-o', cleaned);
    const c = (await open(cleaned)).getWorksheet('自评表') as ExcelJS.Worksheet;
    expect(c.getCell('D2').note).toBe('用户自己的批注');
    expect((c.getCell('D2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00FF00');
  });

  it('writes text that looks like a formula as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评表');
    ws.addRows([
      ['指标名称', '分值', '自评得分', '扣分原因'],
      ['=HYPERLINK("http://x","点我")', 4, 3, '-1分，+原因@'],
      ['合计', 4, 3, ''],
    ]);
    const input = join(dir, 'formula-text.xlsx');
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const annotated = join(dir, 'formula-text-annotated.xlsx');
    expect((await cli('annotate', input, '-o', annotated)).code).not.toBe(2);
    const out = await open(annotated);
    const findings = out.getWorksheet('检查结果') as ExcelJS.Worksheet;
    const cell = findings.getCell('B2');
    expect(cell.value).toBe('=HYPERLINK("http://x","点我")');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    const xml = (await import('jszip')).default;
    const zip = await xml.loadAsync(readFileSync(annotated));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    for (const f of sheets) expect(await zip.file(f)?.async('string')).not.toMatch(/<f>/);
  });

  it('refuses a protected sheet before writing anything', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评表');
    ws.addRows([
      ['指标名称', '分值', '自评得分'],
      ['预算执行', 4, 3],
      ['合计', 4, 3],
    ]);
    await ws.protect('secret', {});
    const input = join(dir, 'protected.xlsx');
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const output = join(dir, 'protected-annotated.xlsx');
    const out = await cli('annotate', input, '-o', output);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('受保护');
    expect(existsSync(output)).toBe(false);
  });
});

describe('report', () => {
  it('writes the explanation as Markdown with the seed’s own figures', async () => {
    const md = join(dir, 'report.md');
    expect((await cli('report', sample, '-o', md)).code).toBe(1);
    const text = readFileSync(md, 'utf8');
    for (const figure of ['97.38', '49.88', '47.5', '11,661.19万元', '98.76%']) expect(text).toContain(figure);
    const headings = text.split('\n').filter((l) => /^## [一二三四]、/.test(l));
    expect(headings).toEqual([
      '## 一、基本情况',
      '## 二、综合评价分析',
      '## 三、存在的主要问题',
      '## 四、下一步改进措施',
    ]);
    const problems = text.slice(text.indexOf('## 三、'), text.indexOf('## 四、'));
    for (const name of ['整体效能', '预算执行', '绩效管理', '资产管理']) expect(problems).toContain(`${name}扣`);
    expect(text).toContain('（二）管理效能分析（总分为50分，自评分为47.5分）');
  });

  it('writes a Word file and a one-sheet workbook', async () => {
    const docx = join(dir, 'report.docx');
    expect((await cli('report', sample, '-o', docx)).code).toBe(1);
    const zip = await (await import('jszip')).default.loadAsync(readFileSync(docx));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('自评结果为97.38分');
    // The four sections, in order, as the paragraphs' text.
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    expect(paragraphs.filter((p) => /^[一二三四]、/.test(p))).toEqual([
      '一、基本情况',
      '二、综合评价分析',
      '三、存在的主要问题',
      '四、下一步改进措施',
    ]);
    for (const figure of ['49.88', '47.5', '11,661.19万元', '98.76%']) expect(paragraphs.join('\n')).toContain(figure);
    const xlsx = join(dir, 'report.xlsx');
    expect((await cli('report', sample, '-o', xlsx)).code).toBe(1);
    expect((await open(xlsx)).worksheets.map((w) => w.name)).toEqual(['自评表说明']);
  });
});
