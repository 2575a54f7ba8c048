/**
 * 评分标准 text of a known form (brief §4, the list) read into a rule, checked both by its kind and
 * by what the rule then scores; anything else is not guessed (null).
 */
import { applyRule } from '../../src/core/rules/apply-rule';
import { parseCriteria } from '../../src/core/rules/criteria-text';
import type { RuleSpec } from '../../src/core/rules/types';

/** The score a criteria text gives an actual (ratio for percentages), or throws if the text is not read. */
function scoreBy(text: string, points: number, actual: number): number | null {
  const spec = parseCriteria(text);
  if (!spec) throw new Error(`not read: ${text}`);
  return applyRule(spec, { points, target: null, actual, actualText: '', funding: {} }).computed;
}

describe('rate × points', () => {
  it.each(['完成率×10', '完成率*10', '完成率×10分'])('%s → rate; 96% → 9.6', (text) => {
    expect(parseCriteria(text)).toMatchObject({ kind: 'rate' });
    expect(scoreBy(text, 10, 0.96)).toBeCloseTo(9.6, 10);
    expect(scoreBy(text, 10, 1.02)).toBe(10);
  });

  it.each(['执行率×分值', '预算执行率×分值', '执行率 × 分值'])(
    '%s → rate; 95.3% of 10 → 9.53, 98.76% → 9.876',
    (text) => {
      expect(parseCriteria(text)).toMatchObject({ kind: 'rate' });
      expect(scoreBy(text, 10, 0.953)).toBeCloseTo(9.53, 10);
      expect(scoreBy(text, 10, 0.9876)).toBeCloseTo(9.876, 10);
      expect(scoreBy(text, 8, 0.9)).toBeCloseTo(7.2, 10);
    },
  );
});

describe('rate × points with its cap said (brief §4: "最高不得超过分值上限", 绥阳 2021; the 寿县 fixture)', () => {
  it.each(['执行率×分值，最高不超过分值', '预算执行率×分值，最高不得超过分值上限'])('%s → rate', (text) => {
    expect(parseCriteria(text)).toMatchObject({ kind: 'rate' });
    expect(scoreBy(text, 10, 0.953)).toBeCloseTo(9.53, 10);
    expect(scoreBy(text, 10, 1.05)).toBe(10);
  });
});

describe('bands', () => {
  const ACCURACY = '≥90%计5分；80%-90%计4分；70%-80%计3分；低于70%不得分';

  it(`${ACCURACY} → bands`, () => {
    expect(parseCriteria(ACCURACY)).toMatchObject({ kind: 'bands' });
    expect(scoreBy(ACCURACY, 5, 0.95)).toBe(5);
    expect(scoreBy(ACCURACY, 5, 0.9)).toBe(5);
    expect(scoreBy(ACCURACY, 5, 0.85)).toBe(4);
    expect(scoreBy(ACCURACY, 5, 0.75)).toBe(3);
    expect(scoreBy(ACCURACY, 5, 0.65)).toBe(0);
  });

  it.each([
    '=0计3分；0-10%计2分；10-20%计1分；20-30%计0.5分；大于30%不得分',
    // The brief's own spelling: en dashes, spaces, 岳阳's wording.
    '=0计3分；0–10%计2分；10–20%计1分；20–30%计0.5分；大于30%不得分',
    '预算调整率 = 0 计3分；0–10% 计2分；10–20% 计1分；20–30% 计0.5分；大于30% 不得分',
  ])('%s → bands (岳阳 预算调整率)', (text) => {
    expect(parseCriteria(text)).toMatchObject({ kind: 'bands' });
    expect(scoreBy(text, 3, 0)).toBe(3);
    expect(scoreBy(text, 3, 0.062)).toBe(2);
    expect(scoreBy(text, 3, 0.12)).toBe(1);
    expect(scoreBy(text, 3, 0.25)).toBe(0.5);
    expect(scoreBy(text, 3, 0.35)).toBe(0);
  });
});

describe('per-unit deduction', () => {
  it.each([
    '≤100%计6分，每超过一个百分点扣1分，扣完为止',
    '≦100%计6分，每超过一个百分点扣1分，扣完为止',
    '三公经费控制率 ≦100% 计6分，每超过一个百分点扣1分，扣完为止',
  ])('%s', (text) => {
    const spec = parseCriteria(text);
    expect(spec).toMatchObject({ kind: 'per-unit', direction: 'over', deduct: 1 });
    const p = spec as Extract<RuleSpec, { kind: 'per-unit' }>;
    expect(p.limit).toBeCloseTo(1, 10);
    expect(p.step).toBeCloseTo(0.01, 10);
    expect(scoreBy(text, 6, 1.03)).toBeCloseTo(3, 10);
    expect(scoreBy(text, 6, 1)).toBe(6);
    expect(scoreBy(text, 6, 0.98)).toBe(6);
    expect(scoreBy(text, 6, 1.2)).toBe(0);
  });
});

describe('per-unit deduction under a floor (岳阳 wording, as in the three-levels fixture)', () => {
  it.each(['≥90%计3分，每低一个百分点扣0.5分', '≥90%计3分，每低于一个百分点扣0.5分'])('%s', (text) => {
    expect(parseCriteria(text)).toMatchObject({ kind: 'per-unit', direction: 'under', deduct: 0.5 });
    expect(scoreBy(text, 3, 0.95)).toBe(3);
    expect(scoreBy(text, 3, 0.88)).toBeCloseTo(2, 10);
    expect(scoreBy(text, 3, 0.5)).toBe(0);
  });
});

describe('forms no rule reads: not guessed', () => {
  it.each([
    '无结余3分；不超过上年结转2分；否则0',
    '无结余计3分；不超过上年结转计2分；否则不得分',
    '根据实际情况酌情扣分',
    '',
    '   ',
  ])('“%s” → null', (text) => {
    expect(parseCriteria(text)).toBeNull();
  });
});
