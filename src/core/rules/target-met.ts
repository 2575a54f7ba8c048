import type { Operator } from '../parse/target';

const EPSILON = 1e-9;

/** Whether an actual meets a target under its operator. */
export function targetMet(operator: Operator, target: number, actual: number): boolean {
  const slack = EPSILON * Math.max(1, Math.abs(target));
  switch (operator) {
    case '>=':
      return actual >= target - slack;
    case '>':
      return actual > target + slack;
    case '<=':
      return actual <= target + slack;
    case '<':
      return actual < target - slack;
    case '=':
      return Math.abs(actual - target) <= slack;
  }
}
