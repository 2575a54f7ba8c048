import type { ReadNumber } from '../parse/number';

/**
 * A stated rate as a ratio. "98.76" typed without "%" next to a 执行率 label means 98.76%:
 * no execution rate is 98-fold, so a plain number above 1.5 is read as a percentage.
 */
export function asRatio(n: ReadNumber): ReadNumber {
  if (n.percent || Math.abs(n.value) <= 1.5) return n;
  return { ...n, value: n.value / 100, percent: true };
}
