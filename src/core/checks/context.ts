import type { WorkbookData } from '../grid/types';
import type { FundingLabels } from '../locate/funding-block';
import type { Indicator, WorkbookModel } from '../model/types';
import type { FindingDraft, RuleId } from './finding';
import type { Tolerance } from './tolerance';
import type { RuleEvaluation } from '../rules/evaluate';

export type RateBase = 'adjusted' | 'initial' | 'either';

export interface CheckContext {
  model: WorkbookModel;
  tolerance: Tolerance;
  /** Which budget a 执行率 in a funding table divides by, where it states both. */
  rateBase: RateBase;
  /** Every indicator's rule and what it gives, worked out once for the rule checks. */
  rules: RuleEvaluation;
  /** How many comparisons each check made, found wrong or not: what "no finding" covers. */
  examined: Partial<Record<RuleId, number>>;
  /** The funding labels the workbook was read with; the text checks find the same figures in the explanation. */
  fundingLabels?: FundingLabels;
  /** The cells as read: a correction is offered only for a cell that holds just the typed figure, never a formula. */
  workbook?: WorkbookData;
}

export function countExamined(ctx: CheckContext, rule: RuleId): void {
  ctx.examined[rule] = (ctx.examined[rule] ?? 0) + 1;
}

/** One rule of the checker: a stable id and what it finds. */
export interface Check {
  id: RuleId;
  run(ctx: CheckContext): FindingDraft[];
}

/** The name users know an indicator by: its own, the last of its path. */
export function indicatorName(indicator: Indicator): string {
  return indicator.path[indicator.path.length - 1] ?? '';
}
