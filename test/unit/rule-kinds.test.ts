/**
 * Each rule kind on its textbook cases (brief §4): the seed's 10 × 98.76% = 9.876, 重庆's 76% × 10 = 7.6,
 * the national 正向 / 反向 formulas, 岳阳's bands and per-unit deductions, the seed's 运行成本 threshold, and
 * qualitative targets judged by the actual's words. Rates and percentages are ratios (98.76% = 0.9876).
 */
import { applyRule } from '../../src/core/rules/apply-rule';
import type { Band, RuleInput, RuleSpec } from '../../src/core/rules/types';

function input(o: Partial<RuleInput> = {}): RuleInput {
  return { points: 10, target: null, actual: null, actualText: '', funding: {}, ...o };
}

const ge = (value: number) => ({ value, operator: '>=' as const });
const le = (value: number) => ({ value, operator: '<=' as const });
const eq = (value: number) => ({ value, operator: '=' as const });

/** The computed score, to 10 decimals. */
function score(spec: RuleSpec, o: Partial<RuleInput>): number | null {
  const out = applyRule(spec, input(o));
  return out.computed === null ? null : Math.round(out.computed * 1e10) / 1e10;
}

describe('rate × points, capped', () => {
  const rate: RuleSpec = { kind: 'rate' };

  it('10 × 98.76% = 9.876 (the seed’s 部门预算资金支出率)', () => {
    expect(score(rate, { actual: 0.9876 })).toBeCloseTo(9.876, 10);
  });

  it('76% × 10 = 7.6 (重庆 2021)', () => {
    expect(score(rate, { actual: 0.76 })).toBeCloseTo(7.6, 10);
  });

  it('never above the points ("最高不得超过分值上限")', () => {
    expect(score(rate, { actual: 1.05 })).toBe(10);
    expect(score(rate, { actual: 1 })).toBe(10);
  });

  it('reads the funding 执行率 when told to', () => {
    expect(score({ kind: 'rate', source: 'funding-rate' }, { funding: { 'funding-rate': 0.9876 } })).toBeCloseTo(
      9.876,
      10,
    );
    const none = applyRule({ kind: 'rate', source: 'funding-rate' }, input({ actual: 0.5 }));
    expect(none).toMatchObject({ computed: null, missing: 'funding' });
  });

  it('a weight of its own ("完成率×10")', () => {
    expect(score({ kind: 'rate', weight: 10 }, { actual: 0.96 })).toBeCloseTo(9.6, 10);
  });

  it('no actual: no score, and says so', () => {
    expect(applyRule(rate, input())).toMatchObject({ computed: null, missing: 'actual' });
  });

  it('says how it computed', () => {
    expect(applyRule(rate, input({ actual: 0.9876 })).formula).not.toBe('');
  });
});

describe('composite: the seed’s 整体效能 = 40 + 10 × 部门预算资金支出率', () => {
  const overall: RuleSpec = {
    kind: 'composite',
    parts: [
      { label: '产出、效益及满意度指标', weight: 40, rule: { kind: 'assumed' } },
      { label: '部门预算资金支出率', weight: 10, rule: { kind: 'rate', source: 'funding-rate' } },
    ],
  };

  it('40 + 10 × 98.76% = 49.876 (→ 49.88, the stated score)', () => {
    const out = applyRule(overall, input({ points: 50, funding: { 'funding-rate': 0.9876 } }));
    expect(out.computed).toBeCloseTo(49.876, 10);
    expect(Math.round(out.computed! * 100) / 100).toBe(49.88);
  });

  it('without the funding rate: not computed', () => {
    expect(applyRule(overall, input({ points: 50 }))).toMatchObject({ computed: null, missing: 'funding' });
  });
});

describe('proportional (正向): actual ÷ target × points, capped', () => {
  const spec: RuleSpec = { kind: 'proportional' };

  it.each([
    ['80 of ≥100', ge(100), 80, 8],
    ['90% of ≥95%', ge(0.95), 0.9, 9.4736842105],
    ['19 of ≥20 (weight 20 → 19 below)', ge(20), 19, 9.5],
    ['120 of ≥100: capped', ge(100), 120, 10],
    ['exactly met', ge(0.95), 0.95, 10],
    ['nothing done', ge(100), 0, 0],
  ])('%s', (_label, target, actual, expected) => {
    expect(score(spec, { target, actual })).toBeCloseTo(expected, 8);
  });

  it('needs a target and an actual', () => {
    expect(applyRule(spec, input({ actual: 80 }))).toMatchObject({ computed: null, missing: 'target' });
    expect(applyRule(spec, input({ target: ge(100) }))).toMatchObject({ computed: null, missing: 'actual' });
  });
});

describe('inverse (反向): target ÷ actual × points, capped; actual 0 → full points', () => {
  const spec: RuleSpec = { kind: 'inverse' };

  it.each([
    ['8% against ≤5%', le(0.05), 0.08, 6.25],
    ['250 against ≤200', le(200), 250, 8],
    ['3% against ≤5%: met', le(0.05), 0.03, 10],
    ['exactly at the limit', le(0.05), 0.05, 10],
    ['actual 0', le(0.05), 0, 10],
  ])('%s', (_label, target, actual, expected) => {
    expect(score(spec, { target, actual })).toBeCloseTo(expected, 8);
  });

  it('needs a target and an actual', () => {
    expect(applyRule(spec, input({ actual: 0.08 }))).toMatchObject({ computed: null, missing: 'target' });
    expect(applyRule(spec, input({ target: le(0.05) }))).toMatchObject({ computed: null, missing: 'actual' });
  });
});

describe('equal-or-nothing ("=" targets)', () => {
  const spec: RuleSpec = { kind: 'equal' };

  it('met → the points; missed → 0', () => {
    expect(score(spec, { target: eq(1), actual: 1 })).toBe(10);
    expect(score(spec, { target: eq(1), actual: 0.95 })).toBe(0);
    expect(score(spec, { target: eq(12), actual: 12 })).toBe(10);
    expect(score(spec, { target: eq(12), actual: 11 })).toBe(0);
  });

  it('needs a target and an actual', () => {
    expect(applyRule(spec, input({ actual: 1 }))).toMatchObject({ computed: null, missing: 'target' });
    expect(applyRule(spec, input({ target: eq(1) }))).toMatchObject({ computed: null, missing: 'actual' });
  });
});

describe('by-target: the kind follows the target’s operator', () => {
  const spec: RuleSpec = { kind: 'by-target' };

  it('≥ → proportional, ≤ → inverse, = → equal-or-nothing', () => {
    expect(score(spec, { target: ge(0.95), actual: 0.9 })).toBeCloseTo(9.4736842105, 8);
    expect(score(spec, { target: le(0.05), actual: 0.08 })).toBeCloseTo(6.25, 10);
    expect(score(spec, { target: le(0.05), actual: 0 })).toBe(10);
    expect(score(spec, { target: eq(1), actual: 0.95 })).toBe(0);
    expect(score(spec, { target: eq(1), actual: 1 })).toBe(10);
  });
});

describe('threshold: the seed’s 运行成本 (公用经费 and 三公经费 within budget → full points)', () => {
  const spec: RuleSpec = {
    kind: 'threshold',
    tests: [
      { actual: 'publicSpent', limit: 'publicBudget' },
      { actual: 'threePublicSpent', limit: 'threePublicBudget' },
    ],
  };
  const seed = { publicBudget: 133.58, publicSpent: 133.58, threePublicBudget: 3.07, threePublicSpent: 3.07 };

  it('the seed: 133.58 ≤ 133.58 and 3.07 ≤ 3.07 → 4', () => {
    expect(score(spec, { points: 4, funding: seed })).toBe(4);
  });

  it('under both budgets → full points', () => {
    expect(score(spec, { points: 4, funding: { ...seed, publicSpent: 120, threePublicSpent: 2.5 } })).toBe(4);
  });

  it('either over its budget → 0', () => {
    expect(score(spec, { points: 4, funding: { ...seed, publicSpent: 140 } })).toBe(0);
    expect(score(spec, { points: 4, funding: { ...seed, threePublicSpent: 3.5 } })).toBe(0);
  });

  it('a figure missing → not computed', () => {
    const { threePublicSpent: _dropped, ...partial } = seed;
    expect(applyRule(spec, input({ points: 4, funding: partial }))).toMatchObject({
      computed: null,
      missing: 'funding',
    });
  });
});

describe('bands (岳阳)', () => {
  // "=0计3分；0–10%计2分；10–20%计1分；20–30%计0.5分；大于30%不得分"
  const adjustment: Band[] = [
    { min: 0, max: 0, points: 3 },
    { min: 0, max: 0.1, includeMin: false, points: 2 },
    { min: 0.1, max: 0.2, includeMin: false, points: 1 },
    { min: 0.2, max: 0.3, includeMin: false, points: 0.5 },
    { min: 0.3, includeMin: false, points: 0 },
  ];
  // "≥90%计5分；80%-90%计4分；70%-80%计3分；低于70%不得分"
  const accuracy: Band[] = [
    { min: 0.9, points: 5 },
    { min: 0.8, max: 0.9, includeMax: false, points: 4 },
    { min: 0.7, max: 0.8, includeMax: false, points: 3 },
    { max: 0.7, includeMax: false, points: 0 },
  ];

  it.each([
    [0, 3],
    [0.062, 2],
    [0.12, 1],
    [0.25, 0.5],
    [0.35, 0],
  ])('预算调整率 %d → %d', (actual, expected) => {
    expect(score({ kind: 'bands', bands: adjustment }, { points: 3, actual })).toBe(expected);
  });

  it.each([
    [0.95, 5],
    [0.9, 5],
    [0.85, 4],
    [0.75, 3],
    [0.65, 0],
  ])('≥90%计5分… : %d → %d', (actual, expected) => {
    expect(score({ kind: 'bands', bands: accuracy }, { points: 5, actual })).toBe(expected);
  });

  it('reads a funding figure when told to', () => {
    expect(
      score(
        { kind: 'bands', source: 'funding-rate', bands: accuracy },
        { points: 5, funding: { 'funding-rate': 0.85 } },
      ),
    ).toBe(4);
  });

  it('no value: not computed', () => {
    expect(applyRule({ kind: 'bands', bands: adjustment }, input({ points: 3 }))).toMatchObject({
      computed: null,
      missing: 'actual',
    });
  });
});

describe('per-unit deduction (岳阳: "≤100%计6分，每超过一个百分点扣1分，扣完为止")', () => {
  const over = { kind: 'per-unit', limit: 1, step: 0.01, deduct: 1, direction: 'over' } as const;

  it.each([
    [1.03, 3],
    [1, 6],
    [0.95, 6],
    [1.06, 0],
    [1.1, 0], // 扣完为止: never below 0
  ])('控制率 %d → %d', (actual, expected) => {
    expect(score(over, { points: 6, actual })).toBeCloseTo(expected, 10);
  });

  it('part of a step, by the rounding the pack says', () => {
    expect(score({ ...over, rounding: 'exact' }, { points: 6, actual: 1.035 })).toBeCloseTo(2.5, 10);
    expect(score({ ...over, rounding: 'floor' }, { points: 6, actual: 1.035 })).toBeCloseTo(3, 10);
    expect(score({ ...over, rounding: 'ceil' }, { points: 6, actual: 1.035 })).toBeCloseTo(2, 10);
  });

  it('"any" rounding: the range every reading allows', () => {
    const out = applyRule({ ...over, rounding: 'any' }, input({ points: 6, actual: 1.035 }));
    expect(out.low).toBeCloseTo(2, 10);
    expect(out.high).toBeCloseTo(3, 10);
    expect(out.computed).toBeGreaterThanOrEqual(2 - 1e-9);
    expect(out.computed).toBeLessThanOrEqual(3 + 1e-9);
  });

  it('whole steps are counted whole despite float error (113% is 13 points over, not 12.99…)', () => {
    expect(score({ ...over, rounding: 'floor' }, { points: 20, actual: 1.13 })).toBeCloseTo(7, 10);
    expect(score({ ...over, rounding: 'ceil' }, { points: 20, actual: 1.13 })).toBeCloseTo(7, 10);
  });

  it('under a floor ("执行率=100%计8分，每低一个百分点扣0.5分")', () => {
    const under = { kind: 'per-unit', limit: 1, step: 0.01, deduct: 0.5, direction: 'under' } as const;
    expect(score(under, { points: 8, actual: 0.95 })).toBeCloseTo(5.5, 10);
    expect(score(under, { points: 8, actual: 1 })).toBe(8);
    expect(score(under, { points: 8, actual: 0.5 })).toBe(0);
  });

  it('no value: not computed', () => {
    expect(applyRule(over, input({ points: 6 }))).toMatchObject({ computed: null });
  });
});

describe('qualitative: met or not by the actual’s words', () => {
  const spec: RuleSpec = { kind: 'qualitative' };

  it.each(['已有效加强', '有效加强', '达标', '已达标', '已完成'])('“%s” → met, the points', (actualText) => {
    expect(score(spec, { actualText })).toBe(10);
  });

  it.each(['未达标', '不达标', '未完成'])('“%s” → not met, 0', (actualText) => {
    expect(score(spec, { actualText })).toBe(0);
  });

  it.each([
    ['', '尚未完成'],
    ['', '没有达标'],
    ['', '仍未达标'],
    ['', '不是'],
    ['有效加强', '尚未有效加强'],
    ['有效改善', '没有有效改善'],
    ['显著提升', '无明显提升'],
    ['达标', '达标率未达100%'],
  ])('a negation is never judged met (target “%s”): “%s”', (targetText, actualText) => {
    expect(score(spec, { targetText, actualText })).not.toBe(10);
  });

  it.each([
    ['有效加强', '仍需加强'],
    ['显著提升', '有待提升'],
  ])('what is still to do is not judged met (target “%s”): “%s”', (targetText, actualText) => {
    expect(score(spec, { targetText, actualText })).not.toBe(10);
  });

  it('what cannot be judged is not computed: missing “judgement”', () => {
    expect(applyRule(spec, input({ actualText: '详见附件' }))).toMatchObject({ computed: null, missing: 'judgement' });
    expect(applyRule(spec, input({ actualText: '' }))).toMatchObject({ computed: null });
  });

  it('an actual repeating the target’s own words is met (“有效改善” for “有效改善”)', () => {
    expect(score(spec, { targetText: '有效改善', actualText: '有效改善' })).toBe(10);
    expect(score(spec, { targetText: '有效保障', actualText: '已有效保障困难群众基本生活' })).toBe(10);
    expect(score(spec, { targetText: '有效改善', actualText: '未有效改善' })).toBe(0);
  });

  it('a pack’s own words', () => {
    const own: RuleSpec = { kind: 'qualitative', met: ['已建立'], notMet: ['未建立'] };
    expect(score(own, { actualText: '已建立' })).toBe(10);
    expect(score(own, { actualText: '未建立' })).toBe(0);
  });
});
