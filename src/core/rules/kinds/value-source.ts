import type { RuleInput, ValueSource } from '../types';

/** The value a rate, band or per-unit rule reads: the indicator's actual, or a funding figure. */
export function sourceValue(input: RuleInput, source: ValueSource | undefined): number | null {
  if (source === undefined || source === 'actual') return input.actual;
  return input.funding[source] ?? null;
}
