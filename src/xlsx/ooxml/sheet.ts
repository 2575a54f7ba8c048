/**
 * One worksheet part read into raw cells the way ExcelJS 4.4.0's cell and row parsers, its reconcile step
 * and src/xlsx/raw-cell.ts's toRawCell together read it. Anything outside the plain shape Excel and ExcelJS
 * write (and that the ExcelJS path handles in its own way) declines.
 */
import type { RawCell } from '../../core/grid/types';
import { toRawCell } from '../raw-cell';
import { type SharedString, unescapeText, xmlDecodeAgain } from './parts';
import { Decline, attributes, scanXml } from './xml-scan';
import { columnIndex } from '../../core/grid/address';

export interface SheetContext {
  shared: SharedString[];
  /** The number format of each cell style index (cellXfs). */
  formats: (string | undefined)[];
  date1904: boolean;
}

export interface SheetPart {
  /** Row number (1-based) → cells by column index; null is a cell ExcelJS keeps empty. */
  rows: Map<number, (RawCell | null)[]>;
  mergeRefs: string[];
  protected: boolean;
  /** Plain string values in column A, by row: what the annotation state sheet holds. */
  columnA: Map<number, string>;
}

const CELL_REF = /^([A-Z]{1,3})[0-9]+$/;
const ROW_REF = /^[1-9][0-9]{0,6}$/;
const MAX_ROW = 1048576;
const MAX_COL = 16384;
/** Elements ExcelJS's worksheet parser picks up wherever they are; the fast reader wants them in place. */
const TOP_LEVEL = new Set([
  'sheetData',
  'mergeCells',
  'sheetProtection',
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
]);
const UNSUPPORTED = new Set(['hyperlinks', 'drawing', 'picture', 'tableParts']);

function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function columnOf(ref: string): number {
  const m = CELL_REF.exec(ref);
  if (!m) throw new Decline('unusual cell reference');
  const col = columnIndex(m[1]) + 1;
  if (col > MAX_COL) throw new Decline('column out of range');
  return col;
}

/** The cell being read: its attributes and the texts of its children. */
interface CellState {
  ref: string | undefined;
  t: string | undefined;
  styleId: number;
  formula: string;
  fType: string | undefined;
  fSi: string | undefined;
  fRef: string | undefined;
  hasF: boolean;
  value: string | undefined;
  hasV: boolean;
  hasIs: boolean;
  rich: (string | undefined)[] | undefined;
}

export function readSheet(xml: string, ctx: SheetContext): SheetPart {
  const rows = new Map<number, (RawCell | null)[]>();
  const columnA = new Map<number, string>();
  const mergeRefs: string[] = [];
  const formulae = new Map<string, string | undefined>();
  let isProtected = false;
  let section: 'data' | 'merges' | undefined;
  const seen = new Set<string>();
  let rowNo = 0;
  let row: (RawCell | null)[] = [];
  let prevCol: number | undefined;
  let cell: CellState | undefined;
  /** Which text is being collected: formula, value, inline text, or a rich-text run. */
  let mode: 'f' | 'v' | 't' | 'run' | undefined;
  let inIs = false;
  let inRun = false;
  let runText: string[] | undefined;
  let runHasT = false;
  let runValue: string | undefined;
  let inRunProps = false;

  const finishCell = (c: CellState) => {
    const result = cellValue(c, ctx, formulae);
    if (result === 'merge') return;
    const col = c.ref !== undefined ? columnOf(c.ref) : prevCol === undefined ? -1 : prevCol + 1;
    if (col < 1 || col > MAX_COL) throw new Decline('a cell without a position');
    prevCol = col;
    row[col - 1] = result.raw;
    if (col === 1) {
      if (result.plain !== undefined) columnA.set(rowNo, result.plain);
      else columnA.delete(rowNo);
    }
  };

  scanXml(xml, {
    open(name, raw, depth) {
      if (depth === 0) {
        if (name !== 'worksheet') throw new Decline('worksheet root');
        return;
      }
      if (section === 'data') {
        if (depth === 2) {
          if (name !== 'row') throw new Decline('unusual sheetData');
          const r = attributes(raw).r;
          if (r === undefined || !ROW_REF.test(r) || Number(r) > MAX_ROW) throw new Decline('unusual row number');
          rowNo = Number(r);
          row = [];
          rows.set(rowNo, row);
          columnA.delete(rowNo);
          prevCol = undefined;
        } else if (depth === 3) {
          if (name !== 'c') throw new Decline('unusual row content');
          const a = attributes(raw);
          cell = {
            ref: a.r,
            t: a.t,
            styleId: a.s ? parseInt(a.s, 10) : 0,
            formula: '',
            fType: undefined,
            fSi: undefined,
            fRef: undefined,
            hasF: false,
            value: undefined,
            hasV: false,
            hasIs: false,
            rich: undefined,
          };
        } else if (depth === 4 && cell) {
          if (name === 'f' && !cell.hasF) {
            const a = attributes(raw);
            cell.hasF = true;
            cell.fType = a.t;
            cell.fSi = a.si;
            cell.fRef = a.ref;
            mode = 'f';
          } else if (name === 'v' && !cell.hasV && !cell.hasIs) {
            cell.hasV = true;
            mode = 'v';
          } else if (name === 'is' && !cell.hasV && !cell.hasIs) {
            cell.hasIs = true;
            inIs = true;
          } else throw new Decline('unusual cell content');
        } else if (depth === 5 && inIs && cell) {
          if (name === 't' && cell.value === undefined && cell.rich === undefined) mode = 't';
          else if (name === 'r' && cell.value === undefined) {
            cell.rich ??= [];
            inRun = true;
            runHasT = false;
            runValue = undefined;
          } else if (name !== 'phoneticPr') throw new Decline('unusual inline string');
        } else if (depth === 6 && inRun) {
          if (name === 't' && !runHasT) {
            runHasT = true;
            runText = [];
            mode = 'run';
          } else if (name === 'rPr') inRunProps = true;
          else throw new Decline('unusual rich-text run');
        } else if (!(depth >= 7 && inRunProps)) {
          throw new Decline('unusual sheetData nesting');
        }
        return;
      }
      if (section === 'merges') {
        if (depth !== 2 || name !== 'mergeCell') throw new Decline('unusual mergeCells');
        const ref = attributes(raw).ref;
        if (ref === undefined) throw new Decline('a mergeCell without ref');
        mergeRefs.push(ref);
        return;
      }
      if (!TOP_LEVEL.has(name)) return;
      if (depth !== 1 || UNSUPPORTED.has(name) || (seen.has(name) && name !== 'sheetProtection'))
        throw new Decline(`sheet element ${name}`);
      seen.add(name);
      if (name === 'sheetData') section = 'data';
      else if (name === 'mergeCells') section = 'merges';
      else isProtected = true;
    },
    close(name, depth) {
      if (depth === 1) {
        section = undefined;
        return;
      }
      if (section !== 'data') return;
      if (depth === 3 && cell) {
        if (inIs || mode !== undefined) throw new Decline('unclosed cell content');
        finishCell(cell);
        cell = undefined;
      } else if (depth === 4) {
        mode = undefined;
        inIs = false;
      } else if (depth === 5 && inRun && name === 'r') {
        (cell as CellState).rich?.push(runValue);
        inRun = false;
      } else if (depth === 5) {
        mode = undefined;
      } else if (depth === 6 && name === 't' && runText) {
        runValue = unescapeText(runText.join(''));
        runText = undefined;
        mode = undefined;
      } else if (depth === 6 && name === 'rPr') {
        inRunProps = false;
      }
    },
    text(text) {
      if (mode === undefined || !cell) return;
      if (mode === 'f') cell.formula += text;
      else if (mode === 'run') (runText as string[]).push(text);
      else cell.value = cell.value === undefined ? text : cell.value + text;
    },
  });
  return { rows, mergeRefs, protected: isProtected, columnA };
}

/** What ExcelJS makes of one cell: 'merge' (not kept at all), or the raw cell (null: kept empty). */
function cellValue(
  c: CellState,
  ctx: SheetContext,
  formulae: Map<string, string | undefined>,
): 'merge' | { raw: RawCell | null; plain?: string } {
  const style = c.styleId && c.styleId > 0 && c.styleId < ctx.formats.length ? true : false;
  const numFmt = style ? ctx.formats[c.styleId] : undefined;
  const isDate = style && isDateFmt(numFmt);
  const value = c.value;
  if (c.rich !== undefined && (c.t !== 'inlineStr' || c.formula || c.fType))
    throw new Decline('rich text outside an inline string');
  if (c.formula || c.fType) {
    let result: unknown;
    if (value) {
      if (c.t === 'str') result = xmlDecodeAgain(value);
      else if (c.t === 'b') result = parseInt(value, 10) !== 0;
      else if (c.t === 'e') result = { error: value };
      else result = parseFloat(value);
    }
    if (result !== undefined && isDate) result = excelToDate(result, ctx.date1904);
    let shared: string | undefined;
    if (c.fType === 'shared') {
      if (c.fRef) formulae.set(String(c.fSi), c.ref);
      else shared = formulae.get(String(c.fSi));
    }
    // ExcelJS's cell value carries `formula` or `sharedFormula` only when truthy.
    const formula: Record<string, unknown> = { result };
    if (c.formula) formula.formula = c.formula;
    if (shared) formula.sharedFormula = shared;
    return { raw: raw(formula, numFmt) };
  }
  if (c.rich !== undefined) return { raw: raw({ richText: c.rich.map((text) => ({ text })) }, numFmt) };
  if (value === undefined) return c.styleId ? { raw: null } : 'merge';
  switch (c.t) {
    case 's': {
      const index = parseInt(value, 10);
      if (!(index >= 0 && index < ctx.shared.length)) throw new Decline('shared string index');
      const entry = ctx.shared[index];
      if (typeof entry === 'string') return { raw: raw(entry, numFmt), plain: entry };
      if ('runs' in entry) return { raw: raw({ richText: entry.runs.map((text) => ({ text })) }, numFmt) };
      return { raw: raw({}, numFmt) };
    }
    case 'str': {
      const text = xmlDecodeAgain(value);
      return { raw: raw(text, numFmt), plain: text };
    }
    case 'inlineStr':
      return { raw: raw(value, numFmt), plain: value };
    case 'b':
      return { raw: raw(parseInt(value, 10) !== 0, numFmt) };
    case 'e':
      return { raw: raw({ error: value }, numFmt) };
    default: {
      const n = parseFloat(value);
      return { raw: raw(isDate ? excelToDate(n, ctx.date1904) : n, numFmt) };
    }
  }
}

function raw(value: unknown, numFmt: string | undefined): RawCell | null {
  return toRawCell(value as Parameters<typeof toRawCell>[0], numFmt) ?? null;
}
