import { asRatio } from '../checks/rates';
import { numberOf } from '../checks/numbers';
import type { FundingKey, Indicator, WorkbookModel } from '../model/types';
import { parseNumberText, type ReadNumber } from '../parse/number';
import { removeWhitespace } from '../parse/normalize';
import type { Deadline } from '../parse/deadline';
import type { Operator } from '../parse/target';
import type { RuleInput } from './types';

/** The year's funding figures as rules read them, from the first key–value block and funding table found. */
export function fundingFigures(model: WorkbookModel): RuleInput['funding'] {
  const out: RuleInput['funding'] = {};
  for (const block of model.fundingBlocks) {
    for (const [key, fact] of Object.entries(block.facts)) {
      const n = numberOf(fact);
      if (n && out[key as FundingKey] === undefined)
        out[key as FundingKey] = key === 'rate' ? asRatio(n).value : n.value;
    }
  }
  for (const table of model.fundingTables) {
    const total = table.lines.find((l) => l.isTotal) ?? table.lines[0];
    if (!total) continue;
    const take = (key: FundingKey, field: (typeof total.values)[keyof typeof total.values]) => {
      const n = numberOf(field);
      if (n && out[key] === undefined) out[key] = key === 'rate' ? asRatio(n).value : n.value;
    };
    take('budget', total.values.adjustedBudget ?? total.values.initialBudget);
    take('initialBudget', total.values.initialBudget);
    take('spent', total.values.spent);
    take('rate', total.values.rate);
  }
  if (out.rate !== undefined) out['funding-rate'] = out.rate;
  else if (out.spent !== undefined && out.budget) out['funding-rate'] = out.spent / out.budget;
  return out;
}

/** An indicator's target and actual on the same footing: percentages as ratios on both sides. */
export interface Reconciled {
  target: { value: number; operator: Operator; percent: boolean } | null;
  /** The target is a phrase (有效加强, 达标) or a deadline rather than a number. */
  qualitativeTarget: boolean;
  /** The target is a time limit (9月前, 3个月内): the actual is judged as a date. */
  deadline: Deadline | null;
  actual: number | null;
  actualText: string;
  targetText: string;
}

export function reconcile(indicator: Indicator, defaultOperator: Operator): Reconciled {
  const targetField = indicator.adjustedTarget ?? indicator.target;
  const actualText = indicator.actual?.text ?? '';
  const deadline = targetField?.target.deadline ?? null;
  if (deadline) {
    return {
      target: null,
      qualitativeTarget: true,
      deadline,
      actual: null,
      actualText,
      targetText: targetField?.text ?? '',
    };
  }
  const unitIsPercent = indicator.unit ? /%|％|百分/.test(indicator.unit.text) : false;
  let target = targetField?.target.number ?? null;
  let actual: ReadNumber | null = numberOf(indicator.actual);
  if (!actual && actualText !== '') {
    const r = parseNumberText(actualText);
    actual = r.kind === 'number' ? r : null;
  }
  // "98.76" under a 计量单位 of "%" is 98.76%.
  if (unitIsPercent) {
    if (target && !target.percent) target = { ...target, value: target.value / 100, percent: true };
    if (actual && !actual.percent) actual = { ...actual, value: actual.value / 100, percent: true };
  }
  // One side written "95%", the other "98.76": the plain figure is a percentage too.
  if (target && actual && target.percent !== actual.percent) {
    if (target.percent && Math.abs(actual.value) > 1.5)
      actual = { ...actual, value: actual.value / 100, percent: true };
    else if (actual.percent && Math.abs(target.value) > 1.5)
      target = { ...target, value: target.value / 100, percent: true };
  }
  const operator = targetField?.target.operator ?? indicator.operator ?? defaultOperator;
  return {
    target: target ? { value: target.value, operator, percent: target.percent } : null,
    qualitativeTarget: Boolean(
      targetField && targetField.target.qualitative && removeWhitespace(targetField.text) !== '',
    ),
    deadline: null,
    actual: actual?.value ?? null,
    actualText,
    targetText: targetField?.text ?? '',
  };
}
