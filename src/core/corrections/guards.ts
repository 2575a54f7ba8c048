import type { Field } from '../model/types';
import type { ReadNumber } from '../parse/number';
import { numberOf } from '../checks/numbers';
import { asRatio } from '../checks/rates';
import { cleanSum, ratioTolerance, sumTolerance, type Tolerance } from '../checks/tolerance';

/**
 * Another relation a figure takes part in ("执行数 = 基本支出 + 项目支出", "执行率 = 执行数 ÷ 预算数"). Where it
 * holds for the figure as typed, the figure is vouched for: a correction that would break it is no single
 * right value, and is not offered.
 */
export type Guard = (n: ReadNumber) => boolean;

/** Guards a correction must keep: those that hold for the typed figure. */
export function standing(guards: Guard[], typed: ReadNumber): Guard[] {
  return guards.filter((g) => g(typed));
}

/** The figure is the sum of these parts (an unreadable part: no guard). */
export function sumGuard(tol: Tolerance, fields: (Field | undefined)[]): Guard[] {
  const parts = fields.filter((f): f is Field => f !== undefined && f.reading.kind !== 'empty').map(numberOf);
  if (parts.length < 2 || parts.some((p) => p === null)) return [];
  const known = parts as ReadNumber[];
  const sum = cleanSum(known);
  return [(n) => Math.abs(n.value - sum) <= sumTolerance(tol, n, known)];
}

/** The figure is the 执行数 (or the 预算数) of a stated 执行率 with any of these other operands. */
export function rateGuard(
  tol: Tolerance,
  rateField: Field | undefined,
  others: (Field | undefined)[],
  figureIs: 'spent' | 'budget',
): Guard[] {
  const read = numberOf(rateField);
  const operands = others.map(numberOf).filter((o): o is ReadNumber => o !== null && o.value !== 0);
  if (!read || operands.length === 0) return [];
  const rate = asRatio(read);
  return [
    (n) =>
      operands.some((o) => {
        const [spent, budget] = figureIs === 'spent' ? [n, o] : [o, n];
        return (
          budget.value !== 0 &&
          Math.abs(rate.value - spent.value / budget.value) <= ratioTolerance(tol, rate, spent, budget)
        );
      }),
  ];
}
