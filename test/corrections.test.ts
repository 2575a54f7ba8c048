/**
 * One-click corrections: what `scoresheet fix` writes into its copy, what each finding offers, and what it
 * refuses. Every expected figure is worked out by hand in the comment beside it.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../src/core/check';
import type { Finding } from '../src/core/checks/finding';
import { buildCorrectionPlan, undoCorrections } from '../src/core/write-plan/corrections';
import { main } from '../src/cli/main';
import { applyCorrections, ApplyCorrectionsError } from '../src/xlsx/apply-corrections';
import { readWorkbook } from '../src/xlsx/read';
import { placeFundingBlock } from './fixtures/seed-tables';

const dir = mkdtempSync(join(tmpdir(), 'scoresheet-fix-'));
const sample = join(__dirname, '..', 'assets', 'sample-scoresheet.xlsx');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

async function findings(file: string): Promise<Finding[]> {
  return checkWorkbook(await readWorkbook(readFileSync(file))).findings;
}

/** 预算编制 3/3 + 预算执行 4/3.5: the 合计 of the scores is 6.5. `total` is what D4 holds. */
function scoreSheet(wb: ExcelJS.Workbook, total: ExcelJS.CellValue): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('自评表');
  ws.addRows([
    ['一级指标', '二级指标', '分值', '自评得分'],
    ['管理效能', '预算编制', 3, 3],
    ['管理效能', '预算执行', 4, 3.5],
    ['合计', '', 7, null],
  ]);
  ws.getCell('D4').value = total;
  ws.getCell('D4').numFmt = '0.00';
  return ws;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('scoresheet fix on the sample', () => {
  it('corrects exactly the 46.5 in 自评表说明!A37 to 47.5, nothing else; check on the copy finds no error; the original is untouched', async () => {
    const before = sha(sample);
    const out = join(dir, 'sample-fixed.xlsx');
    const fixed = await run('fix', sample, '-o', out);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe('自评表说明!A37  46.5 → 47.5\n');
    expect(sha(sample)).toBe(before);

    const json = JSON.parse((await run('fix', sample, '-o', out, '--json')).stdout);
    expect(json.corrections).toEqual([
      {
        sheet: '自评表说明',
        cell: 'A37',
        kind: 'text',
        from: '（二）管理效率分析（总分为 50 分，自评分为 46.5 分）',
        to: '（二）管理效率分析（总分为 50 分，自评分为 47.5 分）',
        changes: [{ from: '46.5', to: '47.5' }],
        rules: ['narrative-mismatch'],
      },
    ]);
    expect(json.refused).toEqual([]);

    // Every cell of every sheet is as it was, but A37.
    const [a, b] = [await readWorkbook(readFileSync(sample)), await readWorkbook(readFileSync(out))];
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    const differing: string[] = [];
    a.sheets.forEach((sheet, i) => {
      const other = b.sheets[i].cells;
      const rows = Math.max(sheet.cells.length, other.length);
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(sheet.cells[r]?.length ?? 0, other[r]?.length ?? 0);
        for (let c = 0; c < cols; c++) {
          if (JSON.stringify(sheet.cells[r]?.[c]) !== JSON.stringify(other[r]?.[c]))
            differing.push(`${sheet.name}!${r},${c}`);
        }
      }
    });
    expect(differing).toEqual(['自评表说明!36,0']);

    const check = await run('check', out, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).findings.filter((f: Finding) => f.severity === 'error')).toEqual([]);
  });

  it('the finding itself offers "改为 47.5"', async () => {
    const [error] = (await findings(sample)).filter((f) => f.severity === 'error');
    expect(error.correction).toMatchObject({ sheet: '自评表说明', cell: 'A37', kind: 'text', display: '改为 47.5' });
  });

  it('refuses an output that is the input, and writes nothing', async () => {
    const before = sha(sample);
    const out = await run('fix', sample, '-o', sample);
    expect(out.code).toBe(2);
    expect(sha(sample)).toBe(before);
  });
});

describe('a typed 合计 that is not the sum of its parts', () => {
  it('a number: 7 becomes 6.5 (3 + 3.5), number format kept; check on the copy finds the sum right', async () => {
    const file = await save(
      withSheet((wb) => scoreSheet(wb, 7)),
      'typed-total.xlsx',
    );
    const [sum] = (await findings(file)).filter((f) => f.rule === 'sum-mismatch');
    expect(sum.correction).toEqual({
      sheet: '自评表',
      cell: 'D4',
      kind: 'value',
      from: 7,
      to: 6.5,
      display: '改为 6.50',
    });
    const out = join(dir, 'typed-total-fixed.xlsx');
    const fixed = await run('fix', file, '-o', out);
    expect(fixed.stdout).toBe('自评表!D4  7 → 6.5\n');
    const cell = (await load(out)).getWorksheet('自评表')?.getCell('D4');
    expect(cell?.value).toBe(6.5);
    expect(cell?.numFmt).toBe('0.00');
    expect((await findings(out)).filter((f) => f.rule === 'sum-mismatch')).toEqual([]);
  });

  it('a text: "7分" becomes "6.5分", still text', async () => {
    const file = await save(
      withSheet((wb) => scoreSheet(wb, '7分')),
      'text-total.xlsx',
    );
    const [sum] = (await findings(file)).filter((f) => f.rule === 'sum-mismatch');
    expect(sum.correction).toMatchObject({
      kind: 'text',
      from: '7分',
      to: '6.5分',
      span: { start: 0, end: 1, text: '6.5' },
    });
  });

  it('a formula is never overwritten: correction null, the reason in the message, fix leaves it', async () => {
    const file = await save(
      withSheet((wb) => scoreSheet(wb, { formula: 'D2+D3+0.5', result: 7 })),
      'formula-total.xlsx',
    );
    const [sum] = (await findings(file)).filter((f) => f.rule === 'sum-mismatch');
    expect(sum.correction).toBeNull();
    expect(sum.correctionRefused).toBe('formula');
    expect(sum.message.endsWith('该单元格是公式，未自动修正。')).toBe(true);
    const out = join(dir, 'formula-total-fixed.xlsx');
    const fixed = await run('fix', file, '-o', out);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe('自评表!D4：该单元格是公式，未自动修正。\n');
    expect((await load(out)).getWorksheet('自评表')?.getCell('D4').formula).toBe('D2+D3+0.5');
  });
});

function withSheet(...build: ((wb: ExcelJS.Workbook) => unknown)[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const b of build) b(wb);
  return wb;
}

/** The seed's 收支情况 (预算数 11,661.19, 执行数 11,516.76, 执行率 98.76%, sources and nature adding up) with overrides. */
function fundingSheet(override: Record<string, ExcelJS.CellValue>) {
  return (wb: ExcelJS.Workbook) =>
    placeFundingBlock(wb.addWorksheet('收支情况'), {
      top: 1,
      left: 1,
      override: override as Record<string, string | number>,
    });
}

describe('a typed 执行率 that is not 执行数 ÷ 预算数', () => {
  // 11,516.76 ÷ 11,661.19 = 0.98761… → 98.76% at the two decimals the cell shows.
  it('a percent-formatted number: 0.98 becomes 0.9876, still a number under 0.00%', async () => {
    const file = await save(
      withSheet((wb) => scoreSheet(wb, 6.5), fundingSheet({ 执行率: 0.98 })),
      'rate.xlsx',
    );
    const [rate] = (await findings(file)).filter((f) => f.rule === 'ratio-mismatch');
    expect(rate.correction).toEqual({
      sheet: '收支情况',
      cell: 'B3',
      kind: 'value',
      from: 0.98,
      to: 0.9876,
      display: '改为 98.76%',
    });
    const out = join(dir, 'rate-fixed.xlsx');
    await run('fix', file, '-o', out);
    const cell = (await load(out)).getWorksheet('收支情况')?.getCell('B3');
    expect([cell?.value, cell?.numFmt]).toEqual([0.9876, '0.00%']);
    expect((await findings(out)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a text "98.00%" becomes "98.76%"', async () => {
    const file = await save(
      withSheet((wb) => scoreSheet(wb, 6.5), fundingSheet({ 执行率: '98.00%' })),
      'rate-text.xlsx',
    );
    const [rate] = (await findings(file)).filter((f) => f.rule === 'ratio-mismatch');
    expect(rate.correction).toMatchObject({ kind: 'text', from: '98.00%', to: '98.76%', display: '改为 98.76%' });
  });
});

describe('a funding total that is not the sum of its sources', () => {
  // 执行数 typed 11,506.76; sources 6,577.52 + 4,877.08 + 62.16 = 11,516.76, and 基本支出 2,695.46 + 项目支出
  // 8,821.30 = 11,516.76 too: one right value. The 执行率 98.76% agrees with 11,516.76, not with the typed figure.
  it('is corrected to the sum (11,516.76); the rate worked out from the wrong 执行数 is not offered', async () => {
    const file = await save(
      withSheet((wb) => scoreSheet(wb, 6.5), fundingSheet({ 执行数: 11506.76 })),
      'breakdown.xlsx',
    );
    const found = await findings(file);
    const breakdown = found.filter((f) => f.rule === 'breakdown-mismatch');
    expect(breakdown.map((f) => f.correction)).toEqual([
      { sheet: '收支情况', cell: 'B2', kind: 'value', from: 11506.76, to: 11516.76, display: '改为 11,516.76' },
      { sheet: '收支情况', cell: 'B2', kind: 'value', from: 11506.76, to: 11516.76, display: '改为 11,516.76' },
    ]);
    expect(found.filter((f) => f.rule === 'ratio-mismatch').map((f) => f.correction)).toEqual([undefined]);
    const out = join(dir, 'breakdown-fixed.xlsx');
    expect((await run('fix', file, '-o', out)).stdout).toBe('收支情况!B2  11506.76 → 11516.76\n');
    expect((await findings(out)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  // 其他资金支出 72.16: the sources give 11,526.76, but 基本支出 + 项目支出 and the 执行率 both vouch for 11,516.76.
  it('is not corrected where the rest of the sheet vouches for the typed total', async () => {
    const file = await save(
      withSheet((wb) => scoreSheet(wb, 6.5), fundingSheet({ 其他资金支出: 72.16 })),
      'breakdown-vouched.xlsx',
    );
    const [breakdown] = (await findings(file)).filter((f) => f.rule === 'breakdown-mismatch');
    expect(breakdown).toMatchObject({ cell: 'B2', expected: 11526.76, actual: 11516.76 });
    expect(breakdown.correction).toBeUndefined();
  });
});

describe('a corrected paragraph is written as text', () => {
  it('a paragraph starting with "=" stays text in the copy', async () => {
    const wb = await load(sample);
    const ws = wb.getWorksheet('自评表说明') as ExcelJS.Worksheet;
    ws.getCell('A37').value = `=${String(ws.getCell('A37').value)}`;
    const file = await save(wb, 'equals.xlsx');
    const out = join(dir, 'equals-fixed.xlsx');
    expect((await run('fix', file, '-o', out)).stdout).toBe('自评表说明!A37  46.5 → 47.5\n');
    const data = await readWorkbook(readFileSync(out));
    const cell = data.sheets.find((s) => s.name === '自评表说明')?.cells[36]?.[0];
    expect(cell).toEqual({ value: '=（二）管理效率分析（总分为 50 分，自评分为 47.5 分）', format: undefined });
  });

  it('the adapter writes a text that looks like a formula as text, and undo puts the old values back exactly', async () => {
    const wb = withSheet((w) => scoreSheet(w, 7));
    const ws = wb.getWorksheet('自评表') as ExcelJS.Worksheet;
    ws.getCell('A6').value = '说明';
    const plan = {
      corrections: [
        { sheet: '自评表', address: 'D4', kind: 'value' as const, from: 7, to: 6.5, rules: [], changes: [] },
        {
          sheet: '自评表',
          address: 'A6',
          kind: 'text' as const,
          from: '说明',
          to: '=SUM(C2:C3)',
          rules: [],
          changes: [],
        },
      ],
    };
    applyCorrections(wb, plan);
    const reread = await load(await save(wb, 'adapter.xlsx'));
    const sheet = reread.getWorksheet('自评表') as ExcelJS.Worksheet;
    expect(sheet.getCell('A6').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A6').value).toBe('=SUM(C2:C3)');
    applyCorrections(reread, undoCorrections(plan));
    expect([sheet.getCell('D4').value, sheet.getCell('D4').numFmt, sheet.getCell('A6').value]).toEqual([
      7,
      '0.00',
      '说明',
    ]);
  });

  it('the adapter refuses a plan whose cell changed since it was made, writing nothing', () => {
    const wb = withSheet((w) => scoreSheet(w, 7));
    const plan = buildCorrectionPlan([]);
    plan.corrections.push(
      { sheet: '自评表', address: 'C4', kind: 'value', from: 7, to: 8, rules: [], changes: [] },
      { sheet: '自评表', address: 'D4', kind: 'value', from: 6, to: 6.5, rules: [], changes: [] },
    );
    expect(() => applyCorrections(wb, plan)).toThrow(ApplyCorrectionsError);
    expect(wb.getWorksheet('自评表')?.getCell('C4').value).toBe(7);
  });
});
