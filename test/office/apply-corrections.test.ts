import { checkWorkbook } from '../../src/core/check';
import { parseAreaAddress } from '../../src/core/grid/address';
import { buildCorrectionPlan, type CorrectionPlan, undoCorrections } from '../../src/core/write-plan/corrections';
import { applyCorrections, CorrectionRefusedError } from '../../src/office/apply-corrections';
import { FakeExcel, type SheetModel } from './fake-excel';
import { contents, fakeFromExcelJS, sample } from './helpers';

const USER_SHEETS = ['自评表', '收支情况', '自评表说明', '基本情况', '绩效目标'];
const OLD = '（二）管理效率分析（总分为 50 分，自评分为 46.5 分）';
const NEW = '（二）管理效率分析（总分为 50 分，自评分为 47.5 分）';

function cellOf(sheet: SheetModel, address: string) {
  const { top, left } = parseAreaAddress(address);
  return sheet.cell(top, left);
}

async function setUp(): Promise<{ fake: FakeExcel; plan: CorrectionPlan }> {
  const { excel, data } = await sample();
  const fake = fakeFromExcelJS(excel);
  const plan = buildCorrectionPlan(checkWorkbook(data).findings);
  return { fake, plan };
}

function onePlan(
  sheet: string,
  address: string,
  from: number | string,
  to: number | string,
  kind: 'value' | 'text' = 'text',
): CorrectionPlan {
  return {
    corrections: [
      {
        sheet,
        address,
        kind,
        from,
        to,
        rules: ['narrative-mismatch'],
        changes: [{ from: String(from), to: String(to) }],
      },
    ],
  };
}

describe('applyCorrections (Office.js)', () => {
  it("corrects the sample's 46.5 → 47.5 in 自评表说明!A37 in two syncs, and nothing else", async () => {
    const { fake, plan } = await setUp();
    expect(plan.corrections.map((c) => `${c.sheet}!${c.address}`)).toEqual(['自评表说明!A37']);
    const before = Object.fromEntries(USER_SHEETS.map((s) => [s, contents(fake.sheet(s))]));
    const formatBefore = cellOf(fake.sheet('自评表说明'), 'A37')?.format;

    await fake.run({ delayForCellEdit: true }, (context) => applyCorrections(context, plan));

    expect(fake.runs[0].syncs).toBeLessThanOrEqual(2);
    const cell = cellOf(fake.sheet('自评表说明'), 'A37');
    expect(cell?.value).toBe(NEW);
    expect(cell?.format).toBe(formatBefore);
    expect(cell?.formula).toBeUndefined();
    const after = Object.fromEntries(USER_SHEETS.map((s) => [s, contents(fake.sheet(s))]));
    const key = parseAreaAddress('A37').top * 16_384;
    delete (before['自评表说明'] as Record<number, unknown>)[key];
    delete (after['自评表说明'] as Record<number, unknown>)[key];
    expect(after).toEqual(before);
  });

  it('undo puts the exact old text back', async () => {
    const { fake, plan } = await setUp();
    const applied = await fake.run((context) => applyCorrections(context, plan));
    await fake.run((context) => applyCorrections(context, undoCorrections(applied.plan)));
    expect(cellOf(fake.sheet('自评表说明'), 'A37')?.value).toBe(OLD);
  });

  it('refuses a cell holding a formula and writes nothing', async () => {
    const fake = new FakeExcel();
    const ws = fake.addSheet('自评表');
    const c = ws.ensure(4, 4);
    c.value = 46.5;
    c.formula = '=SUM(E2:E4)';
    const writes = fake.writesReceived;
    await expect(
      fake.run((context) => applyCorrections(context, onePlan('自评表', 'E5', 46.5, 47.5, 'value'))),
    ).rejects.toMatchObject({
      code: 'formula',
    });
    expect(fake.writesReceived).toBe(writes);
    expect(fake.writeLog).toEqual([]);
    expect(c.value).toBe(46.5);
    expect(c.formula).toBe('=SUM(E2:E4)');
  });

  it('refuses the whole plan when one cell changed since the check', async () => {
    const fake = new FakeExcel();
    const ws = fake.addSheet('说明');
    ws.ensure(0, 0).value = 'a 1';
    ws.ensure(1, 0).value = 'typed over';
    const plan: CorrectionPlan = {
      corrections: [
        ...onePlan('说明', 'A1', 'a 1', 'a 2').corrections,
        ...onePlan('说明', 'A2', 'b 1', 'b 2').corrections,
      ],
    };
    const err = await fake.run((context) => applyCorrections(context, plan)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorrectionRefusedError);
    expect(err).toMatchObject({ code: 'changed', address: 'A2' });
    expect(ws.cell(0, 0)?.value).toBe('a 1');
  });

  it('writes a text starting with "=" as text, and keeps the cell\'s number format', async () => {
    const fake = new FakeExcel();
    const ws = fake.addSheet('说明');
    const cell = ws.ensure(0, 0);
    cell.value = '=1 不是公式';
    cell.format = 'General';
    await fake.run((context) => applyCorrections(context, onePlan('说明', 'A1', '=1 不是公式', '=2 不是公式')));
    expect(cell.value).toBe('=2 不是公式');
    expect(cell.formula).toBeUndefined();
    expect(cell.error).toBeUndefined();
    expect(cell.format).toBe('General');
  });

  it('writes a number as a number in place of a typed number', async () => {
    const fake = new FakeExcel();
    const ws = fake.addSheet('自评表');
    const cell = ws.ensure(1, 1);
    cell.value = 46.5;
    cell.format = '0.0';
    await fake.run((context) => applyCorrections(context, onePlan('自评表', 'B2', 46.5, 47.5, 'value')));
    expect(cell.value).toBe(47.5);
    expect(cell.format).toBe('0.0');
  });
});
