import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkBuffer } from '../src/cli/check-buffer';
import { Progress, progressLine } from '../src/cli/progress';
import type { Finding } from '../src/core/checks/finding';
import { type BatchEntry, batchExitCode, summaryRows } from '../src/core/output/batch-summary';
import type { CheckJson } from '../src/core/output/json';
import { writeSummaryWorkbook } from '../src/xlsx/summary-workbook';
import { fixtures } from './fixtures';
import { cli, sample, type Outcome } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'scoresheet-batch-'));

async function fixture(name: string): Promise<Buffer> {
  const spec = fixtures.find((f) => f.name === name);
  if (!spec) throw new Error(`no fixture ${name}`);
  return spec.build();
}

/** A workbook whose unit name and one indicator name start with "=", so its messages do too. */
async function formulaLookingWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('自评表').addRows([
    ['单位名称：=1+1局'],
    ['一级指标', '二级指标', '分值', '自评得分'],
    ['管理效能', '=SUM(A1:A9)', 4, 3.5],
    ['管理效能', '预算编制', 3, 3],
    ['合计', '', 7, 6.5],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Row = Record<string, ExcelJS.CellValue>;

/** A sheet's rows as objects keyed by the header row's text. */
function rowsOf(ws: ExcelJS.Worksheet): Row[] {
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Row[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Object.fromEntries(header.map((h, c) => [h, row.getCell(c + 1).value])));
  }
  return rows;
}

async function openSummary(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const PROGRESS = /^\[[#-]{20}\] (\d+)\/(\d+) (.+)$/;

describe('scoresheet check FOLDER --summary OUT.xlsx', () => {
  const inbox = join(dir, 'inbox');
  const out = join(dir, 'summary.xlsx');
  let result: Outcome;

  beforeAll(async () => {
    mkdirSync(join(inbox, '已退回'), { recursive: true });
    copyFileSync(sample, join(inbox, 'sample-scoresheet.xlsx'));
    writeFileSync(join(inbox, 'total-wrong.xlsx'), await fixture('total-wrong'));
    writeFileSync(join(inbox, '=1+1 名单.xlsx'), await fixture('vertical-merged-levels'));
    writeFileSync(join(inbox, 'formula-names.xlsx'), await formulaLookingWorkbook());
    writeFileSync(join(inbox, 'notes.xlsx'), '一级指标,分值\n履职效能,50\n');
    // Passed over: an Office lock file, another extension, a subfolder's files.
    writeFileSync(join(inbox, '~$sample-scoresheet.xlsx'), Buffer.from([0, 1, 2]));
    writeFileSync(join(inbox, 'readme.txt'), 'not a workbook');
    copyFileSync(sample, join(inbox, '已退回', 'older.xlsx'));
    result = await cli('check', inbox, '--summary', out);
  });

  it('exits 2 when one file could not be checked, and still writes every other file', async () => {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const rows = rowsOf((await openSummary(out)).getWorksheet('汇总') as ExcelJS.Worksheet);
    expect(rows.map((r) => r['文件'])).toEqual([
      'notes.xlsx',
      'sample-scoresheet.xlsx',
      'total-wrong.xlsx',
      '=1+1 名单.xlsx',
      'formula-names.xlsx',
    ]);
    expect(rows[0]).toMatchObject({ 状态: '无法检查', 自评得分: null, 错误: null });
    expect(rows[0]['无法检查的原因']).toMatch(/notes\.xlsx.*不是有效的 \.xlsx 工作簿/);
    expect(rows.slice(1).every((r) => r['状态'] === '已检查' && r['无法检查的原因'] === null)).toBe(true);
  });

  it('gives the sample its unit, year, total and counts, and names its worst finding', async () => {
    const rows = rowsOf((await openSummary(out)).getWorksheet('汇总') as ExcelJS.Worksheet);
    expect(rows.find((r) => r['文件'] === 'sample-scoresheet.xlsx')).toMatchObject({
      单位名称: '广州市荔湾区人民政府白鹤洞街道办事处',
      年度: 2024,
      自评得分: 97.38,
      总分值: 100,
      错误: 1,
      警告: 1, // 社区服务覆盖率 of its 绩效目标 list states no actual
      扣分项: 4,
      最严重问题级别: '错误',
      最严重问题检查项: 'narrative-mismatch',
      最严重问题位置: '自评表说明!A37',
      路径: join(inbox, 'sample-scoresheet.xlsx'),
    });
  });

  it('counts errors, warnings and deductions as the single-file --json does', async () => {
    const rows = rowsOf((await openSummary(out)).getWorksheet('汇总') as ExcelJS.Worksheet);
    for (const row of rows.slice(1)) {
      const single = await cli('check', row['路径'] as string, '--json');
      const json = JSON.parse(single.stdout) as CheckJson;
      const count = (f: (x: Finding) => boolean) => json.findings.filter(f).length;
      expect([row['错误'], row['警告'], row['扣分项'], row['自评得分'], row['总分值']]).toEqual([
        count((f) => f.severity === 'error'),
        count((f) => f.severity === 'warning'),
        count((f) => f.rule === 'deduction'),
        json.total?.score,
        json.total?.points,
      ]);
      expect(single.code).toBe(row['错误'] ? 1 : 0);
    }
  });

  it('lists every finding of every file on a second sheet', async () => {
    const wb = await openSummary(out);
    const findings = rowsOf(wb.getWorksheet('全部问题') as ExcelJS.Worksheet);
    const sampleJson = (await checkBuffer(readFileSync(sample))).findings;
    const ofSample = findings.filter((r) => r['文件'] === 'sample-scoresheet.xlsx');
    expect(ofSample.map((r) => [r['检查项'], r['工作表'], r['单元格'], r['说明']])).toEqual(
      sampleJson.map((f) => [f.rule, f.sheet, f.cell, f.message]),
    );
    expect(ofSample[0]).toMatchObject({
      级别: '错误',
      指标: '管理效能',
      应为: 47.5,
      实际: 46.5,
      单位名称: '广州市荔湾区人民政府白鹤洞街道办事处',
    });
  });

  it('writes text that looks like a formula as text: no cell is a formula', async () => {
    const wb = await openSummary(out);
    const rows = rowsOf(wb.getWorksheet('汇总') as ExcelJS.Worksheet);
    expect(rows.find((r) => r['文件'] === 'formula-names.xlsx')?.['单位名称']).toBe('=1+1局');
    const messages = rowsOf(wb.getWorksheet('全部问题') as ExcelJS.Worksheet).map((r) => r['说明']);
    expect(messages).toContainEqual(expect.stringMatching(/^=SUM\(A1:A9\)扣 0\.5 分/));
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(2);
    for (const f of sheets) expect(await zip.file(f)?.async('string')).not.toMatch(/<f[ >]/);
  });

  it('freezes and filters the header, sizes the columns, and writes numbers as numbers', async () => {
    const wb = await openSummary(out);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBe(`A1:${ws.getColumn(ws.columnCount).letter}${ws.rowCount}`);
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      for (const col of ws.columns) expect(col.width).toBeGreaterThanOrEqual(6);
    }
    const ws = wb.getWorksheet('汇总') as ExcelJS.Worksheet;
    const at = (header: string) => (ws.getRow(1).values as string[]).indexOf(header);
    expect(ws.getRow(3).getCell(at('自评得分')).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getRow(3).getCell(at('年度')).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getColumn(at('单位名称')).width).toBeGreaterThan(ws.getColumn(at('年度')).width as number);
  });

  it('shows one progress line per file on stderr when it is no terminal, the reason, then the totals', () => {
    const lines = result.stderr.trim().split('\n');
    const progress = lines.filter((l) => PROGRESS.test(l));
    expect(progress.map((l) => (PROGRESS.exec(l) as RegExpExecArray).slice(1))).toEqual([
      ['1', '5', '=1+1 名单.xlsx'],
      ['2', '5', 'formula-names.xlsx'],
      ['3', '5', 'notes.xlsx'],
      ['4', '5', 'sample-scoresheet.xlsx'],
      ['5', '5', 'total-wrong.xlsx'],
    ]);
    expect(lines[0]).toBe('[####----------------] 1/5 =1+1 名单.xlsx');
    expect(lines[lines.indexOf('[############--------] 3/5 notes.xlsx') + 1]).toMatch(
      /^scoresheet: 无法检查 notes\.xlsx：不是有效的 \.xlsx 工作簿/,
    );
    expect(lines.at(-1)).toBe(`共 5 个文件：已检查 4 个，无法检查 1 个；错误共 2 项，警告 1 项。汇总表已写入 ${out}。`);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('\x1b');
  });

  it('passes over its own summary in the folder on a second run, and English headers with --lang en-US', async () => {
    const inside = join(inbox, 'summary.xlsx');
    const first = await cli('check', inbox, '--summary', inside);
    expect(first.stderr).not.toContain('跳过');
    expect(first.stderr).toContain('共 5 个文件');
    const again = await cli('check', inbox, '--summary', join(inbox, 'summary-2.xlsx'), '--lang', 'en-US');
    expect(again.stderr).toContain(`Skipped ${inside}: a summary this tool wrote.`);
    expect(again.stderr).toContain('5 files: 4 checked, 1 not checked; 2 errors and 1 warnings in all.');
    const wb = await openSummary(join(inbox, 'summary-2.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'All findings']);
    const rows = rowsOf(wb.getWorksheet('Summary') as ExcelJS.Worksheet);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ File: 'notes.xlsx', Status: 'not checked' });
    expect(rows[1]).toMatchObject({
      File: 'sample-scoresheet.xlsx',
      Status: 'checked',
      Score: 97.38,
      'Worst: severity': 'error',
    });
  });
});

describe('batch exit codes and output without --summary', () => {
  let clean: string;
  let wrong: string;

  beforeAll(async () => {
    clean = join(dir, 'clean.xlsx');
    wrong = join(dir, 'wrong.xlsx');
    writeFileSync(clean, await fixture('vertical-merged-levels'));
    writeFileSync(wrong, await fixture('total-wrong'));
  });

  it('exits 0 when no file has an error, 1 when one has, as for a single file', async () => {
    expect((await cli('check', clean, clean, '--summary', join(dir, 'ok.xlsx'))).code).toBe(0);
    const one = await cli('check', clean, wrong, '--summary', join(dir, 'one.xlsx'));
    expect(one.code).toBe(1);
    // The same file named twice is checked once.
    expect(one.stderr).toContain('共 2 个文件');
  });

  it('prints a JSON array with --json: a CheckJson per file checked, { file, error } per file not', async () => {
    const missing = join(dir, 'nope.xlsx');
    const out = await cli('check', clean, missing, wrong, '--json');
    expect(out.code).toBe(2);
    const json = JSON.parse(out.stdout);
    expect(json).toHaveLength(3);
    expect(json[0]).toEqual(JSON.parse((await cli('check', clean, '--json')).stdout));
    expect(json[1]).toEqual({
      file: missing,
      error: { code: 'unreadable', message: expect.stringContaining('文件不存在') },
    });
    expect(json[2].total).toEqual({ points: 100, score: 97.48 });
  });

  it("prints each file's text report without --json or --summary", async () => {
    const out = await cli('check', clean, wrong);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`检查结果：${basename(clean)}`);
    expect(out.stdout).toContain(`检查结果：${basename(wrong)}`);
  });

  it('refuses a summary that is an input, not an .xlsx, or in no folder, before checking anything', async () => {
    const same = await cli('check', clean, '--summary', clean);
    expect([same.code, same.stderr]).toEqual([2, expect.stringContaining('与输入文件相同')]);
    const csv = await cli('check', clean, '--summary', join(dir, 'out.csv'));
    expect([csv.code, csv.stderr]).toEqual([2, expect.stringContaining('汇总表须为 .xlsx 文件')]);
    const nowhere = await cli('check', clean, '--summary', join(dir, 'no', 'such', 'out.xlsx'));
    expect([nowhere.code, nowhere.stderr.trim()]).toEqual([
      2,
      `scoresheet: 无法写入汇总表 ${join(dir, 'no', 'such', 'out.xlsx')}：文件夹不存在`,
    ]);
  });

  it('says so when a folder holds no workbook', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const out = await cli('check', empty, '--summary', join(dir, 'empty.xlsx'));
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe(`scoresheet: 在 ${empty} 中没有找到 .xlsx 文件（不查找子文件夹）。`);
  });
});

describe('the folder of test fixtures', () => {
  it('is checked whole: a row per fixture, those that are no workbook as not checked, totals as a single check gives them', async () => {
    const folder = join(dir, 'fixtures');
    mkdirSync(folder);
    for (const spec of fixtures) writeFileSync(join(folder, `${spec.name}.xlsx`), await spec.build());
    const out = join(folder, 'summary.xlsx');
    const result = await cli('check', folder, '--summary', out);
    expect(result.code).toBe(2);
    const rows = rowsOf((await openSummary(out)).getWorksheet('汇总') as ExcelJS.Worksheet);
    expect(rows).toHaveLength(fixtures.length);
    for (const spec of fixtures) {
      const row = rows.find((r) => r['文件'] === `${spec.name}.xlsx`) as Row;
      if (spec.expect.kind === 'error') {
        expect([spec.name, row['状态']]).toEqual([spec.name, '无法检查']);
        continue;
      }
      const json = await checkBuffer(await spec.build(), { fileName: `${spec.name}.xlsx` });
      expect([spec.name, row['状态'], row['自评得分'], row['错误'], row['警告']]).toEqual([
        spec.name,
        '已检查',
        json.total?.score ?? null,
        json.findings.filter((f) => f.severity === 'error').length,
        json.findings.filter((f) => f.severity === 'warning').length,
      ]);
    }
    expect(result.stderr.split('\n').filter((l) => PROGRESS.test(l))).toHaveLength(fixtures.length);
  });
});

describe('summary rows and the progress bar (pure)', () => {
  const json = (findings: Partial<Finding>[]): CheckJson => ({
    file: 'x.xlsx',
    tables: [],
    indicators: [],
    total: { points: 100, score: 90 },
    findings: findings.map((f) => ({
      rule: 'deduction',
      severity: 'info',
      sheet: 'S',
      cell: 'A1',
      indicator: 'i',
      expected: null,
      actual: null,
      message: 'm',
      ...f,
    })),
  });
  const checked = (file: string, findings: Partial<Finding>[]): BatchEntry => ({
    status: 'checked',
    file,
    path: file,
    unit: null,
    year: null,
    json: json(findings),
  });

  it('puts files not checked first, then by worst severity, then by name in numeric order', () => {
    const entries: BatchEntry[] = [
      checked('10.xlsx', []),
      checked('2.xlsx', []),
      checked('warn.xlsx', [{ severity: 'info' }, { severity: 'warning', rule: 'missing-value' }]),
      checked('err.xlsx', [
        { severity: 'info' },
        { severity: 'error', rule: 'sum-mismatch', cell: 'B2' },
        { severity: 'error', rule: 'score-out-of-range' },
      ]),
      { status: 'unreadable', file: 'z.xlsx', path: 'z.xlsx', reason: 'r' },
      checked('info.xlsx', [{ severity: 'info' }]),
    ];
    const rows = summaryRows(entries, 'zh-CN');
    expect(rows.map((r) => r.file)).toEqual(['z.xlsx', 'err.xlsx', 'warn.xlsx', 'info.xlsx', '2.xlsx', '10.xlsx']);
    expect(rows[1]).toMatchObject({
      errors: 2,
      warnings: 0,
      deductions: 1,
      worst: { rule: 'sum-mismatch', cell: 'B2' },
    });
    expect(batchExitCode(entries)).toBe(2);
    expect(batchExitCode(entries.filter((e) => e.status === 'checked'))).toBe(1);
    expect(batchExitCode([checked('a', [{ severity: 'warning' }])])).toBe(0);
  });

  it('redraws one line on a terminal, cut to its width, with notes above it', () => {
    let written = '';
    const bar = new Progress({ total: 4, tty: true, columns: 30, write: (t) => (written += t) });
    bar.start();
    bar.step(1, '某某街道办事处绩效自评表.xlsx');
    bar.note('scoresheet: 无法检查');
    bar.step(4, 'b.xlsx');
    bar.finish();
    expect(written).toBe(
      '\r[--------------------] 0/4 \x1b[K' +
        '\r[#####---------------] 1/4 …\x1b[K' +
        '\r\x1b[Kscoresheet: 无法检查\n[#####---------------] 1/4 …' +
        '\r[####################] 4/4 b…\x1b[K\n',
    );
    expect(progressLine(12, 30, '某某街道.xlsx')).toBe('[########------------] 12/30 某某街道.xlsx');
  });

  it('cuts a text longer than an Excel cell holds, rather than write a file Excel must repair', async () => {
    const huge = `=${'长'.repeat(40000)}`;
    const wb = new ExcelJS.Workbook();
    const bytes = await writeSummaryWorkbook([
      { name: 'S', columns: [{ header: 'h', width: 10 }], rows: [[huge], [1.5]] },
    ]);
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('S') as ExcelJS.Worksheet;
    expect([ws.getCell('A2').value, ws.getCell('A3').value]).toEqual([`${huge.slice(0, 32766)}…`, 1.5]);
  });
});
