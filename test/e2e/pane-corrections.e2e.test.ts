import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { WorkbookData } from '../../src/core/grid/types';
import { readWorkbook } from '../../src/xlsx/read';
import { buildOfficeStub } from './build-office-stub';
import { fakeIn, openInExcel, root, scrollsSideways, startPane, until } from './pane-browser';
import type { serve } from './static-server';

/**
 * One-click corrections in the built pane inside a simulated Excel: the sample's explanation says 46.5 where
 * the table gives 47.5; the error offers "改为 47.5", the click writes the corrected paragraph and the check
 * runs again without that error; 撤销修正 puts the old text back exactly.
 */

const shots = process.env.SCORESHEET_SCREENSHOTS ? join(root, 'docs', 'images') : null;
const OLD = '（二）管理效率分析（总分为 50 分，自评分为 46.5 分）';
const NEW = '（二）管理效率分析（总分为 50 分，自评分为 47.5 分）';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let stub: string;
let sample: WorkbookData;

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

it('offers 改为 47.5 on the error, writes it on a click, reruns the check, and 撤销修正 gives the old text back', async () => {
  const { page, errors } = await openInExcel(browser, server.url, stub, sample);
  await page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  expect((await fakeIn(page, 'values', '自评表说明')).A37).toBe(OLD);
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });

  const offer = page.locator('section[aria-label=错误] [data-correct="自评表说明!A37"]');
  await expect(offer.textContent()).resolves.toBe('改为 47.5');
  // Nothing is changed until she clicks.
  expect((await fakeIn(page, 'values', '自评表说明')).A37).toBe(OLD);
  const mismatches = await page.locator('section[aria-label=错误] [data-finding=narrative-mismatch]').count();
  await offer.click();

  await until(async () => (await fakeIn(page, 'values', '自评表说明')).A37 === NEW);
  const notice = page.locator('[data-notice=success]');
  await until(async () => /自评表说明!A37.*46\.5 → 47\.5/.test((await notice.textContent()) ?? ''));
  // The check ran again: the error and its offer are gone.
  await until(async () => (await page.locator('[data-correct]').count()) === 0);
  await expect(page.locator('section[aria-label=错误] [data-finding=narrative-mismatch]').count()).resolves.toBe(
    mismatches - 1,
  );
  const values = await fakeIn(page, 'values', '自评表说明');
  expect(Object.values(values).filter((v) => typeof v === 'string' && v.startsWith('='))).toEqual([]);

  await page.getByRole('button', { name: '撤销修正' }).click();
  await until(async () => (await fakeIn(page, 'values', '自评表说明')).A37 === OLD);
  await until(async () => /已撤销修正/.test((await notice.textContent()) ?? ''));
  await until(async () => (await page.locator('[data-correct="自评表说明!A37"]').count()) === 1);
  await expect(page.getByRole('button', { name: '撤销修正' }).count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

it('清除标注 after a correction takes out the annotation and puts the corrected text back', async () => {
  const { page, errors } = await openInExcel(browser, server.url, stub, sample);
  await page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  const sheets = await fakeIn(page, 'sheets');
  const looks = await fakeIn(page, 'looks');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '标注', exact: true }).click();
  await page.locator('[data-notice=success]').waitFor({ timeout: 30_000 });
  await page.locator('[data-correct="自评表说明!A37"]').click();
  await until(async () => (await fakeIn(page, 'values', '自评表说明')).A37 === NEW);
  await until(async () => (await page.getByRole('button', { name: '撤销修正' }).count()) === 1);

  await page.getByRole('button', { name: '清除标注' }).click();
  await page.getByText('已清除标注').waitFor({ timeout: 30_000 });
  expect((await fakeIn(page, 'values', '自评表说明')).A37).toBe(OLD);
  expect(await fakeIn(page, 'sheets')).toEqual(sheets);
  expect(await fakeIn(page, 'looks')).toEqual(looks);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

it('refuses 改为 on a cell that now holds a formula: the pane says why, the cell keeps its formula and value', async () => {
  const { page, errors } = await openInExcel(browser, server.url, stub, sample);
  await page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  const offer = page.locator('section[aria-label=错误] [data-correct="自评表说明!A37"]');
  await expect(offer.textContent()).resolves.toBe('改为 47.5');

  // After the check, the user makes A37 a formula giving the same text.
  const formula = '="（二）管理效率分析（总分为 50 分，自评分为 "&TEXT(46.5,"0.0")&" 分）"';
  await fakeIn(page, 'setFormula', '自评表说明', 'A37', formula, OLD);
  await offer.click();

  const notice = page.locator('[data-notice=error]');
  await notice.waitFor({ timeout: 30_000 });
  await expect(notice.textContent()).resolves.toContain('自评表说明!A37 含有公式，不会被改写');
  await expect(notice.textContent()).resolves.toContain('工作簿未被修改');
  expect(await fakeIn(page, 'cellOf', '自评表说明', 'A37')).toEqual({ formula, value: OLD });
  await expect(page.getByRole('button', { name: '撤销修正' }).count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

it('names the step under way beside a spinner while a correction is slow to write (写入修正…)', async () => {
  const { page, errors } = await openInExcel(browser, server.url, stub, sample);
  await page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  const progress = page.locator('[data-testid=progress]');
  // Nothing under way: nothing shown.
  await expect(progress.textContent()).resolves.toBe('');

  // Excel holds the write as long as the test wants: the step outlasts half a second and is named.
  await fakeIn(page, 'holdSyncs');
  await page.locator('section[aria-label=错误] [data-correct="自评表说明!A37"]').click();
  await page.locator('[data-testid=progress][data-step=correct]').waitFor({ timeout: 30_000 });
  await expect(progress.textContent()).resolves.toBe('写入修正…');
  expect((await fakeIn(page, 'values', '自评表说明')).A37).toBe(OLD);

  await fakeIn(page, 'releaseSyncs');
  await until(async () => (await fakeIn(page, 'values', '自评表说明')).A37 === NEW);
  await until(async () => (await page.locator('[data-testid=progress][data-busy]').count()) === 0);
  await expect(progress.textContent()).resolves.toBe('');
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

it('offers 改为 47.5 at 320 px without a sideways scroll, the button named with its cell', async () => {
  const { page, errors } = await openInExcel(browser, server.url, stub, sample, { width: 320 });
  await page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  const offer = page.getByRole('button', { name: '改为 47.5（自评表说明!A37）' });
  await offer.waitFor({ timeout: 30_000 });
  expect(await scrollsSideways(page)).toBe(false);
  if (shots) {
    await offer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'pane-correction.png'), fullPage: true });
  }
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
