/**
 * Reads .xlsx bytes into the core's WorkbookData without building an ExcelJS workbook: the check only
 * needs values, formats and merges, and ExcelJS spends most of its load on models the check never uses.
 * The result is exactly what loadWorkbook(bytes).data gives. Files outside the plain shape this reader
 * understands (drawings, hyperlinks, print areas, anything damaged or hostile…) are read through the
 * ExcelJS path instead, which gives the same data or the same WorkbookReadError as before.
 */
import type { RawCell, SheetData, WorkbookData } from '../core/grid/types';
import { generatedSheets, type ParsedState, parseStateRows, STATE_SHEET } from '../core/write-plan/annotation-record';
import { LARGE_MERGE_CELLS, MAX_MERGED_CELLS, assertWorkbookZip, assertZip } from './zip-guard';
import { type Span, overlapping, parseRange, spanCells } from './spans';
import { readZipDirectory } from './zip-directory';
import { unzipPlain } from './zip-plain';
import { type SheetPart, readSheet } from './ooxml/sheet';
import { type SharedString, readBook, readRels, readSharedStrings, readStyles } from './ooxml/parts';
import { Decline, scanXml } from './ooxml/xml-scan';

export async function readWorkbookFast(data: Uint8Array | Buffer | ArrayBuffer): Promise<WorkbookData> {
  return (await readWorkbookFile(data)).data;
}

/** A workbook's data and its keywords (标记, docProps/core.xml), by which a batch knows its own summaries. */
export interface WorkbookFile {
  data: WorkbookData;
  keywords: string | undefined;
  /** Rows (1-based) of the annotation state sheet that are not records (edited by hand): skipped. */
  unreadableStateRows: number[];
}

/**
 * readWorkbookFast with the keywords as ExcelJS reads them. ExcelJS is loaded only for a file the fast reader
 * hands over: a plain workbook is read without it (the CLI's start-up depends on that).
 */
export async function readWorkbookFile(data: Uint8Array | Buffer | ArrayBuffer): Promise<WorkbookFile> {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  assertZip(bytes);
  const entries = readZipDirectory(bytes);
  assertWorkbookZip(entries);
  try {
    return readPlain(
      bytes,
      entries.map((e) => e.name),
    );
  } catch (err) {
    if (!(err instanceof Decline)) throw err;
  }
  const { loadWorkbook } = await import('./read');
  const { excel, data: sheets, unreadableStateRows } = await loadWorkbook(bytes);
  return { data: sheets, keywords: excel.keywords, unreadableStateRows };
}

/** The parts a plain workbook may hold; ExcelJS reads others (drawings, tables, media) in ways not mirrored here. */
const KNOWN_PART =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/(app|core|custom)\.xml|xl\/(workbook|styles|sharedStrings|calcChain)\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/theme\/theme\d+\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml|xl\/printerSettings\/printerSettings\d+\.bin)$/;
/** Parts ExcelJS parses as XML but whose content the check does not need: they only have to be well-formed. */
const CHECKED_ONLY =
  /^(_rels\/\.rels|docProps\/(app|core)\.xml|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;
/** Parts unpacked but not read as text. */
const BINARY_PART = /\.bin$/;
/** The worksheet parts ExcelJS parses (its pattern, unanchored). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

function readPlain(bytes: Uint8Array, names: string[]): WorkbookFile {
  if (new Set(names).size !== names.length) throw new Decline('repeated zip entries');
  const texts = new Map<string, string>();
  for (const entry of unzipPlain(bytes)) {
    const name = entry.name.replace(/^\//, '');
    if (!KNOWN_PART.test(name)) throw new Decline(`part ${name}`);
    // Every part is unpacked, as ExcelJS does (a damaged one fails its load); the binary ones are not read.
    if (BINARY_PART.test(name)) continue;
    const text = Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength).toString('utf8');
    // JSZip decodes in chunks: bytes that are no UTF-8 might come out otherwise there.
    if (text.includes('\uFFFD')) throw new Decline(`not UTF-8: ${name}`);
    texts.set(name, text);
    if (CHECKED_ONLY.test(name)) scanXml(text, { open() {}, close() {}, text() {} });
  }
  const coreText = texts.get('docProps/core.xml');
  const keywords = coreText === undefined ? undefined : readKeywords(coreText);
  const part = (name: string): string => {
    const text = texts.get(name);
    if (text === undefined) throw new Decline(`no ${name}`);
    return text;
  };

  const book = readBook(part('xl/workbook.xml'));
  const rels = new Map(readRels(part('xl/_rels/workbook.xml.rels')).map((r) => [r.id, r.target]));
  const formats = readStyles(part('xl/styles.xml'));
  const sharedText = texts.get('xl/sharedStrings.xml');
  const shared: SharedString[] = sharedText === undefined ? [] : readSharedStrings(sharedText);

  const ids = book.sheets.map((s) => s.id);
  if (new Set(ids).size !== ids.length || ids.some((id) => !(id >= 1 && id <= 65535))) throw new Decline('sheet ids');
  const sheets: { name: string; state: string | undefined; path: string }[] = [];
  for (const sheet of book.sheets) {
    if (!rels.has(sheet.rId)) continue;
    const target = rels.get(sheet.rId);
    if (target === undefined) throw new Decline('a relationship without target');
    const local = target.replace(/^(\s|\/xl\/)+/, '');
    const path = `xl/${local}`;
    if (texts.has(path) && WORKSHEET_PART.test(path) && local.startsWith('worksheets/')) {
      sheets.push({ name: sheet.name as string, state: sheet.state, path });
    } else if (local.startsWith('worksheets/') || WORKSHEET_PART.test(path)) {
      throw new Decline('a missing or unusual sheet part');
    }
  }
  assertNames(sheets.map((s) => s.name));
  const paths = new Set(sheets.map((s) => s.path));
  if (paths.size !== sheets.length || [...texts.keys()].some((name) => WORKSHEET_PART.test(name) && !paths.has(name))) {
    throw new Decline('sheet parts shared or not listed');
  }

  const read = sheets.map((s) => {
    const relsText = texts.get(s.path.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels');
    if (relsText !== undefined) assertSheetRels(relsText, texts);
    return { ...s, part: readSheet(part(s.path), { shared, formats, date1904: book.date1904 }) };
  });

  const state = read.find((s) => s.name === STATE_SHEET);
  const { records, unreadable } = state ? stateRecords(state.part) : { records: [], unreadable: [] };
  const generated = new Set([STATE_SHEET, ...generatedSheets(records)]);
  return {
    data: { sheets: read.filter((s) => !generated.has(s.name)).map((s) => toSheetData(s.name, s.state, s.part)) },
    keywords,
    unreadableStateRows: unreadable,
  };
}

/** The text of cp:keywords, as ExcelJS's core-properties reader takes it (that exact tag, its text pieces joined). */
function readKeywords(xml: string): string | undefined {
  let keywords: string | undefined;
  let inside = false;
  scanXml(xml, {
    open(name) {
      if (name === 'cp:keywords') {
        inside = true;
        keywords = '';
      }
    },
    close(name) {
      if (name === 'cp:keywords') inside = false;
    },
    text(text) {
      if (inside) keywords += text;
    },
  });
  return keywords;
}

/** ExcelJS refuses these sheet names when it builds the workbook; its path says how. */
function assertNames(names: string[]): void {
  const lower = new Set<string>();
  for (const name of names) {
    if (name === '' || name === 'History' || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name) || name.length > 31) {
      throw new Decline('a sheet name ExcelJS refuses');
    }
    if (lower.has(name.toLowerCase())) throw new Decline('repeated sheet names');
    lower.add(name.toLowerCase());
  }
}

/** ExcelJS looks the comments and their VML up by exact target; a sheet whose rels point elsewhere fails there. */
function assertSheetRels(xml: string, texts: Map<string, string>): void {
  for (const rel of readRels(xml)) {
    const type = rel.type ?? '';
    if (!type.endsWith('/comments') && !type.endsWith('/vmlDrawing')) continue;
    const m = /^\.\.\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml)$/.exec(rel.target ?? '');
    if (!m || !texts.has(`xl/${m[1]}`)) throw new Decline('comments not where ExcelJS looks');
  }
}

/** The annotation record as the ExcelJS path reads it (src/xlsx/annotation-state.ts): column A, the core's parser. */
function stateRecords(part: SheetPart): ParsedState {
  if (part.mergeRefs.length) throw new Decline('a merged state sheet');
  const cells: [number, unknown][] = [];
  for (const [row, rowCells] of part.rows) cells.push([row, part.columnA.get(row) ?? rowCells[0]?.value]);
  return parseStateRows(cells);
}

function toSheetData(name: string, state: string | undefined, part: SheetPart): SheetData {
  const merges = planMerges(part.mergeRefs);
  const hidden = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = part.rows.get(r);
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(r * 16385 + c);
    }
  }
  const cells: (RawCell | undefined)[][] = [];
  for (const [r, row] of part.rows) {
    const out: (RawCell | undefined)[] = [];
    row.forEach((cell, i) => {
      if (cell && !hidden.has(r * 16385 + i + 1)) out[i] = cell;
    });
    if (out.length) cells[r - 1] = out;
  }
  return {
    name,
    cells,
    merges: merges.map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 })),
    hidden: (state || 'visible') !== 'visible',
    protected: part.protected,
  };
}

/** The merges as the load guard keeps them; those it would refuse or cut to the content decline. */
function planMerges(refs: string[]): Span[] {
  const spans = refs.map(
    (ref) =>
      parseRange(ref) ??
      (() => {
        throw new Decline('a bad merge');
      })(),
  );
  if (overlapping(spans)) throw new Decline('overlapping merges');
  let total = 0;
  for (const span of spans) {
    if (spanCells(span) > LARGE_MERGE_CELLS) throw new Decline('a merge to cut to the content');
    total += spanCells(span);
  }
  if (total > MAX_MERGED_CELLS) throw new Decline('too many merged cells');
  return spans;
}
