/**
 * The workbook-level parts as ExcelJS 4.4.0 reads them: the sheet list, relationships, the number format
 * of each cell style, and the shared strings. Anything ExcelJS would read differently or fail on declines.
 */
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';
import { Decline, attributes, scanXml } from './xml-scan';

export interface SheetEntry {
  name: string | undefined;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

export interface BookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** ExcelJS's utils.xmlDecode, which it applies once more to sheet names and "str" values. */
export function xmlDecodeAgain(text: string): string {
  return text.replace(
    /&([a-z]*);/g,
    (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[c] ?? c,
  );
}

export function readBook(xml: string): BookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  scanXml(xml, {
    open(name, raw, depth) {
      if (depth === 0) {
        if (name !== 'workbook') throw new Decline('workbook root');
      } else if (depth === 1 && name === 'sheets') {
        inSheets = true;
      } else if (depth === 1 && name === 'workbookPr') {
        date1904 = attributes(raw).date1904 === '1';
      } else if (depth === 2 && inSheets && name === 'sheet') {
        const a = attributes(raw);
        if (a.name === undefined) throw new Decline('a sheet without a name');
        sheets.push({ name: xmlDecodeAgain(a.name), id: parseInt(a.sheetId, 10), state: a.state, rId: a['r:id'] });
      } else if (name === 'definedName' && /^_xlnm\.Print_(Area|Titles)$/.test(attributes(raw).name ?? '')) {
        // ExcelJS decodes print areas and titles and may fail on them.
        throw new Decline('print areas');
      } else if (depth > 1 && (inSheets || ['sheets', 'sheet', 'workbookPr'].includes(name))) {
        throw new Decline('unusual workbook structure');
      }
    },
    close(name, depth) {
      if (depth === 1 && name === 'sheets') inSheets = false;
    },
    text() {},
  });
  return { sheets, date1904 };
}

export interface Rel {
  id: string | undefined;
  type: string | undefined;
  target: string | undefined;
}

export function readRels(xml: string): Rel[] {
  const rels: Rel[] = [];
  scanXml(xml, {
    open(name, raw, depth) {
      if (depth === 0 && name !== 'Relationships') throw new Decline('relationships root');
      if (depth === 1 && name === 'Relationship') {
        const a = attributes(raw);
        rels.push({ id: a.Id, type: a.Type, target: a.Target });
      } else if (depth > 0 && !(depth === 1 && name === 'Relationship')) throw new Decline('unusual relationships');
    },
    close() {},
    text() {},
  });
  return rels;
}

/** For each cell style index (cellXfs), the number format ExcelJS gives its cells, or undefined. */
export function readStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let list: 'numFmts' | 'cellXfs' | undefined;
  scanXml(xml, {
    open(name, raw, depth) {
      if (depth === 0) {
        if (name !== 'styleSheet') throw new Decline('styles root');
      } else if (depth === 1 && (name === 'numFmts' || name === 'cellXfs')) {
        list = name;
      } else if (depth === 2 && list === 'numFmts') {
        if (name !== 'numFmt') throw new Decline('unusual numFmts');
        const a = attributes(raw);
        if (a.formatCode === undefined) throw new Decline('a numFmt without formatCode');
        custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, '$1'));
      } else if (depth === 2 && list === 'cellXfs') {
        if (name !== 'xf') throw new Decline('unusual cellXfs');
        xfs.push(parseInt(attributes(raw).numFmtId, 10));
      } else if (depth > 1 && list === undefined && (name === 'numFmts' || name === 'cellXfs' || name === 'numFmt')) {
        throw new Decline('unusual styles structure');
      }
    },
    close(_name, depth) {
      if (depth === 1) list = undefined;
    },
    text() {},
  });
  // Without cell styles ExcelJS fails on the first styled row or cell.
  if (xfs.length === 0) throw new Decline('no cellXfs');
  const builtIn = defaultNumFormats as Record<number, { f: string } | undefined>;
  return xfs.map((id) => (id ? custom.get(id) || builtIn[id]?.f || undefined : undefined));
}

/** A shared string: text, or rich-text runs (a run without <t> has no text), or an <si> holding neither. */
export type SharedString = string | { runs: (string | undefined)[] } | { empty: true };

const ESCAPE = /_x([0-9A-F]{4})_/g;

/** The _xHHHH_ escapes ExcelJS's TextXform decodes in shared strings and rich-text runs. */
export function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export function readSharedStrings(xml: string): SharedString[] {
  const out: SharedString[] = [];
  let plain: string | undefined;
  let runs: (string | undefined)[] | undefined;
  let run: string | undefined;
  let text: string[] | undefined;
  let inPhonetic = false;
  scanXml(xml, {
    open(name, _raw, depth) {
      if (depth === 0) {
        if (name !== 'sst') throw new Decline('shared strings root');
      } else if (depth === 1) {
        if (name !== 'si') throw new Decline('unusual shared strings');
        plain = undefined;
        runs = undefined;
      } else if (inPhonetic) {
        // Phonetic runs are read by their own parser and leave the string alone.
      } else if (depth === 2 && (name === 'rPh' || name === 'phoneticPr')) {
        inPhonetic = name === 'rPh';
      } else if (depth === 2 && name === 't' && runs === undefined && plain === undefined) {
        text = [];
      } else if (depth === 2 && name === 'r' && plain === undefined) {
        runs ??= [];
        run = undefined;
      } else if (depth === 3 && name === 't' && runs !== undefined && run === undefined) {
        text = [];
      } else if (depth === 3 && name === 'rPr') {
        // Font of a run: not needed.
      } else if (depth < 4 || text !== undefined) {
        throw new Decline('unusual shared string');
      }
    },
    close(name, depth) {
      if (depth === 1) {
        out.push(plain !== undefined ? plain : runs !== undefined ? { runs } : { empty: true });
      } else if (name === 'rPh' && depth === 2) {
        inPhonetic = false;
      } else if (inPhonetic) {
        // inside a phonetic run
      } else if (name === 't' && text !== undefined) {
        const value = unescapeText(text.join(''));
        if (depth === 2) plain = value;
        else run = value;
        text = undefined;
      } else if (name === 'r' && depth === 2) {
        (runs as (string | undefined)[]).push(run);
      }
    },
    text(t) {
      if (text !== undefined && !inPhonetic) text.push(t);
    },
  });
  return out;
}
