import { type Check, type CheckContext, countExamined } from './context';
import type { FindingDraft } from './finding';
import { readExplanationText } from './narrative';
import { excerpt, writtenMarker } from './text-lines';
import { numberingSlips, type NumberingSlip } from './text-outline';

/** Two sibling headings with the same number under one parent: "3." twice under "（一）", "（二）" twice. */
export const narrativeDuplicateNumber: Check<'narrative-duplicate-number'> = {
  id: 'narrative-duplicate-number',
  run(ctx: CheckContext): FindingDraft[] {
    return slips(ctx, 'duplicate').map((slip) => ({
      rule: 'narrative-duplicate-number',
      severity: 'info',
      at: slip.at.line.cell,
      indicator: excerpt(slip.at.line.original),
      expected: writtenMarker(slip.at.line, slip.at.marker, slip.expected),
      actual: writtenMarker(slip.at.line, slip.at.marker),
      messageKey: 'narrative-duplicate-number',
      params: {
        heading: excerpt(slip.at.line.original),
        previous: excerpt(slip.previous.line.original),
        actual: writtenMarker(slip.at.line, slip.at.marker),
        expected: writtenMarker(slip.at.line, slip.at.marker, slip.expected),
      },
    }));
  },
};

/** The numbering slips of every explanation in the workbook, of one kind. */
export function slips(ctx: CheckContext, kind: NumberingSlip['kind']): NumberingSlip[] {
  const { blocks } = readExplanationText(ctx);
  return blocks.flatMap((b) => {
    const found = numberingSlips(b.lines).filter((s) => s.kind === kind);
    if (b.lines.length > 0)
      countExamined(ctx, kind === 'duplicate' ? 'narrative-duplicate-number' : 'narrative-skipped-number');
    return found;
  });
}
