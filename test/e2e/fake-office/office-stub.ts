/**
 * office.js for the pane's browser tests: a simulated Excel over an in-memory workbook (the typed fake
 * of test/office/fake-excel.ts, which counts syncs and refuses what real Excel refuses), with the few
 * Office.* members the pane uses. The test serves this bundle in place of Microsoft's office.js and
 * gives it the workbook as `window.__workbook` before the page loads.
 */
import type { WorkbookData } from '../../../src/core/grid/types';
import { cellAddress, parseAreaAddress } from '../../../src/core/grid/address';
import { type FakeCell, FakeExcel, type SheetModel } from '../../office/fake-excel';

/** What the test reads back from the simulated Excel through page.evaluate. */
export interface FakeView {
  sheets(): string[];
  /** Fill colour and note of every cell that has one: what 清除标注 must give back exactly. */
  looks(): Record<string, string>;
  values(sheet: string): Record<string, unknown>;
  selection(): string;
  select(sheet: string, range: string, ...more: string[]): void;
  /** Fails the request `after` syncs from now half-way through, as Excel leaves a failed batch. */
  failRequest(after: number, code: string): void;
  syncs(): number;
  /** The user's own formatting on a cell, set before the pane runs: what annotating must restore. */
  decorate(sheet: string, address: string, color: string, note: string): void;
  /** Types a value into a cell, as the user would in Excel. */
  type(sheet: string, address: string, value: string | number): void;
  /** Every cell's value and number format (formula cells as "=…"), for "back exactly". */
  exact(sheet: string): Record<string, [unknown, string]>;
  /** The whole workbook, to open the pane again over it (`window.__snapshot`): the pane reloaded, Excel not. */
  snapshot(): WorkbookSnapshot;
  /** The user puts a formula in a cell (its value as Excel computed it), after the pane read the workbook. */
  setFormula(sheet: string, address: string, formula: string, value: string | number): void;
  /** A cell's formula (or null) and value: what a refused correction must leave in place. */
  cellOf(sheet: string, address: string): { formula: string | null; value: unknown };
  /** Holds every context.sync() until releaseSyncs(): a step of the pane as slow as the test wants. */
  holdSyncs(): void;
  releaseSyncs(): void;
}

/** The simulated Excel's workbook as plain data: every sheet with its visibility, cells and notes. */
export interface WorkbookSnapshot {
  sheets: {
    name: string;
    visibility: 'Visible' | 'Hidden' | 'VeryHidden';
    protected: boolean;
    merges: SheetModel['merges'];
    cells: [number, FakeCell][];
    notes: [number, { content: string }][];
  }[];
}

declare global {
  interface Window {
    __workbook?: WorkbookData;
    /** A workbook the pane worked on before (FakeView.snapshot): opened instead of `__workbook`. */
    __snapshot?: WorkbookSnapshot;
    /** The highest ExcelApi minor version the simulated Excel supports (default 18). */
    __excelApiMinor?: number;
    __fake?: FakeView;
    /** Office's theme colours as Office.context.officeTheme gives them (default: Colorful, light). */
    __officeTheme?: {
      bodyBackgroundColor: string;
      bodyForegroundColor: string;
      controlBackgroundColor: string;
      controlForegroundColor: string;
      isDarkTheme: boolean;
    };
  }
}

function fromSnapshot(snapshot: WorkbookSnapshot): FakeExcel {
  const restored = new FakeExcel();
  for (const s of snapshot.sheets) {
    const sheet = restored.addSheet(s.name);
    sheet.visibility = s.visibility;
    sheet.protected = s.protected;
    sheet.merges = s.merges.map((m) => ({ ...m }));
    for (const [k, c] of s.cells) sheet.cells.set(k, { ...c });
    for (const [k, n] of s.notes) sheet.notes.set(k, { ...n });
  }
  return restored;
}

const fake = window.__snapshot
  ? fromSnapshot(window.__snapshot)
  : FakeExcel.fromWorkbookData(window.__workbook ?? { sheets: [] });
const maxMinor = window.__excelApiMinor ?? 18;
const settings = new Map<string, unknown>();

function minorOf(version: string | undefined): number {
  return Number((version ?? '1.1').split('.')[1] ?? 0);
}

// Plain objects with the members the pane calls; the office-js typings describe the real, far larger API.
const office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  context: {
    displayLanguage: 'zh-CN',
    officeTheme: window.__officeTheme ?? {
      bodyBackgroundColor: '#FFFFFF',
      bodyForegroundColor: '#000000',
      controlBackgroundColor: '#FFFFFF',
      controlForegroundColor: '#000000',
      isDarkTheme: false,
    },
    requirements: {
      isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && minorOf(version) <= maxMinor,
    },
    document: {
      settings: {
        get: (key: string) => settings.get(key) ?? null,
        set: (key: string, value: unknown) => void settings.set(key, value),
        saveAsync: (callback?: (r: { status: string }) => void) => callback?.({ status: 'succeeded' }),
      },
    },
  },
};

const excel = {
  run: fake.run.bind(fake),
};

Object.assign(window, { Office: office, Excel: excel });

// A held sync waits for the release: the pane's step stays under way for as long as the test needs.
let held: { promise: Promise<void>; release: () => void } | null = null;
const realSync = fake.sync.bind(fake);
fake.sync = async () => {
  if (held) await held.promise;
  return realSync();
};

window.__fake = {
  sheets: () => fake.model.live().map((s) => s.name),
  looks: () => {
    const out: Record<string, string> = {};
    for (const s of fake.model.live()) {
      for (const [k, c] of s.cells)
        if (c.fill)
          out[`${s.name}!${cellAddress(Math.floor(k / 16_384), k % 16_384)}:fill`] =
            `${c.fill.pattern} ${c.fill.color}`;
      for (const [k, n] of s.notes)
        out[`${s.name}!${cellAddress(Math.floor(k / 16_384), k % 16_384)}:note`] = n.content;
    }
    return out;
  },
  values: (sheet) => {
    const out: Record<string, unknown> = {};
    for (const [k, c] of fake.sheet(sheet).cells)
      if (c.value !== null)
        out[cellAddress(Math.floor(k / 16_384), k % 16_384)] = c.formula ? `=${c.formula}` : c.value;
    return out;
  },
  selection: () => {
    const { sheet, area } = fake.selection;
    return `${sheet?.name ?? ''}!${cellAddress(area.top, area.left)}${area.bottom > area.top || area.right > area.left ? `:${cellAddress(area.bottom, area.right)}` : ''}`;
  },
  select: (sheet, range, ...more) => {
    fake.selection = {
      sheet: fake.sheet(sheet),
      area: parseAreaAddress(range),
      others: more.map((r) => parseAreaAddress(r)),
    };
  },
  failRequest: (after, code) => {
    fake.failAt = { sync: fake.syncs + after, code };
  },
  syncs: () => fake.syncs,
  type: (sheet, address, value) => {
    const { top, left } = parseAreaAddress(address);
    const cell = fake.sheet(sheet).ensure(top, left);
    cell.value = value;
    delete cell.formula;
  },
  exact: (sheet) => {
    const out: Record<string, [unknown, string]> = {};
    for (const [k, c] of fake.sheet(sheet).cells)
      if (c.value !== null)
        out[cellAddress(Math.floor(k / 16_384), k % 16_384)] = [c.formula ? `=${c.formula}` : c.value, c.format];
    return out;
  },
  snapshot: () => ({
    sheets: fake.model.live().map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      merges: s.merges.map((m) => ({ ...m })),
      cells: [...s.cells].map(([k, c]) => [k, { ...c }]),
      notes: [...s.notes].map(([k, n]) => [k, { ...n }]),
    })),
  }),
  decorate: (sheet, address, color, note) => {
    const { top, left } = parseAreaAddress(address);
    const s = fake.sheet(sheet);
    s.ensure(top, left).fill = { color, pattern: 'Solid', patternColor: null };
    s.notes.set(top * 16_384 + left, { content: note });
  },
  setFormula: (sheet, address, formula, value) => {
    const { top, left } = parseAreaAddress(address);
    const cell = fake.sheet(sheet).ensure(top, left);
    cell.formula = formula;
    cell.value = value;
    delete cell.error;
  },
  cellOf: (sheet, address) => {
    const { top, left } = parseAreaAddress(address);
    const cell = fake.sheet(sheet).cells.get(top * 16_384 + left);
    return { formula: cell?.formula ?? null, value: cell?.value ?? null };
  },
  holdSyncs: () => {
    if (held) return;
    let release = () => undefined as void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    held = { promise, release };
  },
  releaseSyncs: () => {
    held?.release();
    held = null;
  },
};
