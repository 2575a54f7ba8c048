import { deadlineMet } from '../parse/deadline';
import type { Reconciled } from '../rules/inputs';
import { judgeText } from '../rules/kinds/qualitative';
import { targetMet } from '../rules/target-met';

/** Whether an indicator's actual meets its target: true, false, or null when that cannot be told. */
export function targetStatus(r: Reconciled): boolean | null {
  if (r.deadline) return deadlineMet(r.deadline, r.actualText);
  if (r.target && r.actual !== null) return targetMet(r.target.operator, r.target.value, r.actual);
  if (r.qualitativeTarget) return judgeText(r.actualText, undefined, undefined, r.targetText);
  return null;
}
