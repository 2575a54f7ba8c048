import type { Check, CheckContext } from './context';
import type { FindingDraft } from './finding';
import { requiredNumbers } from './required-numbers';

/** A number the checks need that cannot be read: text that is no number, or an Excel error value. */
export const invalidValue: Check<'invalid-value'> = {
  id: 'invalid-value',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const r of requiredNumbers(ctx)) {
      const reading = r.field.reading;
      if (reading.kind !== 'error' && reading.kind !== 'text') continue;
      const text = reading.kind === 'error' ? reading.error : r.field.text;
      out.push({
        rule: 'invalid-value',
        severity: 'error',
        at: r.field.cell,
        indicator: r.owner,
        expected: null,
        actual: text,
        messageKey: reading.kind === 'error' ? 'invalid-value.error' : 'invalid-value',
        params: { indicator: r.owner, field: r.term, text },
      });
    }
    return out;
  },
};
