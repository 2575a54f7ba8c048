/**
 * An in-memory Excel behind the subset of the Office.js API the adapter uses (src/office/excel-types.ts),
 * strict where office-addin-mock is lenient:
 *  - calls are queued and run only at `context.sync()`, in order; a failing call fails the sync, and what
 *    ran before it stays done (Office.js batches are not transactions);
 *  - reading a property that was not loaded *and* synced throws (PropertyNotLoaded), `items` included;
 *  - *OrNullObject results are null objects after the sync; any call through a null object (other than
 *    `load`) throws: the adapter must not depend on how the host treats such chains;
 *  - each sync's request and response are measured as the JSON the Office.js runtime would send and get
 *    (object paths, actions, loaded values), and refused above the payload limit, as Excel on the web does;
 *  - Excel's documented limits: getMergedAreasOrNullObject fails above 512 areas and reports only areas
 *    whose top-left cell is in the range; getRanges fails on lists over 500 areas or 8,192 characters;
 *    reads over 5,000,000 cells return null values; protected sheets refuse writes; a very hidden sheet
 *    cannot be deleted; a string written to a cell not formatted "@" is parsed (formulas, numbers);
 *  - where Excel fails on what the adapter might get wrong: getSelectedRange throws InvalidSelection on a
 *    selection of several areas (getSelectedRanges, 1.9, gives them); while the user edits a cell
 *    (`cellEditMode`) a run without `delayForCellEdit` fails with InvalidOperationInCellEditMode;
 *    getMergedAreasOrNullObject cuts a merge that crosses the queried range to it (office-js #1590);
 *    tables.add resolves an address without a sheet name against the active sheet; undocumented page
 *    layout values and positioning a very hidden sheet are refused; a failure can be injected at request N
 *    (`failAt`), half-way through its operations, leaving the first half done as Excel does;
 *    suspendScreenUpdatingUntilNextSync calls are counted per run (`runs`).
 */
import type { Area } from '../../src/core/grid/address';
import { areaAddress, cellAddress, columnIndex } from '../../src/core/grid/address';
import type { WorkbookData } from '../../src/core/grid/types';
import type * as X from '../../src/office/excel-types';
import { isDateFormat } from '../../src/office/read-workbook';

// ---------------------------------------------------------------------------------------------------
// The model.

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string | null;
}

export interface FakeCell {
  value: string | number | boolean | null;
  format: string;
  /** The error literal, when the cell holds an error ("#REF!"). */
  error?: string;
  /** Set when a string written to the cell was parsed as a formula. */
  formula?: string;
  fill?: FakeFill;
  style?: Record<string, unknown>;
  hyperlink?: Excel.RangeHyperlink;
}

export interface NoteModel {
  content: string;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  area: Area;
  style: string;
}

let sheetIds = 0;

export class SheetModel {
  readonly id = ++sheetIds;
  deleted = false;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  readonly cells = new Map<number, FakeCell>();
  merges: Area[] = [];
  readonly notes = new Map<number, NoteModel>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  readonly pageLayout: Record<string, unknown> = {};
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  ensure(row: number, col: number): FakeCell {
    const k = cellKey(row, col);
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { value: null, format: 'General' }));
    return c;
  }

  at(address: string): FakeCell | undefined {
    const { top, left } = parseArea(address);
    return this.cell(top, left);
  }

  noteAt(address: string): string | null {
    const { top, left } = parseArea(address);
    return this.notes.get(cellKey(top, left))?.content ?? null;
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  protected = false;

  live(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheet(name: string): SheetModel | undefined {
    return this.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

const COLS = 16_384;
const ROWS = 1_048_576;
const cellKey = (row: number, col: number): number => row * COLS + col;

export function parseArea(address: string): Area {
  const local = address
    .slice(address.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .toUpperCase();
  const [a, b = a] = local.split(':');
  const part = (s: string, end: boolean): { row: number; col: number } => {
    const m = /^([A-Z]*)(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
    return {
      col: m[1] ? columnIndex(m[1]) : end ? COLS - 1 : 0,
      row: m[2] ? Number(m[2]) - 1 : end ? ROWS - 1 : 0,
    };
  };
  const p = part(a, false);
  const q = part(b, true);
  // "3:5" (rows) and "B:D" (columns) span the sheet the other way.
  if (!/\d/.test(a)) p.row = 0;
  if (!/[A-Z]/.test(a)) p.col = 0;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

const intersect = (a: Area, b: Area): Area | null => {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
};
const cellsOf = (a: Area): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

// ---------------------------------------------------------------------------------------------------
// Requests: queued operations, run at sync.

type Op =
  | { kind: 'instantiate'; proxy: FakeObject; run: () => unknown; write: boolean; json: unknown }
  | { kind: 'set'; proxy: FakeObject; name: string; run: (ref: unknown) => void; json: unknown }
  | { kind: 'call'; proxy: FakeObject; name: string; run: (ref: unknown) => void; write: boolean; json: unknown }
  | { kind: 'load'; proxy: FakeObject; paths: string[][]; json: unknown };

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  writes: number;
  /** Request bytes by call or property name. */
  byName: Record<string, number>;
  failed?: string;
}

export interface FakeOptions {
  /** Request and response size limit in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
}

/** One Excel.run: its options and what the adapter did in it. */
export interface RunRecord {
  delayForCellEdit: boolean;
  /** The run is one step in Excel's undo (ExcelApi 1.20). */
  mergeUndoGroup: boolean;
  /** suspendScreenUpdatingUntilNextSync calls queued in the run (the docs: not in a loop). */
  suspends: number;
  syncs: number;
}

export class FakeExcel {
  readonly model = new WorkbookModel();
  /**
   * The selected range (Excel always has one): the first sheet's A1 until something is selected. `others`:
   * the further areas of a multi-area selection (Ctrl+click).
   */
  selection: { sheet: SheetModel | null; area: Area; others?: Area[] } = {
    sheet: null,
    area: { top: 0, left: 0, bottom: 0, right: 0 },
  };
  /** The user is typing in a cell: a run without delayForCellEdit fails at once. */
  cellEditMode = false;
  /** getMergedAreasOrNullObject cuts merges crossing the queried range to it (office-js #1590). */
  cutMerges = true;
  /** Fail request `sync` (1-based over syncLog) with `code`, after half of its operations ran. */
  failAt: { sync: number; code: string } | null = null;
  /** The Excel.run calls made through `run`. */
  readonly runs: RunRecord[] = [];
  readonly context: FakeContext;
  readonly syncLog: SyncRecord[] = [];
  /** Every write that reached the workbook, as text ("fill.color 自评表!E3 = #FFE699"). */
  readonly writeLog: string[] = [];
  payloadLimit: number;
  readonly mergeLimit = 512;
  readonly readCellCap = 5_000_000;
  private queue: Op[] = [];
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.context = new FakeContext(this);
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  /** The sheet Excel treats as active: the selection's, or the first visible one. */
  activeSheet(): SheetModel | undefined {
    const s = this.selection.sheet;
    return s && !s.deleted ? s : this.model.live().find((x) => x.visibility === 'Visible');
  }

  /**
   * Excel.run: a batch on a new context. While the user edits a cell, a run without delayForCellEdit
   * fails at once (with it, Excel waits until the edit ends: here, at once).
   */
  run<T>(
    options: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } | ((context: X.ExcelContext) => Promise<T>),
    batch?: (context: X.ExcelContext) => Promise<T>,
  ): Promise<T> {
    const [opts, fn] =
      typeof options === 'function' ? [{}, options] : [options, batch as (context: X.ExcelContext) => Promise<T>];
    const record: RunRecord = {
      delayForCellEdit: Boolean(opts.delayForCellEdit),
      mergeUndoGroup: Boolean(opts.mergeUndoGroup),
      suspends: 0,
      syncs: 0,
    };
    this.runs.push(record);
    if (this.cellEditMode && !record.delayForCellEdit) {
      return Promise.reject(
        new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          "The operation isn't available while Excel is in Edit cell mode.",
        ),
      );
    }
    return fn(new FakeContext(this, record));
  }

  /** Writes sent to the host in any sync so far. */
  get writesReceived(): number {
    return this.syncLog.reduce((n, s) => n + s.writes, 0);
  }

  addSheet(name: string): SheetModel {
    const s = new SheetModel(name);
    this.model.sheets.push(s);
    return s;
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A workbook as the core reads it (ExcelJS path) → cells in Excel's terms: dates back to serial numbers. */
  static fromWorkbookData(data: WorkbookData, options: FakeOptions = {}): FakeExcel {
    const fake = new FakeExcel(options);
    for (const s of data.sheets) {
      const sheet = fake.addSheet(s.name);
      sheet.visibility = s.hidden ? 'Hidden' : 'Visible';
      sheet.protected = Boolean(s.protected);
      sheet.merges = s.merges.map((m) => ({ ...m }));
      s.cells.forEach((row, r) =>
        row?.forEach((raw, c) => {
          if (!raw) return;
          const format = raw.format ?? 'General';
          let value = raw.value;
          if (typeof value === 'string' && isDateFormat(raw.format) && /^\d{4}-\d{2}-\d{2}$/.test(value))
            value = Date.parse(`${value}T00:00:00Z`) / 86_400_000 + 25569;
          // The formula's own text is not in the core's data: any formula stands for it.
          const formula = raw.formula ? { formula: `=N(${JSON.stringify(raw.error ?? value)})` } : {};
          if (raw.error !== undefined)
            sheet.cells.set(cellKey(r, c), { value: raw.error, error: raw.error, format, ...formula });
          else if (value !== null) sheet.cells.set(cellKey(r, c), { value, format, ...formula });
        }),
      );
    }
    return fake;
  }

  // --- queueing, used by the proxies -------------------------------------------------------------

  id(): number {
    return this.nextId++;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const writes = ops.filter((o) =>
      o.kind === 'set' ? true : o.kind === 'call' || o.kind === 'instantiate' ? o.write : false,
    ).length;
    const byName: Record<string, number> = {};
    for (const o of ops) {
      const name =
        o.kind === 'load' ? 'load' : o.kind === 'instantiate' ? (o.json as { Name: string }[])[0].Name : o.name;
      byName[name] = (byName[name] ?? 0) + bytes(o.json);
    }
    const record: SyncRecord = {
      requestBytes: bytes({ Actions: ops.map((o) => o.json) }),
      responseBytes: 0,
      operations: ops.length,
      writes: 0,
      byName,
    };
    this.syncLog.push(record);
    const failAfter = this.failAt?.sync === this.syncLog.length ? Math.floor(ops.length / 2) : -1;
    if (record.requestBytes > this.payloadLimit) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `${record.requestBytes} bytes`);
    }
    record.writes = writes;
    const results: { proxy: FakeObject; data: unknown }[] = [];
    const touched = new Set<FakeObject>();
    let response = 0;
    try {
      for (const [i, op] of ops.entries()) {
        if (i === failAfter)
          throw new FakeOfficeError(
            this.failAt?.code ?? 'GeneralException',
            `injected at operation ${i} of request ${this.syncLog.length}`,
          );
        touched.add(op.proxy);
        if (op.kind === 'instantiate') {
          op.proxy.ref = op.run();
          response += 40;
        } else if (op.kind === 'load') {
          const data = op.proxy.snapshot(op.proxy.resolve(true), op.paths);
          response += 20 + bytes(data);
          results.push({ proxy: op.proxy, data });
        } else {
          const ref = op.proxy.resolve(false);
          op.run(ref);
          response += 10;
        }
      }
    } catch (err) {
      record.failed = (err as FakeOfficeError).code ?? String(err);
      throw err;
    }
    record.responseBytes = response;
    if (response > this.payloadLimit) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `${response} bytes`);
    }
    for (const p of touched) p.markSynced();
    for (const r of results) r.proxy.apply(r.data);
  }

  log(line: string): void {
    this.writeLog.push(line);
  }
}

/** JSON size in UTF-8 bytes, leaving out the proxies that ride along in snapshots. */
function bytes(value: unknown): number {
  return utf8Length(JSON.stringify(value, (k, v) => (k === '__proxy' ? undefined : v)) ?? 'null');
}

/** UTF-8 length without Buffer: the fake also runs in the browser, as office.js of the pane's e2e test. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------
// Proxies.

const UNSET = Symbol('unset');

abstract class FakeObject {
  /** The model object this proxy stands for: UNSET until instantiated, null for a null object. */
  ref: unknown = UNSET;
  readonly pathId: number;
  private readonly loaded = new Map<string, unknown>();
  private isNull: boolean | undefined;

  constructor(
    readonly fake: FakeExcel,
    readonly parent: FakeObject | null,
    /** How a navigation property's object follows from its parent's (format of a range: the same cells). */
    private readonly derive?: (parentRef: unknown) => unknown,
  ) {
    this.pathId = fake.id();
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined)
      throw new FakeOfficeError('PropertyNotLoaded', `isNullObject of ${this.constructor.name} before a sync`);
    return this.isNull;
  }

  load(propertyNames: string): this {
    if (typeof propertyNames !== 'string' || !propertyNames.trim()) throw new Error('load() without property names');
    const paths = propertyNames.split(',').map((p) => p.trim().split('/'));
    this.fake.enqueue({
      kind: 'load',
      proxy: this,
      paths,
      json: {
        Id: this.fake.id(),
        ActionType: 2,
        Name: '',
        ObjectPathId: this.pathId,
        QueryInfo: { Select: propertyNames.split(',').map((p) => p.trim()) },
      },
    });
    return this;
  }

  /** The model object at execution time. Through a null object only `load` may go. */
  resolve(forLoad: boolean): unknown {
    if (this.ref === UNSET) {
      if (!this.derive || !this.parent) throw new Error(`${this.constructor.name} used before it was instantiated`);
      const parentRef = this.parent.resolve(false);
      this.ref = this.derive(parentRef);
    }
    if (this.ref === null && !forLoad)
      throw new FakeOfficeError('NullObjectChain', `call through the null object ${this.constructor.name}`);
    if (this.ref instanceof SheetModel && this.ref.deleted)
      throw new FakeOfficeError('ItemNotFound', `sheet ${this.ref.name} was deleted`);
    return this.ref;
  }

  markSynced(): void {
    if (this.ref !== UNSET) this.isNull = this.ref === null;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError('PropertyNotLoaded', `${this.constructor.name}.${name} read without load + sync`);
    }
    return this.loaded.get(name) as T;
  }

  /** Property names this object can load, and how to compute each from its model object. */
  protected abstract scalars(): Record<string, (ref: never) => unknown>;

  /** Navigation properties: the child proxy for a name (its getter's object). */
  protected navigation(_name: string): FakeObject | undefined {
    return undefined;
  }

  /** For collections: the item proxies for the model's items. */
  protected itemProxies(_ref: never): FakeObject[] | undefined {
    return undefined;
  }

  snapshot(ref: unknown, paths: string[][]): Record<string, unknown> | null {
    if (ref === null) return null;
    const out: Record<string, unknown> = {};
    const groups = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) (groups.get(head) ?? groups.set(head, []).get(head))?.push(rest);
    for (const [head, rests] of groups) {
      const scalar = this.scalars()[head];
      if (head === 'items') {
        const items = this.itemProxies(ref as never);
        if (!items) throw new FakeOfficeError('InvalidArgument', `${this.constructor.name} has no items`);
        out.items = items.map((item) => ({
          __proxy: item,
          ...item.snapshot(
            item.ref,
            rests.filter((r) => r.length),
          ),
        }));
      } else if (scalar && rests.every((r) => r.length === 0)) {
        out[head] = scalar(ref as never);
      } else {
        const child = this.navigation(head);
        if (!child) throw new FakeOfficeError('InvalidArgument', `${this.constructor.name} cannot load "${head}"`);
        const childRef = child.derive ? child.derive(ref) : child.ref;
        out[head] = child.snapshot(
          childRef,
          rests.filter((r) => r.length),
        );
      }
    }
    return out;
  }

  apply(data: unknown): void {
    if (data === null || data === undefined) return;
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
      if (k === '__proxy') continue;
      if (k === 'items') {
        const list = (v as { __proxy: FakeObject }[]).map((entry) => {
          entry.__proxy.markSynced();
          entry.__proxy.apply(entry);
          return entry.__proxy;
        });
        this.loaded.set('items', list);
      } else if (
        this.scalars()[k] &&
        (v === null || typeof v !== 'object' || Array.isArray(v) || !this.navigation(k))
      ) {
        this.loaded.set(k, v);
      } else {
        const child = this.navigation(k);
        child?.markSyncedAs(false);
        child?.apply(v);
      }
    }
  }

  markSyncedAs(isNull: boolean): void {
    this.isNull = isNull;
  }

  /** Queues a property write. */
  protected set(name: string, value: unknown, run: (ref: never) => void): void {
    this.fake.enqueue({
      kind: 'set',
      proxy: this,
      name,
      run: run as (ref: unknown) => void,
      json: {
        Id: this.fake.id(),
        ActionType: 4,
        Name: name,
        ObjectPathId: this.pathId,
        ArgumentInfo: { Arguments: [value] },
      },
    });
  }

  /** Queues a method call that returns nothing. */
  protected call(name: string, args: unknown[], write: boolean, run: (ref: never) => void): void {
    this.fake.enqueue({
      kind: 'call',
      proxy: this,
      name,
      write,
      run: run as (ref: unknown) => void,
      json: {
        Id: this.fake.id(),
        ActionType: 3,
        Name: name,
        ObjectPathId: this.pathId,
        ArgumentInfo: { Arguments: args },
      },
    });
  }

  /** Queues a method call that returns an object (an object path, instantiated in the request). */
  protected create<T extends FakeObject>(
    child: T,
    name: string,
    args: unknown[],
    write: boolean,
    run: (ref: never) => unknown,
  ): T {
    this.fake.enqueue({
      kind: 'instantiate',
      proxy: child,
      write,
      run: () => run(this.resolve(false) as never),
      json: [
        {
          Id: child.pathId,
          ObjectPathType: 3,
          Name: name,
          ParentObjectPathId: this.pathId,
          ArgumentInfo: { Arguments: args },
        },
        { Id: this.fake.id(), ActionType: 1, Name: '', ObjectPathId: child.pathId },
      ],
    });
    return child;
  }
}

/** Cells a proxy stands for: one or more areas of a sheet. */
interface Target {
  sheet: SheetModel;
  areas: Area[];
}

function forEachCell(t: Target, fn: (row: number, col: number) => void): void {
  for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r, c);
}

function guardWrite(sheet: SheetModel): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `sheet ${sheet.name} is protected`);
}

class FakeContext implements X.ExcelContext {
  readonly workbook: FakeWorkbook;
  /** The run this context belongs to (the default context: a run of its own, never checked for cell edit). */
  readonly run: RunRecord;
  constructor(
    private readonly fake: FakeExcel,
    run?: RunRecord,
  ) {
    this.run = run ?? { delayForCellEdit: false, mergeUndoGroup: false, suspends: 0, syncs: 0 };
    this.workbook = new FakeWorkbook(fake, this.run);
  }
  sync(): Promise<void> {
    this.run.syncs++;
    return this.fake.sync();
  }
}

class FakeWorkbook extends FakeObject implements X.XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  constructor(fake: FakeExcel, run: RunRecord) {
    super(fake, null);
    this.ref = fake.model;
    this.worksheets = new FakeWorksheetCollection(fake, this);
    this.protection = new FakeWorkbookProtection(fake, this);
    this.tables = new FakeTableCollection(fake, this, (wb) => ({ workbook: wb as WorkbookModel }));
    this.application = new FakeApplication(fake, this, run);
  }
  protected scalars() {
    return {};
  }
  getSelectedRange(): FakeRange {
    return this.create(new FakeRange(this.fake, this), 'GetSelectedRange', [], false, (wb: WorkbookModel) => {
      const sheet =
        this.fake.selection.sheet && !this.fake.selection.sheet.deleted ? this.fake.selection.sheet : wb.live()[0];
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'no sheet');
      if (this.fake.selection.others?.length)
        throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      return { sheet, areas: [this.fake.selection.area] };
    });
  }
  /** ExcelApi 1.9: every area of the selection. */
  getSelectedRanges(): FakeRangeAreas {
    return this.create(new FakeRangeAreas(this.fake, this), 'GetSelectedRanges', [], false, (wb: WorkbookModel) => {
      const sheet =
        this.fake.selection.sheet && !this.fake.selection.sheet.deleted ? this.fake.selection.sheet : wb.live()[0];
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'no sheet');
      return { sheet, areas: [this.fake.selection.area, ...(this.fake.selection.others ?? [])] };
    });
  }
}

class FakeApplication extends FakeObject implements X.XlApplication {
  constructor(
    fake: FakeExcel,
    parent: FakeObject,
    private readonly run: RunRecord,
  ) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return {};
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.run.suspends++;
    this.call('SuspendScreenUpdatingUntilNextSync', [], false, () => undefined);
  }
}

class FakeWorkbookProtection extends FakeObject implements X.XlWorkbookProtection {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return { protected: (wb: WorkbookModel) => wb.protected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

class FakeWorksheetCollection extends FakeObject implements X.XlWorksheetCollection {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return {};
  }
  protected override itemProxies(wb: WorkbookModel): FakeObject[] {
    return wb.live().map((s) => FakeWorksheet.bound(this.fake, this, s));
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  add(name?: string): FakeWorksheet {
    const fake = this.fake;
    return this.create(new FakeWorksheet(fake, this), 'Add', [name], true, (wb: WorkbookModel) => {
      if (wb.protected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      const sheetName = name ?? `Sheet${wb.sheets.length + 1}`;
      if (wb.sheet(sheetName)) throw new FakeOfficeError('ItemAlreadyExists', sheetName);
      if (sheetName.length > 31 || /[[\]:*?/\\]/.test(sheetName))
        throw new FakeOfficeError('InvalidArgument', `sheet name ${sheetName}`);
      const sheet = new SheetModel(sheetName);
      wb.sheets.push(sheet);
      fake.log(`add sheet ${sheetName}`);
      return sheet;
    });
  }
  getItem(key: string): FakeWorksheet {
    return this.create(new FakeWorksheet(this.fake, this), 'GetItem', [key], false, (wb: WorkbookModel) => {
      const s = wb.sheet(key);
      if (!s) throw new FakeOfficeError('ItemNotFound', `sheet ${key}`);
      return s;
    });
  }
  getLast(visibleOnly?: boolean): FakeWorksheet {
    return this.create(new FakeWorksheet(this.fake, this), 'GetLast', [visibleOnly], false, (wb: WorkbookModel) => {
      const list = wb.live().filter((s) => !visibleOnly || s.visibility === 'Visible');
      const s = list[list.length - 1];
      if (!s) throw new FakeOfficeError('ItemNotFound', 'no sheet');
      return s;
    });
  }
}

class FakeWorksheet extends FakeObject implements X.XlWorksheet {
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeNoteCollection;
  readonly tables: FakeTableCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  constructor(fake: FakeExcel, parent: FakeObject, derive?: (parentRef: unknown) => unknown) {
    super(fake, parent, derive);
    this.protection = new FakeWorksheetProtection(fake, this);
    this.notes = new FakeNoteCollection(fake, this);
    this.tables = new FakeTableCollection(fake, this, (s) => ({ sheet: s as SheetModel }));
    this.freezePanes = new FakeFreezePanes(fake, this);
    this.pageLayout = new FakePageLayout(fake, this);
  }
  static bound(fake: FakeExcel, parent: FakeObject, sheet: SheetModel): FakeWorksheet {
    const ws = new FakeWorksheet(fake, parent);
    ws.ref = sheet;
    return ws;
  }
  protected scalars() {
    return {
      name: (s: SheetModel) => s.name,
      visibility: (s: SheetModel) => s.visibility,
      position: (s: SheetModel) => this.fake.model.live().indexOf(s),
    };
  }
  protected override navigation(name: string): FakeObject | undefined {
    return ({ protection: this.protection, notes: this.notes, tables: this.tables } as Record<string, FakeObject>)[
      name
    ];
  }
  get name(): string {
    return this.read('name');
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.set('Position', value, (s: SheetModel) => {
      const sheets = this.fake.model.sheets;
      const live = this.fake.model.live();
      if (value < 0 || value >= live.length) throw new FakeOfficeError('InvalidArgument', `position ${value}`);
      // The docs do not say a very hidden sheet can be moved: refused, so the adapter positions first.
      if (s.visibility === 'VeryHidden')
        throw new FakeOfficeError('InvalidOperation', `position of the very hidden sheet ${s.name}`);
      sheets.splice(sheets.indexOf(s), 1);
      const after = this.fake.model.live();
      // Before the sheet now at that position (or at the end).
      const anchor = after[value];
      sheets.splice(anchor ? sheets.indexOf(anchor) : sheets.length, 0, s);
      this.fake.log(`position ${s.name} = ${value}`);
    });
  }
  get visibility(): X.XlWorksheet['visibility'] {
    return this.read('visibility');
  }
  set visibility(value: X.XlWorksheet['visibility']) {
    this.set('Visibility', value, (s: SheetModel) => {
      const v = String(value) as SheetModel['visibility'];
      const model = this.fake.model;
      if (
        v !== 'Visible' &&
        s.visibility === 'Visible' &&
        model.live().filter((x) => x.visibility === 'Visible').length === 1
      ) {
        throw new FakeOfficeError('InvalidOperation', 'cannot hide the last visible sheet');
      }
      s.visibility = v;
      this.fake.log(`visibility ${s.name} = ${v}`);
    });
  }
  delete(): void {
    this.call('Delete', [], true, (s: SheetModel) => {
      if (this.fake.model.protected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      if (s.visibility === 'VeryHidden')
        throw new FakeOfficeError('InvalidOperation', 'a very hidden sheet cannot be deleted');
      if (s.visibility === 'Visible' && this.fake.model.live().filter((x) => x.visibility === 'Visible').length === 1) {
        throw new FakeOfficeError('InvalidOperation', 'cannot delete the last visible sheet');
      }
      s.deleted = true;
      const tables = this.fake.model.tables;
      for (let i = tables.length - 1; i >= 0; i--) if (tables[i].sheet === s) tables.splice(i, 1);
      this.fake.log(`delete sheet ${s.name}`);
    });
  }
  activate(): void {
    this.call('Activate', [], false, (s: SheetModel) => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `sheet ${s.name} is hidden`);
      this.fake.selection = { sheet: s, area: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getRange(address?: string): FakeRange {
    return this.create(new FakeRange(this.fake, this), 'GetRange', [address], false, (s: SheetModel) => ({
      sheet: s,
      areas: [address ? parseArea(address) : { top: 0, left: 0, bottom: ROWS - 1, right: COLS - 1 }],
    }));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.create(
      new FakeRange(this.fake, this),
      'GetRangeByIndexes',
      [startRow, startColumn, rowCount, columnCount],
      false,
      (s: SheetModel) => {
        if (rowCount < 1 || columnCount < 1 || startRow + rowCount > ROWS || startColumn + columnCount > COLS)
          throw new FakeOfficeError('InvalidArgument', 'range out of the sheet');
        return {
          sheet: s,
          areas: [
            { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
          ],
        };
      },
    );
  }
  getRanges(address?: string): FakeRangeAreas {
    return this.create(new FakeRangeAreas(this.fake, this), 'GetRanges', [address], false, (s: SheetModel) => {
      const list = (address ?? '').split(',');
      if (list.length > 500 || (address ?? '').length > 8192)
        throw new FakeOfficeError(
          'InvalidArgument',
          `getRanges: ${list.length} areas, ${(address ?? '').length} characters`,
        );
      return { sheet: s, areas: list.map(parseArea) };
    });
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.create(new FakeRange(this.fake, this), 'GetUsedRange', [valuesOnly], false, (s: SheetModel) => {
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [k, c] of s.cells) {
        const used =
          c.value !== null ||
          c.error !== undefined ||
          c.formula !== undefined ||
          (!valuesOnly && (c.format !== 'General' || c.fill || c.style));
        if (!used) continue;
        const r = Math.floor(k / COLS);
        const col = k % COLS;
        top = Math.min(top, r);
        left = Math.min(left, col);
        bottom = Math.max(bottom, r);
        right = Math.max(right, col);
      }
      return {
        sheet: s,
        areas: [bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right }],
      };
    });
  }
}

class FakeWorksheetProtection extends FakeObject implements X.XlWorksheetProtection {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return { protected: (s: SheetModel) => s.protected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

class FakeRange extends FakeObject implements X.XlRange {
  readonly format: FakeRangeFormat;
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent);
    this.format = new FakeRangeFormat(fake, this);
  }
  static bound(fake: FakeExcel, parent: FakeObject, target: Target): FakeRange {
    const r = new FakeRange(fake, parent);
    r.ref = target;
    return r;
  }
  protected override navigation(name: string): FakeObject | undefined {
    return name === 'format' ? this.format : undefined;
  }
  protected scalars() {
    const area = (t: Target) => t.areas[0];
    const grid = (fn: (cell: FakeCell | undefined) => unknown) => (t: Target) => {
      const a = area(t);
      if (cellsOf(a) > this.fake.readCellCap) return null; // Excel: null, no error
      const out: unknown[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: unknown[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(fn(t.sheet.cell(r, c)));
        out.push(row);
      }
      return out;
    };
    return {
      address: (t: Target) => `${sheetPrefix(t.sheet.name)}!${areaAddress(area(t))}`,
      rowIndex: (t: Target) => area(t).top,
      columnIndex: (t: Target) => area(t).left,
      rowCount: (t: Target) => area(t).bottom - area(t).top + 1,
      columnCount: (t: Target) => area(t).right - area(t).left + 1,
      values: grid((c) => (c ? (c.error ?? c.value ?? '') : '')),
      numberFormat: grid((c) => c?.format ?? 'General'),
      valueTypes: grid((c) => {
        if (!c || (c.value === null && c.error === undefined) || c.value === '') return 'Empty';
        if (c.error !== undefined) return 'Error';
        if (typeof c.value === 'number') return 'Double';
        if (typeof c.value === 'boolean') return 'Boolean';
        return 'String';
      }),
      text: grid((c) => (c ? String(c.error ?? c.value ?? '') : '')),
      formulas: grid((c) => (c ? (c.formula ?? c.error ?? c.value ?? '') : '')),
    };
  }
  select(): void {
    this.call('Select', [], false, (t: Target) => {
      if (t.sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', `sheet ${t.sheet.name} is hidden`);
      this.fake.selection = { sheet: t.sheet, area: t.areas[0] };
    });
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(block: unknown[][]) {
    this.set('Values', block, (t: Target) => {
      guardWrite(t.sheet);
      const a = this.fitted(t, block);
      block.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined) return;
          writeValue(t.sheet.ensure(a.top + r, a.left + c), v);
        }),
      );
      this.fake.log(`values ${t.sheet.name}!${areaAddress(a)}`);
    });
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(block: unknown[][]) {
    this.set('NumberFormat', block, (t: Target) => {
      guardWrite(t.sheet);
      const a = this.fitted(t, block);
      block.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== undefined) t.sheet.ensure(a.top + r, a.left + c).format = String(v);
        }),
      );
      this.fake.log(`numberFormat ${t.sheet.name}!${areaAddress(a)}`);
    });
  }
  private fitted(t: Target, block: unknown[][]): Area {
    const a = t.areas[0];
    if (block.length !== a.bottom - a.top + 1 || block.some((row) => row.length !== a.right - a.left + 1)) {
      throw new FakeOfficeError('InvalidArgument', `a ${block.length}-row block for ${areaAddress(a)}`);
    }
    return a;
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.read('hyperlink');
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.set('Hyperlink', link, (t: Target) => {
      guardWrite(t.sheet);
      const a = t.areas[0];
      const cell = t.sheet.ensure(a.top, a.left);
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) writeValue(cell, link.textToDisplay);
      this.fake.log(`hyperlink ${t.sheet.name}!${cellAddress(a.top, a.left)}`);
    });
  }
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this.call('SetCellProperties', [cellPropertiesData], true, (t: Target) => {
      guardWrite(t.sheet);
      const a = this.fitted(t, cellPropertiesData);
      cellPropertiesData.forEach((row, r) =>
        row.forEach((props, c) => {
          if (props.format) throw new Error('format in setCellProperties is not modelled');
          if (!props.hyperlink) return;
          const cell = t.sheet.ensure(a.top + r, a.left + c);
          cell.hyperlink = { ...props.hyperlink };
          if (props.hyperlink.textToDisplay !== undefined) writeValue(cell, props.hyperlink.textToDisplay);
        }),
      );
      this.fake.log(`setCellProperties ${t.sheet.name}!${areaAddress(a)}`);
    });
  }
  getIntersectionOrNullObject(anotherRange: X.XlRange | string): FakeRange {
    const other = anotherRange instanceof FakeRange ? anotherRange : null;
    return this.create(
      new FakeRange(this.fake, this),
      'GetIntersectionOrNullObject',
      [typeof anotherRange === 'string' ? anotherRange : '<range>'],
      false,
      (t: Target) => {
        const b = other ? (other.resolve(false) as Target).areas[0] : parseArea(anotherRange as string);
        const i = intersect(t.areas[0], b);
        return i ? { sheet: t.sheet, areas: [i] } : null;
      },
    );
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return this.create(new FakeRangeAreas(this.fake, this), 'GetMergedAreasOrNullObject', [], false, (t: Target) => {
      const a = t.areas[0];
      // Only merges whose top-left cell is inside the range (OfficeDev/office-js #3611).
      const found = t.sheet.merges.filter(
        (m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right,
      );
      if (found.length > this.fake.mergeLimit)
        throw new FakeOfficeError('GeneralException', `${found.length} merged areas in ${areaAddress(a)}`);
      // A merge crossing the range comes back cut to it (office-js #1590).
      const areas = this.fake.cutMerges ? found.map((m) => intersect(m, a) as Area) : found;
      return found.length ? { sheet: t.sheet, areas } : null;
    });
  }
  merge(across?: boolean): void {
    this.call('Merge', [across], true, (t: Target) => {
      guardWrite(t.sheet);
      const whole = t.areas[0];
      // across: each row of the range merged on its own, as Excel does.
      const parts = across
        ? Array.from({ length: whole.bottom - whole.top + 1 }, (_, i) => ({
            ...whole,
            top: whole.top + i,
            bottom: whole.top + i,
          }))
        : [whole];
      if (t.sheet.merges.some((m) => intersect(m, whole)))
        throw new FakeOfficeError('InvalidArgument', `merge over a merge at ${areaAddress(whole)}`);
      for (const a of parts) {
        t.sheet.merges.push({ ...a });
        this.fake.log(`merge ${t.sheet.name}!${areaAddress(a)}`);
      }
    });
  }
}

function writeValue(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  delete cell.error;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (s === '') {
    cell.value = null;
    return;
  }
  if (cell.format === '@') {
    cell.value = s;
    return;
  }
  // What Excel does with a string typed into a General cell.
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) {
    cell.value = Number(s);
  } else if (/^[-+]?(\d+\.?\d*|\.\d+)%$/.test(s)) {
    cell.value = Number(s.slice(0, -1)) / 100;
  } else if (/^[=+-]/.test(s)) {
    cell.formula = s;
    cell.value = '#NAME?';
    cell.error = '#NAME?';
  } else {
    cell.value = s;
  }
}

class FakeRangeAreas extends FakeObject implements X.XlRangeAreas {
  readonly areas: FakeRangeCollection;
  readonly format: FakeRangeFormat;
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent);
    this.areas = new FakeRangeCollection(fake, this);
    this.format = new FakeRangeFormat(fake, this);
  }
  protected override navigation(name: string): FakeObject | undefined {
    return ({ areas: this.areas, format: this.format } as Record<string, FakeObject>)[name];
  }
  protected scalars() {
    return { address: (t: Target) => t.areas.map((a) => `${sheetPrefix(t.sheet.name)}!${areaAddress(a)}`).join(',') };
  }
  get address(): string {
    return this.read('address');
  }
}

class FakeRangeCollection extends FakeObject implements X.XlRangeCollection {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return {};
  }
  protected override itemProxies(t: Target): FakeObject[] {
    return t.areas.map((a) => FakeRange.bound(this.fake, this, { sheet: t.sheet, areas: [a] }));
  }
  get items(): FakeRange[] {
    return this.read('items');
  }
}

/** Format, fill, font, border: the same cells as the range, one property of each. */
function styleSetter(
  proxy: FakeObject,
  fake: FakeExcel,
  group: string,
  name: string,
  value: unknown,
  apply: (cell: FakeCell) => void,
  also?: (t: Target) => void,
) {
  (proxy as unknown as { set: (n: string, v: unknown, r: (ref: never) => void) => void }).set(
    name,
    value,
    (t: Target) => {
      guardWrite(t.sheet);
      if (also) also(t);
      else forEachCell(t, (r, c) => apply(t.sheet.ensure(r, c)));
      fake.log(`${group}.${name} ${t.sheet.name}!${t.areas.map(areaAddress).join(',')} = ${JSON.stringify(value)}`);
    },
  );
}

class FakeRangeFormat extends FakeObject implements X.XlRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
    this.fill = new FakeRangeFill(fake, this);
    this.font = new FakeRangeFont(fake, this);
    this.borders = new FakeRangeBorderCollection(fake, this);
  }
  protected override navigation(name: string): FakeObject | undefined {
    return ({ fill: this.fill, font: this.font } as Record<string, FakeObject>)[name];
  }
  protected scalars() {
    return {};
  }
  private style(name: string, value: unknown) {
    styleSetter(this, this.fake, 'format', name, value, (cell) => {
      cell.style = { ...cell.style, [name]: value };
    });
  }
  set horizontalAlignment(v: X.XlRangeFormat['horizontalAlignment']) {
    this.style('horizontalAlignment', v);
  }
  get horizontalAlignment(): X.XlRangeFormat['horizontalAlignment'] {
    return this.read('horizontalAlignment');
  }
  set verticalAlignment(v: X.XlRangeFormat['verticalAlignment']) {
    this.style('verticalAlignment', v);
  }
  get verticalAlignment(): X.XlRangeFormat['verticalAlignment'] {
    return this.read('verticalAlignment');
  }
  set wrapText(v: boolean) {
    this.style('wrapText', v);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set indentLevel(v: number) {
    this.style('indentLevel', v);
  }
  get indentLevel(): number {
    return this.read('indentLevel');
  }
  set columnWidth(v: number) {
    styleSetter(
      this,
      this.fake,
      'format',
      'columnWidth',
      v,
      () => undefined,
      (t) => {
        for (const a of t.areas) for (let c = a.left; c <= a.right; c++) t.sheet.columnWidths.set(c, v);
      },
    );
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set rowHeight(v: number) {
    styleSetter(
      this,
      this.fake,
      'format',
      'rowHeight',
      v,
      () => undefined,
      (t) => {
        for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) t.sheet.rowHeights.set(r, v);
      },
    );
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
}

class FakeRangeFill extends FakeObject implements X.XlRangeFill {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    // Over several cells, a property they do not share reads as null.
    const shared = (fn: (f: FakeFill | undefined) => unknown) => (t: Target) => {
      let first: unknown = undefined;
      let same = true;
      forEachCell(t, (r, c) => {
        const v = fn(t.sheet.cell(r, c)?.fill);
        if (first === undefined) first = v;
        else if (v !== first) same = false;
      });
      return same ? first : null;
    };
    return {
      color: shared((f) => f?.color ?? '#FFFFFF'),
      pattern: shared((f) => f?.pattern ?? 'None'),
      patternColor: shared((f) => f?.patternColor ?? null),
    };
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    styleSetter(this, this.fake, 'fill', 'color', v, (cell) => {
      cell.fill = {
        color: v.toUpperCase(),
        pattern: !cell.fill || cell.fill.pattern === 'None' ? 'Solid' : cell.fill.pattern,
        patternColor: cell.fill?.patternColor ?? null,
      };
    });
  }
  get pattern(): X.XlRangeFill['pattern'] {
    return this.read('pattern');
  }
  set pattern(v: X.XlRangeFill['pattern']) {
    styleSetter(this, this.fake, 'fill', 'pattern', v, (cell) => {
      if (String(v) === 'None') delete cell.fill;
      else
        cell.fill = {
          color: cell.fill?.color ?? '#FFFFFF',
          pattern: String(v),
          patternColor: cell.fill?.patternColor ?? null,
        };
    });
  }
  get patternColor(): string {
    return this.read('patternColor');
  }
  set patternColor(v: string) {
    styleSetter(this, this.fake, 'fill', 'patternColor', v, (cell) => {
      if (cell.fill) cell.fill = { ...cell.fill, patternColor: v.toUpperCase() };
    });
  }
  clear(): void {
    this.call('Clear', [], true, (t: Target) => {
      guardWrite(t.sheet);
      forEachCell(t, (r, c) => {
        const cell = t.sheet.cell(r, c);
        if (cell) delete cell.fill;
      });
      this.fake.log(`fill.clear ${t.sheet.name}!${t.areas.map(areaAddress).join(',')}`);
    });
  }
}

class FakeRangeFont extends FakeObject implements X.XlRangeFont {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return {};
  }
  private font(name: string, value: unknown) {
    styleSetter(this, this.fake, 'font', name, value, (cell) => {
      cell.style = { ...cell.style, [`font.${name}`]: value };
    });
  }
  set name(v: string) {
    this.font('name', v);
  }
  get name(): string {
    return this.read('name');
  }
  set size(v: number) {
    this.font('size', v);
  }
  get size(): number {
    return this.read('size');
  }
  set bold(v: boolean) {
    this.font('bold', v);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set color(v: string) {
    this.font('color', v);
  }
  get color(): string {
    return this.read('color');
  }
  set underline(v: X.XlRangeFont['underline']) {
    this.font('underline', v);
  }
  get underline(): X.XlRangeFont['underline'] {
    return this.read('underline');
  }
}

class FakeRangeBorderCollection extends FakeObject implements X.XlRangeBorderCollection {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return {};
  }
  getItem(index: Parameters<X.XlRangeBorderCollection['getItem']>[0]): FakeRangeBorder {
    return this.create(new FakeRangeBorder(this.fake, this, index), 'GetItem', [index], false, (t: Target) => t);
  }
}

class FakeRangeBorder extends FakeObject implements X.XlRangeBorder {
  constructor(
    fake: FakeExcel,
    parent: FakeObject,
    private readonly index: string,
  ) {
    super(fake, parent);
  }
  protected scalars() {
    return {};
  }
  private border(name: string, value: unknown) {
    styleSetter(this, this.fake, `border.${this.index}`, name, value, (cell) => {
      cell.style = { ...cell.style, [`border.${this.index}.${name}`]: value };
    });
  }
  set style(v: X.XlRangeBorder['style']) {
    this.border('style', v);
  }
  get style(): X.XlRangeBorder['style'] {
    return this.read('style');
  }
  set color(v: string) {
    this.border('color', v);
  }
  get color(): string {
    return this.read('color');
  }
  set weight(v: X.XlRangeBorder['weight']) {
    this.border('weight', v);
  }
  get weight(): X.XlRangeBorder['weight'] {
    return this.read('weight');
  }
}

interface NoteRef {
  sheet: SheetModel;
  key: number;
}

class FakeNoteCollection extends FakeObject implements X.XlNoteCollection {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return {};
  }
  protected override itemProxies(s: SheetModel): FakeObject[] {
    return [...s.notes.keys()].map((k) => {
      const n = new FakeNote(this.fake, this);
      n.ref = { sheet: s, key: k };
      return n;
    });
  }
  get items(): FakeNote[] {
    return this.read('items');
  }
  add(cellAddress: string, content: string): FakeNote {
    return this.create(new FakeNote(this.fake, this), 'Add', [cellAddress, content], true, (s: SheetModel) => {
      guardWrite(s);
      const a = parseArea(cellAddress);
      if (cellsOf(a) !== 1) throw new FakeOfficeError('InvalidCellAddress', cellAddress);
      const k = cellKey(a.top, a.left);
      if (s.notes.has(k)) throw new FakeOfficeError('InvalidArgument', `a note exists at ${cellAddress}`);
      s.notes.set(k, { content });
      this.fake.log(`note.add ${s.name}!${cellAddress}`);
      return { sheet: s, key: k } satisfies NoteRef;
    });
  }
  getItemOrNullObject(key: string): FakeNote {
    return this.create(new FakeNote(this.fake, this), 'GetItemOrNullObject', [key], false, (s: SheetModel) => {
      const a = parseArea(key);
      const k = cellKey(a.top, a.left);
      return s.notes.has(k) ? ({ sheet: s, key: k } satisfies NoteRef) : null;
    });
  }
}

class FakeNote extends FakeObject implements X.XlNote {
  protected scalars() {
    return { content: (n: NoteRef) => n.sheet.notes.get(n.key)?.content ?? null };
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.set('Content', v, (n: NoteRef) => {
      guardWrite(n.sheet);
      const note = n.sheet.notes.get(n.key);
      if (!note) throw new FakeOfficeError('ItemNotFound', 'note');
      note.content = v;
      this.fake.log(`note.content ${n.sheet.name}!${cellAddress(Math.floor(n.key / COLS), n.key % COLS)}`);
    });
  }
  delete(): void {
    this.call('Delete', [], true, (n: NoteRef) => {
      guardWrite(n.sheet);
      if (!n.sheet.notes.delete(n.key)) throw new FakeOfficeError('ItemNotFound', 'note');
      this.fake.log(`note.delete ${n.sheet.name}!${cellAddress(Math.floor(n.key / COLS), n.key % COLS)}`);
    });
  }
}

type TableScope = { workbook?: WorkbookModel; sheet?: SheetModel };

class FakeTableCollection extends FakeObject implements X.XlTableCollection {
  protected scalars() {
    return {};
  }
  protected override itemProxies(scope: TableScope): FakeObject[] {
    return this.fake.model.tables
      .filter((t) => !scope.sheet || t.sheet === scope.sheet)
      .map((t) => {
        const p = new FakeTable(this.fake, this);
        p.ref = t;
        return p;
      });
  }
  get items(): FakeTable[] {
    return this.read('items');
  }
  add(address: X.XlRange | string, hasHeaders: boolean): FakeTable {
    const range = address instanceof FakeRange ? address : null;
    return this.create(new FakeTable(this.fake, this), 'Add', [range ? '<range>' : address, hasHeaders], true, () => {
      // A Range is taken as it is; an address without a sheet name is on the active sheet (the docs say so
      // for both collections), whichever sheet's collection it was given to.
      let sheet: SheetModel | undefined;
      let area: Area;
      if (range) {
        const t = range.resolve(false) as Target;
        sheet = t.sheet;
        area = t.areas[0];
      } else {
        const text = address as string;
        const bang = text.lastIndexOf('!');
        sheet =
          bang < 0
            ? this.fake.activeSheet()
            : this.fake.model.sheet(
                text
                  .slice(0, bang)
                  .replace(/^'(.*)'$/, '$1')
                  .replace(/''/g, "'"),
              );
        area = parseArea(text);
      }
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `no sheet for ${String(address)}`);
      guardWrite(sheet);
      if (sheet.merges.some((m) => intersect(m, area)))
        throw new FakeOfficeError('InvalidOperation', 'a table over merged cells');
      const tables = this.fake.model.tables;
      const table: TableModel = {
        name: `Table${tables.length + 1}`,
        sheet,
        area: area.bottom === area.top && hasHeaders ? { ...area, bottom: area.top + 1 } : area,
        style: 'TableStyleMedium2',
      };
      tables.push(table);
      this.fake.log(`table.add ${sheet.name}!${areaAddress(table.area)}`);
      return table;
    });
  }
}

class FakeTable extends FakeObject implements X.XlTable {
  readonly worksheet: FakeWorksheet;
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent);
    this.worksheet = new FakeWorksheet(fake, this, (t) => (t as TableModel).sheet);
  }
  protected override navigation(name: string): FakeObject | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }
  protected scalars() {
    return { name: (t: TableModel) => t.name, style: (t: TableModel) => t.style };
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.set('Name', v, (t: TableModel) => {
      if (this.fake.model.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase()))
        throw new FakeOfficeError('InvalidArgument', `table name ${v} is taken`);
      t.name = v;
      this.fake.log(`table.name ${v}`);
    });
  }
  get style(): string {
    return this.read('style');
  }
  set style(v: string) {
    this.set('Style', v, (t: TableModel) => {
      t.style = v;
    });
  }
}

class FakeFreezePanes extends FakeObject implements X.XlFreezePanes {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return {};
  }
  freezeRows(count?: number): void {
    this.call('FreezeRows', [count], true, (s: SheetModel) => {
      s.frozenRows = count ?? 1;
      this.fake.log(`freezeRows ${s.name} ${count}`);
    });
  }
}

class FakePageLayout extends FakeObject implements X.XlPageLayout {
  constructor(fake: FakeExcel, parent: FakeObject) {
    super(fake, parent, (ref) => ref);
  }
  protected scalars() {
    return {};
  }
  private layout(name: string, value: unknown) {
    this.set(name, value, (s: SheetModel) => {
      guardWrite(s);
      s.pageLayout[name] = value;
    });
  }
  set orientation(v: X.XlPageLayout['orientation']) {
    this.layout('orientation', v);
  }
  get orientation(): X.XlPageLayout['orientation'] {
    return this.read('orientation');
  }
  set paperSize(v: X.XlPageLayout['paperSize']) {
    this.layout('paperSize', v);
  }
  get paperSize(): X.XlPageLayout['paperSize'] {
    return this.read('paperSize');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    // Documented: scale 10–400, or pages to fit (positive whole numbers); nothing else.
    const fit = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) > 0);
    const known = Object.keys(v).every((k) => ['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k));
    if (
      !known ||
      !fit(v.horizontalFitToPages) ||
      !fit(v.verticalFitToPages) ||
      (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
    ) {
      this.set('Zoom', v, () => {
        throw new FakeOfficeError('InvalidArgument', `zoom ${JSON.stringify(v)}`);
      });
      return;
    }
    this.layout('zoom', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read('zoom');
  }
}
