import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, type CheckResult } from '../../src/core/check';
import { readWorkbook } from '../../src/xlsx/read';
import {
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
    { indicator: item.key, kind: 'rate', params: { source: 'funding-rate' } },
    'zh-CN',
    'x',
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
    { indicator: item.key, kind: 'rate', params: { source: 'funding-rate', weight: '-1' } },
    'zh-CN',
    'x',
  );
  expect(out.problems).toEqual({ weight: '应为正数' });
  expect(out.computed).toBeNull();
  const per = evaluateDraft(
    result,
    { indicator: item.key, kind: 'per-unit', params: { limit: '1', step: 'abc', deduct: '1', direction: 'over' } },
    'zh-CN',
    'x',
  );
  expect(per.problems.step).toBe('应为正数');
  const bands = evaluateDraft(
    result,
    { indicator: item.key, kind: 'bands', params: { bands: '[{' } },
    'zh-CN',
    '不是有效的 JSON',
  );
  expect(bands.problems.bands).toBe('不是有效的 JSON');
});

it('the saved pack carries the rule, extends the pack used, reads back as the CLI reads it, and the check then finds the mismatch', () => {
  const item = budgetPrep();
  const pack = packWithRule(result, null, item.name, { kind: 'rate', source: 'funding-rate' });
  expect(pack.extends).toBe(result.rules.pack.name);
  const again = readPackJson(packJson(pack), 'rules.json', 'zh-CN');
  expect(again.rules).toHaveLength(1);
  expect(draftFor(item, again)).toEqual({ indicator: item.key, kind: 'rate', params: { source: 'funding-rate' } });
  // Setting it again replaces it.
  expect(packWithRule(result, again, item.name, { kind: 'equal' }).rules).toEqual([
    expect.objectContaining({ rule: { kind: 'equal' } }),
  ]);
  const before = result.findings.filter((f) => f.rule === 'score-mismatch' && f.indicator === '预算编制');
  expect(before).toHaveLength(0);
  const rechecked = checkWorkbook(data, { rules: again });
  expect(rechecked.findings.filter((f) => f.rule === 'score-mismatch' && f.indicator === '预算编制')).toHaveLength(1);
});
