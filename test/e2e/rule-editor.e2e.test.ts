import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookData } from '../../src/core/grid/types';
import { readWorkbook } from '../../src/xlsx/read';
import { buildOfficeStub } from './build-office-stub';
import { choose, openInExcel, openRuleEditor, root, startPane } from './pane-browser';
import type { serve } from './static-server';

/**
 * The scoring-rule editor in the built pane inside a simulated Excel: on the sample, 预算编制 (3 分) set to
 * 执行率 × 分值 from the funding rate shows 2.96 beside the sheet's 3, an invalid parameter is said at its
 * field, and saving reruns the check: the finding appears in the 错误 list.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let stub: string;
let sample: WorkbookData;
const errors: string[] = [];

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

async function checked(): Promise<Page> {
  const opened = await openInExcel(browser, server.url, stub, sample);
  opened.page.on('close', () => errors.push(...opened.errors));
  const page = opened.page;
  await page.locator('[data-testid=location]').getByText('找到评分表').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=score-tree]').waitFor({ timeout: 30_000 });
  return page;
}

const mismatchOnBudget = (page: Page) =>
  page.locator('section[aria-label=错误] [data-finding=score-mismatch]').filter({ hasText: '预算编制' });

it('sets 预算编制 to rate × points from the funding rate: 2.96 shown live beside 3, saved, the finding in the list', async () => {
  const page = await checked();
  await expect(mismatchOnBudget(page).count()).resolves.toBe(0);
  // From the tree leaf's own action.
  const editor = await openRuleEditor(page, '预算编制');
  await expect(editor.getByRole('combobox', { name: '指标' }).textContent()).resolves.toContain('预算编制');
  await choose(page, editor.getByRole('combobox', { name: '评分方法' }), '比率×分值');
  // The value a rule reads is chosen by its name, not the pack's id.
  const source = editor.locator('[data-param=source]').getByRole('combobox');
  await source.click();
  await expect(page.getByRole('option', { name: 'funding-rate', exact: true }).count()).resolves.toBe(0);
  await page.getByRole('option', { name: '预算执行率（执行数 ÷ 预算数）', exact: true }).click();
  await expect(source.textContent()).resolves.toContain('预算执行率');
  const scores = editor.locator('[data-testid=rule-scores]');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('2.96');
  await expect(scores.textContent()).resolves.toMatch(/表中得分\s*3/);
  await expect(scores.textContent()).resolves.toContain('与表中得分不符');

  // An invalid weight: its message at its field, no score, nothing to save.
  const weight = editor.locator('[data-param=weight]');
  await weight.getByRole('textbox').fill('-1');
  await expect(weight.textContent()).resolves.toContain('应为正数');
  await expect(weight.getByRole('textbox').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('—');
  await expect(editor.getByRole('button', { name: '保存并重新检查' }).isDisabled()).resolves.toBe(true);
  await weight.getByRole('textbox').fill('');
  await expect(weight.textContent()).resolves.not.toContain('应为正数');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('2.96');

  await editor.getByRole('button', { name: '保存并重新检查' }).click();
  await editor.locator('[data-testid=rules-saved]').waitFor({ timeout: 30_000 });
  await mismatchOnBudget(page).first().waitFor({ timeout: 30_000 });
  await expect(mismatchOnBudget(page).first().textContent()).resolves.toContain('2.96');
  // The rule is in the workbook's pack now: exportable.
  await expect(editor.getByRole('button', { name: '导出规则包（JSON）' }).isDisabled()).resolves.toBe(false);
  await page.close();
  expect(errors).toEqual([]);
}, 120_000);

it('opens from the folded unverified line on a score no rule could check', async () => {
  const page = await checked();
  const unverified = page.locator('[data-testid=unverified]');
  await unverified.getByRole('button').first().click();
  await unverified.getByRole('button', { name: '设置评分规则', exact: true }).click();
  const editor = page.locator('[data-testid=rule-editor]');
  await editor.waitFor({ timeout: 30_000 });
  const name = (await editor.getByRole('combobox', { name: '指标' }).textContent()) ?? '';
  await expect(
    unverified.locator('[data-finding=rule-not-verified]').filter({ hasText: name.trim() }).count(),
  ).resolves.toBeGreaterThan(0);
  await page.close();
  expect(errors).toEqual([]);
}, 120_000);

it('edits 分档计分 as rows of labelled fields: a bad field is said at the field, rows added and removed, the score live', async () => {
  const page = await checked();
  const editor = await openRuleEditor(page, '预算编制');
  await choose(page, editor.getByRole('combobox', { name: '评分方法' }), '分档计分');
  await choose(page, editor.locator('[data-param=source]').getByRole('combobox'), '预算执行率（执行数 ÷ 预算数）');
  // No JSON box: the bands are a group of rows, each field labelled.
  await expect(editor.locator('textarea').count()).resolves.toBe(0);
  const bands = editor.getByRole('group', { name: '分档（下限、上限、得分）' });
  const first = bands.getByRole('group', { name: '第 1 档' });
  await first.getByRole('textbox', { name: '下限' }).fill('95%');
  await first.getByRole('textbox', { name: /^得分/ }).fill('3');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('3.00');

  // A second band, its points typed wrong: the message at that field, tied to it for a screen reader.
  await bands.getByRole('button', { name: '添加一档' }).click();
  const second = bands.getByRole('group', { name: '第 2 档' });
  await second.getByRole('textbox', { name: '上限' }).fill('95%');
  await second.getByRole('checkbox', { name: '含上限' }).uncheck();
  const points = second.getByRole('textbox', { name: /^得分/ });
  await points.fill('两分');
  await expect(points.getAttribute('aria-invalid')).resolves.toBe('true');
  const describedBy = (await points.getAttribute('aria-describedby')) ?? '';
  const said = await page.evaluate(
    (ids) =>
      ids
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    describedBy,
  );
  expect(said).toContain('应为数字');
  await expect(first.getByRole('textbox', { name: /^得分/ }).getAttribute('aria-invalid')).resolves.not.toBe('true');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('—');
  await expect(editor.getByRole('button', { name: '保存并重新检查' }).isDisabled()).resolves.toBe(true);
  await points.fill('1');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('3.00');

  // The rate 98.76% falls below a raised first band: the second band's 1 point, against the sheet's 3.
  await first.getByRole('textbox', { name: '下限' }).fill('99%');
  await second.getByRole('textbox', { name: '上限' }).fill('0.99');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('1.00');
  await expect(editor.locator('[data-testid=rule-scores]').textContent()).resolves.toContain('与表中得分不符');

  // Every row removed: the list says so and nothing can be saved.
  await second.getByRole('button', { name: '删除第 2 档' }).click();
  await bands.getByRole('button', { name: '删除第 1 档' }).click();
  await expect(bands.textContent()).resolves.toContain('至少填写一行');
  await expect(editor.getByRole('button', { name: '保存并重新检查' }).isDisabled()).resolves.toBe(true);
  await page.close();
  expect(errors).toEqual([]);
}, 120_000);

it('is usable by keyboard alone: a kind and a source chosen, a band filled, added and removed with keys', async () => {
  const page = await checked();
  const editor = await openRuleEditor(page, '预算编制');
  const focused = () =>
    page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
    );

  /** Opens the focused list with Enter, moves with the arrow key to `name`, chooses it with Enter. */
  const pick = async (combobox: ReturnType<Page['getByRole']>, name: string) => {
    await page.keyboard.press('Enter');
    const active = () =>
      combobox.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent);
    for (let i = 0; i < 30 && (await active()) !== name; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  };

  // 评分方法: opened with Enter, 分档计分 reached with the arrow key, chosen with Enter.
  const kind = editor.getByRole('combobox', { name: '评分方法' });
  await kind.focus();
  await pick(kind, '分档计分');
  await expect(kind.textContent()).resolves.toContain('分档计分');

  // Tab goes on to 数据来源, then into the first band's fields.
  await page.keyboard.press('Tab');
  const source = editor.locator('[data-param=source]').getByRole('combobox');
  await expect(source.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await pick(source, '预算执行率（执行数 ÷ 预算数）');
  await expect(source.textContent()).resolves.toContain('预算执行率（执行数 ÷ 预算数）');

  const first = editor.getByRole('group', { name: '第 1 档' });
  await first.getByRole('textbox', { name: '下限' }).focus();
  await page.keyboard.type('90%');
  await page.keyboard.press('Tab');
  await expect(
    first.getByRole('checkbox', { name: '含下限' }).evaluate((el) => el === document.activeElement),
  ).resolves.toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(
    first.getByRole('textbox', { name: /^得分/ }).evaluate((el) => el === document.activeElement),
  ).resolves.toBe(true);
  await page.keyboard.type('3');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('3.00');

  // 删除第 1 档 and 添加一档 are the next stops; Enter on 添加一档 adds 第 2 档.
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('删除第 1 档');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('添加一档');
  await page.keyboard.press('Enter');
  const second = editor.getByRole('group', { name: '第 2 档' });
  await second.waitFor();
  // Removed by keyboard, the row takes its button with it: focus is on 添加一档, not lost.
  await second.getByRole('button', { name: '删除第 2 档' }).focus();
  await page.keyboard.press('Enter');
  await expect(second.count()).resolves.toBe(0);
  expect(await focused()).toBe('添加一档');
  await page.close();
  expect(errors).toEqual([]);
}, 120_000);

it('edits 分项合计 as parts, each with its name, points and method: 2 as stated + 1 × the funding rate gives 2.99, saved, opened again as parts', async () => {
  const page = await checked();
  const editor = await openRuleEditor(page, '预算编制');
  await choose(page, editor.getByRole('combobox', { name: '评分方法' }), '分项合计');
  // No JSON box: the parts are groups of labelled fields.
  await expect(editor.locator('textarea').count()).resolves.toBe(0);
  const parts = editor.getByRole('group', { name: '组成部分' });
  const first = parts.getByRole('group', { name: '第 1 部分' });
  await first.getByRole('textbox', { name: /^名称/ }).fill('编制');
  const points = first.getByRole('textbox', { name: /^分值/ });
  await points.fill('两分');
  await expect(points.getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(first.textContent()).resolves.toContain('应为正数');
  await points.fill('2');
  await choose(page, first.getByRole('combobox', { name: '此部分的评分方法' }), '按表中得分认定（不计算）');
  // One part alone is scaled to the sheet's 3 points, as the check scales it.
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('3.00');

  await parts.getByRole('button', { name: '添加一部分' }).click();
  const second = parts.getByRole('group', { name: '第 2 部分' });
  await second.getByRole('textbox', { name: /^名称/ }).fill('执行');
  await second.getByRole('textbox', { name: /^分值/ }).fill('1');
  await choose(page, second.getByRole('combobox', { name: '此部分的评分方法' }), '比率×分值');
  // The part's own method shows its own fields.
  await choose(page, second.locator('[data-param=source]').getByRole('combobox'), '预算执行率（执行数 ÷ 预算数）');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('2.99');
  await expect(editor.locator('[data-testid=rule-scores]').textContent()).resolves.toContain('与表中得分不符');

  await editor.getByRole('button', { name: '保存并重新检查' }).click();
  await editor.locator('[data-testid=rules-saved]').waitFor({ timeout: 30_000 });
  await mismatchOnBudget(page).first().waitFor({ timeout: 30_000 });
  await expect(mismatchOnBudget(page).first().textContent()).resolves.toContain('2.99');

  // Closed (the pane stays whole: an effect's return value once blanked it here) and opened again: the parts as saved.
  await editor.getByRole('button', { name: '关闭' }).click();
  await expect(editor.count()).resolves.toBe(0);
  await openRuleEditor(page, '预算编制');
  const again = editor.getByRole('group', { name: '组成部分' });
  await expect(
    again.getByRole('group', { name: '第 2 部分' }).getByRole('textbox', { name: /^名称/ }).inputValue(),
  ).resolves.toBe('执行');
  await expect(editor.locator('[data-testid=rule-score]').textContent()).resolves.toBe('2.99');
  await page.close();
  expect(errors).toEqual([]);
}, 120_000);
