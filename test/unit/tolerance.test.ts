import { cleanSum, halfUnit, ratioTolerance, sumTolerance } from '../../src/core/checks/tolerance';
import type { ReadNumber } from '../../src/core/parse/number';

const n = (value: number, decimals: number, percent = false): ReadNumber => ({
  kind: 'number',
  value,
  decimals,
  percent,
});
const auto = { fixed: null };

describe('tolerance', () => {
  it('forgives what rounding to the shown decimals explains (4.79 − 1.99 stated as 2.81)', () => {
    const tol = sumTolerance(auto, n(4.79, 2), [n(1.99, 2), n(2.81, 2)]);
    expect(Math.abs(4.79 - (1.99 + 2.81))).toBeLessThanOrEqual(tol);
  });

  it('does not forgive a whole point (46.5 against parts summing to 47.5)', () => {
    const parts = [3, 3.5, 4, 14, 10, 9, 4].map((v) => n(v, v % 1 ? 1 : 0));
    expect(cleanSum(parts)).toBe(47.5);
    expect(Math.abs(46.5 - 47.5)).toBeGreaterThan(sumTolerance(auto, n(46.5, 1), parts));
  });

  it('takes whole numbers as exact', () => {
    expect(halfUnit(n(50, 0))).toBe(0);
    expect(halfUnit(n(0.9876, 2, true))).toBeCloseTo(0.00005, 12);
  });

  it('checks a stated rate against its operands: 98.76% holds, 98.00% does not', () => {
    const spent = n(11516.76, 2);
    const budget = n(11661.19, 2);
    const q = spent.value / budget.value;
    expect(Math.abs(0.9876 - q)).toBeLessThanOrEqual(ratioTolerance(auto, n(0.9876, 2, true), spent, budget));
    expect(Math.abs(0.98 - q)).toBeGreaterThan(ratioTolerance(auto, n(0.98, 2, true), spent, budget));
  });

  it('reads a rate typed as a whole percent as rounded: "86%" holds for 37.24 / 43.2 = 86.20%, "85%" does not', () => {
    const spent = n(37.24, 2);
    const budget = n(43.2, 1);
    const q = spent.value / budget.value;
    expect(Math.abs(0.86 - q)).toBeLessThanOrEqual(ratioTolerance(auto, n(0.86, 0, true), spent, budget));
    expect(Math.abs(0.85 - q)).toBeGreaterThan(ratioTolerance(auto, n(0.85, 0, true), spent, budget));
  });

  it('uses a fixed tolerance when one is given', () => {
    expect(sumTolerance({ fixed: 1 }, n(46.5, 1), [n(47.5, 1)])).toBeGreaterThanOrEqual(1);
  });
});
