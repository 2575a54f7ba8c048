/**
 * ExcelJS (4.4.0, pinned) loading a hostile file: it hangs on a merge of millions of cells (it creates
 * every cell) or on tens of thousands of merges (it compares each with all before it), and fails with a
 * TypeError on a damaged sheet or a missing shared string. These hooks on one workbook's loader check the
 * parsed model first and throw a WorkbookReadError that names the sheet and cell, and apply the merges
 * themselves, a merge larger than a whole row cut to the sheet's content.
 */
import ExcelJS from 'exceljs';
import { WorkbookReadError } from './errors';
import { type Span, clip, overlapping, parseRange, spanCells } from './spans';
import { LARGE_MERGE_CELLS, MAX_MERGED_CELLS } from './zip-guard';

// The limits are where the fast reader reads them too; named here as well for the scripts that quote them.
export { LARGE_MERGE_CELLS, MAX_MERGED_CELLS, MAX_UNPACKED_BYTES } from './zip-guard';

interface CellModel {
  address: string;
  type: number;
  value?: unknown;
}
interface SheetModel {
  id?: number;
  name?: string;
  rows: { number: number; cells: CellModel[] }[];
  mergeCells?: string[];
}
interface BookModel {
  sheets?: { name: string; rId: string }[];
  workbookRels?: { Id: string; Target: string }[];
  worksheets: SheetModel[];
  worksheetHash: Record<string, SheetModel>;
  sharedStrings?: { count: number };
}
interface Loader {
  reconcile(model: BookModel, options: unknown): void;
  _processWorksheetEntry(
    stream: unknown,
    model: BookModel,
    sheetNo: string,
    options: unknown,
    path: string,
  ): Promise<void>;
}
interface WorksheetInternals {
  _merges: Record<string, unknown>;
  mergeCellsWithoutStyle(top: number, left: number, bottom: number, right: number): void;
}

/** Loads the bytes with the guards in place. */
export async function loadGuarded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const loader = workbook.xlsx as unknown as Loader;
  const damaged = new Map<string, string>();
  const merges = new Map<number | undefined, Span[]>();

  const processSheet = loader._processWorksheetEntry.bind(loader);
  loader._processWorksheetEntry = async (stream, model, sheetNo, options, path) => {
    // Kept, not thrown: which sheet the part holds is known only once workbook.xml is read too. ExcelJS
    // gives no model for XML that stops short and then fails on it with a TypeError: that is a cut-off part.
    await processSheet(stream, model, sheetNo, options, path).catch((err: unknown) =>
      damaged.set(path, err instanceof TypeError ? '' : ((err as Error).message ?? String(err))),
    );
  };

  const reconcile = loader.reconcile.bind(loader);
  loader.reconcile = (model, options) => {
    for (const { name, part } of sheetParts(model)) {
      const reason = damaged.get(part);
      if (reason === '') throw new WorkbookReadError('truncated-sheet', { sheet: name, part });
      if (reason !== undefined) throw new WorkbookReadError('damaged-sheet', { sheet: name, part, reason });
      const sheet = model.worksheetHash[part];
      if (!sheet) throw new WorkbookReadError('missing-sheet-part', { sheet: name, part });
      assertSharedStrings(sheet, name, model.sharedStrings?.count ?? 0);
    }
    reconcile(model, options);
    for (const sheet of model.worksheets) {
      merges.set(sheet.id, planMerges(sheet));
      sheet.mergeCells = [];
    }
  };

  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const ws of workbook.worksheets) applyMerges(ws, merges.get(ws.id) ?? []);
  return workbook;
}

/** The worksheets workbook.xml lists, with the part each is in (chart sheets and the like left out, as ExcelJS does). */
function sheetParts(model: BookModel): { name: string; part: string }[] {
  const rels = new Map((model.workbookRels ?? []).map((r) => [r.Id, r.Target]));
  return (model.sheets ?? []).flatMap((sheet) => {
    const target = rels.get(sheet.rId)?.replace(/^(\s|\/xl\/)+/, '');
    return target?.startsWith('worksheets/') ? [{ name: sheet.name, part: `xl/${target}` }] : [];
  });
}

/** ExcelJS looks shared strings up by index and crashes on one that is not there. */
function assertSharedStrings(sheet: SheetModel, name: string, count: number): void {
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      if (cell.type !== ExcelJS.ValueType.String || typeof cell.value !== 'number') continue;
      if (!(cell.value >= 0 && cell.value < count)) {
        throw new WorkbookReadError('bad-shared-string', {
          sheet: name,
          cell: cell.address,
          index: String(cell.value),
        });
      }
    }
  }
}

/** Checks a sheet's merges and cuts the large ones to the sheet's content; throws where Excel would call the file damaged. */
function planMerges(sheet: SheetModel): Span[] {
  const refs = sheet.mergeCells ?? [];
  if (refs.length === 0) return [];
  const name = sheet.name ?? '';
  const spans = refs.map((ref) => {
    const span = parseRange(ref);
    if (!span) throw new WorkbookReadError('bad-merge', { sheet: name, range: ref });
    return span;
  });
  const clash = overlapping(spans);
  if (clash)
    throw new WorkbookReadError('overlapping-merges', { sheet: name, first: refs[clash[0]], second: refs[clash[1]] });
  // The content's extent only when a merge is large enough to be cut to it: finding it visits every cell.
  let extent: { rows: number; cols: number } | undefined;
  let total = 0;
  return spans.map((span, i) => {
    const kept = spanCells(span) > LARGE_MERGE_CELLS ? clip(span, (extent ??= contentExtent(sheet))) : span;
    total += spanCells(kept);
    if (total > MAX_MERGED_CELLS) {
      throw new WorkbookReadError('merge-too-large', {
        sheet: name,
        range: refs[i],
        cells: total,
        limit: MAX_MERGED_CELLS,
      });
    }
    return kept;
  });
}

/** The last row and column holding a value (1-based). */
function contentExtent(sheet: SheetModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      if (cell.type === ExcelJS.ValueType.Null) continue;
      rows = Math.max(rows, row.number);
      cols = Math.max(cols, parseRange(cell.address)?.left ?? 0);
    }
  }
  return { rows, cols };
}

/** Merges the areas one at a time, so that ExcelJS compares each new merge with none instead of all before it. */
function applyMerges(ws: ExcelJS.Worksheet, merges: Span[]): void {
  const sheet = ws as unknown as WorksheetInternals;
  const all = { ...sheet._merges };
  for (const m of merges) {
    sheet._merges = {};
    sheet.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
    Object.assign(all, sheet._merges);
  }
  sheet._merges = all;
}
