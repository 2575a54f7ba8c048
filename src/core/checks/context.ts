import type { WorkbookData } from '../grid/types';
import type { FundingLabels } from '../locate/funding-block';
import type { Indicator, WorkbookModel } from '../model/types';
import type { CheckId, FindingDraft } from './finding';
import type { Tolerance } from './tolerance';
import type { RuleEvaluation } from '../rules/evaluate';

export type RateBase = 'adjusted' | 'initial' | 'either';

export interface CheckContext {
  model: WorkbookModel;
  tolerance: Tolerance;
  /** Which budget a 执行率 in a funding table divides by, where it states both. */
  rateBase: RateBase;
  /** Every indicator's scoring rule and the score it gives, worked out once for the checks that compare scores. */
  rules: RuleEvaluation;
  /** How many comparisons each check made, found wrong or not: what "no finding" covers. */
  examined: Partial<Record<CheckId, number>>;
  /** The funding labels the workbook was read with; the text checks find the same figures in the explanation. */
  fundingLabels?: FundingLabels;
  /** The cells as read: a correction is offered only for a cell that holds just the typed figure, never a formula. */
  workbook?: WorkbookData;
}

export function countExamined(ctx: CheckContext, check: CheckId): void {
  ctx.examined[check] = (ctx.examined[check] ?? 0) + 1;
}

/** One check: a stable id and what it finds. */
export interface Check<Id extends CheckId = CheckId> {
  id: Id;
  run(ctx: CheckContext): FindingDraft[];
}

/** The name users know an indicator by: its own, the last of its path. */
export function indicatorName(indicator: Indicator): string {
  return indicator.path[indicator.path.length - 1] ?? '';
}
