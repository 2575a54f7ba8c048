import type { Check, CheckContext } from './context';
import type { FindingDraft } from './finding';
import { slips } from './narrative-duplicate-number';
import { excerpt, writtenMarker } from './text-lines';

/** A sibling heading's number left out: "1." then "3." under one parent. */
export const narrativeSkippedNumber: Check<'narrative-skipped-number'> = {
  id: 'narrative-skipped-number',
  run(ctx: CheckContext): FindingDraft[] {
    return slips(ctx, 'skipped').map((slip) => {
      const missing = [];
      for (let n = slip.expected; n < slip.at.marker.n; n++)
        missing.push(writtenMarker(slip.at.line, slip.at.marker, n));
      return {
        rule: 'narrative-skipped-number',
        severity: 'info',
        at: slip.at.line.cell,
        indicator: excerpt(slip.at.line.original),
        expected: writtenMarker(slip.at.line, slip.at.marker, slip.expected),
        actual: writtenMarker(slip.at.line, slip.at.marker),
        messageKey: 'narrative-skipped-number',
        params: {
          heading: excerpt(slip.at.line.original),
          previous: excerpt(slip.previous.line.original),
          actual: writtenMarker(slip.at.line, slip.at.marker),
          missing: missing.join(' '),
        },
      };
    });
  },
};
