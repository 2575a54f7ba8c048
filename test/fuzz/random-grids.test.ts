/**
 * (a) Random workbooks (bench/fuzz/random-grid.ts) never make the check throw: each ends in a model,
 * with or without score tables, findings that name a sheet of the workbook and an A1 cell, and a write
 * plan and a 自评表说明 built from them. Some go the real way: an .xlsx written by ExcelJS, read by the
 * adapter, checked. Seeded and bounded: FC_SEED / FC_RUNS override.
 */
import fc from 'fast-check';
import { checkWorkbook, type CheckOptions } from '../../src/core/check';
import type { WorkbookData } from '../../src/core/grid/types';
import { buildReport } from '../../src/core/report/build';
import { renderMarkdown } from '../../src/core/report/markdown';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { readWorkbook } from '../../src/xlsx/read';
import { randomWorkbookArb } from '../../bench/fuzz/random-grid';
import { toXlsx } from '../../bench/fuzz/to-xlsx';
import { fuzzParams } from './params';

const optionsArb: fc.Arbitrary<CheckOptions> = fc.record({
  lang: fc.constantFrom<'zh-CN' | 'en-US'>('zh-CN', 'en-US'),
  tolerance: fc.option(fc.constantFrom(0, 0.01, 0.5), { nil: undefined }),
});

/** The whole core on one workbook; returns what is wrong with its result (nothing, for a sound one). */
function checkAll(workbook: WorkbookData, options: CheckOptions): string[] {
  const result = checkWorkbook(workbook, options);
  const names = new Set(workbook.sheets.map((s) => s.name));
  const problems: string[] = [];
  if (!Array.isArray(result.model.scoreTables)) problems.push('no model');
  for (const f of result.findings) {
    if (!names.has(f.sheet)) problems.push(`finding on unknown sheet ${f.sheet}`);
    if (!/^[A-Z]{1,3}[1-9]\d*$/.test(f.cell)) problems.push(`finding at ${f.cell}, not an A1 cell`);
    if (!['error', 'warning', 'info'].includes(f.severity)) problems.push(`severity ${f.severity}`);
    if (typeof f.message !== 'string' || f.message === '') problems.push(`${f.rule} without a message`);
  }
  const lang = options.lang ?? 'zh-CN';
  const report = buildReport(result);
  buildWritePlan(result, lang, { highlights: true, findings: true, explanation: report });
  renderMarkdown(report);
  return problems;
}

describe('random workbooks', () => {
  test('never make the check, the write plan or the report throw', () => {
    fc.assert(
      fc.property(randomWorkbookArb, optionsArb, (workbook, options) => {
        expect(checkAll(workbook, options)).toEqual([]);
      }),
      fuzzParams(400),
    );
  });

  test('written as .xlsx by ExcelJS and read back by the adapter, neither', async () => {
    await fc.assert(
      fc.asyncProperty(randomWorkbookArb, async (workbook) => {
        const read = await readWorkbook(await toXlsx(workbook));
        expect(read.sheets.map((s) => s.name)).toEqual(workbook.sheets.map((s) => s.name));
        expect(checkAll(read, {})).toEqual([]);
      }),
      fuzzParams(40),
    );
  }, 60_000);
});
