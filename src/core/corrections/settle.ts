import type { FindingDraft } from '../checks/finding';
import type { CellRef } from '../model/types';
import type { CorrectionDraft } from './types';

const keyOf = (ref: CellRef): string => `${ref.sheet}!${ref.address}`;

/**
 * Only unambiguous corrections stay: two that would write different things into one cell are both dropped
 * (two paragraph edits of different figures in one cell are not a conflict), and so is one worked out from
 * a cell another correction changes (a 执行率 from an 执行数 that is itself wrong).
 */
export function settleCorrections(drafts: FindingDraft[]): void {
  const byCell = new Map<string, FindingDraft[]>();
  for (const d of drafts) {
    if (!d.correction) continue;
    const key = keyOf(d.correction.at);
    byCell.set(key, [...(byCell.get(key) ?? []), d]);
  }
  for (const group of byCell.values()) {
    const clash = group.some((a, i) =>
      group.slice(i + 1).some((b) => conflict(a.correction as CorrectionDraft, b.correction as CorrectionDraft)),
    );
    if (clash) for (const d of group) delete d.correction;
  }
  const changed = new Set(drafts.flatMap((d) => (d.correction ? [keyOf(d.correction.at)] : [])));
  for (const d of drafts) {
    const c = d.correction;
    if (c && c.dependsOn.some((ref) => keyOf(ref) !== keyOf(c.at) && changed.has(keyOf(ref)))) delete d.correction;
  }
}

function conflict(a: CorrectionDraft, b: CorrectionDraft): boolean {
  if (a.kind !== b.kind || a.from !== b.from) return true;
  if (a.kind === 'value' || !a.span || !b.span) return a.to !== b.to;
  const same = a.span.start === b.span.start && a.span.end === b.span.end;
  if (same) return a.span.text !== b.span.text;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
