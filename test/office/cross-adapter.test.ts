/**
 * One annotation record for both adapters: a workbook annotated by the CLI (ExcelJS) is cleaned in Excel
 * (the simulated Excel of fake-excel.ts) and one annotated in Excel is cleaned by the CLI, each coming back
 * exactly; a note the user edited after annotating stays, whichever side cleans; a state row edited by
 * hand gives the same warning in the CLI, in Excel and in the browser, and everything else is still
 * cleaned; a generated sheet's name is free as Excel compares names, case-insensitively, on both sides.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/check';
import { parseAreaAddress } from '../../src/core/grid/address';
import { STATE_SHEET, unreadableRowsMessage } from '../../src/core/write-plan/annotation-record';
import { buildWritePlan } from '../../src/core/write-plan/build';
import type { WritePlan } from '../../src/core/write-plan/types';
import { applyPlan, removeAnnotations } from '../../src/office/apply-plan';
import { applyPlan as applyPlanXlsx } from '../../src/xlsx/apply-plan';
import { loadWorkbook } from '../../src/xlsx/read';
import { ExcelHost } from '../../src/taskpane/hosts/excel-host';
import { FileHost } from '../../src/taskpane/hosts/file-host';
import type { HostWarning } from '../../src/taskpane/hosts/host';
import { format, MESSAGES } from '../../src/taskpane/messages';
import { xlsxFromFake } from '../support/fake-xlsx';
import type { FakeExcel } from './fake-excel';
import { contents, fakeFromExcelJS, looks, SAMPLE } from './helpers';

const USER_SHEETS = ['自评表', '收支情况', '自评表说明', '基本情况', '绩效目标'];
const dir = mkdtempSync(join(tmpdir(), 'scoresheet-cross-'));
let files = 0;

/** The CLI in this process, as a user runs it: exit code and both streams. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function file(bytes: Buffer | Uint8Array): string {
  const path = join(dir, `book-${++files}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

const load = async (bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> => (await loadWorkbook(bytes)).excel;
const cellKey = (address: string): number => {
  const { top, left } = parseAreaAddress(address);
  return top * 16_384 + left;
};

/** Every cell's value, fill and note, and the sheets with their visibility: what "comes back exactly" means. */
function everything(wb: ExcelJS.Workbook): unknown {
  const none = (f: ExcelJS.Fill | undefined) => (!f || (f.type === 'pattern' && f.pattern === 'none') ? null : f);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const look = [cell.value ?? null, none(cell.fill), cell.note ?? null];
        if (look.some((x) => x !== null)) cells[cell.address] = look;
      }),
    );
    return { name: ws.name, state: ws.state, cells };
  });
}

/** The sample in the simulated Excel, with a patterned fill and a note of the user's on a cell the plan marks. */
async function inExcel(): Promise<{ fake: FakeExcel; plan: WritePlan }> {
  const { excel, data } = await loadWorkbook(readFileSync(SAMPLE));
  const fake = fakeFromExcelJS(excel);
  const plan = buildWritePlan(checkWorkbook(data), 'zh-CN');
  const [first] = plan.marks;
  const ws = fake.sheet(first.sheet);
  const { top, left } = parseAreaAddress(first.address);
  ws.ensure(top, left).fill = { color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' };
  ws.notes.set(cellKey(first.address), { content: '用户自己的批注' });
  return { fake, plan };
}

describe('a workbook annotated in Excel is cleaned by the CLI', () => {
  it('comes back exactly: values, fills (patterned too), notes, sheets', async () => {
    const { fake, plan } = await inExcel();
    const original = await load(await xlsxFromFake(fake, await load(readFileSync(SAMPLE))));
    await applyPlan(fake.context, plan, { notes: true });
    const annotated = file(await xlsxFromFake(fake, await load(readFileSync(SAMPLE))));
    expect(everything(await load(readFileSync(annotated)))).not.toEqual(everything(original));

    const out = join(dir, 'cleaned-from-excel.xlsx');
    const { code, stderr } = await cli('clean', annotated, '-o', out);
    expect([code, stderr.trim()]).toEqual([0, expect.stringContaining('已清除全部标注')]);
    const cleaned = await load(readFileSync(out));
    expect(everything(cleaned)).toEqual(everything(original));
  });

  it('keeps a note the user edited after annotating, as Excel does', async () => {
    const { fake, plan } = await inExcel();
    await applyPlan(fake.context, plan, { notes: true });
    const m = plan.marks[plan.marks.length - 1];
    const edited = `${m.note}\n已核对。`;
    (fake.sheet(m.sheet).notes.get(cellKey(m.address)) as { content: string }).content = edited;
    const annotated = file(await xlsxFromFake(fake, await load(readFileSync(SAMPLE))));
    const out = join(dir, 'cleaned-edited.xlsx');
    expect((await cli('clean', annotated, '-o', out)).code).toBe(0);
    const cell = ((await load(readFileSync(out))).getWorksheet(m.sheet) as ExcelJS.Worksheet).getCell(m.address);
    expect(cell.note).toBe(edited);
    // The other marks' notes are gone, and the user's own note is back.
    const other = plan.marks[1];
    expect(
      ((await load(readFileSync(out))).getWorksheet(other.sheet) as ExcelJS.Worksheet).getCell(other.address).note ??
        null,
    ).toBeNull();
    expect(
      ((await load(readFileSync(out))).getWorksheet(plan.marks[0].sheet) as ExcelJS.Worksheet).getCell(
        plan.marks[0].address,
      ).note,
    ).toBe('用户自己的批注');
  });
});

describe('a workbook annotated by the CLI is cleaned in Excel', () => {
  async function annotatedByCli(): Promise<{ fake: FakeExcel; original: FakeExcel; plan: WritePlan }> {
    const out = join(dir, `annotated-${++files}.xlsx`);
    expect((await cli('annotate', SAMPLE, '-o', out)).code).toBe(1); // the sample has one error finding
    const { data } = await loadWorkbook(readFileSync(SAMPLE));
    return {
      fake: fakeFromExcelJS(await load(readFileSync(out))),
      original: fakeFromExcelJS(await load(readFileSync(SAMPLE))),
      plan: buildWritePlan(checkWorkbook(data), 'zh-CN'),
    };
  }

  it('comes back exactly: values, fills, notes, sheets', async () => {
    const { fake, original } = await annotatedByCli();
    expect(fake.sheet(STATE_SHEET).visibility).toBe('VeryHidden');
    expect(looks(fake, USER_SHEETS)).not.toEqual(looks(original, USER_SHEETS));
    const removed = await removeAnnotations(fake.context, { notes: true });
    expect(removed).toMatchObject({ removed: true, warnings: [] });
    expect(removed.syncs).toBe(3); // the CLI's notes are looked at once the state is known
    expect(looks(fake, USER_SHEETS)).toEqual(looks(original, USER_SHEETS));
    for (const s of USER_SHEETS) expect(contents(fake.sheet(s))).toEqual(contents(original.sheet(s)));
    expect(fake.model.live().map((s) => s.name)).toEqual(USER_SHEETS);
  });

  it('keeps a note the user edited after annotating, and takes out the others', async () => {
    const { fake, plan } = await annotatedByCli();
    const m = plan.marks[plan.marks.length - 1];
    const edited = `${m.note}\n已核对。`;
    (fake.sheet(m.sheet).notes.get(cellKey(m.address)) as { content: string }).content = edited;
    await removeAnnotations(fake.context, { notes: true });
    expect(fake.sheet(m.sheet).noteAt(m.address)).toBe(edited);
    expect(fake.sheet(plan.marks[0].sheet).noteAt(plan.marks[0].address)).toBeNull();
  });
});

describe('a state row edited by hand', () => {
  /** The sample annotated by the CLI, with row 3 of the state sheet (the second record) edited by hand. */
  async function handEdited(): Promise<{ path: string; cell: string }> {
    const { excel, data } = await loadWorkbook(readFileSync(SAMPLE));
    const plan = buildWritePlan(checkWorkbook(data), 'zh-CN');
    applyPlanXlsx(excel, plan);
    const state = excel.getWorksheet(STATE_SHEET) as ExcelJS.Worksheet;
    const broken = JSON.parse(String(state.getCell('A3').value)) as { sheet: string; address: string };
    state.getCell('A3').value = `${String(state.getCell('A3').value).slice(0, 20)}…`;
    return { path: file(Buffer.from(await excel.xlsx.writeBuffer())), cell: `${broken.sheet}!${broken.address}` };
  }
  const paneText = (w: HostWarning | undefined, lang: 'zh-CN' | 'en-US'): string =>
    format(MESSAGES[lang].warnings[w?.code ?? 'state-rows-unreadable'], { detail: w?.detail ?? '' });

  it('check still checks, and says which row it skipped (stderr)', async () => {
    const { path } = await handEdited();
    const { code, stdout, stderr } = await cli('check', path, '--json');
    expect(code).toBe(1); // the sample's one error finding, not "could not check"
    expect(JSON.parse(stdout).findings.length).toBeGreaterThan(0);
    expect(stderr).toBe(`${unreadableRowsMessage('zh-CN', [3])}\n`);
    expect(stderr).not.toMatch(/JSON|Unexpected/);
    // In a batch too: the file is checked, and its line says so.
    const batch = await cli('check', path, SAMPLE);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain(`${path}: ${unreadableRowsMessage('zh-CN', [3])}`);
  });

  it('clean restores everything else, exits 0, and gives the same warning as Excel and the browser page', async () => {
    const { path } = await handEdited();
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const out = join(dir, `cleaned-hand-${lang}.xlsx`);
      const { code, stderr } = await cli('clean', path, '-o', out, '--lang', lang);
      expect(code).toBe(0);
      const [warning, done] = stderr.trim().split('\n');
      expect(warning).toBe(unreadableRowsMessage(lang, [3]));
      expect(done).toContain(out);
      const cleaned = await load(readFileSync(out));
      expect(cleaned.worksheets.map((w) => w.name)).toEqual(USER_SHEETS);

      // Excel: the pane's host, over the simulated Excel holding the same file.
      const fake = fakeFromExcelJS(await load(readFileSync(path)));
      Object.assign(globalThis, {
        Office: { context: { requirements: { isSetSupported: () => true } }, PlatformType: {} },
        Excel: { run: fake.run.bind(fake) },
      });
      try {
        const host = new ExcelHost();
        await host.clean();
        const shown = host.takeWarnings().filter((w) => w.code === 'state-rows-unreadable');
        expect(shown.map((w) => paneText(w, lang))).toEqual([warning]);
        expect(fake.model.live().map((s) => s.name)).toEqual(USER_SHEETS);
      } finally {
        delete (globalThis as { Office?: unknown }).Office;
        delete (globalThis as { Excel?: unknown }).Excel;
      }

      // The browser page (ExcelJS in the pane): the same.
      const bytes = readFileSync(path);
      const browser = new FileHost({
        arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      } as unknown as File);
      await browser.read();
      expect(browser.takeWarnings().map((w) => paneText(w, lang))).toEqual([warning]);
      await browser.clean();
      expect(browser.takeWarnings().map((w) => paneText(w, lang))).toEqual([warning]);
    }
  });
});

describe('generated sheet names are free as Excel compares them (case-insensitively), on both sides', () => {
  const plan: WritePlan = {
    marks: [],
    sheets: [{ role: 'findings', name: 'Findings', columnWidths: [10], rows: [[{ value: 'x' }]] }],
  };

  it('the CLI does not add "Findings" beside the user\'s "FINDINGS"', async () => {
    const excel = await load(readFileSync(SAMPLE));
    excel.addWorksheet('FINDINGS');
    applyPlanXlsx(excel, plan);
    expect(excel.worksheets.map((w) => w.name)).toEqual([...USER_SHEETS, 'FINDINGS', 'Findings（生成）', STATE_SHEET]);
  });

  it('nor does Excel', async () => {
    const fake = fakeFromExcelJS(await load(readFileSync(SAMPLE)));
    fake.addSheet('FINDINGS');
    const result = await applyPlan(fake.context, plan, { notes: true });
    expect(result.sheets).toEqual(['Findings（生成）']);
  });
});
