/**
 * The fast reader gives exactly what the ExcelJS path gives: the same sheets, cells, formats, merges and
 * flags, or the same WorkbookReadError, for every workbook the repository builds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fixtures } from './fixtures';
import { forms } from './forms';
import { badInputCases } from '../scripts/bad-inputs/corpus';
import { buildLargeWorkbook } from '../bench/large-workbook';
import { randomWorkbookArb } from '../bench/fuzz/random-grid';
import { toXlsx } from '../bench/fuzz/to-xlsx';
import { checkWorkbook } from '../src/core/check';
import { annotate } from '../src/cli/write-commands';
import { STATE_HEADER, STATE_SHEET } from '../src/core/write-plan/annotation-record';
import { WorkbookReadError } from '../src/xlsx/errors';
import { readWorkbookFast, readWorkbookFile } from '../src/xlsx/fast-read';
import * as read from '../src/xlsx/read';
import { loadWorkbook } from '../src/xlsx/read';

const root = join(__dirname, '..');
let compared = 0;

async function outcome(read: () => Promise<unknown>): Promise<{ data?: unknown; error?: string }> {
  try {
    return { data: await read() };
  } catch (err) {
    if (err instanceof WorkbookReadError) return { error: `${err.detail} ${JSON.stringify(err.params)}` };
    return { error: `${(err as Error).name}: ${(err as Error).message}` };
  }
}

async function expectSame(bytes: Buffer): Promise<void> {
  const [slow, fast] = await Promise.all([
    outcome(async () => (await loadWorkbook(bytes)).data),
    outcome(() => readWorkbookFast(bytes)),
  ]);
  expect(fast).toStrictEqual(slow);
  compared++;
}

describe('readWorkbookFast equals loadWorkbook(bytes).data', () => {
  afterAll(() => console.log(`fast reader compared with the ExcelJS path on ${compared} workbooks`));

  it.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', async (_, fixture) => {
    await expectSame(await fixture.build());
  });

  // The published forms as typed (merged captions, stacked tables, text figures): read by the CLI with this reader.
  it.each(forms.map((f) => [f.name, f] as const))('form %s', async (_, form) => {
    await expectSame(await form.build());
  });

  it('the sample workbook', async () => {
    await expectSame(readFileSync(join(root, 'assets', 'sample-scoresheet.xlsx')));
  });

  it.each(badInputCases.map((c) => [c.file, c] as const))('bad input %s', async (_, c) => {
    await expectSame(await c.build());
  });

  it('the bench workbook at 200 indicators', async () => {
    await expectSame(await buildLargeWorkbook(200));
  });

  it('reads plain workbooks itself, without falling back to ExcelJS', async () => {
    const fallback = jest.spyOn(read, 'loadWorkbook');
    try {
      await readWorkbookFast(await buildLargeWorkbook(50));
      await readWorkbookFast(readFileSync(join(root, 'assets', 'sample-scoresheet.xlsx')));
      for (const f of fixtures.slice(0, 8)) await readWorkbookFast(await f.build());
      expect(fallback).not.toHaveBeenCalled();
    } finally {
      fallback.mockRestore();
    }
  });

  it('annotated copies leave out the generated and state sheets the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scoresheet-fast-read-'));
    try {
      const sources = [
        readFileSync(join(root, 'assets', 'sample-scoresheet.xlsx')),
        ...(await Promise.all(fixtures.slice(0, 8).map((f) => f.build()))),
      ];
      for (const [i, bytes] of sources.entries()) {
        const { excel, data } = await loadWorkbook(bytes);
        const out = join(dir, `annotated-${i}.xlsx`);
        await annotate(excel, checkWorkbook(data, { lang: 'zh-CN' }), out, 'zh-CN');
        await expectSame(readFileSync(out));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a state sheet edited by hand: both skip the same rows and name them, the fast reader without ExcelJS', async () => {
    const { excel } = await loadWorkbook(readFileSync(join(root, 'assets', 'sample-scoresheet.xlsx')));
    excel.addWorksheet('检查结果').getCell('A1').value = '生成的';
    const state = excel.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
    [STATE_HEADER, '{"type":"sheet","name":"检查结果"}', '{"type":"mark","sheet":"自评表",', 'edited'].forEach(
      (text, i) => (state.getCell(i + 1, 1).value = text),
    );
    state.getCell(6, 1).value = 7;
    const bytes = Buffer.from(await excel.xlsx.writeBuffer());
    const fallback = jest.spyOn(read, 'loadWorkbook');
    try {
      const fast = await readWorkbookFile(bytes);
      expect(fallback).not.toHaveBeenCalled();
      const slow = await loadWorkbook(bytes);
      expect(fast.unreadableStateRows).toEqual([3, 4, 6]);
      expect(slow.unreadableStateRows).toEqual([3, 4, 6]);
      expect(fast.data).toStrictEqual(slow.data);
      expect(fast.data.sheets.map((s) => s.name)).not.toContain('检查结果');
    } finally {
      fallback.mockRestore();
    }
  });

  it('fuzz workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(randomWorkbookArb, async (workbook) => {
        await expectSame(await toXlsx(workbook));
      }),
      { numRuns: 300, seed: 20240611 },
    );
  }, 300_000);
});
