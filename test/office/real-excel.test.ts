/**
 * Where the Office adapter met Excel's real behaviour wrongly, each reproduced by the simulated Excel first
 * (it fails where Excel fails): a multi-area selection, a batch that fails half-way, the first request's
 * size, text-heavy block reads, merges cut at the queried range, screen updating suspended per run, page
 * layout and sheet order only as documented, and tables.add given a bare address.
 */
import { checkWorkbook } from '../../src/core/check';
import annotationStyles from '../../src/core/data/annotation-styles.json';
import { buildReport } from '../../src/core/report/build';
import type { WorkbookData } from '../../src/core/grid/types';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { applyPlan, removeAnnotations } from '../../src/office/apply-plan';
import { PartialWriteError } from '../../src/office/errors';
import { readWorkbook } from '../../src/office/read-workbook';
import { readSelection } from '../../src/office/selection';
import { FakeExcel } from './fake-excel';
import { contents, fakeFromExcelJS, largeData, looks, sample } from './helpers';

const STATE = annotationStyles.sheetNames.state;
const USER_SHEETS = ['自评表', '收支情况', '自评表说明', '基本情况', '绩效目标'];

async function annotated() {
  const { excel, data } = await sample();
  const fake = fakeFromExcelJS(excel);
  const result = checkWorkbook(data);
  const plan = buildWritePlan(result, 'zh-CN', { highlights: true, findings: true, explanation: buildReport(result) });
  return { fake, data, plan };
}

describe('selection', () => {
  it('takes the first area of a multi-area selection (getSelectedRange would throw InvalidSelection)', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('自评表');
    fake.selection = {
      sheet,
      area: { top: 2, left: 0, bottom: 5, right: 9 },
      others: [{ top: 20, left: 1, bottom: 22, right: 3 }],
    };
    await expect(readSelection(fake.context, { multiArea: true })).resolves.toEqual({
      sheet: '自评表',
      range: 'A3:J6',
      areas: 2,
    });
  });

  it('below ExcelApi 1.9, a multi-area selection fails with InvalidSelection (the pane says to select one area)', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('自评表');
    fake.selection = {
      sheet,
      area: { top: 2, left: 0, bottom: 5, right: 9 },
      others: [{ top: 20, left: 1, bottom: 22, right: 3 }],
    };
    await expect(readSelection(fake.context, { multiArea: false })).rejects.toMatchObject({ code: 'InvalidSelection' });
    fake.selection.others = [];
    await expect(readSelection(fake.context, { multiArea: false })).resolves.toEqual({
      sheet: '自评表',
      range: 'A3:J6',
      areas: 1,
    });
  });
});

describe('the write', () => {
  it('uses only documented settings and orders: page fit, the state sheet positioned before it is very hidden', async () => {
    const { fake, plan } = await annotated();
    await applyPlan(fake.context, plan, { notes: true });
    expect(fake.syncLog.filter((s) => s.failed)).toEqual([]);
    const live = fake.model.live();
    expect(live[live.length - 1].name).toBe(STATE);
    expect(live[live.length - 1].visibility).toBe('VeryHidden');
    expect(fake.sheet('自评表说明（生成）').pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait' });
  });

  it('puts the 检查结果 table on its own sheet whichever sheet is active', async () => {
    const { fake, plan } = await annotated();
    fake.selection = { sheet: fake.sheet('收支情况'), area: { top: 0, left: 0, bottom: 0, right: 0 } };
    await applyPlan(fake.context, plan, { notes: true });
    expect(fake.model.tables.map((t) => t.sheet.name)).toEqual(['检查结果']);
  });

  it('suspends screen updating once per run, however many requests the write takes', async () => {
    const { fake, plan } = await annotated();
    const result = await applyPlan(fake.context, plan, { notes: true, requestBudget: 20_000 });
    expect(result.syncs).toBeGreaterThan(3);
    expect(fake.context.run.suspends).toBe(1);
  });

  it('reports a write that failed half-way as partial, and 清除标注 then restores everything', async () => {
    const { fake, plan } = await annotated();
    const before = Object.fromEntries(USER_SHEETS.map((s) => [s, contents(fake.sheet(s))]));
    const looksBefore = looks(fake, USER_SHEETS);
    // The third request: the second of the writes, after the first request's writes are done.
    fake.failAt = { sync: 3, code: 'GeneralException' };
    const error = await applyPlan(fake.context, plan, { notes: true, requestBudget: 20_000 }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(PartialWriteError);
    expect(error).toMatchObject({ officeCode: 'GeneralException' });
    // Something was written: a partial annotation.
    expect(looks(fake, USER_SHEETS)).not.toEqual(looksBefore);
    fake.failAt = null;
    const removed = await removeAnnotations(fake.context, { notes: true });
    expect(removed.removed).toBe(true);
    expect(fake.model.live().map((s) => s.name)).toEqual(USER_SHEETS);
    expect(looks(fake, USER_SHEETS)).toEqual(looksBefore);
    for (const s of USER_SHEETS) expect(contents(fake.sheet(s))).toEqual(before[s]);
  });

  it('reports a write failed at each of its requests as partial, and removal always restores the workbook', async () => {
    const { fake: probe, plan } = await annotated();
    const total = (await applyPlan(probe.context, plan, { notes: true, requestBudget: 30_000 })).syncs;
    for (let sync = 2; sync <= total; sync++) {
      const { fake } = await annotated();
      const looksBefore = looks(fake, USER_SHEETS);
      fake.failAt = { sync, code: 'GeneralException' };
      await expect(applyPlan(fake.context, plan, { notes: true, requestBudget: 30_000 })).rejects.toBeInstanceOf(
        PartialWriteError,
      );
      fake.failAt = null;
      await removeAnnotations(fake.context, { notes: true });
      expect([sync, fake.model.live().map((s) => s.name)]).toEqual([sync, USER_SHEETS]);
      expect(looks(fake, USER_SHEETS)).toEqual(looksBefore);
    }
  }, 60_000);

  it('keeps the first request within the budget: note look-ups of many marks and earlier marks', async () => {
    const data = await largeData(1_000);
    const plan = buildWritePlan(checkWorkbook(data), 'zh-CN');
    const limit = 250_000;
    const fake = FakeExcel.fromWorkbookData(data, { payloadLimit: limit });
    // An earlier run that marked other cells: its notes are looked at too.
    const earlier = { ...plan, marks: plan.marks.map((m) => ({ ...m, address: m.address.replace(/^[A-Z]+/, 'A') })) };
    fake.payloadLimit = Infinity;
    await applyPlan(fake.context, earlier, { notes: true });
    const read = await readWorkbook(fake.context, { merges: true });
    fake.payloadLimit = limit;
    const from = fake.syncs;
    await applyPlan(fake.context, plan, { notes: true, previous: read.annotations, requestBudget: 0.9 * limit });
    expect(fake.syncLog.slice(from).filter((s) => s.failed || s.requestBytes > limit)).toEqual([]);
    for (const m of plan.marks) expect(fake.sheet(m.sheet).noteAt(m.address)).toBe(m.note);
  }, 60_000);
});

describe('the read', () => {
  it('halves a block whose response is over the limit, down to what fits (text-heavy sheets)', async () => {
    const text = '这是一段较长的说明文字，用来测试只有文本的大工作表的读取方式。';
    const rows = Array.from({ length: 3_000 }, (_, r) =>
      Array.from({ length: 5 }, (__, c) => ({ value: `${r}-${c}${text}` })),
    );
    const data: WorkbookData = { sheets: [{ name: '长文本', cells: rows, merges: [] }] };
    const fake = FakeExcel.fromWorkbookData(data, { payloadLimit: 400_000 });
    const read = await readWorkbook(fake.context, { merges: true, payloadLimit: 300_000, windowRows: 1_000 });
    expect(read.data.sheets[0].cells.length).toBe(3_000);
    expect(read.data.sheets[0].cells[2_999][4]?.value).toBe(`2999-4${text}`);
    expect(fake.syncLog.filter((s) => s.failed && s.failed !== 'ResponsePayloadSizeLimitExceeded')).toEqual([]);
  });

  it('reads merges that cross a strip boundary whole, though Excel cuts them at the queried range', async () => {
    const data: WorkbookData = {
      sheets: [
        {
          name: '自评表',
          cells: Array.from({ length: 200 }, (_, r) => [{ value: `r${r}` }, { value: r }]),
          merges: [
            { top: 60, left: 0, bottom: 70, right: 0 },
            { top: 120, left: 0, bottom: 140, right: 0 },
            { top: 5, left: 0, bottom: 6, right: 1 },
          ],
        },
      ],
    };
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: true });
    expect([...read.data.sheets[0].merges].sort((a, b) => a.top - b.top)).toEqual([
      { top: 5, left: 0, bottom: 6, right: 1 },
      { top: 60, left: 0, bottom: 70, right: 0 },
      { top: 120, left: 0, bottom: 140, right: 0 },
    ]);
  });

  it('reads merges crossing a block tile boundary whole (beyond the window)', async () => {
    const data: WorkbookData = {
      sheets: [
        {
          name: '自评表',
          cells: Array.from({ length: 400 }, (_, r) => [{ value: `r${r}` }, { value: r }]),
          merges: [{ top: 350, left: 0, bottom: 370, right: 0 }],
        },
      ],
    };
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: true, windowRows: 100 });
    expect(read.data.sheets[0].merges).toEqual([{ top: 350, left: 0, bottom: 370, right: 0 }]);
  });
});
