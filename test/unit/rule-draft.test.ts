import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, type CheckResult } from '../../src/core/check';
import { readWorkbook } from '../../src/xlsx/read';
import {
  draftOfKind,
  draftFor,
  editableIndicators,
  evaluateDraft,
  packJson,
  packWithRule,
  readPackJson,
} from '../../src/taskpane/view/rule-draft';

const sample = join(__dirname, '..', '..', 'assets', 'sample-scoresheet.xlsx');
let result: CheckResult;
let data: Awaited<ReturnType<typeof readWorkbook>>;

beforeAll(async () => {
  data = await readWorkbook(readFileSync(sample));
  result = checkWorkbook(data);
});

const WORDS = { notJson: '不是有效的 JSON', required: '必填', needRow: '至少填写一行' };

const budgetPrep = () => {
  const item = editableIndicators(result).find((i) => i.name === '预算编制');
  if (!item) throw new Error('预算编制 not in the sample');
  return item;
};

it('a rate rule from the funding rate gives 预算编制 3 × 98.76% = 2.96, beside the sheet’s 3', () => {
  const item = budgetPrep();
  expect(item.score).toBe('3');
  const out = evaluateDraft(
    result,
    { indicator: item.key, kind: 'rate', params: { source: 'funding-rate' }, rows: {} },
    'zh-CN',
    WORDS,
  );
  expect(out.problems).toEqual({});
  expect(out.computed).toBe('2.96');
  expect(out.differs).toBe(true);
  expect(out.spec).toEqual({ kind: 'rate', source: 'funding-rate' });
});

it('an invalid parameter is said at its field, in the catalogue’s words, and gives no score', () => {
  const item = budgetPrep();
  const out = evaluateDraft(
    result,
    { indicator: item.key, kind: 'rate', params: { source: 'funding-rate', weight: '-1' }, rows: {} },
    'zh-CN',
    WORDS,
  );
  expect(out.problems).toEqual({ weight: '应为正数' });
  expect(out.computed).toBeNull();
  const per = evaluateDraft(
    result,
    {
      indicator: item.key,
      kind: 'per-unit',
      params: { limit: '1', step: 'abc', deduct: '1', direction: 'over' },
      rows: {},
    },
    'zh-CN',
    WORDS,
  );
  expect(per.problems.step).toBe('应为正数');
  const parts = evaluateDraft(
    result,
    { indicator: item.key, kind: 'composite', params: { parts: '[{' }, rows: {} },
    'zh-CN',
    WORDS,
  );
  expect(parts.problems.parts).toBe('不是有效的 JSON');
});

it('the saved pack carries the rule, extends the pack used, reads back as the CLI reads it, and the check then finds the mismatch', () => {
  const item = budgetPrep();
  const pack = packWithRule(result, null, item.name, { kind: 'rate', source: 'funding-rate' });
  expect(pack.extends).toBe(result.rules.pack.name);
  const again = readPackJson(packJson(pack), 'rules.json', 'zh-CN');
  expect(again.rules).toHaveLength(1);
  expect(draftFor(item, again)).toEqual({
    indicator: item.key,
    kind: 'rate',
    params: { source: 'funding-rate' },
    rows: {},
  });
  // Setting it again replaces it.
  expect(packWithRule(result, again, item.name, { kind: 'equal' }).rules).toEqual([
    expect.objectContaining({ rule: { kind: 'equal' } }),
  ]);
  const before = result.findings.filter((f) => f.rule === 'score-mismatch' && f.indicator === '预算编制');
  expect(before).toHaveLength(0);
  const rechecked = checkWorkbook(data, { rules: again });
  expect(rechecked.findings.filter((f) => f.rule === 'score-mismatch' && f.indicator === '预算编制')).toHaveLength(1);
});

it('bands are rows of labelled fields: 90% reads as 0.9, a bound left open is left out, and 98.76% scores the first band', () => {
  const item = budgetPrep();
  const draft = {
    ...draftOfKind(item.key, 'bands'),
    params: { source: 'funding-rate' },
    rows: {
      bands: [
        { min: '90%', includeMin: 'true', max: '', includeMax: 'true', points: '3' },
        { min: '', includeMin: 'true', max: '0.9', includeMax: 'false', points: '1.5' },
      ],
    },
  };
  const out = evaluateDraft(result, draft, 'zh-CN', WORDS);
  expect(out.problems).toEqual({});
  expect(out.rowProblems).toEqual({});
  expect(out.spec).toEqual({
    kind: 'bands',
    source: 'funding-rate',
    bands: [
      { min: 0.9, points: 3 },
      { max: 0.9, includeMax: false, points: 1.5 },
    ],
  });
  expect(out.computed).toBe('3.00');
  // Saved and read back, the rows are the same.
  const pack = packWithRule(result, null, item.name, out.spec as NonNullable<typeof out.spec>);
  expect(draftFor(item, readPackJson(packJson(pack), 'rules.json', 'zh-CN')).rows.bands).toEqual([
    { min: '0.9', includeMin: 'true', max: '', includeMax: 'true', points: '3' },
    { min: '', includeMin: 'true', max: '0.9', includeMax: 'false', points: '1.5' },
  ]);
});

it("a row's problem is said at its own field (第 2 档的得分), an empty list at the list, and no score is given", () => {
  const item = budgetPrep();
  const bad = evaluateDraft(
    result,
    {
      ...draftOfKind(item.key, 'bands'),
      rows: {
        bands: [
          { min: 'abc', includeMin: 'true', max: '', includeMax: 'true', points: '3' },
          { min: '', includeMin: 'true', max: '', includeMax: 'true', points: '' },
        ],
      },
    },
    'zh-CN',
    WORDS,
  );
  expect(bad.rowProblems).toEqual({ 'bands.0.min': '应为数字', 'bands.1.points': '必填' });
  expect(bad.problems).toEqual({});
  expect(bad.computed).toBeNull();
  expect(bad.spec).toBeNull();
  const empty = evaluateDraft(result, { ...draftOfKind(item.key, 'bands'), rows: { bands: [] } }, 'zh-CN', WORDS);
  expect(empty.problems).toEqual({ bands: '至少填写一行' });
  const tests = evaluateDraft(
    result,
    { ...draftOfKind(item.key, 'threshold'), rows: { tests: [{ actual: 'publicSpent', limit: '' }] } },
    'zh-CN',
    WORDS,
  );
  expect(tests.rowProblems).toEqual({ 'tests.0.limit': '必填' });
});

it('a new draft of a kind with a required list starts with one empty row to fill', () => {
  expect(draftOfKind('0:0', 'bands').rows).toEqual({
    bands: [{ min: '', includeMin: 'true', max: '', includeMax: 'true', points: '' }],
  });
  expect(draftOfKind('0:0', 'threshold').rows).toEqual({ tests: [{ actual: '', limit: '' }] });
  expect(draftOfKind('0:0', 'rate').rows).toEqual({});
});
