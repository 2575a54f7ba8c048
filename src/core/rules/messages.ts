import type { MessageKey } from '../i18n/catalogue';
import type { RuleOutcome } from './types';

/** Why a rule gave no score, in the catalogue: one key per `RuleOutcome.missing`, and one for no rule at all. */
export const WHY_NOT_SCORED: Record<NonNullable<RuleOutcome['missing']> | 'no-rule', MessageKey> = {
  'no-rule': 'rule.why.no-rule',
  target: 'rule.why.target',
  actual: 'rule.why.actual',
  funding: 'rule.why.funding',
  judgement: 'rule.why.judgement',
};

/** Where a rule came from when not from a pack (a pack's rule is named by its own "pack/id"). */
export const RULE_ORIGINS: Record<'sheet' | 'form', MessageKey> = {
  sheet: 'rule.origin.sheet',
  form: 'rule.origin.form',
};

/** The catalogue key for a resolved rule's origin, or the pack rule's own name. */
export function originWords(origin: string): string {
  return origin === 'sheet' || origin === 'form' ? RULE_ORIGINS[origin] : origin;
}
