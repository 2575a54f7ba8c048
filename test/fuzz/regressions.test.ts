/** Cases the fuzzing found, kept as plain tests. */
import { checkWorkbook } from '../../src/core/check';
import type { WorkbookData } from '../../src/core/grid/types';
import { readWorkbook } from '../../src/xlsx/read';
import { toXlsx } from '../../bench/fuzz/to-xlsx';

describe('a number beyond Excel’s last date under a date format', () => {
  // ExcelJS turns it into an invalid Date; the adapter threw "Invalid time value" on it and the whole
  // check failed. Excel shows the cell as ########, and so does the reading now.
  const workbook: WorkbookData = {
    sheets: [
      {
        name: '自评表',
        cells: [
          [{ value: '指标名称' }, { value: '分值' }, { value: '自评得分' }],
          [{ value: '预算执行率' }, { value: 10 }, { value: 1e15, format: 'yyyy-mm-dd' }],
          [{ value: '合计' }, { value: 10 }, { value: 10 }],
        ],
        merges: [],
      },
    ],
  };

  it('is read as ######## and reported as a value that cannot be read', async () => {
    const read = await readWorkbook(await toXlsx(workbook));
    expect(read.sheets[0].cells[1][2]).toEqual({ value: '########', format: 'yyyy-mm-dd' });
    const invalid = checkWorkbook(read).findings.filter((f) => f.rule === 'invalid-value');
    expect(invalid.map((f) => f.cell)).toEqual(['C2']);
  });
});
