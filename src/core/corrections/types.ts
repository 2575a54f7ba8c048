import type { CellRef } from '../model/types';

/**
 * How a correction changes its cell: 'value' writes a number in place of the typed number (the cell keeps
 * its number format), 'text' writes a new text in place of the typed text ("95%" → "96%", a paragraph with
 * one figure replaced). Text is always written as text, never read as a formula.
 */
export type CorrectionKind = 'value' | 'text';

/** Why a finding that could be corrected is not: its cell holds a formula, which is never overwritten. */
export type CorrectionRefusal = 'formula';

/** One unambiguous correction, as the CLI's JSON and the pane see it on its finding. */
export interface Correction {
  sheet: string;
  cell: string;
  kind: CorrectionKind;
  /** The cell's value as read (a number, or the whole text): what undo writes back. */
  from: number | string;
  /** The new value: a number for 'value', the whole new text for 'text'. */
  to: number | string;
  /** What the finding offers, in the user's language: "改为 47.5". */
  display: string;
  /** For a text: the part of `from` replaced (UTF-16 offsets) and its replacement; the rest stays as it was. */
  span?: { start: number; end: number; text: string };
}

/** A correction as a check proposes it, before it is put into words and weighed against the others. */
export interface CorrectionDraft {
  at: CellRef;
  kind: CorrectionKind;
  from: number | string;
  to: number | string;
  /** The new figure as the user will see it ("47.5", "96%"). */
  shown: string;
  span?: { start: number; end: number; text: string };
  /** The cells the new value was worked out from: if another correction changes one of them, this one is dropped. */
  dependsOn: CellRef[];
}

/**
 * What a check adds to its FindingDraft: a correction, or `correction: null` with the reason it is refused,
 * or nothing (no single right value).
 */
export type CorrectionFields =
  { correction: CorrectionDraft } | { correction: null; correctionRefused: CorrectionRefusal } | Record<string, never>;
