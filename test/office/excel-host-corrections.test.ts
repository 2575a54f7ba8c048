/**
 * The pane's Excel host applying corrections: one undo step where Excel has mergeUndoGroup (ExcelApi 1.20),
 * never asked for where it has not; a refused correction becomes the pane's error with its cell.
 */
import { checkWorkbook } from '../../src/core/check';
import { parseAreaAddress } from '../../src/core/grid/address';
import { buildCorrectionPlan } from '../../src/core/write-plan/corrections';
import { ExcelHost } from '../../src/taskpane/hosts/excel-host';
import { HostError } from '../../src/taskpane/hosts/host';
import type { FakeExcel } from './fake-excel';
import { fakeFromExcelJS, sample } from './helpers';

const OLD = '（二）管理效率分析（总分为 50 分，自评分为 46.5 分）';
const NEW = '（二）管理效率分析（总分为 50 分，自评分为 47.5 分）';

async function inExcel(apiMinor: number): Promise<{ fake: FakeExcel; host: ExcelHost }> {
  const { excel } = await sample();
  const fake = fakeFromExcelJS(excel);
  Object.assign(globalThis, {
    Office: {
      context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split('.')[1]) <= apiMinor } },
      PlatformType: {},
    },
    Excel: { run: fake.run.bind(fake) },
  });
  return { fake, host: new ExcelHost() };
}

const a37 = (fake: FakeExcel) => {
  const { top, left } = parseAreaAddress('A37');
  return fake.sheet('自评表说明').cell(top, left);
};

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

it.each([
  [20, true],
  [18, false],
])(
  'with ExcelApi 1.%d applies and undoes in runs that wait for a cell edit, mergeUndoGroup %s',
  async (minor, merged) => {
    const { fake, host } = await inExcel(minor);
    const plan = buildCorrectionPlan(checkWorkbook(await host.read()).findings);
    await host.applyCorrections(plan);
    expect(a37(fake)?.value).toBe(NEW);
    await expect(host.undoCorrections()).resolves.toEqual({ restored: ['自评表说明!A37'], kept: [] });
    expect(a37(fake)?.value).toBe(OLD);
    const writes = fake.runs.slice(1);
    expect(writes).toHaveLength(2);
    expect(writes.every((r) => r.delayForCellEdit && r.mergeUndoGroup === merged)).toBe(true);
    // The correction and its record: two syncs; the undo reads the record, then the cells, then writes.
    expect(writes.map((r) => r.syncs)).toEqual([2, 3]);
  },
);

it('refuses a correction whose cell now holds a formula, naming the cell', async () => {
  const { fake, host } = await inExcel(20);
  const plan = buildCorrectionPlan(checkWorkbook(await host.read()).findings);
  const cell = a37(fake);
  if (!cell) throw new Error('no A37');
  cell.formula = '=B1';
  const err = await host.applyCorrections(plan).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(HostError);
  expect(err).toMatchObject({ code: 'correction-formula', detail: '自评表说明!A37' });
  expect(cell.value).toBe(OLD);
});
