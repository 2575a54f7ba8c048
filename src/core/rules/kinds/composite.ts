import { fig } from '../format';
import type { CompositePart, RuleInput, RuleOutcome } from '../types';
import { type ApplySpec, expect, isNum, isObj, type RuleKindSpec } from './kind-spec';

/** A score made of parts (整体效能 = 40 for the targets + 10 × 支出率): each part scored on its own weight. */
export function composite(parts: CompositePart[], input: RuleInput, apply: ApplySpec): RuleOutcome {
  let computed = 0;
  const terms: string[] = [];
  for (const part of parts) {
    if (part.rule.kind === 'assumed') {
      computed += part.weight;
      terms.push(`${part.label} ${fig(part.weight)}`);
      continue;
    }
    const outcome = apply(part.rule, { ...input, points: part.weight });
    if (outcome.computed === null) return { computed: null, formula: '', missing: outcome.missing };
    computed += outcome.computed;
    terms.push(`${part.label} ${outcome.formula}`);
  }
  return { computed, formula: `${terms.join(' + ')}，合计 ${fig(computed)}` };
}

export const compositeKind: RuleKindSpec<'composite'> = {
  kind: 'composite',
  nameKey: 'rule.composite',
  helpKey: 'rule.help.composite',
  explained: true,
  params: [{ name: 'parts', type: 'parts', labelKey: 'rule.param.parts', required: true }],
  evaluate: (spec, input, apply) => composite(spec.parts, input, apply),
  validate(spec, at, say, validate) {
    expect.list(spec, 'parts', at, say, (part, path) => {
      if (!isObj(part)) return say(path, 'pack.object');
      if (typeof part.label !== 'string') say(`${path}.label`, 'pack.no-label');
      if (!(isNum(part.weight) && part.weight > 0)) say(`${path}.weight`, 'pack.positive');
      if (isObj(part.rule) && part.rule.kind === 'assumed') return;
      validate(part.rule, `${path}.rule`, say);
    });
  },
};
