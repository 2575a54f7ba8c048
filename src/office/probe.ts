import {
  type AnnotationRecord,
  type MarkRecord,
  notesMatter,
  type OfficeFill,
  parseStateColumn,
  STATE_SHEET,
} from '../core/write-plan/annotation-record';
import { chunkAddresses, localAddress } from './addresses';
import { ApplyPlanError } from './errors';
import type { ExcelContext, XlNote, XlWorksheet } from './excel-types';
import { type Job, NOTE_LOOKUP, OP, pack, PATH, type Stats, utf8 } from './requests';
import type { ApplyWarning } from './apply-types';

/**
 * Before writing: what must be known (sync 1, and more only when the look-ups exceed one request).
 *
 * The first request loads the sheets (names, visibility, protection), the workbook's protection and table
 * names, and the state an earlier run left: both adapters leave the very hidden state sheet last, so column
 * A of `worksheets.getLast()`'s used range is read in the same request and kept only if that sheet is the
 * state sheet. With them go the look-ups: the fill (ExcelApi 1.9 `getRanges` areas, ≤ 500 areas / 8,000
 * characters a call) and the note (ExcelApi 1.18) of every cell to mark or restore. Look-ups are budgeted
 * like the writes (a note look-up is about 285 request bytes: 10,000 new marks and 10,000 earlier ones
 * would be a 5.8 MB first request, which Excel on the web refuses): those that do not fit the first
 * request go in further requests of at most the budget.
 */

export const STATE = STATE_SHEET;
/**
 * Rows of column A read from the last sheet in the first sync: the state has one row per marked cell.
 * A bound, because when the last sheet is the user's these cells are read for nothing; a longer state
 * is read with one more sync.
 */
const STATE_ROWS = 20_001;
/** The first request's own loads, before the look-ups. */
const BASE_BYTES = 3_000;

export interface SheetEntry {
  ws: XlWorksheet;
  visibility: string;
  protected: boolean;
}

export interface NoteSeen {
  /** The note's proxy, usable in the next batch when `content` is not null. */
  note: XlNote;
  content: string | null;
}

export interface Probe {
  sheets: Map<string, SheetEntry>;
  /** In workbook order. */
  sheetOrder: string[];
  workbookProtected: boolean;
  /** Every table of the workbook, and its sheet. */
  tables: { name: string; sheet: string }[];
  /** Column A of the state sheet, when it was the last sheet; null when it is elsewhere or absent. */
  lastStateValues: unknown[][] | null;
  fills: Map<string, OfficeFill | null>;
  notes: Map<string, NoteSeen>;
}

export interface ProbeRequest {
  /** Cells whose fill to read, by sheet: they must exist (the plan's marks). */
  fills: Map<string, string[]>;
  /** Cells whose note to read, by sheet. */
  notes: Map<string, string[]>;
}

export const key = (sheet: string, address: string): string =>
  `${sheet}\u0001${address.replace(/\$/g, '').toUpperCase()}`;

/** A look-up: queued into a request (`run`), read after its sync (`collect`). */
interface Lookup extends Job {
  collect: () => void;
}

export async function probeWithRecovery(
  context: ExcelContext,
  request: ProbeRequest,
  required: Set<string>,
  stats: Stats,
  budget: number,
): Promise<Probe> {
  try {
    return await probe(context, request, stats, budget);
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
    return probe(context, { fills: request.fills, notes: keep(request.notes) }, stats, budget);
  }
}

async function probe(context: ExcelContext, request: ProbeRequest, stats: Stats, budget: number): Promise<Probe> {
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

  const fills = new Map<string, OfficeFill | null>();
  const notes = new Map<string, NoteSeen>();
  // One worksheet proxy per sheet, made by the first look-up that needs it and reused in later requests.
  const proxies = new Map<string, XlWorksheet>();
  const sheet = (name: string): XlWorksheet =>
    proxies.get(name) ?? (proxies.set(name, worksheets.getItem(name)).get(name) as XlWorksheet);
  const lookups: Lookup[] = [
    ...[...request.fills].flatMap(([name, addresses]) =>
      chunkAddresses(addresses).map((chunk) => fillLookup(() => sheet(name), name, chunk, fills)),
    ),
    ...[...request.notes].flatMap(([name, addresses]) =>
      addresses.map((address) => noteLookup(() => sheet(name), name, address, notes)),
    ),
  ];
  const [first = [], ...later] = pack(lookups, budget, BASE_BYTES);
  for (const l of first) l.run();
  stats.syncs++;
  await context.sync();
  for (const l of first) l.collect();
  await lookUp(context, later, stats);

  const sheets = new Map<string, SheetEntry>();
  for (const ws of worksheets.items)
    sheets.set(ws.name, { ws, visibility: ws.visibility, protected: ws.protection.protected });
  return {
    sheets,
    sheetOrder: worksheets.items.map((ws) => ws.name),
    workbookProtected: protection.protected,
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    lastStateValues:
      last.name === STATE && !lastColumn.isNullObject && lastColumn.values.length < STATE_ROWS
        ? lastColumn.values
        : null,
    fills,
    notes,
  };
}

/** Requests of look-ups, one after the other: only when they exceed the first request. */
async function lookUp(context: ExcelContext, requests: Lookup[][], stats: Stats): Promise<void> {
  for (const request of requests) {
    for (const l of request) l.run();
    stats.syncs++;
    // Each request within the budget, in turn (Excel on the web refuses larger ones).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const l of request) l.collect();
  }
}

function fillLookup(ws: () => XlWorksheet, sheet: string, chunk: string, into: Map<string, OfficeFill | null>): Lookup {
  let collect = (): void => undefined;
  return {
    bytes: 3 * PATH + 2 * OP + utf8(chunk),
    run: () => {
      const cells = ws().getRanges(chunk);
      // `areas` is a navigation property (a proxy, never loaded); the rules take it for a scalar.
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      const areas = cells.areas;
      areas.load('items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/patternColor');
      collect = () => {
        for (const area of areas.items) {
          const fill = area.format.fill;
          into.set(key(sheet, localAddress(area.address)), {
            color: fill.color,
            pattern: fill.pattern,
            patternColor: fill.patternColor,
          });
        }
      };
    },
    collect: () => collect(),
  };
}

function noteLookup(ws: () => XlWorksheet, sheet: string, address: string, into: Map<string, NoteSeen>): Lookup {
  let looked: XlNote | undefined;
  return {
    bytes: NOTE_LOOKUP + 2 * utf8(address),
    run: () => {
      looked = ws().notes.getItemOrNullObject(address).load('content');
    },
    // Called after the sync of the request `run` went in.
    collect: () => {
      const seen = looked as XlNote;
      into.set(key(sheet, address), { note: seen, content: seen.isNullObject ? null : seen.content });
    },
  };
}

/** The earlier run's records: from the first sync, or (state sheet not last) from one more sync. */
export async function stateOf(
  context: ExcelContext,
  probe: Probe,
  stats: Stats,
  warnings: ApplyWarning[],
): Promise<AnnotationRecord[]> {
  return (await stateRowsOf(context, probe, stats, warnings)).records;
}

/** The state as read: its records with the row of each, and how many rows column A uses (where to append). */
export interface StateRows {
  records: AnnotationRecord[];
  rows: number[];
  unreadable: number[];
  used: number;
}

/** stateOf, with each record's row and the rows used: for writing into the state sheet in place. */
export async function stateRowsOf(
  context: ExcelContext,
  probe: Probe,
  stats: Stats,
  warnings: ApplyWarning[],
): Promise<StateRows> {
  let values = probe.lastStateValues;
  if (!values) {
    const entry = probe.sheets.get(STATE);
    if (!entry) return { records: [], rows: [], unreadable: [], used: 0 };
    warnings.push({
      code: 'state-sheet-moved',
      message: 'The state sheet is not the last sheet (or is very long): read with one more sync.',
    });
    const used = entry.ws.getUsedRange(true);
    used.load('values');
    stats.syncs++;
    await context.sync();
    values = used.values;
  }
  const { records, unreadable, rows = [] } = parseStateColumn(values);
  if (unreadable.length) warnings.push(unreadableRowsWarning(unreadable));
  return { records, rows, unreadable, used: values.length };
}

/** The adapter's warning for state rows that are not records; the pane says it in the user's language (state.rows-unreadable). */
export function unreadableRowsWarning(rows: number[]): ApplyWarning & { code: 'state-rows-unreadable' } {
  return {
    code: 'state-rows-unreadable',
    message: `Rows ${rows.join(', ')} of the hidden state sheet are not records (edited by hand?): skipped.`,
    rows,
  };
}

/**
 * Restoring fills and notes (and, with `corrections`, corrected values) on a protected sheet would fail
 * half-way through the batch: refuse first.
 */
export function checkPrevious(previous: AnnotationRecord[], probe: Probe, corrections = false): void {
  for (const r of previous) {
    const restores = r.type === 'mark' || (corrections && r.type === 'correction');
    if (restores && probe.sheets.get(r.sheet)?.protected) throw new ApplyPlanError('protected-sheet', r.sheet);
  }
}

/** Notes at the earlier run's cells that the first sync did not look at: more syncs (budgeted), only then. */
export async function lookAtNotes(
  context: ExcelContext,
  probe: Probe,
  previous: MarkRecord[],
  stats: Stats,
  budget: number,
): Promise<void> {
  const missing = previous.filter(
    (r) => probe.sheets.has(r.sheet) && !probe.notes.has(key(r.sheet, r.address)) && notesMatter(r),
  );
  if (!missing.length) return;
  const lookups = missing.map((r) =>
    noteLookup(() => (probe.sheets.get(r.sheet) as SheetEntry).ws, r.sheet, r.address, probe.notes),
  );
  await lookUp(context, pack(lookups, budget), stats);
}
