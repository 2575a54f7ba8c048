import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { root, startPane } from './pane-browser';
import type { serve } from './static-server';

/**
 * The built pane in real headless Chromium, in browser mode (for WPS users): choose the sample file,
 * see the findings, annotate, download the workbook and the Word file. office.js is refused (no
 * network here, and browser mode must not need it); no request may leave the loopback address.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
const outside: string[] = [];

beforeAll(async () => {
  ({ browser, server } = await startPane());
  page = await browser.newPage({ viewport: { width: 420, height: 1000 }, acceptDownloads: true });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });
  await page.route('**/office.js', (route) => route.abort());
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${server.url}/taskpane.html`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('checks a chosen file and shows the findings grouped by severity', async () => {
  await page.setInputFiles('[data-testid=file-input]', join(root, 'assets', 'sample-scoresheet.xlsx'));
  const summary = page.locator('[data-testid=summary]');
  await summary.waitFor({ timeout: 30_000 });
  await expect(page.locator('[data-testid=location]').textContent()).resolves.toContain('在 自评表!A3:J6 找到评分表');
  await expect(summary.textContent()).resolves.toContain('总分 97.38 / 100');
  await expect(
    page.locator('section[aria-label=错误] [data-finding=narrative-mismatch]').textContent(),
  ).resolves.toContain('文中为 46.5 分，表中为 47.5 分');
  // SCORESHEET_SCREENSHOTS=1 npm run test:e2e renews the README's picture of the pane in browser mode.
  if (process.env.SCORESHEET_SCREENSHOTS)
    await page.screenshot({ path: join(root, 'docs', 'images', 'pane-browser.png') });
  // 提示 are folded: opened, the four deductions are there.
  await expect(page.locator('section[aria-label=提示]').count()).resolves.toBe(0);
  await page.getByRole('button', { name: /^提示/ }).click();
  await expect(page.locator('section[aria-label=提示] [data-finding=deduction]').count()).resolves.toBe(4);
}, 60_000);

it('annotates in memory and downloads the annotated workbook', async () => {
  await page.getByRole('button', { name: '标注', exact: true }).click();
  await page.locator('[data-notice=success]').waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载标注后的工作簿' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('sample-scoresheet-已标注.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining(['自评表', '检查结果', '自评表说明（生成）']),
  );
  const fill = wb.getWorksheet('自评表')?.getCell('B6').fill as ExcelJS.FillPattern;
  expect(fill.fgColor?.argb).toBe('FFBDD7EE');
}, 60_000);

it('downloads the Word file', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('sample-scoresheet-自评表说明.docx');
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(bytes.length).toBeGreaterThan(5000);
}, 60_000);

it('says why a chosen file cannot be read: a .csv renamed .xlsx', async () => {
  await page.setInputFiles('[data-testid=file-input]', {
    name: '收支.xlsx',
    mimeType: 'text/csv',
    buffer: Buffer.from('指标,分值,得分\n预算执行,4,3.5\n'),
  });
  await page.locator('[data-notice=error]').waitFor({ timeout: 30_000 });
  await expect(page.locator('[data-notice=error]').textContent()).resolves.toContain(
    '无法读取所选文件：文件内容不是 .xlsx 格式，可能是改了扩展名的 .csv 或其他文件',
  );
}, 60_000);

it('sent no request beyond the loopback address other than the refused office.js', () => {
  expect(outside.filter((u) => !u.endsWith('/office.js'))).toEqual([]);
});
