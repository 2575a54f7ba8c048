import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookData } from '../../src/core/grid/types';
import { readWorkbook } from '../../src/xlsx/read';
import { buildOfficeStub } from './build-office-stub';
import { axeScan, choose, openInExcel, openRuleEditor, root, scrollsSideways, startPane } from './pane-browser';
import type { serve } from './static-server';

/**
 * A rule set by hand in the pane's editor, exported, is the rule pack the command line reads: given to
 * `scoresheet check --rules FILE --json` on the same workbook, it gives the findings the pane shows, rule
 * id for rule id and cell for cell. Then an accessibility scan with the editor open.
 */

const SAMPLE = join(root, 'assets', 'sample-scoresheet.xlsx');
const shots = process.env.SCORESHEET_SCREENSHOTS ? join(root, 'docs', 'images') : null;
const run = promisify(execFile);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let stub: string;
let sample: WorkbookData;
let dir: string;

beforeAll(async () => {
  // The bin under test is the code under test.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root });
  [stub, sample] = await Promise.all([buildOfficeStub(), readWorkbook(readFileSync(SAMPLE))]);
  ({ browser, server } = await startPane());
  dir = mkdtempSync(join(tmpdir(), 'scoresheet-rules-'));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function checked(width?: number): Promise<{ page: Page; errors: string[] }> {
  const opened = await openInExcel(browser, server.url, stub, sample, { width, bypassCSP: true });
  const page = opened.page;
  await page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  return { page, errors: opened.errors };
}

/** Opens the editor on 预算编制 and sets 分档计分 on the funding rate: ≥ 99% → 3, below → 1 (the sample has 98.76%). */
async function setBands(page: Page) {
  const editor = await openRuleEditor(page, '预算编制');
  await choose(page, editor.getByRole('combobox', { name: '评分方法' }), '分档计分');
  await choose(page, editor.locator('[data-param=source]').getByRole('combobox'), '预算执行率（执行数 ÷ 预算数）');
  const bands = editor.getByRole('group', { name: '分档（下限、上限、得分）' });
  const first = bands.getByRole('group', { name: '第 1 档' });
  await first.getByRole('textbox', { name: '下限' }).fill('99%');
  await first.getByRole('textbox', { name: /^得分/ }).fill('3');
  await bands.getByRole('button', { name: '添加一档' }).click();
  const second = bands.getByRole('group', { name: '第 2 档' });
  await second.getByRole('textbox', { name: '上限' }).fill('99%');
  await second.getByRole('checkbox', { name: '含上限' }).uncheck();
  await second.getByRole('textbox', { name: /^得分/ }).fill('1');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('1.00');
  return editor;
}

/** The findings the pane shows for the table chosen, as "rule sheet!cell", the folded notes opened. */
async function shownForTable(page: Page): Promise<string[]> {
  const notes = page.locator('[data-testid=notes]');
  const folded = notes.getByRole('button', { expanded: false });
  while ((await folded.count()) > 0) await folded.first().click();
  return page
    .locator('[data-finding]')
    .evaluateAll((items) => items.map((el) => `${el.getAttribute('data-finding')} ${el.getAttribute('data-cell')}`));
}

/** Every finding the pane shows, table by table through its picker (those of no table shown with each, once). */
async function shown(page: Page): Promise<string[]> {
  const picker = page.locator('[data-testid=table-picker]');
  const all = new Set(await shownForTable(page));
  if ((await picker.count()) > 0) {
    await picker.click();
    const tables = await page.getByRole('option').count();
    await page.keyboard.press('Escape');
    for (let i = 0; i < tables; i++) {
      await picker.click();
      await page.getByRole('option').nth(i).click();
      for (const f of await shownForTable(page)) all.add(f);
    }
  }
  return [...all].sort();
}

it('a rule set in the editor, exported, gives `scoresheet check --rules FILE` the findings the pane shows', async () => {
  const { page, errors } = await checked();
  const editor = await setBands(page);
  await editor.getByRole('button', { name: '保存并重新检查' }).click();
  await editor.locator('[data-testid=rules-saved]').waitFor({ timeout: 30_000 });
  const mismatch = page
    .locator('section[aria-label=错误] [data-finding=score-mismatch]')
    .filter({ hasText: '预算编制' });
  await mismatch.first().waitFor({ timeout: 30_000 });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.getByRole('button', { name: '导出规则包（JSON）' }).click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const pack = JSON.parse(readFileSync(file, 'utf8')) as { rules: { match: unknown; rule: unknown }[] };
  expect(pack.rules).toEqual([
    expect.objectContaining({
      match: { names: ['预算编制'] },
      rule: {
        kind: 'bands',
        source: 'funding-rate',
        bands: [
          { min: 0.99, points: 3 },
          { max: 0.99, includeMax: false, points: 1 },
        ],
      },
    }),
  ]);

  const inPane = await shown(page);
  const { stdout } = await run(
    process.execPath,
    [join(root, 'bin', 'scoresheet.js'), 'check', SAMPLE, '--rules', file, '--json'],
    {
      cwd: root,
    },
  ).catch((err: { code: number; stdout: string }) => {
    // Exit 1: checked, with an error finding (the mismatch the rule found).
    if (err.code !== 1) throw err;
    return { stdout: err.stdout };
  });
  const json = JSON.parse(stdout) as { findings: { rule: string; sheet: string; cell: string; message: string }[] };
  const byCli = [...new Set(json.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`))].sort();
  expect(byCli.length).toBe(json.findings.length);
  expect(inPane).toEqual(byCli);
  expect(json.findings.some((f) => f.rule === 'score-mismatch' && f.message.includes('预算编制'))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);

it('has no serious or critical accessibility violation with the rule editor open on a rule set, at 320 px', async () => {
  const { page, errors } = await checked(320);
  const editor = await setBands(page);
  // A field said wrong is part of what a screen reader meets: scanned too.
  const points = editor.getByRole('group', { name: '第 2 档' }).getByRole('textbox', { name: /^得分/ });
  await points.fill('一分');
  await expect(points.getAttribute('aria-invalid')).resolves.toBe('true');
  expect(await axeScan(page)).toEqual([]);
  await points.fill('1');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('1.00');
  expect(await axeScan(page)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
  if (shots) {
    await editor.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'pane-rule-editor.png'), fullPage: true });
  }
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

it('has no serious or critical accessibility violation with 分项合计’s parts open (a part scored by bands inside), at 320 px', async () => {
  const { page, errors } = await checked(320);
  const editor = await openRuleEditor(page, '预算编制');
  await choose(page, editor.getByRole('combobox', { name: '评分方法' }), '分项合计');
  const parts = editor.getByRole('group', { name: '组成部分' });
  const first = parts.getByRole('group', { name: '第 1 部分' });
  await choose(page, first.getByRole('combobox', { name: '此部分的评分方法' }), '分档计分');
  // The part's name left empty and its band's points missing: said at their fields, and scanned so.
  await first.getByRole('textbox', { name: /^分值/ }).fill('3');
  await expect(first.getByRole('textbox', { name: /^名称/ }).getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(
    first.getByRole('group', { name: '第 1 档' }).getByRole('textbox', { name: /^得分/ }).getAttribute('aria-invalid'),
  ).resolves.toBe('true');
  expect(await axeScan(page)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
