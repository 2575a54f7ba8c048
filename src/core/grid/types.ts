import type { Area } from './address';

/** A raw cell value as both adapters can deliver it: formula results, not formulas (RawCell.formula says which). */
export type RawValue = number | string | boolean | null;

/** One cell as an adapter delivers it. Only non-empty or merged cells need to be present. */
export interface RawCell {
  /** The value (a formula's cached result); null when empty or an error. */
  value: RawValue;
  /** Excel number format ("General", "0.00%", "#,##0.00", "@"…). */
  format?: string;
  /** Excel error text ("#REF!", "#DIV/0!"…) when the cell holds an error. */
  error?: string;
  /** The text Excel displays, when the host knows it (Office.js does; ExcelJS does not). */
  text?: string;
  /** Set when the cell holds a formula (`value` is then its cached result): such a cell is never corrected. */
  formula?: true;
}

/** A worksheet as plain data: what both adapters produce and the core reads. */
export interface SheetData {
  name: string;
  /** Rows of cells; row r, column c are 0-based sheet coordinates. Holes stand for empty cells. */
  cells: (RawCell | undefined)[][];
  merges: Area[];
  hidden?: boolean;
  /** True when the sheet is protected (writes would be refused). */
  protected?: boolean;
}

export interface WorkbookData {
  sheets: SheetData[];
}
