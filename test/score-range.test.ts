import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import type { WorkbookData } from '../src/core/grid/types';
import { readWorkbook } from '../src/xlsx/read';

/** Pointing the check at a range (the pane's "current selection"): the score table is looked for there only. */
let sample: WorkbookData;
beforeAll(async () => {
  sample = await readWorkbook(readFileSync(join(__dirname, '..', 'assets', 'sample-scoresheet.xlsx')));
});

it('finds the same table when the range covers it, with the same findings', () => {
  const whole = checkWorkbook(sample);
  const scoped = checkWorkbook(sample, { scoreRange: { sheet: '自评表', range: 'A1:K10' } });
  expect(scoped.model.scoreTables.map((t) => `${t.sheet}!${t.range}`)).toEqual(['自评表!A3:J6']);
  expect(scoped.total).toEqual({ points: 100, score: 97.38 });
  // The sample's 绩效目标 list stands on a sheet of its own, outside the selection: its findings are the whole check's only.
  const outside = (f: { sheet: string }) => f.sheet === '绩效目标';
  expect(whole.findings.some(outside)).toBe(true);
  expect(scoped.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(
    whole.findings.filter((f) => !outside(f)).map((f) => `${f.rule}@${f.sheet}!${f.cell}`),
  );
});

it('finds no score table in a range that holds none, but still reads the budget figures elsewhere', () => {
  const scoped = checkWorkbook(sample, { scoreRange: { sheet: '自评表', range: 'L20:N30' } });
  expect(scoped.model.scoreTables).toEqual([]);
  expect(scoped.model.fundingBlocks.length + scoped.model.fundingTables.length).toBeGreaterThan(0);
});

it('reads only the part of a table inside the range', () => {
  // Rows 3–5 hold the header and two of the four first-level indicators' columns (transposed layout: columns are lines).
  const scoped = checkWorkbook(sample, { scoreRange: { sheet: '自评表', range: 'A3:F6' } });
  const table = scoped.model.scoreTables[0];
  expect(table.range).toBe('A3:F6');
  expect(table.indicators.every((i) => i.score === null || i.score.cell.col <= 5)).toBe(true);
});

it('finds no score table in a selection on a sheet it does not read (a generated one), and says nothing odd', () => {
  const scoped = checkWorkbook(sample, { scoreRange: { sheet: '检查结果', range: 'A1:H20' } });
  expect(scoped.model.scoreTables).toEqual([]);
});
