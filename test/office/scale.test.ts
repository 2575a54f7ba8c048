import { checkWorkbook } from '../../src/core/check';
import { cellAddress } from '../../src/core/grid/address';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { findingsSheet } from '../../src/core/write-plan/findings-sheet';
import type { CellMark, WritePlan } from '../../src/core/write-plan/types';
import { applyPlan, removeAnnotations } from '../../src/office/apply-plan';
import { readWorkbook } from '../../src/office/read-workbook';
import { FakeExcel, type SyncRecord } from './fake-excel';
import { comparable, largeData } from './helpers';

const WEB_LIMIT = 5 * 1024 * 1024;
const report: string[] = [];

function measure(label: string, fake: FakeExcel, from: number, syncs: number): SyncRecord[] {
  const log = fake.syncLog.slice(from);
  expect(log).toHaveLength(syncs);
  for (const s of log) {
    expect(s.failed).toBeUndefined();
    expect(s.requestBytes).toBeLessThan(WEB_LIMIT);
    expect(s.responseBytes).toBeLessThan(WEB_LIMIT);
  }
  const kb = (n: number) => (n < 10_240 ? `${n} B` : `${(n / 1024).toFixed(0)} KiB`);
  report.push(
    `| ${label} | ${log.length} | ${log.map((s) => `${kb(s.requestBytes)} / ${kb(s.responseBytes)}`).join(' · ')} |`,
  );
  return log;
}

afterAll(() => {
  // The numbers quoted in the adapter's documentation: `npx jest test/office/scale` prints them.
  console.log(['| step | syncs | request / response per sync |', '| --- | ---: | --- |', ...report].join('\n'));
});

describe.each([10, 10_000])('a workbook of %i indicators', (n) => {
  const counts: Record<string, number> = {};

  it('reads in two syncs, as the ExcelJS path reads it', async () => {
    const data = await largeData(n);
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: true });
    measure(`${n}: read`, fake, 0, 2);
    expect(read.syncs).toBe(2);
    expect(read.warnings).toEqual([]);
    expect(comparable(read.data)).toEqual(comparable(data));
    expect(read.data.sheets[0].merges).toHaveLength(data.sheets[0].merges.length);
    expect(checkWorkbook(read.data).findings).toEqual(checkWorkbook(data).findings);
    counts.read = read.syncs;
  }, 60_000);

  it('applies, re-reads, re-applies and removes its plan in two syncs each', async () => {
    const data = await largeData(n);
    const fake = FakeExcel.fromWorkbookData(data);
    const plan = buildWritePlan(checkWorkbook(data), 'zh-CN');
    expect(plan.marks.length).toBeGreaterThan(n / 5);

    const applied = await applyPlan(fake.context, plan, { notes: true });
    measure(`${n}: apply (${plan.marks.length} marks, ${plan.sheets[0].rows.length}-row 检查结果)`, fake, 0, 2);
    expect(applied.syncs).toBe(2);
    for (const m of plan.marks) expect(fake.sheet(m.sheet).noteAt(m.address)).toBe(m.note);

    const read = await readWorkbook(fake.context, { merges: true });
    measure(`${n}: read again (generated sheets and state read, left out)`, fake, 2, 2);
    expect(read.data.sheets.map((s) => s.name)).toEqual(['自评表']);

    const again = await applyPlan(fake.context, plan, { notes: true, previous: read.annotations });
    measure(`${n}: apply again`, fake, 4, 2);
    expect(again.syncs).toBe(2);

    const removed = await removeAnnotations(fake.context, { notes: true, previous: read.annotations });
    measure(`${n}: remove`, fake, 6, 2);
    expect(removed.syncs).toBe(2);
    expect(fake.model.live().map((s) => s.name)).toEqual(['自评表']);
    expect([...fake.sheet('自评表').cells.values()].some((c) => c.fill)).toBe(false);
    expect(fake.sheet('自评表').notes.size).toBe(0);
    counts.apply = applied.syncs;
  }, 60_000);

  afterAll(() => {
    sameForBoth.push(counts);
  });
});

const sameForBoth: Record<string, number>[] = [];

describe('the same number of syncs whatever the size', () => {
  it('10 and 10,000 indicators', () => {
    expect(sameForBoth).toHaveLength(2);
    expect(sameForBoth[0]).toEqual(sameForBoth[1]);
    expect(sameForBoth[0]).toEqual({ read: 2, apply: 2 });
  });
});

describe('10,000 marks', () => {
  /** Ten thousand marks on the score column of the 10,000-indicator table, with notes of realistic length. */
  async function synthetic(withSheet: boolean): Promise<{ fake: FakeExcel; plan: WritePlan }> {
    const data = await largeData(10_000);
    const kinds = ['error', 'warning', 'deduction'] as const;
    const marks: CellMark[] = Array.from({ length: 10_000 }, (_, i) => ({
      sheet: '自评表',
      address: cellAddress(2 + i + Math.floor(i / 50), 6),
      kind: kinds[i % 3],
      note: `【错误】指标${i + 1}的自评得分与分值不一致：应为 1.89，实际 2。请核对扣分原因与评分标准。`,
    }));
    const findings = checkWorkbook(data).findings;
    const many = marks.map((m, i) => ({ ...findings[i % findings.length], cell: m.address }));
    return {
      fake: FakeExcel.fromWorkbookData(data),
      plan: { marks, sheets: withSheet ? [findingsSheet(many, '检查结果', 'zh-CN')] : [] },
    };
  }

  it('with notes: two syncs', async () => {
    const { fake, plan } = await synthetic(false);
    const result = await applyPlan(fake.context, plan, { notes: true });
    measure('10,000 marks, notes', fake, 0, 2);
    expect(result.syncs).toBe(2);
    expect(fake.sheet('自评表').notes.size).toBe(10_000);
  }, 60_000);

  it('without notes: two syncs', async () => {
    const { fake, plan } = await synthetic(false);
    const result = await applyPlan(fake.context, plan, { notes: false });
    measure('10,000 marks, no notes', fake, 0, 2);
    expect(result.syncs).toBe(2);
    expect(fake.sheet('自评表').notes.size).toBe(0);
  }, 60_000);

  it('with notes and a 10,000-row 检查结果: the writes exceed one web request and go in two', async () => {
    const { fake, plan } = await synthetic(true);
    const result = await applyPlan(fake.context, plan, { notes: true });
    measure('10,000 marks, notes, 10,000-row 检查结果', fake, 0, 3);
    expect(result.syncs).toBe(3);
    expect(fake.sheet('检查结果').cell(10_000, 3)?.hyperlink).toBeDefined();
    // Split or not, it all comes out again.
    const removed = await removeAnnotations(fake.context, { notes: true });
    expect(removed.removed).toBe(true);
    expect(fake.sheet('自评表').notes.size).toBe(0);
    expect(fake.model.live().map((s) => s.name)).toEqual(['自评表']);
  }, 60_000);
});
