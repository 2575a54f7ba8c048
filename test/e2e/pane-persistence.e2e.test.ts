import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookData } from '../../src/core/grid/types';
import { RULES_SHEET } from '../../src/core/rules/workbook-rules';
import { STATE_SHEET } from '../../src/core/write-plan/annotation-record';
import { readWorkbook } from '../../src/xlsx/read';
import { buildOfficeStub } from './build-office-stub';
import type { WorkbookSnapshot } from './fake-office/office-stub';
import { choose, fakeIn, openInExcel, openRuleEditor, root, startPane, until } from './pane-browser';
import type { serve } from './static-server';

/**
 * What the pane leaves in a workbook outlives the pane: a page opened again over the same workbook (the
 * pane reloaded inside the simulated Excel, whose workbook stays) still checks with the scoring rule set
 * in the editor and offers 撤销修正 for a correction made before, which puts the text back exactly; in
 * browser mode the rule set in the editor is in the downloaded workbook, and that file opened in a fresh
 * page is checked by it.
 */

const OLD = '（二）管理效率分析（总分为 50 分，自评分为 46.5 分）';
const NEW = '（二）管理效率分析（总分为 50 分，自评分为 47.5 分）';
const SAMPLE = join(root, 'assets', 'sample-scoresheet.xlsx');

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let stub: string;
let sample: WorkbookData;

beforeAll(async () => {
  [stub, sample] = await Promise.all([buildOfficeStub(), readWorkbook(readFileSync(SAMPLE))]);
  ({ browser, server } = await startPane());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function check(page: Page): Promise<void> {
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
}

/** The pane inside the simulated Excel, over the sample or over a workbook the pane worked on before. */
async function inExcel(snapshot?: WorkbookSnapshot): Promise<{ page: Page; errors: string[] }> {
  const opened = await openInExcel(browser, server.url, stub, sample, { snapshot });
  await opened.page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  return opened;
}

/** 预算编制 (3 分) set to 比率×分值 from the funding rate in the editor, saved: the sheet's 3 against 2.96. */
async function setBudgetRule(page: Page): Promise<void> {
  const editor = await openRuleEditor(page, '预算编制');
  await choose(page, editor.getByRole('combobox', { name: '评分方法' }), '比率×分值');
  await choose(page, editor.locator('[data-param=source]').getByRole('combobox'), '预算执行率（执行数 ÷ 预算数）');
  await editor.getByRole('button', { name: '保存并重新检查' }).click();
  await editor.locator('[data-testid=rules-saved]').waitFor({ timeout: 30_000 });
}

const mismatchOnBudget = (page: Page) =>
  page.locator('section[aria-label=错误] [data-finding=score-mismatch]').filter({ hasText: '预算编制' });

it('inside Excel: a rule set in the editor is still there after the pane is reloaded, and the finding still changed', async () => {
  const first = await inExcel();
  await check(first.page);
  await expect(mismatchOnBudget(first.page).count()).resolves.toBe(0);
  await setBudgetRule(first.page);
  await mismatchOnBudget(first.page).first().waitFor({ timeout: 30_000 });
  const snapshot = await fakeIn(first.page, 'snapshot');
  expect(snapshot.sheets.find((s) => s.name === RULES_SHEET)?.visibility).toBe('VeryHidden');
  await first.page.close();

  const again = await inExcel(snapshot);
  await check(again.page);
  await mismatchOnBudget(again.page).first().waitFor({ timeout: 30_000 });
  await expect(mismatchOnBudget(again.page).first().textContent()).resolves.toContain('2.96');
  // The editor opened on the row shows the saved rule.
  const editor = await openRuleEditor(again.page, '预算编制');
  await expect(editor.getByRole('combobox', { name: '评分方法' }).textContent()).resolves.toContain('比率×分值');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('2.96');
  expect([...first.errors, ...again.errors]).toEqual([]);
  await again.page.close();
}, 180_000);

it('inside Excel: a correction, the pane reloaded, 撤销修正 offered on opening puts the text back exactly', async () => {
  const first = await inExcel();
  const before = await fakeIn(first.page, 'exact', '自评表说明');
  const sheets = await fakeIn(first.page, 'sheets');
  await check(first.page);
  await first.page.locator('[data-correct="自评表说明!A37"]').click();
  await until(async () => (await fakeIn(first.page, 'values', '自评表说明')).A37 === NEW);
  const snapshot = await fakeIn(first.page, 'snapshot');
  await first.page.close();

  const again = await inExcel(snapshot);
  // Offered on opening, before any 检查: the workbook's record says what was corrected.
  const undo = again.page.getByRole('button', { name: '撤销修正' });
  await undo.waitFor({ timeout: 30_000 });
  await undo.click();
  await until(async () => (await fakeIn(again.page, 'values', '自评表说明')).A37 === OLD);
  await until(async () =>
    /已撤销修正：自评表说明!A37/.test((await again.page.locator('[data-notice=success]').textContent()) ?? ''),
  );
  // Back exactly: the same value and number format in every cell, the record gone, the offer gone.
  expect(await fakeIn(again.page, 'exact', '自评表说明')).toEqual(before);
  expect(await fakeIn(again.page, 'sheets')).toEqual(sheets);
  expect(sheets).not.toContain(STATE_SHEET);
  await until(async () => (await undo.count()) === 0);
  expect([...first.errors, ...again.errors]).toEqual([]);
  await again.page.close();
}, 180_000);

it('browser mode: a rule set in the editor is in the downloaded workbook; opened in a fresh page, it is in force', async () => {
  const first = await browser.newPage({ viewport: { width: 420, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  first.on('pageerror', (e) => errors.push(e.message));
  await first.route('**/office.js', (route) => route.abort());
  await first.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await first.goto(`${server.url}/taskpane.html`);
  await first.setInputFiles('[data-testid=file-input]', SAMPLE);
  await first.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  await expect(mismatchOnBudget(first).count()).resolves.toBe(0);
  await setBudgetRule(first);
  await mismatchOnBudget(first).first().waitFor({ timeout: 30_000 });

  // Nothing annotated: the workbook can be downloaded all the same, and carries the rules sheet.
  const [download] = await Promise.all([
    first.waitForEvent('download'),
    first.getByRole('button', { name: '下载标注后的工作簿' }).click(),
  ]);
  // Read before the page closes: the browser deletes its downloads with it.
  const bytes = readFileSync(await download.path());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.getWorksheet(RULES_SHEET)?.state).toBe('veryHidden');
  await first.close();

  const fresh = await browser.newPage({ viewport: { width: 420, height: 1000 } });
  fresh.on('pageerror', (e) => errors.push(e.message));
  await fresh.route('**/office.js', (route) => route.abort());
  await fresh.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await fresh.goto(`${server.url}/taskpane.html`);
  await fresh.setInputFiles('[data-testid=file-input]', {
    name: 'sample-scoresheet.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await fresh.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  await mismatchOnBudget(fresh).first().waitFor({ timeout: 30_000 });
  await expect(mismatchOnBudget(fresh).first().textContent()).resolves.toContain('2.96');
  expect(errors).toEqual([]);
  await fresh.close();
}, 180_000);
