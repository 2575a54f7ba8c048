import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookData } from '../../src/core/grid/types';
import { readWorkbook } from '../../src/xlsx/read';
import { buildOfficeStub } from './build-office-stub';
import type { FakeView } from './fake-office/office-stub';
import { OFFICE_JS, root, startPane } from './pane-browser';
import type { serve } from './static-server';

/**
 * The built pane in headless Chromium inside a simulated Excel: office.js is answered with a bundle of
 * the typed Excel fake holding the sample workbook. open → the table's place → 检查 → findings → click
 * selects the cell → 标注 → fills, notes and 检查结果 present → 清除标注 → fills and notes as before →
 * 生成说明 → the sheet present; and "改用当前选区". No request may leave the loopback address.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
let before: Record<string, string>;
let userSheets: string[];

/** Calls a FakeView method in the page. */
function fake<K extends keyof FakeView>(name: K, ...args: Parameters<FakeView[K]>): Promise<ReturnType<FakeView[K]>> {
  return fakeIn(page, name, ...args);
}

function fakeIn<K extends keyof FakeView>(
  p: Page,
  name: K,
  ...args: Parameters<FakeView[K]>
): Promise<ReturnType<FakeView[K]>> {
  return p.evaluate(
    ([n, a]) =>
      (window as unknown as { __fake: Record<string, (...x: unknown[]) => unknown> }).__fake[n as string](
        ...(a as unknown[]),
      ),
    [name, args] as const,
  ) as Promise<ReturnType<FakeView[K]>>;
}

/** Waits until the condition holds (the pane acts asynchronously), failing after a while. */
async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`condition not met in ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let stub: string;
let workbook: WorkbookData;

/** A new pane over a simulated Excel holding `data`, supporting ExcelApi up to 1.`apiMinor`. */
async function openPane(data: WorkbookData, apiMinor = 18): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 420, height: 1000 } });
  p.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url()) && !OFFICE_JS.test(r.url()))
      outside.push(r.url());
  });
  p.on('pageerror', (e) => pageErrors.push(e.message));
  // The pane logs the errors it shows (an empty selection below): printed to help, not failures.
  p.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await p.addInitScript(
    ([d, minor]) => {
      Object.assign(window, { __workbook: d, __excelApiMinor: minor });
    },
    [data, apiMinor] as const,
  );
  // The route added last is tried first: refuse everything off the loopback address, office.js excepted.
  await p.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await p.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: stub }));
  await p.goto(`${server.url}/taskpane.html`);
  return p;
}

beforeAll(async () => {
  [stub, workbook] = await Promise.all([
    buildOfficeStub(),
    readWorkbook(readFileSync(join(root, 'assets', 'sample-scoresheet.xlsx'))),
  ]);
  ({ browser, server } = await startPane());
  page = await openPane(workbook);
}, 120_000);

afterAll(async () => {
  if (pageErrors.length + consoleErrors.length) console.log([...pageErrors, ...consoleErrors].join('\n'));
  await browser?.close();
  await server?.close();
});

it('says on opening where the score table is, before any check', async () => {
  const location = page.locator('[data-testid=location]');
  await location.getByText('在 自评表!A3:J6 找到评分表').waitFor({ timeout: 30_000 });
  await expect(page.locator('[data-testid=file-input]').count()).resolves.toBe(0);
  // The user's own fill and note on a cell the pane will mark (a deduction's score cell).
  await fake('decorate', '自评表', 'B6', '#FFFF00', '领导已审阅');
  before = await fake('looks');
  expect(before).toEqual({ '自评表!B6:fill': 'Solid #FFFF00', '自评表!B6:note': '领导已审阅' });
  userSheets = await fake('sheets');
  expect(userSheets).toEqual(['自评表', '收支情况', '自评表说明', '基本情况', '绩效目标']);
});

it('checks the open workbook and shows the findings grouped by severity', async () => {
  await page.getByRole('button', { name: '检查', exact: true }).click();
  const summary = page.locator('[data-testid=summary]');
  await summary.waitFor({ timeout: 30_000 });
  await expect(summary.textContent()).resolves.toContain('总分 97.38 / 100');
  await expect(
    page.locator('section[aria-label=错误] [data-finding=narrative-mismatch]').textContent(),
  ).resolves.toContain('文中为 46.5 分，表中为 47.5 分');
  // SCORESHEET_SCREENSHOTS=1 npm run test:e2e renews the README's picture of the pane inside Excel (提示 still folded).
  if (process.env.SCORESHEET_SCREENSHOTS)
    await page.screenshot({ path: join(root, 'docs', 'images', 'pane-excel.png') });
  // 提示 are folded: opened, the four deductions are there.
  await expect(page.locator('section[aria-label=提示]').count()).resolves.toBe(0);
  await page.getByRole('button', { name: /^提示/ }).click();
  await expect(page.locator('section[aria-label=提示] [data-finding=deduction]').count()).resolves.toBe(4);
});

it('selects the cell of a clicked finding in Excel', async () => {
  await page.locator('section[aria-label=错误] [data-finding=narrative-mismatch]').click();
  await until(async () => (await fake('selection')) === '自评表说明!A37');
});

it('annotates the workbook in two syncs: fills, notes, 检查结果 and the explanation sheet', async () => {
  const syncs = await fake('syncs');
  const values = await fake('values', '自评表');
  await page.getByRole('button', { name: '标注', exact: true }).click();
  await page.locator('[data-notice=success]').waitFor({ timeout: 30_000 });
  // The read before the write is the check's; the write itself is at most two syncs.
  expect((await fake('syncs')) - syncs).toBeLessThanOrEqual(2);
  expect(await fake('sheets')).toEqual(
    expect.arrayContaining(['自评表', '自评表说明', '检查结果', '自评表说明（生成）']),
  );
  const looks = await fake('looks');
  expect(looks['自评表!B6:fill']).toMatch(/Solid #BDD7EE/i);
  expect(
    Object.keys(looks).filter((k) => k.startsWith('自评表!') && k.endsWith(':note')).length,
  ).toBeGreaterThanOrEqual(4);
  // Not one value of the user's own table changed.
  expect(await fake('values', '自评表')).toEqual(values);
  const findings = await fake('values', '检查结果');
  expect(Object.values(findings)).toEqual(expect.arrayContaining(['narrative-mismatch']));
});

it('removes every annotation: the original fills and notes back, the generated sheets gone', async () => {
  await page.getByRole('button', { name: '清除标注' }).click();
  await page.getByText('已清除标注').waitFor({ timeout: 30_000 });
  expect(await fake('looks')).toEqual(before);
  expect(await fake('sheets')).toEqual(userSheets);
});

it('writes the explanation sheet with the four sections', async () => {
  await page.getByRole('button', { name: '生成说明' }).click();
  await page.getByText('已生成“自评表说明”工作表').waitFor({ timeout: 30_000 });
  expect(await fake('sheets')).toContain('自评表说明（生成）');
  const text = Object.values(await fake('values', '自评表说明（生成）')).join('\n');
  for (const heading of ['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施'])
    expect(text).toContain(heading);
});

it('looks for the score table in the current selection when asked', async () => {
  await fake('select', '自评表', 'A1:K10');
  await page.getByRole('button', { name: '改用当前选区' }).click();
  await page.locator('[data-testid=scope]').getByText('只在 自评表!A1:K10 中查找评分表').waitFor({ timeout: 30_000 });
  await expect(page.locator('[data-testid=location]').textContent()).resolves.toContain('在 自评表!A3:J6 找到评分表');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=summary]').getByText('总分 97.38 / 100').waitFor({ timeout: 30_000 });

  await fake('select', '自评表', 'L20:N30');
  await page.getByRole('button', { name: '改用当前选区' }).click();
  await expect(page.locator('[data-notice=error]').textContent()).resolves.toContain(
    '所选区域 自评表!L20:N30 中没有找到评分表',
  );
  // The earlier scope stays until a range with a table is chosen.
  await expect(page.locator('[data-testid=scope]').textContent()).resolves.toContain('自评表!A1:K10');
  await page.getByRole('button', { name: '在整个工作簿中查找' }).click();
  await until(async () => (await page.locator('[data-testid=scope]').count()) === 0);
});

it('takes the first area of a multi-area selection (Ctrl+click)', async () => {
  await fake('select', '自评表', 'A1:K10', 'M20:N30');
  await page.getByRole('button', { name: '改用当前选区' }).click();
  await page.locator('[data-testid=scope]').getByText('只在 自评表!A1:K10 中查找评分表').waitFor({ timeout: 30_000 });
  // Not Excel's "The current selection is invalid for this operation." under 出现意外错误.
  await expect(page.locator('main').textContent()).resolves.not.toMatch(/invalid for this operation|InvalidSelection/);
  await page.getByRole('button', { name: '在整个工作簿中查找' }).click();
  await until(async () => (await page.locator('[data-testid=scope]').count()) === 0);
});

it('says an annotation that failed half-way is partial, and 清除标注 then restores the workbook', async () => {
  const p = await openPane(workbook);
  await p.getByRole('button', { name: '检查', exact: true }).click();
  await p.locator('[data-testid=summary]').waitFor({ timeout: 30_000 });
  const sheets = await fakeIn(p, 'sheets');
  const looks = await fakeIn(p, 'looks');
  // The write's first request (after the look-ups) fails half-way: part of it stays, as in Excel.
  await fakeIn(p, 'failRequest', 2, 'GeneralException');
  await p.getByRole('button', { name: '标注', exact: true }).click();
  await p.locator('[data-notice=error]').waitFor({ timeout: 30_000 });
  const text = await p.locator('[data-notice=error]').textContent();
  expect(text).toContain('标注未能全部写入');
  expect(text).toContain('清除标注');
  expect(text).not.toContain('意外');
  await p.getByRole('button', { name: '清除标注' }).click();
  await p.getByText('已清除标注').waitFor({ timeout: 30_000 });
  expect(await fakeIn(p, 'sheets')).toEqual(sheets);
  expect(await fakeIn(p, 'looks')).toEqual(looks);
  await p.close();
}, 60_000);

it('refuses to annotate a protected sheet, says how to go on, and writes nothing', async () => {
  const locked = { sheets: workbook.sheets.map((sh) => (sh.name === '自评表' ? { ...sh, protected: true } : sh)) };
  const p = await openPane(locked);
  await p.getByRole('button', { name: '检查', exact: true }).click();
  await p.locator('[data-testid=summary]').waitFor({ timeout: 30_000 });
  const sheets = await fakeIn(p, 'sheets');
  const looks = await fakeIn(p, 'looks');
  await p.getByRole('button', { name: '标注', exact: true }).click();
  await p.locator('[data-notice=error]').waitFor({ timeout: 30_000 });
  await expect(p.locator('[data-notice=error]').textContent()).resolves.toContain('工作表“自评表”受保护，无法标注');
  expect(await fakeIn(p, 'sheets')).toEqual(sheets);
  expect(await fakeIn(p, 'looks')).toEqual(looks);
  await p.close();
}, 60_000);

it('checks on an Excel without ExcelApi 1.9 but refuses to annotate there, naming what is missing', async () => {
  const p = await openPane(workbook, 8);
  await p.getByRole('button', { name: '检查', exact: true }).click();
  await p.locator('[data-testid=summary]').getByText('总分 97.38 / 100').waitFor({ timeout: 30_000 });
  const sheets = await fakeIn(p, 'sheets');
  await p.getByRole('button', { name: '标注', exact: true }).click();
  await p.locator('[data-notice=error]').waitFor({ timeout: 30_000 });
  await expect(p.locator('[data-notice=error]').textContent()).resolves.toContain(
    '当前 Excel 版本不支持所需功能（ExcelApi 1.9）',
  );
  expect(await fakeIn(p, 'sheets')).toEqual(sheets);
  await p.close();
}, 60_000);

it('raised no page error and sent no request beyond the loopback address', () => {
  expect(pageErrors).toEqual([]);
  expect(outside).toEqual([]);
});
