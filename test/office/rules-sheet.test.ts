/**
 * The rules sheet through Office.js (the simulated Excel): written in two syncs, read back by readWorkbook
 * and used by the check exactly as the ExcelJS twin's; the annotation state sheet stays last; each adapter
 * reads what the other wrote.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import annotationStyles from '../../src/core/data/annotation-styles.json';
import type { RulePack } from '../../src/core/rules/pack';
import { autoPack } from '../../src/core/rules/select-pack';
import { packFromIndicatorRules, RULES_SHEET, serialiseWorkbookRules } from '../../src/core/rules/workbook-rules';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { applyPlan } from '../../src/office/apply-plan';
import { ApplyPlanError } from '../../src/office/errors';
import { readWorkbook } from '../../src/office/read-workbook';
import { readRulesSheet, removeRulesSheet, writeRulesSheet } from '../../src/office/rules-sheet';
import { loadWorkbook } from '../../src/xlsx/read';
import { writeRulesSheet as writeRulesSheetXlsx } from '../../src/xlsx/rules-sheet';
import { FakeExcel } from './fake-excel';
import { fakeFromExcelJS, sample } from './helpers';

const STATE = annotationStyles.sheetNames.state;
const findings = (data: Parameters<typeof checkWorkbook>[0]) => checkWorkbook(data).findings;

/** 预算编制 by rate × points: 98.76% × 3 = 2.96 where 自评表!C6 says 3. */
async function ratePack(): Promise<RulePack> {
  const { data } = await sample();
  return packFromIndicatorRules(
    [{ indicator: '预算编制', rule: { kind: 'rate', source: 'funding-rate' } }],
    autoPack(checkWorkbook(data).model),
  );
}

/** Column A of a sheet of the fake, as text, from A1 down. */
function columnA(fake: FakeExcel, name: string): string[] {
  const sheet = fake.sheet(name);
  const out: string[] = [];
  for (const [k, c] of sheet.cells)
    if (k % 16_384 === 0 && c.value !== null) out[Math.floor(k / 16_384)] = String(c.value);
  return out;
}

describe('the rules sheet in Excel', () => {
  it('is written in two syncs, very hidden, as text, and the next read checks with it', async () => {
    const { excel, data } = await sample();
    const fake = fakeFromExcelJS(excel);
    const pack = await ratePack();
    const written = await writeRulesSheet(fake.context, pack);
    expect(written.syncs).toBe(2);
    expect(fake.syncs).toBe(2);
    const sheet = fake.sheet(RULES_SHEET);
    expect(sheet.visibility).toBe('VeryHidden');
    expect(columnA(fake, RULES_SHEET)).toEqual(serialiseWorkbookRules(pack).rows.map(([v]) => v));
    for (const [k, c] of sheet.cells) if (k % 16_384 === 0) expect(c.format).toBe('@');

    const read = await readWorkbook(fake.context, { merges: true });
    const result = checkWorkbook(read.data);
    expect(result.workbookRules).toMatchObject({ used: true, problems: [] });
    expect(
      result.findings.filter((f) => f.cell === 'C6' && f.sheet === '自评表').map((f) => [f.rule, f.expected, f.actual]),
    ).toEqual([['score-mismatch', 2.96, 3]]);
    // The same findings as the ExcelJS twin's file holding the same pack.
    writeRulesSheetXlsx(excel, pack);
    const viaFile = (await loadWorkbook(Buffer.from(await excel.xlsx.writeBuffer()))).data;
    expect(result.findings).toEqual(findings(viaFile));
    expect(result.findings).not.toEqual(findings(data));
  });

  it('replaces the pack in place; removal takes the sheet out and the check is as before', async () => {
    const { excel, data } = await sample();
    const fake = fakeFromExcelJS(excel);
    const pack = await ratePack();
    await writeRulesSheet(fake.context, pack);
    const order = fake.model.live().map((s) => s.name);
    const smaller: RulePack = { ...pack, rules: [{ ...pack.rules[0], rule: { kind: 'equal' } }] };
    const again = await writeRulesSheet(fake.context, smaller);
    expect(again.syncs).toBe(2);
    expect(fake.model.live().map((s) => s.name)).toEqual(order);
    expect(columnA(fake, RULES_SHEET)).toEqual(serialiseWorkbookRules(smaller).rows.map(([v]) => v));
    const saved = await readRulesSheet(fake.context);
    expect(saved.syncs).toBe(2);
    expect(saved.pack).toEqual(smaller);

    expect(await removeRulesSheet(fake.context)).toEqual({ removed: true, syncs: 2 });
    expect(fake.model.live().map((s) => s.name)).not.toContain(RULES_SHEET);
    expect(await removeRulesSheet(fake.context)).toEqual({ removed: false, syncs: 1 });
    expect(findings((await readWorkbook(fake.context, { merges: true })).data)).toEqual(findings(data));
    expect(await readRulesSheet(fake.context)).toMatchObject({ present: false, pack: null, syncs: 1 });
  });

  it('goes before the annotation state sheet, which stays last, and 清除标注 leaves it', async () => {
    const { excel, data } = await sample();
    const fake = fakeFromExcelJS(excel);
    await applyPlan(fake.context, buildWritePlan(checkWorkbook(data), 'zh-CN'), { notes: true });
    await writeRulesSheet(fake.context, await ratePack());
    const names = fake.model.live().map((s) => s.name);
    expect(names.slice(-2)).toEqual([RULES_SHEET, STATE]);
    expect(fake.sheet(STATE).visibility).toBe('VeryHidden');
    const { removeAnnotations } = await import('../../src/office/apply-plan');
    await removeAnnotations(fake.context, { notes: true });
    expect(fake.model.live().map((s) => s.name)).toContain(RULES_SHEET);
    expect((await readRulesSheet(fake.context)).pack?.name).toBe('workbook');
  });

  it('reads what the ExcelJS twin wrote, and a damaged sheet gives the problem with its cell', async () => {
    const { excel } = await sample();
    const pack = await ratePack();
    writeRulesSheetXlsx(excel, pack);
    const fromFile = fakeFromExcelJS(excel);
    expect((await readRulesSheet(fromFile.context)).pack).toEqual(pack);

    (excel.getWorksheet(RULES_SHEET) as ExcelJS.Worksheet).getCell('A2').value = 'not json';
    const damaged = await readRulesSheet(fakeFromExcelJS(excel).context, { lang: 'en-US' });
    expect(damaged.pack).toBeNull();
    expect(damaged.problems).toEqual([
      { sheet: RULES_SHEET, cell: 'A2', message: expect.stringContaining(`sheet "${RULES_SHEET}" are damaged at A2`) },
    ]);
  });

  it('refuses a protected workbook structure before writing anything', async () => {
    const { excel } = await sample();
    const fake = fakeFromExcelJS(excel);
    fake.model.protected = true;
    await expect(writeRulesSheet(fake.context, await ratePack())).rejects.toThrow(ApplyPlanError);
    expect(fake.writeLog).toEqual([]);
    expect(fake.model.live().map((s) => s.name)).not.toContain(RULES_SHEET);
  });
});
