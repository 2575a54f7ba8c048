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
  const criteria = indicator.criteria?.text ?? '';
  const fromSheet = criteria ? parseCriteria(criteria) : null;
  if (fromSheet) return { spec: fromSheet, origin: 'sheet' };
  const name = labelOf(indicator.path[indicator.path.length - 1] ?? '');
  if (name !== '') {
    for (const pack of chain) {
      const rule = byName(pack, name);
      if (rule) return { spec: rule.rule, origin: originOf(chain, pack, rule, headOrigin) };
    }
  }
  if (!hasTarget) return null;
  for (const pack of chain) {
    const rule = indexOf(pack).anyTarget;
    if (rule) return { spec: rule.rule, origin: originOf(chain, pack, rule, headOrigin) };
  }
  return null;
}

/** The first pack's rules may be said otherwise: "workbook/<id>" for the pack saved in the workbook. */
function originOf(chain: RulePack[], pack: RulePack, rule: PackRule, headOrigin: string | undefined): string {
  return `${pack === chain[0] && headOrigin !== undefined ? headOrigin : pack.name}/${rule.id}`;
}

interface PackIndex {
  /** Each rule with its names and words as they are compared (labelOf), in the pack's order. */
  rules: { rule: PackRule; names: Set<string> | null; contains: string[] | null }[];
  /** The first rule for any indicator with a target. */
  anyTarget: PackRule | undefined;
}

// Every indicator asks every pack: the labels of a pack's names are worked out once per pack.
const indexes = new WeakMap<RulePack, PackIndex>();

function indexOf(pack: RulePack): PackIndex {
  let index = indexes.get(pack);
  if (!index) {
    index = {
      rules: pack.rules.map((rule) => ({
        rule,
        names: rule.match.names ? new Set(rule.match.names.map(labelOf)) : null,
        contains: rule.match.contains ? rule.match.contains.map(labelOf) : null,
      })),
      anyTarget: pack.rules.find((r) => r.match.hasTarget === true && !r.match.names && !r.match.contains),
    };
    indexes.set(pack, index);
  }
  return index;
}

/** The pack's first rule naming the indicator, by one of its names or a word its name contains. */
function byName(pack: RulePack, name: string): PackRule | undefined {
  for (const { rule, names, contains } of indexOf(pack).rules) {
    if (names?.has(name)) return rule;
    if (contains) for (const word of contains) if (name.includes(word)) return rule;
  }
  return undefined;
}
