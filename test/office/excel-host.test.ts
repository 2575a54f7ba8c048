/**
 * The pane's Excel host over the simulated Excel: every run waits for a cell edit to end, every Office
 * error gets its own message with the way out in both languages, a partial write is said to be partial,
 * and the adapter's warnings reach the pane.
 */
import { checkWorkbook } from '../../src/core/check';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { ExcelHost } from '../../src/taskpane/hosts/excel-host';
import { HostError } from '../../src/taskpane/hosts/host';
import { MESSAGES } from '../../src/taskpane/messages';
import { FakeExcel } from './fake-excel';
import { fakeFromExcelJS, looks, sample } from './helpers';

const USER_SHEETS = ['自评表', '收支情况', '自评表说明', '基本情况', '绩效目标'];

async function inExcel(apiMinor = 18): Promise<FakeExcel> {
  const { excel } = await sample();
  const fake = fakeFromExcelJS(excel);
  Object.assign(globalThis, {
    Office: {
      context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split('.')[1]) <= apiMinor } },
      PlatformType: {},
    },
    Excel: { run: fake.run.bind(fake) },
  });
  return fake;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

it('waits for a cell edit to end in every run: read, select, selection, apply, clean', async () => {
  const fake = await inExcel();
  fake.cellEditMode = true;
  const host = new ExcelHost();
  const data = await host.read();
  await host.select('自评表', 'B6');
  await expect(host.selection()).resolves.toEqual({ sheet: '自评表', range: 'B6' });
  await host.apply(buildWritePlan(checkWorkbook(data), 'zh-CN'));
  await host.clean();
  expect(fake.runs.length).toBeGreaterThanOrEqual(5);
  expect(fake.runs.every((r) => r.delayForCellEdit)).toBe(true);
  expect(fake.runs.every((r) => r.suspends <= 1)).toBe(true);
});

it('takes the first area of a multi-area selection', async () => {
  const fake = await inExcel();
  fake.selection = {
    sheet: fake.sheet('自评表'),
    area: { top: 2, left: 0, bottom: 5, right: 9 },
    others: [{ top: 20, left: 0, bottom: 21, right: 1 }],
  };
  await expect(new ExcelHost().selection()).resolves.toEqual({ sheet: '自评表', range: 'A3:J6' });
});

it('turns Excel errors into the pane’s own, each with a message in both languages, never raw English', async () => {
  const fake = await inExcel(8);
  fake.selection = {
    sheet: fake.sheet('自评表'),
    area: { top: 2, left: 0, bottom: 5, right: 9 },
    others: [{ top: 20, left: 0, bottom: 21, right: 1 }],
  };
  await expect(new ExcelHost().selection()).rejects.toMatchObject({ code: 'invalid-selection' });
  const codes = [
    'invalid-selection',
    'cell-edit',
    'request-too-large',
    'response-too-large',
    'item-not-found',
    'access-denied',
    'api-not-found',
    'general-exception',
    'partial-write',
    'partial-clean',
    'office-error',
  ] as const;
  for (const code of codes) {
    expect(MESSAGES['zh-CN'].errors[code]).toMatch(/[\u4e00-\u9fa5]/);
    expect(MESSAGES['zh-CN'].errors[code]).not.toContain('意外');
    expect(MESSAGES['en-US'].errors[code]).not.toMatch(/[\u4e00-\u9fa5]{3}/);
  }
});

it('says a write that failed half-way is partial, and 清除标注 then restores everything', async () => {
  const fake = await inExcel();
  const host = new ExcelHost();
  const plan = buildWritePlan(checkWorkbook(await host.read()), 'zh-CN');
  const before = looks(fake, USER_SHEETS);
  fake.failAt = { sync: fake.syncs + 2, code: 'GeneralException' };
  const error = await host.apply(plan).then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(HostError);
  expect(error).toMatchObject({ code: 'partial-write', detail: 'GeneralException' });
  fake.failAt = null;
  await expect(host.clean()).resolves.toEqual({ notesRestored: true, restored: [], kept: [] });
  expect(looks(fake, USER_SHEETS)).toEqual(before);
  expect(fake.model.live().map((s) => s.name)).toEqual(USER_SHEETS);
});

it('without notes (ExcelApi 1.17): 标注 says the reasons are in 检查结果 only, 清除标注 does not claim notes restored', async () => {
  await inExcel(17);
  const host = new ExcelHost();
  const plan = buildWritePlan(checkWorkbook(await host.read()), 'zh-CN');
  host.takeWarnings();
  await host.apply(plan);
  expect(host.takeWarnings()).toEqual([{ code: 'notes-unavailable' }]);
  await expect(host.clean()).resolves.toEqual({ notesRestored: false, restored: [], kept: [] });
  expect(MESSAGES['zh-CN'].warnings['notes-unavailable']).toContain('检查结果');
});
