/**
 * The part of the Excel JavaScript API the adapter uses, and nothing more.
 *
 * The adapter is typed against these interfaces, not against `Excel.*` directly, so that
 *  - a test fake can implement exactly this surface (test/office/fake-excel.ts does, with `implements`), and
 *  - every member here is checked, at compile time, to be the real API's member of the same name and type:
 *    `ExcelContext` must accept an `Excel.RequestContext` (see the assertion at the end of this file).
 * A member misspelt here, or typed differently from @types/office-js, fails `tsc`.
 *
 * Requirement sets are noted per member; the adapter gates the newer ones (see capabilities.ts).
 */

/** Anything that can be loaded: `load("a,b/c")` queues a read, `context.sync()` runs it. */
export interface Loadable<T> {
  load(propertyNames: string): T;
  /** Set by *OrNullObject methods; readable after a sync. */
  readonly isNullObject: boolean;
}

export interface ExcelContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  /** ExcelApi 1.7 */
  readonly protection: XlWorkbookProtection;
  readonly tables: XlTableCollection;
  readonly application: XlApplication;
  /** Fails with InvalidSelection when several areas are selected. */
  getSelectedRange(): XlRange;
  /** ExcelApi 1.9: every area of the selection. */
  getSelectedRanges(): XlRangeAreas;
}

export interface XlApplication {
  /** ExcelApi 1.9 */
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlWorkbookProtection extends Loadable<XlWorkbookProtection> {
  readonly protected: boolean;
}

export interface XlWorksheetCollection extends Loadable<XlWorksheetCollection> {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  /** ExcelApi 1.5 */
  getLast(visibleOnly?: boolean): XlWorksheet;
}

export interface XlWorksheet extends Loadable<XlWorksheet> {
  readonly name: string;
  /** Zero-based, over all sheets (hidden ones too). */
  position: number;
  visibility: Excel.Worksheet['visibility'];
  /** ExcelApi 1.2 */
  readonly protection: XlWorksheetProtection;
  /** ExcelApi 1.18 */
  readonly notes: XlNoteCollection;
  readonly tables: XlTableCollection;
  /** ExcelApi 1.7 */
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.9 */
  readonly pageLayout: XlPageLayout;
  delete(): void;
  activate(): void;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.7 */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  /** ExcelApi 1.9 */
  getRanges(address?: string): XlRangeAreas;
  /** ExcelApi 1.2 (valuesOnly). On a blank sheet: A1, never an error. */
  getUsedRange(valuesOnly?: boolean): XlRange;
}

export interface XlWorksheetProtection extends Loadable<XlWorksheetProtection> {
  readonly protected: boolean;
}

export interface XlRange extends Loadable<XlRange> {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  /** A formula's text ("=SUM(B2:B5)") where the cell holds one, else the cell's value. */
  readonly formulas: unknown[][];
  readonly text: string[][];
  /** ExcelApi 1.7 */
  hyperlink: Excel.RangeHyperlink;
  readonly format: XlRangeFormat;
  /** ExcelApi 1.4 */
  getIntersectionOrNullObject(anotherRange: XlRange | string): XlRange;
  /** ExcelApi 1.13; fails when the range holds more than 512 merged areas. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** ExcelApi 1.2 */
  merge(across?: boolean): void;
  /** ExcelApi 1.9: per-cell properties (hyperlinks) of a whole range in one call. */
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void;
  select(): void;
}

export interface XlRangeAreas extends Loadable<XlRangeAreas> {
  readonly address: string;
  readonly areas: XlRangeCollection;
  readonly format: XlRangeFormat;
}

export interface XlRangeCollection extends Loadable<XlRangeCollection> {
  readonly items: XlRange[];
}

export interface XlRangeFormat extends Loadable<XlRangeFormat> {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  readonly borders: XlRangeBorderCollection;
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  /** ExcelApi 1.2 */
  wrapText: boolean;
  /** ExcelApi 1.9 */
  indentLevel: number;
  /** ExcelApi 1.2, in points. */
  columnWidth: number;
  /** ExcelApi 1.2, in points. */
  rowHeight: number;
}

export interface XlRangeFill extends Loadable<XlRangeFill> {
  color: string;
  /** ExcelApi 1.9 */
  pattern: Excel.RangeFill['pattern'];
  /** ExcelApi 1.9 */
  patternColor: string;
  clear(): void;
}

export interface XlRangeFont extends Loadable<XlRangeFont> {
  name: string;
  size: number;
  bold: boolean;
  color: string;
  underline: Excel.RangeFont['underline'];
}

export interface XlRangeBorderCollection {
  getItem(
    index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal',
  ): XlRangeBorder;
}

export interface XlRangeBorder {
  style: Excel.RangeBorder['style'];
  color: string;
  weight: Excel.RangeBorder['weight'];
}

export interface XlNoteCollection extends Loadable<XlNoteCollection> {
  readonly items: XlNote[];
  add(cellAddress: string, content: string): XlNote;
  getItemOrNullObject(key: string): XlNote;
}

export interface XlNote extends Loadable<XlNote> {
  content: string;
  delete(): void;
}

export interface XlTableCollection extends Loadable<XlTableCollection> {
  readonly items: XlTable[];
  /** A string address without a sheet name is resolved against the active sheet: pass the Range. */
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
}

export interface XlTable extends Loadable<XlTable> {
  name: string;
  style: string;
  /** ExcelApi 1.2 */
  readonly worksheet: XlWorksheet;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
}

export interface XlPageLayout {
  orientation: Excel.PageLayout['orientation'];
  paperSize: Excel.PageLayout['paperSize'];
  zoom: Excel.PageLayoutZoomOptions;
}

// Compile-time proof that the real API has every member above with a compatible type.
type Accepts<Subset, Real extends Subset> = Real;
export type RealContextFitsSubset = Accepts<ExcelContext, Excel.RequestContext>;
