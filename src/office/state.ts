/**
 * The annotation state, as the ExcelJS twin (src/xlsx/annotation-state.ts) keeps it: a very hidden sheet,
 * a header in A1, then one JSON record a row in column A. The records are the twin's, so that a workbook
 * annotated by the CLI can be cleaned in Excel and the other way round:
 *   { type: 'sheet', name }                                  a generated sheet
 *   { type: 'mark', sheet, address, fill, note }             a marked cell, with its fill and note from before
 * `fill` is an ExcelJS fill (null: none), `note` the note text from before (null: none).
 * Office.js adds an `office` member the twin ignores: what only Office.js can tell (see OfficeMarkInfo).
 */

export const STATE_HEADER = 'scoresheet annotations: the original fill and note of each marked cell. Do not edit.';

export interface XlsxColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** The JSON of an ExcelJS fill, as far as this adapter reads and writes it. */
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

export interface OfficeMarkInfo {
  /** The fill from before exactly as Office.js read it, when the ExcelJS form above loses something (gradients). */
  fill?: OfficeFill | null;
  /** We added a note: a hash of its text, so that removal deletes it only while it still is ours. */
  noteHash?: string;
  /** The cell had a note of the user's: it was left as it was, ours was not added. */
  noteKept?: boolean;
  /** Notes could not be read (no ExcelApi 1.18): `note` is null because it is unknown, not because there was none. */
  noteUnknown?: boolean;
}

export type StateRecord =
  | { type: 'sheet'; name: string }
  | { type: 'mark'; sheet: string; address: string; fill: XlsxFill | null; note: unknown; office?: OfficeMarkInfo };

export type MarkRecord = Extract<StateRecord, { type: 'mark' }>;

/**
 * Records from the state sheet's values (column A, from row 2); anything else in the sheet is ignored. A row
 * that is not a record (edited by hand) is skipped rather than refusing to clean up the rest, and named in
 * `unreadable` (1-based rows) for the caller to report.
 */
export function parseState(values: unknown[][] | null | undefined, unreadable: number[] = []): StateRecord[] {
  const records: StateRecord[] = [];
  (values ?? []).forEach((row, i) => {
    const text = row?.[0];
    if (i === 0 || typeof text !== 'string' || !text.startsWith('{')) return;
    const record = parseRecord(text);
    if (record) records.push(record);
    else unreadable.push(i + 1);
  });
  return records;
}

function parseRecord(text: string): StateRecord | null {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (err) {
    if (err instanceof SyntaxError) return null;
    throw err;
  }
  const type = (record as { type?: unknown } | null)?.type;
  return type === 'sheet' || type === 'mark' ? (record as StateRecord) : null;
}

/** The message for state rows that could not be read, or null when there are none. */
export function unreadableStateMessage(rows: number[]): string | null {
  return rows.length ? `State rows ${rows.join(', ')} of the hidden state sheet are not records (edited by hand?): their cells were not restored.` : null;
}

/** The state sheet's column A: the header, then one record a row. */
export function stateRows(records: StateRecord[]): string[][] {
  return [[STATE_HEADER], ...records.map((r) => [JSON.stringify(r)])];
}

// Office.js fill patterns and their OOXML (ExcelJS) names.
const PATTERNS: Record<string, string> = {
  Solid: 'solid',
  Gray50: 'mediumGray',
  Gray75: 'darkGray',
  Gray25: 'lightGray',
  Gray16: 'gray125',
  Gray8: 'gray0625',
  Horizontal: 'darkHorizontal',
  Vertical: 'darkVertical',
  Down: 'darkDown',
  Up: 'darkUp',
  Checker: 'darkGrid',
  SemiGray75: 'darkTrellis',
  LightHorizontal: 'lightHorizontal',
  LightVertical: 'lightVertical',
  LightDown: 'lightDown',
  LightUp: 'lightUp',
  Grid: 'lightGrid',
  CrissCross: 'lightTrellis',
};
const PATTERNS_BACK: Record<string, string> = Object.fromEntries(Object.entries(PATTERNS).map(([k, v]) => [v, k]));

const argbOf = (hex: string | null | undefined): XlsxColor | undefined =>
  hex && /^#[0-9a-f]{6}$/i.test(hex) ? { argb: `FF${hex.slice(1).toUpperCase()}` } : undefined;
const hexOf = (color: XlsxColor | undefined): string | null =>
  color?.argb && /^[0-9a-f]{8}$/i.test(color.argb) ? `#${color.argb.slice(2).toUpperCase()}` : null;

/** An Office.js fill in ExcelJS form (null: no fill), and whether that form says all there is to say. */
export function toXlsxFill(fill: OfficeFill | null): { fill: XlsxFill | null; exact: boolean } {
  if (!fill || fill.pattern === 'None') return { fill: null, exact: true };
  if (fill.pattern === 'Solid') return { fill: { type: 'pattern', pattern: 'solid', fgColor: argbOf(fill.color) }, exact: true };
  const name = PATTERNS[fill.pattern];
  if (!name) return { fill: null, exact: false }; // gradients: ExcelJS's gradient form needs stops Office.js does not give
  return { fill: { type: 'pattern', pattern: name, fgColor: argbOf(fill.patternColor), bgColor: argbOf(fill.color) }, exact: true };
}

/**
 * The Office.js fill to restore for a record. `exact` is false where the record cannot be restored as it was
 * (theme or indexed colours from a CLI run, gradients): the adapter then restores what it can and says so.
 */
export function officeFillOf(record: MarkRecord): { fill: OfficeFill | null; exact: boolean } {
  if (record.office && record.office.fill !== undefined) {
    const f = record.office.fill;
    return { fill: f, exact: !f || PATTERNS[f.pattern] !== undefined || f.pattern === 'None' };
  }
  const x = record.fill;
  if (!x || (x.type === 'pattern' && (!x.pattern || x.pattern === 'none'))) return { fill: null, exact: true };
  if (x.type !== 'pattern') return { fill: null, exact: false };
  if (x.pattern === 'solid') {
    const color = hexOf(x.fgColor);
    return color ? { fill: { color, pattern: 'Solid' }, exact: true } : { fill: null, exact: false };
  }
  const pattern = PATTERNS_BACK[x.pattern as string];
  const color = hexOf(x.bgColor);
  const patternColor = hexOf(x.fgColor);
  if (!pattern) return { fill: null, exact: false };
  return { fill: { color: color ?? '#FFFFFF', pattern, patternColor }, exact: Boolean(color && patternColor) };
}

/** A stable key for grouping cells that get the same fill back. */
export function fillKey(fill: OfficeFill | null): string {
  return fill ? `${fill.pattern}|${fill.color ?? ''}|${fill.patternColor ?? ''}` : 'none';
}

/** The text of a note as the twin records it: a string, or an ExcelJS comment ({ texts: [{ text }] }). */
export function noteText(note: unknown): string | null {
  if (note === null || note === undefined) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: unknown }).texts;
  if (Array.isArray(texts)) return texts.map((t) => (typeof t === 'string' ? t : String((t as { text?: unknown })?.text ?? ''))).join('');
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
