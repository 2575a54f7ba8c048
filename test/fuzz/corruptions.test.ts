/**
 * (c) One slip put into a consistent generated table (bench/fuzz/corrupt.ts) is found: the expected rule
 * at the expected cell. A draw whose slip rounding would explain is skipped (fc.pre), not counted.
 * `npm run bench` runs 10,000 of each kind and prints the detection rates.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { CORRUPTION_KINDS, corrupt, corruptionArb, detected } from '../../bench/fuzz/corrupt';
import { renderTable } from '../../bench/fuzz/render-table';
import { tableSpecArb } from '../../bench/fuzz/table-spec';
import { describeTable, fuzzParams } from './params';

describe.each(CORRUPTION_KINDS)('%s', (kind) => {
  test('is found at its cell', () => {
    fc.assert(
      fc.property(tableSpecArb, corruptionArb([kind]), (spec, corruption) => {
        const table = renderTable(spec);
        const slip = corrupt(table, corruption);
        fc.pre(slip !== null);
        const result = checkWorkbook(slip.workbook);
        if (!detected(result, slip.expected)) {
          throw new Error(
            [
              `${slip.change}: expected ${slip.expected.map((e) => `${e.rule} at ${e.cell}`).join(', ')}; found:`,
              ...result.findings
                .filter((f) => f.severity !== 'info')
                .map((f) => `  ${f.rule} ${f.cell} — ${f.message}`),
              describeTable(table),
            ].join('\n'),
          );
        }
      }),
      fuzzParams(150),
    );
  });
});
