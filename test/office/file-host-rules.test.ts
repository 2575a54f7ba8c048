/**
 * Browser mode keeps the rule pack set in the rule editor in the workbook itself — its very hidden rules
 * sheet, the one the Excel host and the CLI use — not in the browser: the downloaded workbook carries it
 * (also when nothing was annotated), and that file opened again, on this computer or another, is checked
 * by it. Nothing is kept in localStorage.
 */
import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../../src/core/check';
import type { RulePack } from '../../src/core/rules/pack';
import { autoPack } from '../../src/core/rules/select-pack';
import { packFromIndicatorRules, readWorkbookRules, RULES_SHEET } from '../../src/core/rules/workbook-rules';
import { check, DEFAULT_SETTINGS } from '../../src/taskpane/checker';
import { FileHost } from '../../src/taskpane/hosts/file-host';
import { download } from '../../src/taskpane/hosts/host';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { loadWorkbook } from '../../src/xlsx/read';
import { SAMPLE } from './helpers';

jest.mock('../../src/taskpane/hosts/host', () => ({
  ...jest.requireActual<object>('../../src/taskpane/hosts/host'),
  download: jest.fn(),
}));

/** Every localStorage call, were the host to make one (the page has it; jest's node environment has not). */
const stored: string[] = [];
beforeAll(() => {
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => {
        stored.push(`get ${k}`);
        return null;
      },
      setItem: (k: string) => void stored.push(`set ${k}`),
      removeItem: (k: string) => void stored.push(`remove ${k}`),
    },
  });
});
afterAll(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

function fileHost(bytes: Buffer, name = 'sample.xlsx'): FileHost {
  return new FileHost({
    name,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  } as unknown as File);
}

async function downloaded(host: FileHost): Promise<Buffer> {
  const mocked = download as jest.MockedFunction<typeof download>;
  mocked.mockClear();
  await host.downloadWorkbook('out.xlsx');
  return Buffer.from(await mocked.mock.calls[0][0].arrayBuffer());
}

/** 预算编制 (3 points, the sheet says 3) by rate × points from the year's 执行率 98.76%: 2.96. */
async function ratePack(): Promise<RulePack> {
  const { data } = await loadWorkbook(readFileSync(SAMPLE));
  return packFromIndicatorRules(
    [{ indicator: ['管理效能', '预算编制'], rule: { kind: 'rate', source: 'funding-rate' }, source: '执行率×分值' }],
    autoPack(checkWorkbook(data).model),
  );
}

const budgetMismatch = (findings: { rule: string; message: string }[]) =>
  findings.filter((f) => f.rule === 'score-mismatch' && f.message.includes('预算编制'));

it('saves the pack into the workbook: the download (nothing annotated) carries it, and the file opened again is checked by it', async () => {
  const host = fileHost(readFileSync(SAMPLE));
  const before = await check(host, DEFAULT_SETTINGS, 'sample.xlsx');
  expect(budgetMismatch(before.result.findings)).toEqual([]);

  await host.saveWorkbookRules(await ratePack());
  const after = await check(host, DEFAULT_SETTINGS, 'sample.xlsx');
  expect(after.pack?.rules.length).toBeGreaterThan(0);
  expect(budgetMismatch(after.result.findings)).toHaveLength(1);

  // Downloaded without 标注: the rules sheet is in it, very hidden, and the CLI's reader finds the pack.
  const bytes = await downloaded(host);
  const { excel, data } = await loadWorkbook(bytes);
  expect(excel.getWorksheet(RULES_SHEET)?.state).toBe('veryHidden');
  expect(readWorkbookRules(data).pack).toEqual(after.pack);

  // Opened again in a fresh page (a new host): the rule is in force.
  const reopened = fileHost(bytes, 'sample (1).xlsx');
  const again = await check(reopened, DEFAULT_SETTINGS, 'sample (1).xlsx');
  expect(again.pack).toEqual(after.pack);
  expect(budgetMismatch(again.result.findings).map((f) => f.message)).toEqual(
    budgetMismatch(after.result.findings).map((f) => f.message),
  );
  expect(stored).toEqual([]);
});

it('removing the pack takes the rules sheet out of the workbook; a file of the same name does not get it', async () => {
  const host = fileHost(readFileSync(SAMPLE));
  await host.read();
  await host.saveWorkbookRules(await ratePack());
  // Another file of the same name, in the same browser: its own rules (none), not the other's.
  await expect(fileHost(readFileSync(SAMPLE)).readWorkbookRules()).resolves.toBeNull();

  await host.saveWorkbookRules(null);
  await expect(host.readWorkbookRules()).resolves.toBeNull();
  const { excel } = await loadWorkbook(await downloaded(host));
  expect(excel.getWorksheet(RULES_SHEET)).toBeUndefined();
  expect(stored).toEqual([]);
});

it('keeps the rules sheet through 标注 and 清除标注, before the annotation record', async () => {
  const host = fileHost(readFileSync(SAMPLE));
  const checked = await check(host, DEFAULT_SETTINGS, 'sample.xlsx');
  await host.saveWorkbookRules(await ratePack());
  await host.apply(buildWritePlan(checked.result, 'zh-CN', { highlights: true, findings: true }));
  const annotated = (await loadWorkbook(await downloaded(host))).excel.worksheets.map((w) => w.name);
  expect(annotated.indexOf(RULES_SHEET)).toBeGreaterThan(-1);
  expect(annotated.at(-1)).not.toBe(RULES_SHEET);
  await host.clean();
  const cleaned = await loadWorkbook(await downloaded(host));
  expect(readWorkbookRules(cleaned.data).pack?.rules.length).toBeGreaterThan(0);
});
