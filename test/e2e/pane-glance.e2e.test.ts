import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookData } from '../../src/core/grid/types';
import { readWorkbook } from '../../src/xlsx/read';
import { forms } from '../forms';
import { buildOfficeStub } from './build-office-stub';
import { axeScan, fakeIn, openInExcel, root, scrollsSideways, startPane, until } from './pane-browser';
import type { serve } from './static-server';

/**
 * The table at a glance and a pane that fits Office, in the built pane inside a simulated Excel: the
 * tree and the folded notes on the sample, the table picker on a workbook of three forms, 检查 → finding
 * → cell by keyboard alone, 320 px without a sideways scroll, Office's dark theme, and an axe-core scan.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let stub: string;
let sample: WorkbookData;
const outside: string[] = [];
const errors: string[] = [];
const shots = process.env.SCORESHEET_SCREENSHOTS ? join(root, 'docs', 'images') : null;

async function open(data: WorkbookData, options: Parameters<typeof openInExcel>[4] = {}): Promise<Page> {
  const opened = await openInExcel(browser, server.url, stub, data, options);
  opened.page.on('close', () => {
    outside.push(...opened.outside);
    errors.push(...opened.errors);
  });
  return opened.page;
}

async function checkNow(page: Page): Promise<void> {
  await page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
}

/** The relative luminance of a CSS rgb() colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

beforeAll(async () => {
  [stub, sample] = await Promise.all([
    buildOfficeStub(),
    readWorkbook(readFileSync(join(root, 'assets', 'sample-scoresheet.xlsx'))),
  ]);
  ({ browser, server } = await startPane());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('shows the total, then the tree with its shortfalls marked, then the findings; the notes folded into two lines', async () => {
  const page = await open(sample);
  await checkNow(page);
  const summary = page.locator('[data-testid=summary]');
  await expect(summary.textContent()).resolves.toContain('总分 97.38 / 100');
  // Top to bottom: the total, the tree, the 错误 list, the folded notes.
  const order = await page.evaluate(() =>
    ['[data-testid=summary]', '[data-testid=score-tree]', 'section[aria-label=错误]', '[data-testid=notes]'].map(
      (s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1,
    ),
  );
  expect(order.every((top) => top >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // The tree: first levels with their points and scores; the four deductions marked on their rows.
  const tree = page.locator('[data-testid=score-tree]');
  await expect(tree.getByRole('treeitem').count()).resolves.toBeGreaterThan(4);
  await expect(tree.locator('[data-deducted]').count()).resolves.toBe(4);
  await expect(tree.locator('[data-deducted]').first().textContent()).resolves.toMatch(/扣 [\d.]+ 分/);
  // 提示 folded: not one of them shown until opened; the unverified scores are one line.
  await expect(page.locator('section[aria-label=提示]').count()).resolves.toBe(0);
  const unverified = page.locator('[data-testid=unverified]');
  const line = (await unverified.getByRole('button').textContent()) ?? '';
  const count = Number(/(\d+) 项得分没有可核对的评分规则/.exec(line)?.[1]);
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('[data-finding=rule-not-verified]').count()).resolves.toBe(0);
  await unverified.getByRole('button').click();
  await expect(page.locator('[data-finding=rule-not-verified]').count()).resolves.toBe(count);
  await page.getByRole('button', { name: /^提示/ }).click();
  await expect(page.locator('section[aria-label=提示] [data-finding=deduction]').count()).resolves.toBe(4);
  // A leaf of the tree selects its cell in Excel.
  const leaf = tree.locator('[data-deducted]').first();
  await leaf.click();
  await until(async () => /^自评表!/.test(await fakeIn(page, 'selection')));
  await page.close();
}, 90_000);

it('picks among the score tables of one workbook: each with its tree, total and findings', async () => {
  const spec = forms.find((f) => f.name === 'multi-sheet-department-and-projects');
  if (!spec) throw new Error('the multi-table form is missing from the corpus');
  const data = await readWorkbook(await spec.build());
  const page = await open(data, { width: 320 });
  await checkNow(page);
  const picker = page.getByRole('combobox', { name: '评分表' });
  await expect(picker.textContent()).resolves.toMatch(/^部门整体表 · .+!B\d+:[A-Z]+\d+$/);
  await expect(page.locator('[data-testid=summary]').textContent()).resolves.toContain('总分 99.8 / 100');
  // The department's funding line comes first, under its name 预算执行率, with its shortfall.
  const first = page.locator('[data-testid=score-tree] [role=treeitem]').first();
  await expect(first.textContent()).resolves.toContain('预算执行率');
  await expect(first.getAttribute('data-deducted')).resolves.toBe('0.2');
  await expect(page.locator('[data-finding=target-not-met]').count()).resolves.toBe(0);

  await picker.click();
  const options = page.getByRole('option');
  // A project form goes by its 项目名称 where the engine reads the title block, else by its place.
  await expect(options.allTextContents()).resolves.toEqual([
    expect.stringMatching(/^部门整体表 · 部门整体!B\d+:I\d+$/),
    expect.stringMatching(/^项目支出表 · (乡村文化振兴示范村建设|乡村文化振兴!B\d+:I\d+)$/),
    expect.stringMatching(/^项目支出表 · (全民健身设施维护|全民健身!B\d+:I\d+)$/),
  ]);
  await options.nth(2).click();
  await expect(page.locator('[data-testid=summary]').textContent()).resolves.toContain('总分 98.2 / 100');
  // Its unmet target: in the 警告 list and marked on its row of the tree.
  await expect(page.locator('section[aria-label=警告] [data-finding=target-not-met]').count()).resolves.toBe(1);
  await expect(page.locator('[data-testid=score-tree] [data-worst=warning]').textContent()).resolves.toContain(
    '健身设施完好率',
  );
  expect(await scrollsSideways(page)).toBe(false);
  if (shots) await page.screenshot({ path: join(shots, 'pane-national-forms.png'), fullPage: true });
  await page.close();
}, 90_000);

it('goes 检查 → finding → its cell in Excel by keyboard alone', async () => {
  const page = await open(sample);
  await page.locator('[data-testid=location]').getByText('在 自评表!A3:J6 找到评分表').waitFor({ timeout: 30_000 });
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  for (let i = 0; i < 20 && (await focused()) !== '检查'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('检查');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  // The tree is one tab stop: the arrow keys walk its rows, Enter on a leaf selects its cell.
  const role = () => page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);
  for (let i = 0; i < 20 && (await role()) !== 'treeitem'; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('履职效能');
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('整体效能');
  await page.keyboard.press('Enter');
  await until(async () => (await fakeIn(page, 'selection')) === '自评表!B6');
  // Tab on to the 错误 list (one stop per list), then Enter selects the finding's cell.
  const onFinding = () => page.evaluate(() => document.activeElement?.getAttribute('data-finding') ?? null);
  for (let i = 0; i < 40 && (await onFinding()) === null; i++) await page.keyboard.press('Tab');
  expect(await onFinding()).toBe('narrative-mismatch');
  await page.keyboard.press('Enter');
  await until(async () => (await fakeIn(page, 'selection')) === '自评表说明!A37');
  // The arrow keys move along a list: open the notes by keyboard and step from one to the next.
  const notes = page.getByRole('button', { name: /^提示/ });
  await notes.focus();
  await page.keyboard.press('Enter');
  await page.locator('section[aria-label=提示]').waitFor();
  for (let i = 0; i < 10 && (await onFinding()) === null; i++) await page.keyboard.press('Tab');
  const firstCell = await page.evaluate(() => document.activeElement?.textContent ?? '');
  await page.keyboard.press('ArrowDown');
  const secondCell = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(await onFinding()).toBe('deduction');
  expect(secondCell).not.toBe(firstCell);
  await page.keyboard.press('Enter');
  await until(async () => /^自评表!/.test(await fakeIn(page, 'selection')));
  await page.close();
}, 90_000);

it('fits 320 px after 检查 without a sideways scroll, in Office light, dark and high contrast', async () => {
  const light = await open(sample, { width: 320 });
  await checkNow(light);
  expect(await scrollsSideways(light)).toBe(false);
  const lightBg = await light.locator('main').evaluate((m) => getComputedStyle(m).backgroundColor);
  expect(luminance(lightBg)).toBeGreaterThan(0.8);
  if (shots) await light.screenshot({ path: join(shots, 'pane-320-light.png'), fullPage: true });
  await light.close();

  const dark = await open(sample, {
    width: 320,
    officeTheme: {
      bodyBackgroundColor: '#262626',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#3B3B3B',
      controlForegroundColor: '#FFFFFF',
      isDarkTheme: true,
    },
  });
  await checkNow(dark);
  expect(await scrollsSideways(dark)).toBe(false);
  const bg = await dark.locator('main').evaluate((m) => getComputedStyle(m).backgroundColor);
  const fg = await dark.locator('main').evaluate((m) => getComputedStyle(m).color);
  expect(luminance(bg)).toBeLessThan(0.2);
  expect(luminance(fg)).toBeGreaterThan(0.8);
  if (shots) await dark.screenshot({ path: join(shots, 'pane-320-dark.png'), fullPage: true });
  await dark.close();

  // A Windows contrast theme reaches the add-in's browser as forced colours: Fluent's high-contrast theme.
  const contrast = await open(sample, { width: 320, forcedColors: 'active' });
  await checkNow(contrast);
  await expect(contrast.locator('[data-theme]').first().getAttribute('data-theme')).resolves.toBe('contrast');
  expect(await scrollsSideways(contrast)).toBe(false);
  await contrast.close();
}, 90_000);

it('has no serious or critical accessibility violation after 检查 (axe-core), in Excel and in browser mode', async () => {
  // The pane's policy refuses injected scripts: these pages alone bypass it, to run axe.
  const page = await open(sample, { bypassCSP: true });
  await checkNow(page);
  await page.getByRole('button', { name: /^提示/ }).click();
  await page.locator('[data-testid=unverified]').getByRole('button').click();
  expect(await axeScan(page)).toEqual([]);
  await page.close();

  const context = await browser.newContext({
    viewport: { width: 320, height: 1000 },
    bypassCSP: true,
    colorScheme: 'dark',
  });
  const files = await context.newPage();
  await files.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await files.route('**/office.js', (route) => route.abort());
  await files.goto(`${server.url}/taskpane.html`);
  // The file picker in the pane's language: a button, and the name of the file once chosen.
  await expect(files.locator('[data-testid=file-name]').textContent()).resolves.toBe('未选择文件');
  await files.getByRole('button', { name: '选择文件…' }).waitFor();
  await files.setInputFiles('[data-testid=file-input]', join(root, 'assets', 'sample-scoresheet.xlsx'));
  await files.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  await expect(files.locator('[data-testid=file-name]').textContent()).resolves.toBe('sample-scoresheet.xlsx');
  // The browser's dark scheme is followed where Office gives no theme.
  const bg = await files.locator('main').evaluate((m) => getComputedStyle(m).backgroundColor);
  expect(luminance(bg)).toBeLessThan(0.2);
  expect(await scrollsSideways(files)).toBe(false);
  expect(await axeScan(files)).toEqual([]);
  await context.close();
}, 120_000);

it('raised no page error and sent no request beyond the loopback address', () => {
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
});
