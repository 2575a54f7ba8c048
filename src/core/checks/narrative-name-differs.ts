import type { Check, CheckContext } from './context';
import type { FindingDraft } from './finding';
import { readExplanationText } from './narrative';
import { excerpt, markerOf, type TextLine } from './text-lines';
import { matchName, type NameMatch } from './text-names';

/** A heading longer than this is a numbered paragraph, not a heading naming a level. */
const HEADING_SUBJECT = 30;

/**
 * A heading that names a level by a known equivalent of the table's name ("（二）管理效率分析" where the table
 * says 管理效能): not wrong, but the two documents should use one name.
 */
export const narrativeNameDiffers: Check<'narrative-name-differs'> = {
  id: 'narrative-name-differs',
  run(ctx: CheckContext): FindingDraft[] {
    const { blocks, statements, levels } = readExplanationText(ctx);
    const meta = ctx.model.meta;
    const found: { line: TextLine; match: NameMatch }[] = [];
    const add = (line: TextLine, match: NameMatch | null) => {
      if (!match?.viaSynonym) return;
      if (
        found.some(
          (f) =>
            f.line.cell.sheet === line.cell.sheet &&
            f.line.cell.address === line.cell.address &&
            f.match.written === match.written,
        )
      )
        return;
      found.push({ line, match });
    };
    for (const { lines } of blocks) {
      for (const line of lines) {
        const marker = markerOf(line.text);
        if (!marker) continue;
        const subject = line.text.slice(marker.text.length).split(/[(,:;。]/)[0];
        if (subject.length <= HEADING_SUBJECT)
          add(line, matchName(subject, levels, { year: meta.year?.value, unit: meta.unit?.text }));
      }
    }
    for (const s of statements) if (s.kind === 'level') add(s.line, s.match);
    return found.map(({ line, match }) => ({
      rule: 'narrative-name-differs',
      severity: 'info',
      at: line.cell,
      indicator: match.level.name,
      expected: match.level.name,
      actual: match.written,
      messageKey: 'narrative-name-differs',
      params: { heading: excerpt(line.original), actual: match.written, expected: match.level.name },
    }));
  },
};
