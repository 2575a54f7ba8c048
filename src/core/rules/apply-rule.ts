import { bands } from './kinds/bands';
import { equal } from './kinds/equal';
import { inverse } from './kinds/inverse';
import { perUnit } from './kinds/per-unit';
import { proportional } from './kinds/proportional';
import { qualitative } from './kinds/qualitative';
import { rate } from './kinds/rate';
import { threshold } from './kinds/threshold';
import { fig } from './format';
import type { RuleInput, RuleOutcome, RuleSpec } from './types';

/** Applies one rule to one indicator's figures. Pure; each kind lives in its own module. */
export function applyRule(spec: RuleSpec, input: RuleInput): RuleOutcome {
  switch (spec.kind) {
    case 'proportional':
      return proportional(input);
    case 'inverse':
      return inverse(input);
    case 'equal':
      return equal(input);
    case 'by-target':
      return byTarget(input);
    case 'rate':
      return rate(input, spec.source, spec.weight);
    case 'threshold':
      return threshold(input, spec.tests);
    case 'bands':
      return bands(input, spec.source, spec.bands);
    case 'per-unit':
      return perUnit(input, spec);
    case 'qualitative':
      return qualitative(input, spec.met, spec.notMet);
    case 'composite':
      return composite(spec.parts, input);
  }
}

/** The kind a target's operator calls for: ≥ proportional, ≤ inverse, = equal-or-nothing, none: qualitative. */
export function byTarget(input: RuleInput): RuleOutcome {
  if (!input.target) return input.actualText.trim() !== '' ? qualitative(input) : { computed: null, formula: '', missing: 'target' };
  switch (input.target.operator) {
    case '<=':
    case '<':
      return inverse(input);
    case '=':
      return equal(input);
    default:
      return proportional(input);
  }
}

/** A score made of parts (整体效能 = 40 for the targets + 10 × 支出率): each part scored on its own weight. */
function composite(parts: Extract<RuleSpec, { kind: 'composite' }>['parts'], input: RuleInput): RuleOutcome {
  let computed = 0;
  const terms: string[] = [];
  for (const part of parts) {
    if (part.rule.kind === 'assumed') {
      computed += part.weight;
      terms.push(`${part.label} ${fig(part.weight)}`);
      continue;
    }
    const outcome = applyRule(part.rule, { ...input, points: part.weight });
    if (outcome.computed === null) return { computed: null, formula: '', missing: outcome.missing };
    computed += outcome.computed;
    terms.push(`${part.label} ${outcome.formula}`);
  }
  return { computed, formula: `${terms.join(' + ')}，合计 ${fig(computed)}` };
}
