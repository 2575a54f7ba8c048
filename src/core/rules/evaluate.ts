import { numberOf } from '../checks/numbers';
import type { Indicator, ScoreTable, WorkbookModel } from '../model/types';
import { applyRule } from './apply-rule';
import { fundingFigures, reconcile, type Reconciled } from './inputs';
import type { RulePack } from './pack';
import { parseCriteria } from './criteria-text';
import { fundingRate as fundingRateOf } from './funding-rate';
import { type ResolvedRule, resolveRule } from './resolve';
import { packChain } from './select-pack';
import type { RuleOutcome, RuleSpec } from './types';

export interface RuleResult {
  table: ScoreTable;
  indicator: Indicator;
  rule: ResolvedRule | null;
  /** null when no rule applies or the indicator has no points to score against. */
  outcome: RuleOutcome | null;
  reconciled: Reconciled;
}

export interface RuleEvaluation {
  pack: RulePack;
  results: RuleResult[];
}

/**
 * Applies the pack (and the sheet's own 评分标准) to every indicator of every score table. `origin` names
 * the pack's own rules in their origins instead of its name ("workbook" for the pack saved in the workbook).
 */
export function evaluateRules(model: WorkbookModel, pack: RulePack, origin?: string): RuleEvaluation {
  const chain = packChain(pack);
  const funding = fundingFigures(model);
  const results: RuleResult[] = [];
  for (const table of model.scoreTables) {
    // The scored funding line of a national form is scored by its own block's 执行率.
    const fundingRate = table.funding ? fundingRateOf(table.funding) : null;
    for (const indicator of table.indicators) {
      const reconciled = reconcile(indicator, pack.defaultOperator);
      const hasTarget = reconciled.target !== null || reconciled.qualitativeTarget;
      const fromFunding = indicator.source === 'funding';
      const rule = fromFunding ? fundingRule(indicator) : resolveRule(indicator, chain, hasTarget, origin);
      const points = numberOf(indicator.points)?.value ?? null;
      let outcome: RuleOutcome | null = null;
      if (rule && points !== null) {
        outcome = applyRule(scaleToPoints(rule.spec, points), {
          points,
          target: reconciled.target,
          actual: fromFunding ? fundingRate : reconciled.actual,
          actualText: reconciled.actualText,
          targetText: reconciled.targetText,
          actualPercent: fromFunding || reconciled.target?.percent === true,
          deadline: reconciled.deadline,
          funding: fromFunding && fundingRate !== null ? { ...funding, 'funding-rate': fundingRate } : funding,
        });
      }
      results.push({ table, indicator, rule, outcome, reconciled });
    }
  }
  return { pack, results };
}

/** The funding line's rule: its own 得分计算方法 where the sheet gives one in a known form, else the forms' 执行率 × 分值. */
function fundingRule(indicator: Indicator): ResolvedRule {
  const own = indicator.criteria ? parseCriteria(indicator.criteria.text) : null;
  return own ? { spec: own, origin: 'sheet' } : { spec: { kind: 'rate' }, origin: 'form' };
}

/** The sheet's points win over a pack's weights: a composite's parts are scaled to the indicator's points. */
export function scaleToPoints(spec: RuleSpec, points: number): RuleSpec {
  if (spec.kind !== 'composite') return spec;
  const total = spec.parts.reduce((acc, p) => acc + p.weight, 0);
  if (total <= 0 || Math.abs(total - points) < 1e-9) return spec;
  return { ...spec, parts: spec.parts.map((p) => ({ ...p, weight: (p.weight * points) / total })) };
}
