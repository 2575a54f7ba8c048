/**
 * (b) Generated consistent score tables (bench/fuzz/table-spec.ts): two or three levels, vertical or
 * transposed, "（N分）" in first-level names or not, 小计 lines or not, a correct 合计. The check finds the
 * one table, reads every leaf's path, points and score where they were written, and reports no error;
 * the same through an .xlsx written by ExcelJS and read by the adapter.
 * Seeded and bounded: FC_SEED / FC_RUNS override.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { readBackProblems } from '../../bench/fuzz/read-back';
import { renderTable } from '../../bench/fuzz/render-table';
import { tableSpecArb } from '../../bench/fuzz/table-spec';
import { toXlsx } from '../../bench/fuzz/to-xlsx';
import { readWorkbook } from '../../src/xlsx/read';
import { fuzzParams, describeTable } from './params';

describe('consistent generated score tables', () => {
  test('are read leaf by leaf and give no error finding', () => {
    fc.assert(
      fc.property(tableSpecArb, (spec) => {
        const table = renderTable(spec);
        const problems = readBackProblems(table, checkWorkbook(table.workbook));
        if (problems.length) throw new Error([...problems.slice(0, 8), describeTable(table)].join('\n'));
      }),
      fuzzParams(300),
    );
  });

  test('read the same through an .xlsx written by ExcelJS and the adapter', async () => {
    await fc.assert(
      fc.asyncProperty(tableSpecArb, async (spec) => {
        const table = renderTable(spec);
        const viaXlsx = checkWorkbook(await readWorkbook(await toXlsx(table.workbook)));
        const problems = readBackProblems(table, viaXlsx);
        if (problems.length) throw new Error([...problems.slice(0, 8), describeTable(table)].join('\n'));
        expect(viaXlsx.findings).toEqual(checkWorkbook(table.workbook).findings);
      }),
      fuzzParams(30),
    );
  }, 60_000);
});
