import type { Finding } from '../checks/finding';
import { type Lang, t } from '../i18n/catalogue';
import type { CellMark, MarkKind } from './types';

/**
 * One mark per flagged cell: the worst severity decides the fill (error, warning, or a deduction's own
 * colour); every finding on the cell goes into the note. Other notes (rule not verified, a target far
 * exceeded) stay in the 检查结果 sheet only, so the user's sheet shows what needs action.
 */
export function marksFor(findings: Finding[], lang: Lang): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0001${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const marks: CellMark[] = [];
  for (const list of byCell.values()) {
    const kind: MarkKind | null = list.some((f) => f.severity === 'error')
      ? 'error'
      : list.some((f) => f.severity === 'warning')
        ? 'warning'
        : list.some((f) => f.rule === 'deduction')
          ? 'deduction'
          : null;
    if (!kind) continue;
    const shown = list.filter((f) => f.severity !== 'info' || f.rule === 'deduction');
    const note = shown.map((f) => `【${t(lang, `severity.${f.severity}`)}】${f.message}`).join('\n');
    marks.push({ sheet: list[0].sheet, address: list[0].cell, kind, note });
  }
  return marks;
}
