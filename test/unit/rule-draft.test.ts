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
  type PartDraft,
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

describe('分项合计 edited as parts, each with a kind and fields of its own', () => {
  const part = (p: Partial<PartDraft> & Pick<PartDraft, 'kind'>): PartDraft => ({
    label: '',
    weight: '',
    params: {},
    rows: {},
    ...p,
  });

  it('2 points taken as stated + 1 point × the funding rate 98.76% give 2.99 beside the sheet’s 3, as the check would', () => {
    const item = budgetPrep();
    const draft = {
      ...draftOfKind(item.key, 'composite'),
      parts: [
        part({ label: '编制', weight: '2', kind: 'assumed' }),
        part({ label: '执行', weight: '1', kind: 'rate', params: { source: 'funding-rate' } }),
      ],
    };
    const out = evaluateDraft(result, draft, 'zh-CN', WORDS);
    expect(out.problems).toEqual({});
    expect(out.parts).toEqual([
      { problems: {}, rowProblems: {} },
      { problems: {}, rowProblems: {} },
    ]);
    expect(out.spec).toEqual({
      kind: 'composite',
      parts: [
        { label: '编制', weight: 2, rule: { kind: 'assumed' } },
        { label: '执行', weight: 1, rule: { kind: 'rate', source: 'funding-rate' } },
      ],
    });
    expect(out.computed).toBe('2.99');
    expect(out.differs).toBe(true);
    // The check scales weights to the sheet's points (3): 4 + 2 gives the same score, in the editor too.
    const scaled = evaluateDraft(
      result,
      {
        ...draft,
        parts: [
          part({ label: '编制', weight: '4', kind: 'assumed' }),
          part({ label: '执行', weight: '2', kind: 'rate', params: { source: 'funding-rate' } }),
        ],
      },
      'zh-CN',
      WORDS,
    );
    expect(scaled.computed).toBe('2.99');
    const pack = packWithRule(result, null, item.name, scaled.spec as NonNullable<typeof scaled.spec>);
    const rechecked = checkWorkbook(data, { rules: readPackJson(packJson(pack), 'rules.json', 'zh-CN') });
    const evaluated = rechecked.rules.results.find((r) => r.indicator.path.at(-1) === '预算编制');
    expect(evaluated?.outcome?.computed).toBeCloseTo(2.9876, 3);
  });

  it("each part's problem is said at that part's own field: its name, its weight, its kind's parameter, its band's field", () => {
    const item = budgetPrep();
    const out = evaluateDraft(
      result,
      {
        ...draftOfKind(item.key, 'composite'),
        parts: [
          part({ label: '', weight: '-1', kind: 'assumed' }),
          part({
            label: '扣分',
            weight: '1',
            kind: 'per-unit',
            params: { limit: '1', step: 'abc', deduct: '1', direction: 'over' },
          }),
          part({
            label: '分档',
            weight: '1',
            kind: 'bands',
            params: { source: 'funding-rate' },
            rows: { bands: [{ min: '90%', includeMin: 'true', max: '', includeMax: 'true', points: '' }] },
          }),
        ],
      },
      'zh-CN',
      WORDS,
    );
    expect(out.problems).toEqual({});
    expect(out.parts[0].problems).toEqual({ label: '必填', weight: '应为正数' });
    expect(out.parts[1].problems).toEqual({ step: '应为正数' });
    expect(out.parts[2].rowProblems).toEqual({ 'bands.0.points': '必填' });
    expect(out.spec).toBeNull();
    expect(out.computed).toBeNull();
    const none = evaluateDraft(result, { ...draftOfKind(item.key, 'composite'), parts: [] }, 'zh-CN', WORDS);
    expect(none.problems).toEqual({ parts: '至少填写一行' });
  });

  it('a composite saved in the pack opens as its parts again, each with its fields, and a new one starts with a part to fill', () => {
    const item = budgetPrep();
    const spec = {
      kind: 'composite' as const,
      parts: [
        { label: '编制', weight: 2, rule: { kind: 'assumed' as const } },
        {
          label: '分档',
          weight: 1,
          rule: { kind: 'bands' as const, source: 'funding-rate' as const, bands: [{ min: 0.9, points: 1 }] },
        },
      ],
    };
    const pack = readPackJson(packJson(packWithRule(result, null, item.name, spec)), 'rules.json', 'zh-CN');
    const draft = draftFor(item, pack);
    expect(draft.params).toEqual({});
    expect(draft.parts).toEqual([
      { label: '编制', weight: '2', kind: 'assumed', params: {}, rows: {} },
      {
        label: '分档',
        weight: '1',
        kind: 'bands',
        params: { source: 'funding-rate' },
        rows: { bands: [{ min: '0.9', includeMin: 'true', max: '', includeMax: 'true', points: '1' }] },
      },
    ]);
    expect(evaluateDraft(result, draft, 'zh-CN', WORDS).spec).toEqual(spec);
    expect(draftOfKind('0:0', 'composite').parts).toEqual([
      { label: '', weight: '', kind: 'proportional', params: {}, rows: {} },
    ]);
  });
});
