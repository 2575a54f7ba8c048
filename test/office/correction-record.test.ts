/**
 * Corrections made in the pane survive a reload: each is recorded in the workbook's annotation record with
 * the cell's old and new value, in the same batch as the write. A new host on the same workbook (the pane
 * reloaded, or the file closed and opened) offers 撤销修正 again, and 撤销修正 or 清除标注 puts the old
 * value back exactly — a number as a number in its own number format, a text as the same text — except
 * where the user changed the cell since: that cell is left alone and named. The same in Excel (the
 * simulated Excel of fake-excel.ts), in the browser (the file host over ExcelJS), and across them and
 * the CLI's `scoresheet clean`.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/check';
import type { WorkbookData } from '../../src/core/grid/types';
import { STATE_SHEET } from '../../src/core/write-plan/annotation-record';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { buildCorrectionPlan, type CorrectionPlan } from '../../src/core/write-plan/corrections';
import { ExcelHost } from '../../src/taskpane/hosts/excel-host';
import { FileHost } from '../../src/taskpane/hosts/file-host';
import { download, type WorkbookHost } from '../../src/taskpane/hosts/host';
import { loadWorkbook } from '../../src/xlsx/read';
import { xlsxFromFake } from '../support/fake-xlsx';
import type { FakeExcel } from './fake-excel';
import { fakeFromExcelJS, looks, SAMPLE } from './helpers';

jest.mock('../../src/taskpane/hosts/host', () => ({
  ...jest.requireActual<object>('../../src/taskpane/hosts/host'),
  download: jest.fn(),
}));

const OLD = '（二）管理效率分析（总分为 50 分，自评分为 46.5 分）';
const NEW = '（二）管理效率分析（总分为 50 分，自评分为 47.5 分）';
const dir = mkdtempSync(join(tmpdir(), 'scoresheet-corrected-'));
let files = 0;

/** 预算编制 3/3 + 预算执行 4/3.5: the 合计 of the scores is 6.5, typed as 6 under the format "0.00". */
async function scoreBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.addRows([
    ['一级指标', '二级指标', '分值', '自评得分'],
    ['管理效能', '预算编制', 3, 3],
    ['管理效能', '预算执行', 4, 3.5],
    ['合计', '', 7, 6],
  ]);
  ws.getCell('D4').numFmt = '0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const sampleBytes = (): Buffer => readFileSync(SAMPLE);

/** The pane's Excel host over the simulated Excel, with ExcelApi up to 1.`minor`. */
function excelHost(fake: FakeExcel, minor = 20): ExcelHost {
  Object.assign(globalThis, {
    Office: {
      context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split('.')[1]) <= minor } },
      PlatformType: {},
    },
    Excel: { run: fake.run.bind(fake) },
  });
  return new ExcelHost();
}

function fileHost(bytes: Buffer): FileHost {
  return new FileHost({
    name: 'book.xlsx',
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  } as unknown as File);
}

/** The workbook a file host's 下载 gives, as bytes. */
async function downloaded(host: FileHost): Promise<Buffer> {
  const mocked = download as jest.MockedFunction<typeof download>;
  mocked.mockClear();
  await host.downloadWorkbook('out.xlsx');
  return Buffer.from(await mocked.mock.calls[0][0].arrayBuffer());
}

async function fakeOf(bytes: Buffer): Promise<{ fake: FakeExcel; base: () => Promise<ExcelJS.Workbook> }> {
  const fake = fakeFromExcelJS((await loadWorkbook(bytes)).excel);
  return { fake, base: async () => (await loadWorkbook(bytes)).excel };
}

/** The correction the check offers, as the pane builds it for a click. */
async function offered(host: WorkbookHost): Promise<CorrectionPlan> {
  const plan = buildCorrectionPlan(checkWorkbook(await host.read()).findings);
  expect(plan.corrections).toHaveLength(1);
  return plan;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stdout += t) });
  return { code, stdout };
}

function file(bytes: Buffer): string {
  const path = join(dir, `book-${++files}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

const cellOf = (fake: FakeExcel, sheet: string, address: string) => fake.sheet(sheet).at(address);

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe('in Excel', () => {
  it('records a number correction with the write; after a reload 撤销修正 gives the number back in its own format', async () => {
    const { fake } = await fakeOf(await scoreBook());
    const before = excelHost(fake);
    await before.applyCorrections(await offered(before));
    expect(cellOf(fake, '自评表', 'D4')).toMatchObject({ value: 6.5, format: '0.00' });
    // Recorded in the same run, as one undo step, in two syncs; the record is the last sheet, very hidden.
    expect(fake.runs.at(-1)).toMatchObject({ mergeUndoGroup: true, syncs: 2 });
    expect(fake.model.live().at(-1)).toMatchObject({ name: STATE_SHEET, visibility: 'VeryHidden' });

    const after = excelHost(fake);
    await after.read();
    expect(after.recorded().corrections).toMatchObject([{ sheet: '自评表', address: 'D4', from: 6, to: 6.5 }]);
    await expect(after.undoCorrections()).resolves.toEqual({ restored: ['自评表!D4'], kept: [] });
    const d4 = cellOf(fake, '自评表', 'D4');
    expect(d4?.value).toBe(6);
    expect(d4?.format).toBe('0.00');
    expect(fake.model.live().map((s) => s.name)).toEqual(['自评表']);
    await after.read();
    expect(after.recorded()).toEqual({ annotated: false, corrections: [] });
  });

  it('after a reload 清除标注 takes out the annotation and puts the corrected text back, saying which cell', async () => {
    const { fake } = await fakeOf(sampleBytes());
    const sheets = fake.model.live().map((s) => s.name);
    const looksBefore = looks(fake, sheets);
    const before = excelHost(fake);
    const result = checkWorkbook(await before.read());
    await before.apply(buildWritePlan(result, 'zh-CN', { highlights: true, findings: true }));
    await before.applyCorrections(buildCorrectionPlan(result.findings));
    expect(cellOf(fake, '自评表说明', 'A37')?.value).toBe(NEW);

    const after = excelHost(fake);
    await after.read();
    expect(after.recorded().annotated).toBe(true);
    await expect(after.clean()).resolves.toMatchObject({ restored: ['自评表说明!A37'], kept: [] });
    expect(cellOf(fake, '自评表说明', 'A37')?.value).toBe(OLD);
    expect(fake.model.live().map((s) => s.name)).toEqual(sheets);
    expect(looks(fake, sheets)).toEqual(looksBefore);
  });

  it('标注 after a correction keeps its record: after a reload 撤销修正 still puts the text back', async () => {
    const { fake } = await fakeOf(sampleBytes());
    const before = excelHost(fake);
    const result = checkWorkbook(await before.read());
    await before.applyCorrections(buildCorrectionPlan(result.findings));
    await before.read();
    await before.apply(buildWritePlan(result, 'zh-CN', { highlights: true, findings: true }));

    const after = excelHost(fake);
    await after.read();
    await expect(after.undoCorrections()).resolves.toEqual({ restored: ['自评表说明!A37'], kept: [] });
    expect(cellOf(fake, '自评表说明', 'A37')?.value).toBe(OLD);
    // The annotation is still there to take out.
    await after.read();
    expect(after.recorded()).toEqual({ annotated: true, corrections: [] });
  });

  it('never overwrites what the user typed after the correction: undo and clean leave the cell and name it', async () => {
    const { fake } = await fakeOf(sampleBytes());
    const before = excelHost(fake);
    await before.applyCorrections(await offered(before));
    const a37 = cellOf(fake, '自评表说明', 'A37');
    if (!a37) throw new Error('no A37');
    a37.value = '她自己改的文字';

    const after = excelHost(fake);
    await after.read();
    await expect(after.undoCorrections()).resolves.toEqual({ restored: [], kept: ['自评表说明!A37'] });
    expect(a37.value).toBe('她自己改的文字');
    await after.read();
    expect(after.recorded().corrections).toEqual([]);

    // The same through 清除标注.
    const again = await fakeOf(sampleBytes());
    const host = excelHost(again.fake);
    await host.applyCorrections(await offered(host));
    const cell = cellOf(again.fake, '自评表说明', 'A37');
    if (!cell) throw new Error('no A37');
    cell.value = 47.5;
    await expect(host.clean()).resolves.toMatchObject({ restored: [], kept: ['自评表说明!A37'] });
    expect(cell.value).toBe(47.5);
    expect(again.fake.model.live().map((s) => s.name)).not.toContain(STATE_SHEET);
  });
});

describe('in the browser (file host)', () => {
  it('the downloaded file carries the record: opened again, 撤销修正 gives the number back in its own format', async () => {
    const first = fileHost(await scoreBook());
    await first.applyCorrections(await offered(first));
    const corrected = await downloaded(first);
    expect((await loadWorkbook(corrected)).excel.getWorksheet('自评表')?.getCell('D4').value).toBe(6.5);

    const reopened = fileHost(corrected);
    await reopened.read();
    expect(reopened.recorded().corrections).toMatchObject([{ sheet: '自评表', address: 'D4', from: 6, to: 6.5 }]);
    await expect(reopened.undoCorrections()).resolves.toEqual({ restored: ['自评表!D4'], kept: [] });
    const back = (await loadWorkbook(await downloaded(reopened))).excel;
    expect(back.getWorksheet('自评表')?.getCell('D4').value).toBe(6);
    expect(back.getWorksheet('自评表')?.getCell('D4').numFmt).toBe('0.00');
    expect(back.worksheets.map((w) => w.name)).toEqual(['自评表']);
  });

  it('opened again, 清除标注 puts the corrected text back; a cell edited since is left alone', async () => {
    const first = fileHost(sampleBytes());
    const result = checkWorkbook(await first.read());
    await first.apply(buildWritePlan(result, 'zh-CN', { highlights: true, findings: true }));
    await first.applyCorrections(buildCorrectionPlan(result.findings));

    const reopened = fileHost(await downloaded(first));
    await reopened.read();
    expect(reopened.recorded().annotated).toBe(true);
    await expect(reopened.clean()).resolves.toMatchObject({ restored: ['自评表说明!A37'], kept: [] });
    const cleaned = (await loadWorkbook(await downloaded(reopened))).excel;
    expect(cleaned.getWorksheet('自评表说明')?.getCell('A37').value).toBe(OLD);
    expect(cleaned.getWorksheet(STATE_SHEET)).toBeUndefined();

    // The user's later edit (made in WPS before opening the file again) is kept.
    const edited = fileHost(sampleBytes());
    await edited.applyCorrections(await offered(edited));
    const wb = (await loadWorkbook(await downloaded(edited))).excel;
    (wb.getWorksheet('自评表说明') as ExcelJS.Worksheet).getCell('A37').value = '她自己改的文字';
    const again = fileHost(Buffer.from(await wb.xlsx.writeBuffer()));
    await again.read();
    await expect(again.undoCorrections()).resolves.toEqual({ restored: [], kept: ['自评表说明!A37'] });
    const kept = (await loadWorkbook(await downloaded(again))).excel;
    expect(kept.getWorksheet('自评表说明')?.getCell('A37').value).toBe('她自己改的文字');
  });
});

describe('across the adapters and the CLI', () => {
  it('corrected in Excel, cleaned by `scoresheet clean`: the old values back, said on its output', async () => {
    const bytes = await scoreBook();
    const { fake, base } = await fakeOf(bytes);
    const host = excelHost(fake);
    await host.applyCorrections(await offered(host));
    const input = file(await xlsxFromFake(fake, await base()));
    const out = join(dir, 'cleaned.xlsx');
    const cleaned = await cli('clean', input, '-o', out);
    expect(cleaned.code).toBe(0);
    expect(cleaned.stdout).toContain('修正过的单元格已恢复原值：自评表!D4');
    const wb = (await loadWorkbook(readFileSync(out))).excel;
    expect(wb.getWorksheet('自评表')?.getCell('D4').value).toBe(6);
    expect(wb.getWorksheet('自评表')?.getCell('D4').numFmt).toBe('0.00');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评表']);
  });

  it('corrected and annotated in Excel, cleaned by the CLI: the text back; a user edit since is kept with a warning', async () => {
    const { fake, base } = await fakeOf(sampleBytes());
    const host = excelHost(fake);
    const result = checkWorkbook(await host.read());
    await host.apply(buildWritePlan(result, 'zh-CN', { highlights: true, findings: true }));
    await host.applyCorrections(buildCorrectionPlan(result.findings));
    const out = join(dir, 'cleaned-sample.xlsx');
    expect((await cli('clean', file(await xlsxFromFake(fake, await base())), '-o', out)).code).toBe(0);
    expect((await loadWorkbook(readFileSync(out))).excel.getWorksheet('自评表说明')?.getCell('A37').value).toBe(OLD);

    (cellOf(fake, '自评表说明', 'A37') as { value: unknown }).value = '她自己改的文字';
    const edited = await cli('clean', file(await xlsxFromFake(fake, await base())), '-o', out);
    expect(edited.stdout).toContain('自评表说明!A37 在修正后又被改动过');
    expect((await loadWorkbook(readFileSync(out))).excel.getWorksheet('自评表说明')?.getCell('A37').value).toBe(
      '她自己改的文字',
    );
  });

  it('corrected in the browser (ExcelJS), opened in Excel: 撤销修正 and 清除标注 there put it back', async () => {
    const first = fileHost(await scoreBook());
    await first.applyCorrections(await offered(first));
    const corrected = await downloaded(first);

    const { fake } = await fakeOf(corrected);
    const host = excelHost(fake);
    await host.read();
    await expect(host.undoCorrections()).resolves.toEqual({ restored: ['自评表!D4'], kept: [] });
    expect(cellOf(fake, '自评表', 'D4')).toMatchObject({ value: 6, format: '0.00' });

    const other = await fakeOf(corrected);
    await expect(excelHost(other.fake).clean()).resolves.toMatchObject({ restored: ['自评表!D4'], kept: [] });
    expect(cellOf(other.fake, '自评表', 'D4')?.value).toBe(6);
  });

  it('reads a state sheet of an older version (no correction records) as before', async () => {
    const wb = (await loadWorkbook(sampleBytes())).excel;
    const data: WorkbookData = (await loadWorkbook(sampleBytes())).data;
    const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
    ws.getCell('A1').value = 'header';
    ws.getCell('A2').value = JSON.stringify({ type: 'mark', sheet: '自评表', address: 'B6', fill: null, note: null });
    const host = fileHost(Buffer.from(await wb.xlsx.writeBuffer()));
    expect((await host.read()).sheets.map((s) => s.name)).toEqual(data.sheets.map((s) => s.name));
    expect(host.recorded()).toEqual({ annotated: true, corrections: [] });
    await expect(host.clean()).resolves.toMatchObject({ restored: [], kept: [] });
    expect(host.takeWarnings()).toEqual([]);
  });
});
