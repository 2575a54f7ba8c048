import { labelOf } from '../locate/synonyms';
import type { Indicator } from '../model/types';
import { parseCriteria } from './criteria-text';
import type { PackRule, RulePack } from './pack';
import type { RuleSpec } from './types';

export interface ResolvedRule {
  spec: RuleSpec;
  /** Where the rule came from: the sheet's own 评分标准, or a pack's rule ("guangzhou-department/running-cost"). */
  origin: string;
}

/**
 * The rule for an indicator: its own 评分标准 text where that has a known form; else the first pack rule
 * naming it (the pack, then the packs it extends); else a pack rule for any indicator with a target.
 */
export function resolveRule(
  indicator: Indicator,
  chain: RulePack[],
  hasTarget: boolean,
  headOrigin?: string,
): ResolvedRule | null {
  // The first pack's rules may be said otherwise: "workbook/<id>" for the pack saved in the workbook.
  const origin = (pack: RulePack, rule: PackRule) =>
    `${pack === chain[0] && headOrigin !== undefined ? headOrigin : pack.name}/${rule.id}`;
  const criteria = indicator.criteria?.text ?? '';
  const fromSheet = criteria ? parseCriteria(criteria) : null;
  if (fromSheet) return { spec: fromSheet, origin: 'sheet' };
  const name = labelOf(indicator.path[indicator.path.length - 1] ?? '');
  for (const pack of chain) {
    const rule = pack.rules.find((r) => namesMatch(r, name));
    if (rule) return { spec: rule.rule, origin: origin(pack, rule) };
  }
  if (!hasTarget) return null;
  for (const pack of chain) {
    const rule = pack.rules.find((r) => r.match.hasTarget === true && !r.match.names && !r.match.contains);
    if (rule) return { spec: rule.rule, origin: origin(pack, rule) };
  }
  return null;
}

function namesMatch(rule: PackRule, name: string): boolean {
  if (name === '') return false;
  if (rule.match.names?.some((n) => labelOf(n) === name)) return true;
  return rule.match.contains?.some((w) => name.includes(labelOf(w))) ?? false;
}
