import { checkWorkbook } from '../../src/core/check';
import type { RawCell, WorkbookData } from '../../src/core/grid/types';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { applyPlan } from '../../src/office/apply-plan';
import { isDateFormat, rawCell, readWorkbook } from '../../src/office/read-workbook';
import { loadWorkbook } from '../../src/xlsx/read';
import { fixtures } from '../fixtures';
import { FakeExcel } from './fake-excel';
import { comparable, sample } from './helpers';

describe('readWorkbook through the fake gives what the ExcelJS path gives', () => {
  it('the sample: same sheets, same findings, in two syncs', async () => {
    const { data } = await sample();
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: true });
    expect(read.syncs).toBe(2);
    expect(fake.syncs).toBe(2);
    expect(read.warnings).toEqual([]);
    expect(comparable(read.data)).toEqual(comparable(data));
    expect(checkWorkbook(read.data).findings).toEqual(checkWorkbook(data).findings);
    expect(checkWorkbook(read.data).findings.length).toBeGreaterThan(10);
    expect(fake.writesReceived).toBe(0);
  });

  // Every workbook of the fixture corpus: offsets, transposed tables, merged levels, errors, formulas.
  const workbooks = fixtures.filter((f) => f.expect.kind === 'ok');
  it.each(workbooks.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const { data } = await loadWorkbook(await fixture.build());
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: true });
    expect(read.syncs).toBe(2);
    expect(comparable(read.data)).toEqual(comparable(data));
    const options = fixture.check ?? {};
    expect(checkWorkbook(read.data, options).findings).toEqual(checkWorkbook(data, options).findings);
  });
});

describe('cells as the ExcelJS twin reads them', () => {
  it('errors by value type, "General" as no format, dates by format as ISO dates', () => {
    expect(rawCell('#REF!', 'General', 'Error')).toEqual({ value: null, error: '#REF!', format: undefined });
    expect(rawCell('#REF!', '@', 'String')).toEqual({ value: '#REF!', format: '@' });
    expect(rawCell(0.15, '0.00%', 'Double')).toEqual({ value: 0.15, format: '0.00%' });
    expect(rawCell(45306, 'yyyy-mm-dd', 'Double')).toEqual({ value: '2024-01-15', format: 'yyyy-mm-dd' });
    expect(rawCell(true, 'General', 'Boolean')).toEqual({ value: true, format: undefined });
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(isDateFormat('"元"0.00')).toBe(false);
    expect(isDateFormat('m/d/yyyy')).toBe(true);
  });

  it('reads values with their offset, errors, dates and merges whose top-left is in the used range', async () => {
    const cells: (RawCell | undefined)[][] = [];
    cells[2] = [undefined, undefined, { value: '标题' }];
    cells[3] = [
      undefined,
      undefined,
      { value: 0.5, format: '0.0%' },
      { value: null, error: '#DIV/0!' },
      { value: '2024-03-01', format: 'yyyy/m/d' },
    ];
    const data: WorkbookData = {
      sheets: [
        {
          name: 'A sheet, with comma',
          cells,
          merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
          hidden: true,
          protected: true,
        },
        { name: 'Empty', cells: [], merges: [] },
      ],
    };
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: true });
    expect(read.data).toEqual({
      sheets: [
        {
          name: 'A sheet, with comma',
          cells,
          merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
          hidden: true,
          protected: true,
        },
        { name: 'Empty', cells: [], merges: [], hidden: false, protected: false },
      ],
    });
  });

  it('reads the displayed text only when asked', async () => {
    const data: WorkbookData = { sheets: [{ name: 'S', cells: [[{ value: 3, format: '0.00' }]], merges: [] }] };
    const plain = await readWorkbook(FakeExcel.fromWorkbookData(data).context, { merges: true });
    expect(plain.data.sheets[0].cells[0][0]).toEqual({ value: 3, format: '0.00' });
    const withText = await readWorkbook(FakeExcel.fromWorkbookData(data).context, { merges: true, text: true });
    expect(withText.data.sheets[0].cells[0][0]).toEqual({ value: 3, format: '0.00', text: '3' });
  });

  it('without ExcelApi 1.13 reads no merges and says so', async () => {
    const { data } = await sample();
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: false });
    expect(read.syncs).toBe(2);
    expect(read.data.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(read.warnings.map((w) => w.code)).toEqual(['merges-unavailable']);
  });
});

describe('what does not fit one request', () => {
  /** A sheet of rows × cols numbers and a merge every `mergeEvery` rows in column A. */
  function grid(rows: number, cols: number, mergeEvery = 0, horizontal = 0): WorkbookData {
    const cells = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => ({ value: r * cols + c })),
    );
    const merges = [];
    if (mergeEvery)
      for (let r = 0; r + 1 < rows; r += mergeEvery) merges.push({ top: r, left: 0, bottom: r + 1, right: 0 });
    // `horizontal` pairs of merged cells on every row: a dense form.
    for (let r = 0; r < rows; r++)
      for (let k = 0; k < horizontal; k++) merges.push({ top: r, left: 1 + 2 * k, bottom: r, right: 2 + 2 * k });
    return { sheets: [{ name: 'Big', cells, merges }] };
  }

  it('a used range beyond the window: the rest in blocks, the data complete', async () => {
    const data = grid(1000, 6, 7);
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: true, windowRows: 300 });
    expect(comparable(read.data)).toEqual(
      comparable({ sheets: [{ ...data.sheets[0], hidden: false, protected: false }] }),
    );
    // Two-row merges every seven rows cross strip and tile edges: one more sync asks for them whole.
    expect(read.syncs).toBe(4);
    expect(read.warnings.map((w) => w.code)).toEqual(['read-in-blocks']);
  });

  it('a strip with more than 512 merges fails the request; read again measured, merges complete', async () => {
    const data = grid(80, 20, 0, 9); // 9 merges a row: 576 in the first 64-row strip
    const fake = FakeExcel.fromWorkbookData(data);
    const read = await readWorkbook(fake.context, { merges: true });
    expect(fake.syncLog[1].failed).toBe('GeneralException');
    expect(read.warnings.map((w) => w.code)).toContain('batched-read-failed');
    expect(read.data.sheets[0].merges).toHaveLength(720);
    expect(comparable(read.data)).toEqual(
      comparable({ sheets: [{ ...data.sheets[0], hidden: false, protected: false }] }),
    );
    // list, failed read, sizes, then blocks: every merge tile ≤ 512 cells.
    expect(read.syncs).toBeGreaterThanOrEqual(4);
  });

  it('a response over the payload limit (Excel on the web): read again in blocks under the budget', async () => {
    const data = grid(3000, 10);
    const fake = FakeExcel.fromWorkbookData(data, { payloadLimit: 300_000 });
    const read = await readWorkbook(fake.context, { merges: true, payloadLimit: 200_000 });
    expect(fake.syncLog[1].failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(comparable(read.data)).toEqual(
      comparable({ sheets: [{ ...data.sheets[0], hidden: false, protected: false }] }),
    );
    expect(fake.syncLog.slice(2).every((s) => !s.failed && s.responseBytes <= 300_000)).toBe(true);
    expect(read.syncs).toBe(fake.syncs);
  });
});

describe('sheets the tool generated', () => {
  it('are left out of the data and reported with the state', async () => {
    const { data } = await sample();
    const fake = FakeExcel.fromWorkbookData(data);
    const plan = buildWritePlan(checkWorkbook(data), 'zh-CN');
    const applied = await applyPlan(fake.context, plan, { notes: true });
    expect(applied.sheets).toEqual(['检查结果']);
    const read = await readWorkbook(fake.context, { merges: true });
    expect(read.syncs).toBe(2);
    expect(read.data.sheets.map((s) => s.name)).toEqual(data.sheets.map((s) => s.name));
    expect(read.annotations.present).toBe(true);
    expect(read.annotations.generatedSheets).toEqual(['检查结果']);
    expect(read.annotations.records.filter((r) => r.type === 'mark')).toHaveLength(plan.marks.length);
    // The user's values are what they were: the findings do not change.
    expect(checkWorkbook(read.data).findings).toEqual(checkWorkbook(data).findings);
  });
});
