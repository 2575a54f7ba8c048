/**
 * A district's own scoring rules saved in the workbook (the very hidden rules sheet): written through
 * ExcelJS, read back by both readers, used by the check unless --rules says otherwise, never read as the
 * user's data, and a damaged sheet a warning naming its cell, not a crash.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { checkWorkbook, type CheckResult } from '../src/core/check';
import type { WorkbookData } from '../src/core/grid/types';
import { toCheckJson } from '../src/core/output/json';
import type { RulePack } from '../src/core/rules/pack';
import { shippedPacks } from '../src/core/rules/packs/index';
import { autoPack } from '../src/core/rules/select-pack';
import type { RuleSpec } from '../src/core/rules/types';
import { RulePackError } from '../src/core/rules/validate-pack';
import {
  packFromIndicatorRules,
  readWorkbookRules,
  RULES_CHUNK,
  RULES_SHEET,
  serialiseWorkbookRules,
} from '../src/core/rules/workbook-rules';
import { readWorkbookFast } from '../src/xlsx/fast-read';
import { loadWorkbook } from '../src/xlsx/read';
import { removeRulesSheet, writeRulesSheet } from '../src/xlsx/rules-sheet';
import { sample } from './support/cli';

const sampleBytes = readFileSync(sample);

/** 预算编制 (3 points, stated 3 at 自评表!C6) by the year's 执行率 98.76%: ≥ 95% gives the full 3. */
const BANDS: RuleSpec = {
  kind: 'bands',
  source: 'funding-rate',
  bands: [{ min: 0.95, points: 3 }, { min: 0.9, max: 0.95, includeMax: false, points: 2 }, { points: 0 }],
};
/** The same by rate × points: 98.76% × 3 = 2.9628 → 2.96, where the sheet says 3. */
const RATE: RuleSpec = { kind: 'rate', source: 'funding-rate' };

async function sampleWith(write: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const { excel } = await loadWorkbook(sampleBytes);
  write(excel);
  return Buffer.from(await excel.xlsx.writeBuffer());
}

/** The pack a rule editor would save for the sample: 预算编制's own rule, following the pack the sample gets anyway. */
async function samplePack(rule: RuleSpec): Promise<RulePack> {
  const plain = checkWorkbook(await readWorkbookFast(sampleBytes));
  return packFromIndicatorRules(
    [{ indicator: ['管理效能', '预算编制'], rule, source: '执行率≥95%得满分' }],
    autoPack(plain.model),
  );
}

/** The sample checked as it ships, and the two packs a rule editor would save for it, made once. */
let plain: CheckResult;
const samplePackSync: { bands: RulePack; rate: RulePack } = {} as never;
beforeAll(async () => {
  plain = checkWorkbook(await readWorkbookFast(sampleBytes));
  samplePackSync.bands = await samplePack(BANDS);
  samplePackSync.rate = await samplePack(RATE);
});

const findingsOf = (r: CheckResult) =>
  r.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.expected, f.actual, f.message]);
const at = (r: CheckResult, cell: string) =>
  r.findings.filter((f) => f.sheet === '自评表' && f.cell === cell).map((f) => f.rule);

describe('the rules sheet', () => {
  it('the sample without one: 预算编制 is not verified, the Guangzhou pack is chosen, no workbookRules', () => {
    expect(at(plain, 'C6')).toEqual(['rule-not-verified']);
    expect(plain.rules.pack.name).toBe('guangzhou-department');
    expect(plain.workbookRules).toBeUndefined();
    expect(Object.keys(toCheckJson('s.xlsx', plain))).toEqual(['file', 'tables', 'indicators', 'total', 'findings']);
  });

  it('a pack from per-indicator rules extends the pack the workbook uses anyway, one rule per indicator by name', async () => {
    const pack = await samplePack(BANDS);
    expect(pack).toMatchObject({
      name: 'workbook',
      extends: 'guangzhou-department',
      scoreDecimals: 2,
      defaultOperator: '>=',
    });
    expect(pack.rules).toEqual([
      { id: '预算编制', title: '预算编制', source: '执行率≥95%得满分', match: { names: ['预算编制'] }, rule: BANDS },
    ]);
    // Edited again: 预算编制 replaced, a second indicator added; null takes a rule out again.
    const edited = packFromIndicatorRules(
      [
        { indicator: '预算编制', rule: RATE },
        { indicator: '信息公开', rule: { kind: 'equal' } },
      ],
      pack,
    );
    expect(edited.rules.map((r) => [r.id, r.rule.kind])).toEqual([
      ['预算编制', 'rate'],
      ['信息公开', 'equal'],
    ]);
    expect(edited.extends).toBe('guangzhou-department');
    expect(packFromIndicatorRules([{ indicator: '预算编制', rule: null }], edited).rules.map((r) => r.id)).toEqual([
      '信息公开',
    ]);
  });

  it('a bands rule saved in the workbook verifies 预算编制: computed 3, the sheet says 3, no finding left at C6', async () => {
    const bytes = await sampleWith((wb) => writeRulesSheet(wb, samplePackSync.bands));
    const result = checkWorkbook(await readWorkbookFast(bytes));
    expect(result.rules.pack.name).toBe('workbook');
    expect(result.workbookRules).toMatchObject({ present: true, used: true, sheet: RULES_SHEET, problems: [] });
    const json = toCheckJson('s.xlsx', result);
    expect(json.indicators[1]).toMatchObject({
      path: ['管理效能', '预算编制'],
      computed: 3,
      rule: { kind: 'bands', origin: 'workbook/预算编制' },
    });
    // The Guangzhou rules still apply through `extends`.
    expect(json.indicators[0].rule).toMatchObject({ origin: 'guangzhou-department/overall-effectiveness' });
    expect(at(result, 'C6')).toEqual([]);
    expect(result.findings.filter((f) => f.rule === 'rule-not-verified')).toHaveLength(
      plain.findings.filter((f) => f.rule === 'rule-not-verified').length - 1,
    );
    expect(json.workbookRules).toEqual({ sheet: RULES_SHEET, pack: 'workbook', used: true, problems: [] });
  });

  it('a rate rule saved in the workbook finds the score too high: 98.76% × 3 = 2.96, the sheet says 3', async () => {
    const bytes = await sampleWith((wb) => writeRulesSheet(wb, samplePackSync.rate));
    const result = checkWorkbook(await readWorkbookFast(bytes));
    const mismatch = result.findings.find((f) => f.rule === 'score-mismatch' && f.cell === 'C6');
    expect(mismatch).toMatchObject({ severity: 'error', indicator: '预算编制', expected: 2.96, actual: 3 });
    expect(mismatch?.message).toContain('workbook/预算编制');
    expect(at(result, 'C6')).toEqual(['score-mismatch']);
  });

  it('the ExcelJS reader gives the same data and the same check', async () => {
    const bytes = await sampleWith((wb) => writeRulesSheet(wb, samplePackSync.rate));
    const fast = await readWorkbookFast(bytes);
    const slow = (await loadWorkbook(bytes)).data;
    expect(fast).toStrictEqual(slow);
    expect(findingsOf(checkWorkbook(slow))).toEqual(findingsOf(checkWorkbook(fast)));
  });

  it('is very hidden, and is never reported as a table or as text', async () => {
    const bytes = await sampleWith((wb) => writeRulesSheet(wb, samplePackSync.rate));
    const data = await readWorkbookFast(bytes);
    const sheet = data.sheets.find((s) => s.name === RULES_SHEET);
    expect(sheet?.hidden).toBe(true);
    const { excel } = await loadWorkbook(bytes);
    expect(excel.getWorksheet(RULES_SHEET)?.state).toBe('veryHidden');
    const result = checkWorkbook(data);
    const json = toCheckJson('s.xlsx', result);
    expect(json.tables.map((t) => t.sheet)).not.toContain(RULES_SHEET);
    expect(json.tables).toEqual(toCheckJson('s.xlsx', plain).tables);
    expect(result.model.sheets).not.toContain(RULES_SHEET);
    expect(result.model.texts.map((t) => t.sheet)).not.toContain(RULES_SHEET);
    expect(result.findings.map((f) => f.sheet)).not.toContain(RULES_SHEET);
  });

  it('--rules wins over the saved pack (which is still not read as data)', async () => {
    const bytes = await sampleWith((wb) => writeRulesSheet(wb, samplePackSync.rate));
    const result = checkWorkbook(await readWorkbookFast(bytes), { rules: 'guangzhou-department' });
    expect(result.rules.pack.name).toBe('guangzhou-department');
    expect(result.workbookRules).toMatchObject({ used: false, problems: [] });
    expect(findingsOf(result)).toEqual(findingsOf(plain));
  });

  it('written again, it replaces the pack in place; removed, the workbook checks as before', async () => {
    const { excel } = await loadWorkbook(sampleBytes);
    writeRulesSheet(excel, samplePackSync.rate);
    const order = excel.worksheets.map((ws) => ws.name);
    writeRulesSheet(excel, samplePackSync.bands);
    expect(excel.worksheets.map((ws) => ws.name)).toEqual(order);
    const replaced = checkWorkbook(await readWorkbookFast(Buffer.from(await excel.xlsx.writeBuffer())));
    expect(at(replaced, 'C6')).toEqual([]);
    expect(removeRulesSheet(excel)).toBe(true);
    expect(removeRulesSheet(excel)).toBe(false);
    const removed = checkWorkbook(await readWorkbookFast(Buffer.from(await excel.xlsx.writeBuffer())));
    expect(removed.workbookRules).toBeUndefined();
    expect(findingsOf(removed)).toEqual(findingsOf(plain));
  });

  it('goes before an annotation state sheet, which stays last', async () => {
    const { applyPlan } = await import('../src/xlsx/apply-plan');
    const { buildWritePlan } = await import('../src/core/write-plan/build');
    const { excel, data } = await loadWorkbook(sampleBytes);
    applyPlan(excel, buildWritePlan(checkWorkbook(data), 'zh-CN', { highlights: true, findings: true }));
    writeRulesSheet(excel, samplePackSync.rate);
    const names = excel.worksheets.map((ws) => ws.name);
    expect(names[names.length - 1]).toBe('scoresheet_state');
    expect(names[names.length - 2]).toBe(RULES_SHEET);
    const reread = await loadWorkbook(Buffer.from(await excel.xlsx.writeBuffer()));
    expect(reread.excel.worksheets.map((ws) => ws.name)).toEqual(names);
    expect(at(checkWorkbook(reread.data), 'C6')).toEqual(['score-mismatch']);
  });

  it('an invalid pack is refused before anything is written', async () => {
    const { excel } = await loadWorkbook(sampleBytes);
    const bad = {
      ...samplePackSync.rate,
      rules: [{ id: 'x', match: { names: ['预算编制'] }, rule: { kind: 'bands', bands: [] } }],
    } as unknown as RulePack;
    expect(() => writeRulesSheet(excel, bad)).toThrow(RulePackError);
    expect(excel.getWorksheet(RULES_SHEET)).toBeUndefined();
  });
});

describe('serialising and reading the pack', () => {
  const big: RulePack = {
    ...(shippedPacks.get('generic') as RulePack),
    name: 'big',
    // 3,000 rules of about 60 characters' source each: some 300,000 characters of JSON, ten cells or more.
    rules: Array.from({ length: 3000 }, (_, i) => ({
      id: `r${i}`,
      source: `第${i}条：执行率=100%得满分，-5%扣1分；+号、@号与'号照写`,
      match: { names: [`指标${i}`] },
      rule: { kind: 'per-unit', source: 'funding-rate', limit: 1, step: 0.05, deduct: 1, direction: 'under' },
    })),
  };
  const sheetOf = (rows: [string][] | (string | number | null)[][]): WorkbookData => ({
    sheets: [
      {
        name: RULES_SHEET,
        cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
        merges: [],
        hidden: true,
      },
    ],
  });

  it('cuts the JSON into cells of at most 32,000 characters, none starting like a formula or a number, and reads it back', () => {
    const plan = serialiseWorkbookRules(big, 'en-US');
    expect(plan.name).toBe(RULES_SHEET);
    expect(plan.rows.length).toBeGreaterThan(10);
    expect(plan.rows[0][0]).toContain(`A2:A${plan.rows.length}`);
    expect(plan.rows[0][0]).toContain('do not edit');
    for (const [text] of plan.rows.slice(1)) {
      expect(text.length).toBeLessThanOrEqual(RULES_CHUNK);
      expect(text[0]).not.toMatch(/[=+\-@'\s\d]/);
    }
    const read = readWorkbookRules(sheetOf(plan.rows));
    expect(read.problems).toEqual([]);
    expect(read.pack).toEqual(big);
  });

  it('a workbook without the sheet has none and no problem', () => {
    expect(readWorkbookRules({ sheets: [] })).toEqual({ present: false, sheet: RULES_SHEET, pack: null, problems: [] });
  });

  /** An x typed between a comma and the next key: JSON.parse stops there. */
  const typedInto = (text: string) => text.replace(',"', ',x"');

  it.each<[string, (rows: [string][]) => (string | number | null)[][], string, RegExp]>([
    [
      'a cell cut short',
      (rows) => [rows[0], ...rows.slice(1, -1), [rows[rows.length - 1][0].slice(0, -40)]],
      'LAST',
      /已损坏/,
    ],
    [
      'a character typed into the JSON of the third cell',
      (rows) => [...rows.slice(0, 3), [typedInto(rows[3][0])], ...rows.slice(4)],
      'A4',
      /已损坏/,
    ],
    ['a number in a chunk cell', (rows) => [rows[0], rows[1], [42], ...rows.slice(3)], 'A3', /不是文字/],
    ['an emptied chunk cell', (rows) => [rows[0], rows[1], [null], ...rows.slice(3)], 'A3', /为空，其下仍有内容/],
    ['no pack at all', (rows) => [rows[0]], 'A2', /为空/],
  ])('%s: a warning naming the sheet and the cell, no pack', (_name, damage, cell, words) => {
    const rows = serialiseWorkbookRules(big).rows;
    const expected = cell === 'LAST' ? `A${rows.length}` : cell;
    const read = readWorkbookRules(sheetOf(damage(rows)));
    expect(read.present).toBe(true);
    expect(read.pack).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ sheet: RULES_SHEET, cell: expected });
    expect(read.problems[0].message).toContain(`“${RULES_SHEET}”`);
    expect(read.problems[0].message).toContain(expected);
    expect(read.problems[0].message).toMatch(words);
  });

  it('a pack that no longer fits the schema: every problem, at A2', () => {
    const rows = serialiseWorkbookRules(samplePackSync.rate).rows;
    const json = JSON.parse(rows[1][0]) as { rules: { rule: { kind: string } }[] };
    json.rules[0].rule.kind = 'guess';
    const read = readWorkbookRules(sheetOf([rows[0], [JSON.stringify(json)]]), 'en-US');
    expect(read.pack).toBeNull();
    expect(read.problems[0]).toMatchObject({ cell: 'A2' });
    expect(read.problems[0].message).toContain('rules[0].rule.kind');
  });

  it('a damaged sheet in the sample: a warning, and the check runs with the default pack', async () => {
    const bytes = await sampleWith((wb) => {
      writeRulesSheet(wb, samplePackSync.rate);
      const cell = (wb.getWorksheet(RULES_SHEET) as ExcelJS.Worksheet).getCell('A2');
      cell.value = String(cell.value).slice(0, -3);
    });
    const result = checkWorkbook(await readWorkbookFast(bytes));
    expect(result.rules.pack.name).toBe('guangzhou-department');
    expect(result.workbookRules).toMatchObject({ present: true, used: false, pack: null });
    expect(result.workbookRules?.problems).toEqual([
      { sheet: RULES_SHEET, cell: 'A2', message: expect.stringContaining('改用默认规则包') },
    ]);
    expect(findingsOf(result)).toEqual(findingsOf(plain));
    expect(toCheckJson('s.xlsx', result).workbookRules).toMatchObject({ pack: null, used: false });
  });
});
