import type { OutSheet } from '../../src/core/write-plan/types';
import { applyPlan, mergeRuns } from '../../src/office/apply-plan';
import type { ExcelContext } from '../../src/office/excel-types';
import { FakeExcel } from './fake-excel';

/** Paragraph rows of a generated sheet are merged across in runs: one call per run, each row its own merge. */
const sheet: OutSheet = {
  role: 'explanation',
  name: '自评表说明',
  columnWidths: [10, 10, 10, 10],
  rows: [
    [{ value: '一、基本情况', span: 4 }],
    [{ value: '（一）部门职能', span: 4 }],
    [{ value: '正文', span: 4 }],
    [{ value: '表头' }, { value: '分值' }, { value: '得分' }, { value: '说明' }],
    [{ value: '二、综合评价分析', span: 4 }],
    [
      { value: '缩进', span: 1 },
      { value: '三列', span: 3 },
    ],
    [
      { value: '缩进', span: 1 },
      { value: '三列', span: 3 },
    ],
  ],
};

it('groups consecutive rows with the same span into runs', () => {
  expect(mergeRuns(sheet)).toEqual([
    { top: 0, col: 0, rows: 3, span: 4 },
    { top: 4, col: 0, rows: 1, span: 4 },
    { top: 5, col: 1, rows: 2, span: 3 },
  ]);
});

it('leaves every paragraph row merged on its own in the workbook, as one merge call per row did', async () => {
  const fake = new FakeExcel();
  fake.addSheet('自评表');
  await applyPlan(fake.context as unknown as ExcelContext, { marks: [], sheets: [sheet] } as never, { notes: false });
  const merges = fake
    .sheet('自评表说明')
    .merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`)
    .sort();
  expect(merges).toEqual(['0:0-0:3', '1:0-1:3', '2:0-2:3', '4:0-4:3', '5:1-5:3', '6:1-6:3']);
  expect(fake.writeLog.filter((l) => l.startsWith('merge')).length).toBe(6);
});
