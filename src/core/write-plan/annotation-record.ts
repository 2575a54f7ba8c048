import styles from '../data/annotation-styles.json';
import type { CheckId } from '../checks/finding';
import type { CorrectionKind } from '../corrections/types';
import { type Lang, t } from '../i18n/catalogue';

/**
 * The annotation record: what a run of 标注 added, kept in a very hidden sheet of the workbook itself so
 * that 清除标注 (in Excel) or `scoresheet clean` (ExcelJS) — on this machine or another — takes all of it
 * out again, whichever of the two wrote it. One definition for both adapters and the fast reader:
 *   - the sheet `STATE_SHEET`, last in the workbook, very hidden;
 *   - A1 holds `STATE_HEADER`; from row 2, column A holds one JSON record a row (a cell holds 32,767
 *     characters at most, so the records are not one JSON array);
 *   - { type: 'sheet', name }                                   a sheet the run generated
 *     { type: 'mark', sheet, address, fill?, note?, office? }   a marked cell and what it had before
 *     { type: 'correction', sheet, address, kind, from, to, rules, changes }
 *                                                                a cell the pane corrected: its value before
 *                                                                (`from`) and the value written (`to`)
 * `fill` is the cell's fill before, in OOXML (ExcelJS) form; absent or null: none. `note` is its note
 * before (a string, or an ExcelJS comment { texts: [{ text }] }); absent or null: none. `office` holds
 * what the ExcelJS form cannot say (the member is named for the Office.js adapter, which wrote it first;
 * the name stays so that workbooks annotated earlier are still cleaned).
 *
 * A correction record is written in the same batch as the correction, so that 撤销修正 and 清除标注 (in
 * Excel, in the browser, or `scoresheet clean`) put `from` back, after a reload too — but only where the
 * cell still holds `to`: a value the user typed since is never overwritten. A new run of 标注 carries
 * the correction records over. Records of older versions (no corrections) read as before.
 *
 * Reading is tolerant: a row that is not a record (the sheet edited by hand) is skipped and its row
 * named, so the rest can still be cleaned and the user told which cells were not restored.
 */

export const STATE_SHEET = styles.sheetNames.state;
export const STATE_HEADER = 'scoresheet annotations: the original fill and note of each marked cell. Do not edit.';

export interface XlsxColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/**
 * An OOXML fill as ExcelJS reads and writes it, as far as the adapters look into it. A gradient's other
 * members (degree, stops…) are carried along in the JSON untouched.
 */
export interface XlsxFill {
  type: 'pattern' | 'gradient';
  pattern?: string;
  fgColor?: XlsxColor;
  bgColor?: XlsxColor;
}

/** A fill as Office.js reads and writes it (ExcelApi 1.9): colours "#RRGGBB"; pattern "None" means no fill. */
export interface OfficeFill {
  color: string | null;
  pattern: string;
  patternColor?: string | null;
}

export interface MarkDetails {
  /** The fill from before exactly as Office.js read it, when the OOXML form loses something (gradients). */
  fill?: OfficeFill | null;
  /** A hash of the note the run added (noteHash): removal takes it out only while its text is still that. */
  noteHash?: string;
  /** The cell had a note of the user's: it was left as it was, the run's note was not added. */
  noteKept?: boolean;
  /** Notes could not be read (Excel without ExcelApi 1.18): `note` is unknown, and the run added none. */
  noteUnknown?: boolean;
}

export interface SheetRecord {
  type: 'sheet';
  name: string;
}

export interface MarkRecord {
  type: 'mark';
  sheet: string;
  address: string;
  fill?: XlsxFill | null;
  note?: unknown;
  office?: MarkDetails;
}

/** A cell corrected from the pane: the value it held (`from`) and the one written (`to`), as the correction plan has them. */
export interface CorrectionRecord {
  type: 'correction';
  sheet: string;
  address: string;
  kind: CorrectionKind;
  from: number | string;
  to: number | string;
  rules: CheckId[];
  changes: { from: string; to: string }[];
}

export type AnnotationRecord = SheetRecord | MarkRecord | CorrectionRecord;

export function isMark(r: AnnotationRecord): r is MarkRecord {
  return r.type === 'mark';
}

export function isCorrection(r: AnnotationRecord): r is CorrectionRecord {
  return r.type === 'correction';
}

/** The records of a state sheet, and the rows (1-based) that are not records. */
export interface ParsedState {
  records: AnnotationRecord[];
  unreadable: number[];
  /** The row (1-based) of each record, in the order of `records`. */
  rows?: number[];
}

/**
 * Records from the state sheet's column A, given as [row (1-based), value] in any order. Row 1 (the
 * header) and empty cells are passed over; any other value that is not a record is skipped and its row
 * listed in `unreadable`.
 */
export function parseStateRows(cells: Iterable<readonly [number, unknown]>): ParsedState {
  const sorted = [...cells]
    .filter(([row, value]) => row > 1 && value !== null && value !== undefined && value !== '')
    .sort((a, b) => a[0] - b[0]);
  const records: AnnotationRecord[] = [];
  const unreadable: number[] = [];
  const rows: number[] = [];
  for (const [row, value] of sorted) {
    const record = typeof value === 'string' ? parseRecord(value) : null;
    if (record) {
      records.push(record);
      rows.push(row);
    } else unreadable.push(row);
  }
  return { records, unreadable, rows };
}

/** Records from column A's values read from A1 down (values[i][0] is row i + 1). */
export function parseStateColumn(values: readonly (readonly unknown[] | undefined)[] | null | undefined): ParsedState {
  return parseStateRows((values ?? []).map((row, i): [number, unknown] => [i + 1, row?.[0]]));
}

function parseRecord(text: string): AnnotationRecord | null {
  if (!text.trimStart().startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    if (err instanceof SyntaxError) return null;
    throw err;
  }
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.type === 'sheet') return typeof r.name === 'string' ? (value as SheetRecord) : null;
  if (r.type === 'mark') {
    const detailsOk = r.office === undefined || (typeof r.office === 'object' && r.office !== null);
    const fillOk = r.fill === undefined || r.fill === null || typeof r.fill === 'object';
    return typeof r.sheet === 'string' && typeof r.address === 'string' && detailsOk && fillOk
      ? (value as MarkRecord)
      : null;
  }
  if (r.type === 'correction') return isCorrectionRecord(r) ? (value as CorrectionRecord) : null;
  return null;
}

function isCorrectionRecord(r: Record<string, unknown>): boolean {
  const valueOk = (v: unknown) => typeof v === 'number' || typeof v === 'string';
  return (
    typeof r.sheet === 'string' &&
    typeof r.address === 'string' &&
    (r.kind === 'value' || r.kind === 'text') &&
    valueOk(r.from) &&
    valueOk(r.to) &&
    (r.rules === undefined || Array.isArray(r.rules)) &&
    (r.changes === undefined || Array.isArray(r.changes))
  );
}

/** The record of one corrected cell (from a correction plan's entry). */
export function correctionRecord(c: Omit<CorrectionRecord, 'type'>): CorrectionRecord {
  return {
    type: 'correction',
    sheet: c.sheet,
    address: c.address,
    kind: c.kind,
    from: c.from,
    to: c.to,
    rules: c.rules,
    changes: c.changes,
  };
}

/**
 * The recorded corrections, one per cell, in the order first recorded: two corrections of one cell one
 * after the other (two figures of one paragraph corrected in turn) are one, from the first `from` to the
 * last `to`; a later record whose `from` is not the earlier `to` (the cell was changed in between) starts
 * afresh from its own `from`.
 */
export function recordedCorrections(records: readonly AnnotationRecord[]): CorrectionRecord[] {
  const byCell = new Map<string, CorrectionRecord>();
  for (const r of records) {
    if (!isCorrection(r)) continue;
    const k = `${r.sheet}\u0001${r.address.replace(/\$/g, '').toUpperCase()}`;
    const before = byCell.get(k);
    if (before && before.to === r.from) {
      byCell.set(k, {
        ...before,
        to: r.to,
        rules: [...new Set([...(before.rules ?? []), ...(r.rules ?? [])])],
        changes: [...(before.changes ?? []), ...(r.changes ?? [])],
      });
    } else {
      if (before) byCell.delete(k);
      byCell.set(k, { ...r, rules: r.rules ?? [], changes: r.changes ?? [] });
    }
  }
  return [...byCell.values()];
}

/**
 * What 撤销修正 or 清除标注 does with a corrected cell, given what it holds now: 'restore' (it still
 * holds the corrected value: `from` goes back) or 'leave' (the user changed it since, or it holds a
 * formula now: never overwritten).
 */
export function correctionOnRemoval(r: CorrectionRecord, current: unknown, isFormula: boolean): 'leave' | 'restore' {
  return !isFormula && current === r.to ? 'restore' : 'leave';
}

/** The state sheet's column A: the header, then one record a row. */
export function stateColumn(records: readonly AnnotationRecord[]): string[] {
  return [STATE_HEADER, ...records.map((r) => JSON.stringify(r))];
}

/** The sheets the records say a run generated (left out of what is checked, deleted by removal). */
export function generatedSheets(records: readonly AnnotationRecord[]): string[] {
  return records.flatMap((r) => (r.type === 'sheet' ? [r.name] : []));
}

/** The warning for rows of the state sheet that are not records, in the user's language; null when there are none. */
export function unreadableRowsMessage(lang: Lang, rows: readonly number[]): string | null {
  return rows.length ? t(lang, 'state.rows-unreadable', { rows: rows.join(', ') }) : null;
}

/**
 * A free sheet name for a generated sheet: the wanted one, or with "（生成）" (then "（生成2）"…) where a
 * sheet of the user's holds it. Names are compared as Excel does, case-insensitively: a workbook cannot
 * hold both "Report" and "REPORT".
 */
export function freeName(taken: Iterable<string>, wanted: string): string {
  const upper = new Set([...taken].map((n) => n.toLocaleUpperCase('en-US')));
  const free = (name: string): boolean => !upper.has(name.toLocaleUpperCase('en-US'));
  if (free(wanted)) return wanted;
  for (let i = 1; ; i++) {
    const name = `${wanted}${styles.generatedSuffix.replace('）', i === 1 ? '）' : `${i}）`)}`.slice(0, 31);
    if (free(name)) return name;
  }
}

/** The text of a recorded note: a string, or an ExcelJS comment ({ texts: [{ text }] }); null: none. */
export function noteText(note: unknown): string | null {
  if (note === null || note === undefined) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: unknown }).texts;
  if (Array.isArray(texts))
    return texts
      .map((part) => (typeof part === 'string' ? part : String((part as { text?: unknown })?.text ?? '')))
      .join('');
  return String(note);
}

/**
 * A short hash of a note's text (cyrb53, 14 hex digits), recorded instead of the text itself: ten thousand
 * notes of a hundred characters would make the state sheet megabytes long. Line ends are normalised, as
 * a host may give back "\r\n" for "\n".
 */
export function noteHash(text: string): string {
  const s = text.replace(/\r\n?/g, '\n');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Whether removal may touch the cell's note at all: not when the user's note was kept, nor when notes were unknown. */
export function notesMatter(r: MarkRecord): boolean {
  return !r.office?.noteKept && !r.office?.noteUnknown;
}

/**
 * What removal does with a marked cell's note, given the note's text now (null: none), the same for
 * both adapters:
 *   'leave'   the note is the user's: kept, or unknown, or the run's note edited since (its hash differs);
 *   'restore' the cell gets `record.note` back (none when that is null): the run's note is still there
 *             unedited, or the record (an older CLI one) has no hash and its note replaced the one before.
 */
export function noteOnRemoval(r: MarkRecord, current: string | null): 'leave' | 'restore' {
  if (!notesMatter(r)) return 'leave';
  if (r.office?.noteHash) return current !== null && noteHash(current) === r.office.noteHash ? 'restore' : 'leave';
  return 'restore';
}
