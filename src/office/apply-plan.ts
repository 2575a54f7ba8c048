import annotationStyles from '../core/data/annotation-styles.json';
import type { CellMark, CellStyle, MarkKind, OutSheet, WritePlan } from '../core/write-plan/types';
import { chunkAddresses, localAddress, quoteSheet, rectAddress } from './addresses';
import { isApiSupported } from './capabilities';
import { ApplyPlanError } from './errors';
import type { ExcelContext, XlNote, XlRangeFormat, XlWorksheet, XlWorksheetCollection } from './excel-types';
import type { AnnotationState } from './read-workbook';
import { fillKey, type MarkRecord, noteHash, noteText, type OfficeFill, officeFillOf, parseState, type StateRecord, stateRows, toXlsxFill, unreadableStateMessage } from './state';
import { BORDER_COLOR, hexColor, OFFICE_STYLES, type OfficeStyle, widthInPoints } from './styles';

/**
 * Writes a plan into the open workbook and takes it out again: the Office.js twin of src/xlsx/apply-plan.ts.
 *
 * Round trips: two syncs for the whole write, for 10 marks or 10,000.
 *   1. Loads only: the sheets (names, visibility, protection), the workbook's protection and table names,
 *      the fill (ExcelApi 1.9 `getRanges` areas, ≤ 500 areas / 8,000 characters a call) and the note
 *      (ExcelApi 1.18, when `notes`) of every cell to mark, and the state an earlier run left. That state
 *      is found without a round trip of its own: both adapters leave the very hidden state sheet last, so
 *      column A of `worksheets.getLast()`'s used range is read in the same request and kept only if that
 *      sheet is the state sheet.
 *   2. With everything known and checked, the writes: the earlier run taken out, the new record (first,
 *      so that whatever gets written is recorded), the cells filled and noted, the sheets added.
 * Everything is checked between the two: a protected sheet (or a protected workbook structure), or a
 * sheet of the plan that is missing, throws ApplyPlanError before anything has been written.
 *
 * More syncs happen only in these cases, each noted where it happens:
 *   - the writes exceed one request: Excel on the web refuses requests over 5 MB, so they are sent in
 *     requests of at most `requestBudget` estimated bytes (4.5 MB). Measured on the fake: 10,000 marks
 *     with notes take 4.1 MB and go in one; 10,000 marks with notes and a 10,000-row 检查结果 go in two;
 *   - the state sheet is not the last sheet (moved, or sheets added behind it): one sync to read it;
 *   - notes are on and an earlier run left notes at cells the first sync did not look at: one sync (pass
 *     the `annotations` readWorkbook returned as `previous` and the first sync looks at them too);
 *   - a sheet of the plan is missing: one sync to say which.
 *
 * Notes. Office.js can add, read, change and delete a note at a cell (ExcelApi 1.18) but has no "delete
 * if there" that cannot fail: `notes.getItem(address).delete()` aborts the whole batch if the note is gone.
 * So every note is looked at (`getItemOrNullObject`) in the first sync and only existing ones are
 * changed in the second. A cell that already has a note of the user's keeps it untouched: ours is not
 * added (the 检查结果 sheet has the reason), and removal leaves it alone. A note we add is recorded by a
 * hash of its text; removal deletes it only if its text is still ours (a note the user has since edited
 * is theirs). Without notes support no note is added, read or removed: the record then says the note
 * was unknown (`office.noteUnknown`).
 *
 * Fills. The fill each marked cell had (colour, pattern and pattern colour, ExcelApi 1.9) is recorded in
 * the twin's ExcelJS form, so `scoresheet clean` restores it too; removal puts it back with `fill.clear()`
 * or the same colour and pattern (theme colours come back as the colour they showed).
 */
export interface ApplyOptions {
  /** Add a note with the reasons to each marked cell (ExcelApi 1.18). */
  notes: boolean;
  /** What readWorkbook found of an earlier run: lets the first sync look at its notes too. */
  previous?: AnnotationState;
  /** Estimated bytes of writes per request. Default 4.5 MB (Excel on the web refuses 5 MB). */
  requestBudget?: number;
}

export interface RemoveOptions {
  /** Notes support (ExcelApi 1.18); default: whether the host has it. */
  notes?: boolean;
  previous?: AnnotationState;
  requestBudget?: number;
}

export type ApplyWarningCode = 'fill-approximated' | 'notes-left' | 'state-sheet-moved' | 'state-rows-unreadable';

export interface ApplyWarning {
  code: ApplyWarningCode;
  message: string;
}

export interface ApplyResult {
  syncs: number;
  warnings: ApplyWarning[];
  /** The names the plan's sheets got (a user's sheet may hold the wanted one). */
  sheets: string[];
}

export interface RemoveResult {
  /** False when there was nothing to remove. */
  removed: boolean;
  syncs: number;
  warnings: ApplyWarning[];
}

const STATE = annotationStyles.sheetNames.state;
/**
 * Rows of column A read from the last sheet in the first sync: the state has one row per marked cell.
 * A bound, because when the last sheet is the user's these cells are read for nothing; a longer state
 * is read with one more sync.
 */
const STATE_ROWS = 20_001;
const TABLE_STYLE = 'TableStyleLight1';
const REQUEST_BUDGET = 4_500_000;
/** A values block is cut into row chunks of at most this many bytes (values and formats). */
const BLOCK_BYTES = 1_000_000;

interface SheetEntry {
  ws: XlWorksheet;
  visibility: string;
  protected: boolean;
}

interface NoteSeen {
  /** The note's proxy, usable in the next batch when `content` is not null. */
  note: XlNote;
  content: string | null;
}

interface Probe {
  sheets: Map<string, SheetEntry>;
  /** In workbook order. */
  sheetOrder: string[];
  workbookProtected: boolean;
  /** Every table of the workbook, and its sheet. */
  tables: { name: string; sheet: string }[];
  /** Records of the state sheet, when it was the last sheet; null when it is elsewhere or absent. */
  /** Column A of the state sheet, when it was the last sheet; null when it is elsewhere or absent. */
  lastStateValues: unknown[][] | null;
  fills: Map<string, OfficeFill | null>;
  notes: Map<string, NoteSeen>;
}

interface ProbeRequest {
  /** Cells whose fill to read, by sheet: they must exist (the plan's marks). */
  fills: Map<string, string[]>;
  /** Cells whose note to read, by sheet. */
  notes: Map<string, string[]>;
}

type Stats = { syncs: number };

const key = (sheet: string, address: string): string => `${sheet}\u0001${address.replace(/\$/g, '').toUpperCase()}`;

export async function applyPlan(context: ExcelContext, plan: WritePlan, options: ApplyOptions): Promise<ApplyResult> {
  const stats: Stats = { syncs: 0 };
  const warnings: ApplyWarning[] = [];
  const marks = dedupe(plan.marks);
  const hint = hintedMarks(options.previous);

  const request: ProbeRequest = { fills: bySheet(marks.map((m) => [m.sheet, m.address])), notes: new Map() };
  if (options.notes) {
    request.notes = bySheet([...marks.map((m): [string, string] => [m.sheet, m.address]), ...hint.map((r): [string, string] => [r.sheet, r.address])]);
  }
  const probe = await probeWithRecovery(context, request, new Set(marks.map((m) => m.sheet)), stats);

  if (probe.workbookProtected) throw new ApplyPlanError('protected-workbook', '');
  for (const sheet of new Set(marks.map((m) => m.sheet))) {
    const entry = probe.sheets.get(sheet);
    if (!entry) throw new ApplyPlanError('missing-sheet', sheet);
    if (entry.protected) throw new ApplyPlanError('protected-sheet', sheet);
  }
  const previous = await stateOf(context, probe, stats, warnings);
  checkPrevious(previous, probe);
  if (options.notes) await lookAtNotes(context, probe, previous.filter(isMark), stats);

  // Everything is known and checked: the writes, in one request unless they exceed the payload budget.
  const jobs: Job[] = [];
  const marked = new Set(marks.map((m) => key(m.sheet, m.address)));
  const prevByCell = new Map(previous.filter(isMark).map((r) => [key(r.sheet, r.address), r]));
  const taken = new Set(probe.sheetOrder);
  queueRemoval(jobs, probe, previous, marked, options.notes, warnings, taken);
  // Table names are the workbook's: those on the sheets just deleted are free again.
  const kept = new Set(taken);
  const tableNames = new Set(probe.tables.filter((t) => kept.has(t.sheet)).map((t) => t.name));

  const records: StateRecord[] = [];
  const noteJobs: Job[] = [];
  for (const mark of marks) {
    const planned = planMark(probe, mark, prevByCell.get(key(mark.sheet, mark.address)), options.notes, warnings);
    records.push(planned.record);
    if (planned.note) noteJobs.push(planned.note);
  }
  const names = plan.sheets.map((sheet) => {
    const name = freeName(taken, sheet.name);
    taken.add(name);
    return name;
  });
  for (const name of names) records.push({ type: 'sheet', name });
  // The record first: should a later request fail, what was done is still recorded and can be taken out.
  const state = queueState(jobs, context.workbook.worksheets, records);
  queueMarkFills(jobs, probe, marks);
  jobs.push(...noteJobs);
  plan.sheets.forEach((sheet, i) => queueSheet(jobs, context.workbook.worksheets, names[i], sheet, sheet.table ? freeTableName(tableNames, sheet.table) : undefined));
  // ...and last in the workbook, where the next run's first sync looks for it (the twin adds it last too).
  const lastPosition = [...taken].length;
  jobs.push({ bytes: OP, run: () => (state().position = lastPosition) });
  await send(context, jobs, options.requestBudget ?? REQUEST_BUDGET, stats);
  return { syncs: stats.syncs, warnings: mergeWarnings(warnings), sheets: names };
}

/** Takes out everything an earlier run recorded: fills and notes as they were, generated sheets and the state gone. */
export async function removeAnnotations(context: ExcelContext, options: RemoveOptions = {}): Promise<RemoveResult> {
  const notes = options.notes ?? isApiSupported('1.18');
  const stats: Stats = { syncs: 0 };
  const warnings: ApplyWarning[] = [];
  const hint = hintedMarks(options.previous);
  const request: ProbeRequest = { fills: new Map(), notes: notes ? bySheet(hint.map((r) => [r.sheet, r.address])) : new Map() };
  const probe = await probeWithRecovery(context, request, new Set(), stats);
  if (!probe.sheets.has(STATE)) return { removed: false, syncs: stats.syncs, warnings };
  if (probe.workbookProtected) throw new ApplyPlanError('protected-workbook', '');
  const previous = await stateOf(context, probe, stats, warnings);
  checkPrevious(previous, probe);
  if (notes) await lookAtNotes(context, probe, previous.filter(isMark), stats);

  const jobs: Job[] = [];
  queueRemoval(jobs, probe, previous, new Set(), notes, warnings, new Set(probe.sheetOrder));
  await send(context, jobs, options.requestBudget ?? REQUEST_BUDGET, stats);
  return { removed: true, syncs: stats.syncs, warnings: mergeWarnings(warnings) };
}

// ---------------------------------------------------------------------------------------------------
// Requests of writes within the payload budget.

/** A write, queued when its request is put together; `bytes` estimates what it adds to that request. */
interface Job {
  bytes: number;
  run: () => void;
}

/**
 * Sends the writes: as many as fit the budget in each request, in order. One request (one sync) unless
 * they exceed it: about 10,000 marks with notes, or 10,000 marks with a 10,000-row 检查结果 sheet.
 * A loop of syncs, deliberately: Excel on the web refuses requests over 5 MB outright.
 */
async function send(context: ExcelContext, jobs: Job[], budget: number, stats: Stats, from = 0): Promise<void> {
  if (from >= jobs.length) return;
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  let bytes = 0;
  let i = from;
  while (i < jobs.length && (i === from || bytes + jobs[i].bytes <= budget)) {
    jobs[i].run();
    bytes += jobs[i].bytes;
    i++;
  }
  stats.syncs++;
  await context.sync();
  await send(context, jobs, budget, stats, i);
}

/**
 * Estimated request bytes of a queued property write or call (its action's JSON), and of a call that
 * returns an object (object path + instantiation). Measured on the fake's RichApi-shaped requests.
 */
const OP = 110;
const PATH = 160;
/** Merges per write job, and the request bytes of one (a range by indexes and its merge: about 450 in the fake). */
const MERGES_PER_JOB = 1_000;
const MERGE_BYTES = 5 * OP;
/** A column width or row height: a range by indexes, its format and one property set. */
const SIZE_BYTES = 2 * PATH + OP;

/** UTF-8 length of a string (Chinese text is three bytes a character). */
function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

const jsonBytes = (v: unknown): number => utf8(JSON.stringify(v) ?? '');

// ---------------------------------------------------------------------------------------------------
// Sync 1: what must be known before writing.

async function probeWithRecovery(context: ExcelContext, request: ProbeRequest, required: Set<string>, stats: Stats): Promise<Probe> {
  try {
    return await probe(context, request, stats);
  } catch (err) {
    // Only loads were sent: nothing was written. A sheet asked for by name is gone (getItem fails the
    // whole request): list the sheets to say which, or ask again without the cells of vanished sheets.
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    stats.syncs++;
    await context.sync();
    const existing = new Set(worksheets.items.map((ws) => ws.name));
    for (const sheet of required) if (!existing.has(sheet)) throw new ApplyPlanError('missing-sheet', sheet);
    const keep = (m: Map<string, string[]>) => new Map([...m].filter(([sheet]) => existing.has(sheet)));
    if (keep(request.notes).size === request.notes.size) throw err;
    return probe(context, { fills: request.fills, notes: keep(request.notes) }, stats);
  }
}

async function probe(context: ExcelContext, request: ProbeRequest, stats: Stats): Promise<Probe> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const protection = workbook.protection;
  protection.load('protected');
  const tables = workbook.tables;
  tables.load('items/name,items/worksheet/name');
  // The state sheet is the last sheet when both adapters wrote it: read it in this request already.
  const last = worksheets.getLast();
  last.load('name');
  const lastColumn = last.getUsedRange(true).getIntersectionOrNullObject(`A1:A${STATE_ROWS}`);
  lastColumn.load('values');

  const fillQueries = [...request.fills].flatMap(([sheet, addresses]) => {
    const ws = worksheets.getItem(sheet);
    return chunkAddresses(addresses).map((chunk) => {
      const cells = ws.getRanges(chunk);
      // `areas` is a navigation property (a proxy, never loaded); the rules take it for a scalar.
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      const areas = cells.areas;
      areas.load('items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/patternColor');
      return { sheet, areas };
    });
  });
  const noteQueries = [...request.notes].flatMap(([sheet, addresses]) => {
    const notes = worksheets.getItem(sheet).notes;
    return addresses.map((address) => {
      const note = notes.getItemOrNullObject(address);
      note.load('content');
      return { sheet, address, note };
    });
  });
  stats.syncs++;
  await context.sync();

  const sheets = new Map<string, SheetEntry>();
  for (const ws of worksheets.items) sheets.set(ws.name, { ws, visibility: ws.visibility, protected: ws.protection.protected });
  const fills = new Map<string, OfficeFill | null>();
  for (const q of fillQueries) {
    for (const area of q.areas.items) {
      const fill = area.format.fill;
      fills.set(key(q.sheet, localAddress(area.address)), { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor });
    }
  }
  const notes = new Map<string, NoteSeen>();
  for (const q of noteQueries) notes.set(key(q.sheet, q.address), { note: q.note, content: q.note.isNullObject ? null : q.note.content });
  return {
    sheets,
    sheetOrder: worksheets.items.map((ws) => ws.name),
    workbookProtected: protection.protected,
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    lastStateValues: last.name === STATE && !lastColumn.isNullObject && lastColumn.values.length < STATE_ROWS ? lastColumn.values : null,
    fills,
    notes,
  };
}

/** The earlier run's records: from the first sync, or (state sheet not last) from one more sync. */
async function stateOf(context: ExcelContext, probe: Probe, stats: Stats, warnings: ApplyWarning[]): Promise<StateRecord[]> {
  let values = probe.lastStateValues;
  if (!values) {
    const entry = probe.sheets.get(STATE);
    if (!entry) return [];
    warnings.push({ code: 'state-sheet-moved', message: 'The state sheet is not the last sheet (or is very long): read with one more sync.' });
    const used = entry.ws.getUsedRange(true);
    used.load('values');
    stats.syncs++;
    await context.sync();
    values = used.values;
  }
  const unreadable: number[] = [];
  const records = parseState(values, unreadable);
  const message = unreadableStateMessage(unreadable);
  if (message) warnings.push({ code: 'state-rows-unreadable', message });
  return records;
}

/** Restoring fills and notes on a protected sheet would fail half-way through the batch: refuse first. */
function checkPrevious(previous: StateRecord[], probe: Probe): void {
  for (const r of previous) {
    if (r.type === 'mark' && probe.sheets.get(r.sheet)?.protected) throw new ApplyPlanError('protected-sheet', r.sheet);
  }
}

/** Notes at the earlier run's cells that the first sync did not look at: one more sync, only then. */
async function lookAtNotes(context: ExcelContext, probe: Probe, previous: MarkRecord[], stats: Stats): Promise<void> {
  const missing = previous.filter((r) => probe.sheets.has(r.sheet) && !probe.notes.has(key(r.sheet, r.address)) && notesMatter(r));
  if (!missing.length) return;
  const queries = missing.map((r) => {
    const note = (probe.sheets.get(r.sheet) as SheetEntry).ws.notes.getItemOrNullObject(r.address);
    note.load('content');
    return { r, note };
  });
  stats.syncs++;
  await context.sync();
  for (const q of queries) probe.notes.set(key(q.r.sheet, q.r.address), { note: q.note, content: q.note.isNullObject ? null : q.note.content });
}

/** Whether removing a record may touch its cell's note. */
function notesMatter(r: MarkRecord): boolean {
  return !r.office?.noteKept && !r.office?.noteUnknown;
}

// ---------------------------------------------------------------------------------------------------
// Sync 2: the writes.

/** Takes out the earlier run (cells that get marked again keep their new mark's fill and note instead). */
function queueRemoval(jobs: Job[], probe: Probe, previous: StateRecord[], marked: Set<string>, notes: boolean, warnings: ApplyWarning[], taken: Set<string>): void {
  for (const r of previous) {
    if (r.type !== 'sheet' || !probe.sheets.has(r.name) || r.name === STATE) continue;
    const entry = probe.sheets.get(r.name) as SheetEntry;
    taken.delete(r.name);
    jobs.push({
      bytes: 2 * OP,
      run: () => {
        // A very hidden sheet cannot be deleted (InvalidOperation): show it first.
        if (entry.visibility === 'VeryHidden') entry.ws.visibility = 'Hidden';
        entry.ws.delete();
      },
    });
  }
  const restore = previous.filter(isMark).filter((r) => probe.sheets.has(r.sheet) && !marked.has(key(r.sheet, r.address)));
  // Fills back, grouped by the fill they get: one getRanges per ≤ 500 cells of a group.
  const groups = new Map<string, { sheet: string; fill: OfficeFill | null; addresses: string[] }>();
  for (const r of restore) {
    const { fill, exact } = officeFillOf(r);
    if (!exact) warnings.push({ code: 'fill-approximated', message: `${r.sheet}!${r.address}: the earlier fill could not be restored exactly.` });
    const k = `${r.sheet}\u0001${fillKey(fill)}`;
    const group = groups.get(k) ?? groups.set(k, { sheet: r.sheet, fill, addresses: [] }).get(k);
    group?.addresses.push(r.address);
  }
  for (const g of groups.values()) {
    const ws = (probe.sheets.get(g.sheet) as SheetEntry).ws;
    for (const chunk of chunkAddresses(g.addresses)) jobs.push({ bytes: 5 * OP + utf8(chunk), run: () => setFill(ws.getRanges(chunk).format, g.fill) });
  }
  for (const r of restore) {
    if (!notesMatter(r)) continue;
    if (!notes) {
      warnings.push({ code: 'notes-left', message: `${r.sheet}!${r.address}: the note an earlier run added was left (no notes support here).` });
      continue;
    }
    const job = restoreNote(probe, r);
    if (job) jobs.push(job);
  }
  const state = probe.sheets.get(STATE);
  if (state) {
    taken.delete(STATE);
    jobs.push({
      bytes: 2 * OP,
      run: () => {
        state.ws.visibility = 'Hidden';
        state.ws.delete();
      },
    });
  }
}

/** The note of a cell no longer marked, back as it was before the earlier run. */
function restoreNote(probe: Probe, r: MarkRecord): Job | undefined {
  const seen = probe.notes.get(key(r.sheet, r.address));
  if (!seen) return undefined;
  if (r.office?.noteHash) {
    // Ours, unless the user has edited it since.
    return seen.content !== null && noteHash(seen.content) === r.office.noteHash ? { bytes: OP, run: () => seen.note.delete() } : undefined;
  }
  // A record of the CLI's: it replaced whatever note there was with its own.
  const before = noteText(r.note);
  if (before === null) return seen.content !== null ? { bytes: OP, run: () => seen.note.delete() } : undefined;
  if (seen.content === null) return { bytes: PATH + utf8(before), run: () => (probe.sheets.get(r.sheet) as SheetEntry).ws.notes.add(r.address, before) };
  if (seen.content !== before) return { bytes: OP + utf8(before), run: () => (seen.note.content = before) };
  return undefined;
}

/** One mark: the record of what its cell had before, and the write of its note (fills go per kind). */
function planMark(probe: Probe, mark: CellMark, prev: MarkRecord | undefined, notes: boolean, warnings: ApplyWarning[]): { record: MarkRecord; note?: Job } {
  const k = key(mark.sheet, mark.address);
  const base = { type: 'mark' as const, sheet: mark.sheet, address: mark.address };
  // What the cell had before any run: the earlier record's, when the cell was marked then too.
  let fill: MarkRecord['fill'];
  const office: NonNullable<MarkRecord['office']> = {};
  if (prev) {
    fill = prev.fill ?? null;
    if (prev.office?.fill !== undefined) office.fill = prev.office.fill;
    if (!officeFillOf(prev).exact) warnings.push({ code: 'fill-approximated', message: `${mark.sheet}!${mark.address}: the earlier fill could not be restored exactly.` });
  } else {
    const current = probe.fills.get(k) ?? null;
    const x = toXlsxFill(current);
    fill = x.fill;
    if (!x.exact) office.fill = current;
  }
  if (!notes) {
    if (prev) return { record: slim({ ...base, fill, note: prev.note, office: keepNoteInfo(prev, office) }) };
    return { record: slim({ ...base, fill, note: null, office: { ...office, noteUnknown: true } }) };
  }
  const seen = probe.notes.get(k);
  const current = seen?.content ?? null;
  // The user's own note at the cell, if there is one: what is there now, unless an earlier run put it there.
  let userNote: string | null = current;
  let recordNote: unknown = current;
  if (current !== null && prev && !prev.office?.noteUnknown && !prev.office?.noteKept) {
    if (prev.office?.noteHash) {
      // Ours, unless edited since (then it is the user's).
      userNote = recordNote = noteHash(current) === prev.office.noteHash ? null : current;
    } else {
      // A record of the CLI's: its note replaced the user's (or stood alone): the record says which.
      userNote = noteText(prev.note);
      recordNote = prev.note ?? null;
    }
  }
  if (userNote !== null && seen) {
    const record = slim({ ...base, fill, note: recordNote, office: { ...office, noteKept: true } });
    const restored = userNote;
    return { record, note: current !== restored ? { bytes: OP + utf8(restored), run: () => (seen.note.content = restored) } : undefined };
  }
  const record = slim({ ...base, fill, note: null, office: { ...office, noteHash: noteHash(mark.note) } });
  const ws = (probe.sheets.get(mark.sheet) as SheetEntry).ws;
  const note: Job =
    seen && current !== null
      ? { bytes: OP + utf8(mark.note), run: () => (seen.note.content = mark.note) }
      : { bytes: PATH + utf8(mark.address) + utf8(mark.note), run: () => ws.notes.add(mark.address, mark.note) };
  return { record, note };
}

/**
 * A record without what the twin reads as absent anyway (a null fill, a null note): ten thousand
 * records are a megabyte, and every byte of them goes through the request.
 */
function slim(record: MarkRecord): MarkRecord {
  const out: MarkRecord = { type: 'mark', sheet: record.sheet, address: record.address } as MarkRecord;
  if (record.fill) out.fill = record.fill;
  if (record.note !== null && record.note !== undefined) out.note = record.note;
  const office = Object.fromEntries(Object.entries(record.office ?? {}).filter(([, v]) => v !== undefined));
  if (Object.keys(office).length) out.office = office;
  return out;
}

function keepNoteInfo(prev: MarkRecord, office: NonNullable<MarkRecord['office']>): MarkRecord['office'] {
  const out = { ...office };
  if (prev.office?.noteKept) out.noteKept = true;
  if (prev.office?.noteHash) out.noteHash = prev.office.noteHash;
  // A CLI record keeps the CLI's meaning (its note replaced the one in `note`); ours keep theirs.
  if (prev.office?.noteUnknown) out.noteUnknown = true;
  return out;
}

/** The marks' fills: one colour per kind, one getRanges per ≤ 500 cells. */
function queueMarkFills(jobs: Job[], probe: Probe, marks: CellMark[]): void {
  const groups = new Map<string, { sheet: string; kind: MarkKind; addresses: string[] }>();
  for (const m of marks) {
    const k = `${m.sheet}\u0001${m.kind}`;
    const group = groups.get(k) ?? groups.set(k, { sheet: m.sheet, kind: m.kind, addresses: [] }).get(k);
    group?.addresses.push(m.address);
  }
  for (const g of groups.values()) {
    const ws = (probe.sheets.get(g.sheet) as SheetEntry).ws;
    const color = hexColor(annotationStyles.fills[g.kind]);
    for (const chunk of chunkAddresses(g.addresses)) {
      jobs.push({
        bytes: 4 * OP + utf8(chunk),
        run: () => {
          // Cleared first: a colour set over a patterned fill keeps the pattern.
          const fill = ws.getRanges(chunk).format.fill;
          fill.clear();
          fill.color = color;
        },
      });
    }
  }
}

function setFill(format: XlRangeFormat, fill: OfficeFill | null): void {
  if (!fill || fill.pattern === 'None' || !fill.color) {
    format.fill.clear();
    return;
  }
  format.fill.color = fill.color;
  if (fill.pattern !== 'Solid' && fill.pattern !== 'LinearGradient' && fill.pattern !== 'RectangularGradient') {
    format.fill.pattern = fill.pattern as XlRangeFormat['fill']['pattern'];
    if (fill.patternColor) format.fill.patternColor = fill.patternColor;
  }
}

/**
 * A 2-D block written in row chunks that each stay well under the budget: number formats first ("@" on
 * text, so that a string starting with "=", "+" or "-", or looking like a number or a date, stays the
 * text it is), then the values, into a range of exactly the block's size.
 */
function queueBlock(jobs: Job[], sheet: () => XlWorksheet, formats: string[][], values: (string | number)[][], maxBytes: number): void {
  let start = 0;
  while (start < values.length) {
    let bytes = 4 * OP;
    let end = start;
    while (end < values.length && (end === start || bytes + jsonBytes(values[end]) + jsonBytes(formats[end]) <= maxBytes)) {
      bytes += jsonBytes(values[end]) + jsonBytes(formats[end]);
      end++;
    }
    const [from, to] = [start, end];
    jobs.push({
      bytes,
      run: () => {
        const range = sheet().getRangeByIndexes(from, 0, to - from, values[0].length);
        range.numberFormat = formats.slice(from, to);
        range.values = values.slice(from, to);
      },
    });
    start = end;
  }
}

/** A generated sheet: values as one block (text formatted as text first), then looks, links, table, layout. */
/** Cells spanning columns, as runs of consecutive rows with the same first column and span. */
export function mergeRuns(sheet: OutSheet): { top: number; col: number; rows: number; span: number }[] {
  const runs: { top: number; col: number; rows: number; span: number }[] = [];
  const open = new Map<string, { top: number; col: number; rows: number; span: number }>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.span || cell.span <= 1) return;
      const k = `${c}:${cell.span}`;
      const run = open.get(k);
      if (run && run.top + run.rows === r) run.rows++;
      else {
        const next = { top: r, col: c, rows: 1, span: cell.span };
        runs.push(next);
        open.set(k, next);
      }
    }),
  );
  return runs;
}

function queueSheet(jobs: Job[], worksheets: XlWorksheetCollection, name: string, sheet: OutSheet, tableName: string | undefined): void {
  let ws: XlWorksheet | undefined;
  const get = (): XlWorksheet => ws as XlWorksheet;
  jobs.push({ bytes: OP + utf8(name), run: () => (ws = worksheets.add(name)) });
  const rows = sheet.rows.length;
  const cols = sheet.rows.reduce((n, r) => Math.max(n, r.length), Math.max(sheet.columnWidths.length, 1));
  if (rows) {
    const formats = sheet.rows.map((row) => Array.from({ length: cols }, (_, c) => (typeof row[c]?.value === 'string' ? '@' : 'General')));
    const values = sheet.rows.map((row) => Array.from({ length: cols }, (_, c) => row[c]?.value ?? ''));
    queueBlock(jobs, get, formats, values, BLOCK_BYTES);
  }
  // One job per range, each sized for what it sends, so that requests are packed close to the budget.
  for (const [width, start, count] of runs(sheet.columnWidths)) jobs.push({ bytes: SIZE_BYTES, run: () => (get().getRangeByIndexes(0, start, 1, count).format.columnWidth = widthInPoints(width)) });
  for (const [height, start, count] of runs(sheet.rowHeights ?? [])) jobs.push({ bytes: SIZE_BYTES, run: () => (get().getRangeByIndexes(start, 0, count, 1).format.rowHeight = height) });
  for (const [style, addresses] of styleAreas(sheet)) {
    for (const chunk of chunkAddresses(addresses)) jobs.push({ bytes: 12 * OP + PATH + utf8(chunk), run: () => applyStyle(get().getRanges(chunk).format, OFFICE_STYLES[style]) });
  }
  // Merges after the looks, in jobs of their own. A long 自评表说明 has one per paragraph (12,815 for
  // 10,000 indicators): rows in a run with the same span are merged row by row in one call (across).
  const merges: (() => void)[] = [];
  for (const run of mergeRuns(sheet)) merges.push(() => get().getRangeByIndexes(run.top, run.col, run.rows, run.span).merge(run.rows > 1));
  for (let i = 0; i < merges.length; i += MERGES_PER_JOB) {
    const part = merges.slice(i, i + MERGES_PER_JOB);
    jobs.push({ bytes: part.length * MERGE_BYTES, run: () => part.forEach((f) => f()) });
  }
  // Links: one setCellProperties per column run of linked cells, not a range object and a write per link.
  for (const run of linkRuns(sheet)) {
    const props = run.cells.map((cell) => [
      cell.link ? { hyperlink: { documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.address}`, textToDisplay: String(cell.value ?? '') } } : {},
    ]);
    jobs.push({ bytes: 2 * OP + jsonBytes(props), run: () => get().getRangeByIndexes(run.top, run.col, props.length, 1).setCellProperties(props) });
  }
  jobs.push({
    bytes: 8 * OP,
    run: () => {
      if (tableName && rows) {
        const table = get().tables.add(rectAddress(0, 0, rows, sheet.rows[0].length), true);
        table.name = tableName;
        table.style = TABLE_STYLE;
      }
      if (sheet.freezeRows) get().freezePanes.freezeRows(sheet.freezeRows);
      if (sheet.printA4) {
        // As the twin: A4 portrait, one page wide, as many pages tall as it takes (OOXML fitToHeight 0).
        const page = get().pageLayout;
        page.paperSize = 'A4';
        page.orientation = 'Portrait';
        page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      }
    },
  });
}

/** Linked cells by column, in runs of rows (a run may hold unlinked cells between links, written as {}). */
function linkRuns(sheet: OutSheet): { col: number; top: number; cells: OutSheet['rows'][number] }[] {
  const byCol = new Map<number, number[]>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.link) (byCol.get(c) ?? byCol.set(c, []).get(c))?.push(r);
    }),
  );
  const out: { col: number; top: number; cells: OutSheet['rows'][number] }[] = [];
  for (const [col, rows] of byCol) {
    let i = 0;
    while (i < rows.length) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] - rows[j] <= 8 && rows[j + 1] - rows[i] < 2000) j++;
      const top = rows[i];
      out.push({ col, top, cells: Array.from({ length: rows[j] - top + 1 }, (_, k) => sheet.rows[top + k][col] ?? { value: null }) });
      i = j + 1;
    }
  }
  return out;
}

function applyStyle(format: XlRangeFormat, style: OfficeStyle): void {
  format.font.name = style.font.name;
  format.font.size = style.font.size;
  format.font.bold = style.font.bold;
  if (style.font.color) format.font.color = style.font.color;
  if (style.font.underline) format.font.underline = 'Single';
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = style.horizontal;
  if (style.vertical) format.verticalAlignment = style.vertical;
  if (style.wrap) format.wrapText = true;
  if (style.indent) format.indentLevel = style.indent;
  if (style.box) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = BORDER_COLOR;
      border.weight = 'Thin';
    }
  }
}

/**
 * The cells of each style as rectangles: runs along a row, stacked down while the same. Boxed styles are
 * kept cell by cell, so that edge borders box every cell (inside borders of one-cell areas are not asked for).
 */
function styleAreas(sheet: OutSheet): Map<CellStyle, string[]> {
  type Open = { style: CellStyle; top: number; left: number; right: number; bottom: number };
  const out = new Map<CellStyle, string[]>();
  let open = new Map<string, Open>();
  const close = (a: Open) => {
    const list = out.get(a.style) ?? out.set(a.style, []).get(a.style);
    list?.push(rectAddress(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1));
  };
  sheet.rows.forEach((row, r) => {
    const next = new Map<string, Open>();
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      let end = c;
      const boxed = style ? OFFICE_STYLES[style].box : false;
      if (!boxed) while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      if (style) {
        const k = `${style}|${c}|${end}`;
        const above = open.get(k);
        if (above && !boxed) {
          above.bottom = r;
          next.set(k, above);
          open.delete(k);
        } else {
          next.set(k, { style, top: r, left: c, right: end, bottom: r });
        }
      }
      c = end + 1;
    }
    for (const a of open.values()) close(a);
    open = next;
  });
  for (const a of open.values()) close(a);
  return out;
}

/** Consecutive equal values as [value, start, count]; undefined entries are skipped. */
function runs(values: (number | undefined)[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  values.forEach((v, i) => {
    if (v === undefined || v === null) return;
    const last = out[out.length - 1];
    if (last && last[0] === v && last[1] + last[2] === i) last[2]++;
    else out.push([v, i, 1]);
  });
  return out;
}

/** The state sheet: added, one record a row in column A as text, then very hidden. */
function queueState(jobs: Job[], worksheets: XlWorksheetCollection, records: StateRecord[]): () => XlWorksheet {
  let ws: XlWorksheet | undefined;
  const get = (): XlWorksheet => ws as XlWorksheet;
  jobs.push({ bytes: OP, run: () => (ws = worksheets.add(STATE)) });
  const rows = stateRows(records);
  queueBlock(jobs, get, rows.map(() => ['@']), rows, BLOCK_BYTES);
  jobs.push({ bytes: OP, run: () => (get().visibility = 'VeryHidden') });
  return get;
}

/** A free sheet name, as the twin picks it: the wanted one, or with "（生成）" (and a number). */
export function freeName(taken: Set<string>, wanted: string): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 1; ; i++) {
    const name = `${wanted}${annotationStyles.generatedSuffix.replace('）', i === 1 ? '）' : `${i}）`)}`.slice(0, 31);
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function freeTableName(taken: Set<string>, wanted: string): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
  taken.add(name);
  return name;
}

function isMark(r: StateRecord): r is MarkRecord {
  return r.type === 'mark';
}

function hintedMarks(previous: AnnotationState | undefined): MarkRecord[] {
  if (!previous?.present) return [];
  const sheets = new Set(previous.sheetNames);
  return previous.records.filter(isMark).filter((r) => sheets.has(r.sheet));
}

function bySheet(pairs: [string, string][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const [sheet, address] of pairs) {
    const k = key(sheet, address);
    if (seen.has(k)) continue;
    seen.add(k);
    const list = out.get(sheet) ?? out.set(sheet, []).get(sheet);
    list?.push(address.replace(/\$/g, '').toUpperCase());
  }
  return out;
}

function dedupe(marks: CellMark[]): CellMark[] {
  const seen = new Map<string, CellMark>();
  for (const m of marks) {
    const address = m.address.replace(/\$/g, '').toUpperCase();
    seen.set(key(m.sheet, address), { ...m, address });
  }
  return [...seen.values()];
}

/** Warnings of a kind beyond the first few are counted, not listed. */
function mergeWarnings(warnings: ApplyWarning[]): ApplyWarning[] {
  const byCode = new Map<ApplyWarningCode, ApplyWarning[]>();
  for (const w of warnings) (byCode.get(w.code) ?? byCode.set(w.code, []).get(w.code))?.push(w);
  return [...byCode.values()].flatMap((list) =>
    list.length <= 5 ? list : [...list.slice(0, 5), { code: list[0].code, message: `… and ${list.length - 5} more of the same.` }],
  );
}
