import type { Finding, CheckId } from '../checks/finding';
import type { Correction, CorrectionKind } from '../corrections/types';

/**
 * Corrections as a plan of their own, apart from the annotation plan: each cell once, with the value it
 * holds now (`from`, as read) and the value to write (`to`). Undo is the same plan reversed
 * (undoCorrections), so the old value goes back exactly. Adapters write `to` keeping the cell's style and
 * number format, and write a text always as text (a string starting with = + - @ is not a formula).
 */
export interface CellCorrection {
  sheet: string;
  address: string;
  kind: CorrectionKind;
  from: number | string;
  to: number | string;
  /** The rules whose findings it answers. */
  rules: CheckId[];
  /** What changes, figure by figure, as the user reads it: "46.5" → "47.5" (one per figure replaced in a text). */
  changes: { from: string; to: string }[];
}

export interface CorrectionPlan {
  corrections: CellCorrection[];
}

/**
 * The plan for these findings' corrections (all of a check's, for `scoresheet fix`, or the one a user
 * clicked). Several figures replaced in one paragraph are one write of that paragraph; corrections that
 * disagree about a cell are left out (the check has already dropped those it found).
 */
export function buildCorrectionPlan(findings: readonly Finding[]): CorrectionPlan {
  const byCell = new Map<string, { finding: Finding; correction: Correction }[]>();
  for (const finding of findings) {
    const c = finding.correction;
    if (!c) continue;
    const key = `${c.sheet}!${c.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), { finding, correction: c }]);
  }
  const corrections: CellCorrection[] = [];
  for (const group of byCell.values()) {
    const merged = mergeCell(group.map((g) => g.correction));
    if (merged) corrections.push({ ...merged, rules: [...new Set(group.map((g) => g.finding.rule))] });
  }
  return { corrections };
}

/** The plan that puts every corrected cell back as it was read. */
export function undoCorrections(plan: CorrectionPlan): CorrectionPlan {
  return {
    corrections: plan.corrections.map((c) => ({
      ...c,
      from: c.to,
      to: c.from,
      changes: c.changes.map((x) => ({ from: x.to, to: x.from })),
    })),
  };
}

/** One cell's corrections as one write: the same value once, or a text's replaced figures all applied to its old text. */
function mergeCell(list: Correction[]): Omit<CellCorrection, 'rules'> | null {
  const first = list[0];
  const base = { sheet: first.sheet, address: first.cell, kind: first.kind, from: first.from };
  if (list.some((c) => c.kind !== first.kind || c.from !== first.from)) return null;
  if (first.kind === 'value' || list.some((c) => !c.span)) {
    if (list.some((c) => c.to !== first.to)) return null;
    return { ...base, to: first.to, changes: [changeOf(first)] };
  }
  const spans = [
    ...new Map(
      list.map((c) => [`${c.span?.start}:${c.span?.end}:${c.span?.text}`, c.span as NonNullable<Correction['span']>]),
    ).values(),
  ].sort((a, b) => a.start - b.start);
  if (spans.some((s, i) => i > 0 && s.start < spans[i - 1].end)) return null;
  const text = String(first.from);
  let to = '';
  let at = 0;
  for (const s of spans) {
    to += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  to += text.slice(at);
  return { ...base, to, changes: spans.map((s) => ({ from: text.slice(s.start, s.end), to: s.text })) };
}

function changeOf(c: Correction): { from: string; to: string } {
  if (c.span) return { from: String(c.from).slice(c.span.start, c.span.end), to: c.span.text };
  return { from: String(c.from), to: String(c.to) };
}
