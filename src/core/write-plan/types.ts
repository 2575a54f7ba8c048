/**
 * Everything the tool writes into a workbook, as data: the adapters (ExcelJS here, Office.js in Excel)
 * apply one plan in one batch, and can take every part of it out again.
 */
export type MarkKind = 'error' | 'warning' | 'deduction';

/** A highlighted cell of the user's own sheets: a fill by severity and the reasons as its note. */
export interface CellMark {
  sheet: string;
  address: string;
  kind: MarkKind;
  note: string;
}

export type CellStyle =
  | 'title'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'body'
  | 'placeholder'
  | 'tableHeader'
  | 'tableCell'
  | 'columnHeader'
  | 'error'
  | 'warning'
  | 'info'
  | 'plain'
  | 'link';

/** A cell of a sheet the tool adds. Strings are always written as text, never as formulas. */
export interface OutCell {
  value: string | number | null;
  style?: CellStyle;
  /** An in-workbook link (the 检查结果 sheet's cell column). */
  link?: { sheet: string; address: string };
  /** Merge this cell across so many columns (paragraphs of the 自评表说明). */
  span?: number;
}

export interface OutSheet {
  role: 'findings' | 'explanation';
  /** The wanted name; the adapter picks another when a sheet of the user's holds it. */
  name: string;
  columnWidths: number[];
  rows: OutCell[][];
  /** Row heights in points, where text wraps in merged cells (Excel does not fit those itself). */
  rowHeights?: (number | undefined)[];
  /** Header row 1 as an Excel table with filters (the findings sheet). */
  table?: string;
  freezeRows?: number;
  /** A4 portrait, fitted to one page wide when printed. */
  printA4?: boolean;
}

export interface WritePlan {
  marks: CellMark[];
  sheets: OutSheet[];
}
