import type { RawCell, SheetData, WorkbookData } from '../core/grid/types';
import {
  type AnnotationRecord,
  generatedSheets as generatedBy,
  parseStateRows,
  STATE_SHEET,
} from '../core/write-plan/annotation-record';
import { rectAddress } from './addresses';
import { isFormula, rawCell } from './cell-values';
import { isApiSupported } from './capabilities';
import { officeErrorCode } from './errors';
import type { ExcelContext, XlRange, XlWorksheet } from './excel-types';
import { unreadableRowsWarning } from './probe';
import { type Block, packBatches, reblock, region, type Settings } from './read-plan';
import {
  addMerges,
  completeMerges,
  type MergeSink,
  queueMerges,
  SHEET_ROWS,
  STRIP_OVERLAP,
  stripAddresses,
} from './read-workbook-merges';

/**
 * Reads the open workbook into the core's plain sheets, in as few round trips as the Excel API allows.
 *
 * Round trips. `context.sync()` is the slow part, so the read is two syncs, whatever the number of sheets
 * and rows:
 *   1. the sheets: name, visibility, protection. Nothing about a sheet's cells can be asked before its
 *      name is known: a worksheet proxy comes from the collection's loaded items (there is no "each sheet"
 *      call), and chaining calls through a *OrNullObject result that may be null is not something to rely on.
 *   2. for every sheet at once: the used range's position and size, its values, number formats, value
 *      types and formulas (which cells hold one), and its merged areas.
 * Step 2 cannot be sized before it is sent (sizes come back with it), so it is bounded instead:
 *   - cells: only the part of the used range inside a window (`windowRows` rows × cellLimit ÷ windowRows
 *     columns, 16,384 × 122 by default) is read in it, so no sheet sends more than `cellLimit` cells in one
 *     request (Excel caps reads at 5,000,000 cells and then returns null without an error);
 *   - merged areas: `getMergedAreasOrNullObject` (ExcelApi 1.13) fails above 512 areas and returns only
 *     areas whose top-left cell is inside the queried range, and cuts a merge crossing the queried range
 *     to it (office-js #1590), so it is asked per row strip of the window (64 rows at the top, growing
 *     to 1,024), each query reaching 64 rows below its strip: every merge is reported by the strip
 *     holding its top-left cell, whole if it ends within those 64 rows. A strip query reaches the 512
 *     limit only with more than four merges a row in the first 128 rows, two in the next 256, one in the
 *     next 512, or one every other row below (the 10,000-indicator bench table has one every eight rows,
 *     none taller than 50 rows).
 * What falls outside those bounds costs more syncs, made only when needed and counted in `syncs`:
 *   - a used range reaching beyond the window: the rest is read in row blocks (each under `cellLimit`
 *     cells and about `payloadLimit` bytes) with exact merge tiles, after step 2;
 *   - a merge ending on the edge of the range it was queried with (maybe cut): one sync per round asks
 *     for it again with a range reaching past that edge;
 *   - a step 2 that fails (Excel on the web refuses requests and responses over 5 MB; a dense strip has
 *     more than 512 merges): reads change nothing, so the read starts again measured: one sync for the
 *     used ranges' sizes, then blocks and tiles of known size (tiles of at most 512 cells cannot exceed
 *     the merge limit). The failure is reported in `warnings`.
 * So the two-sync promise holds for workbooks whose sheets fit the window and whose content fits one
 * web request; the 10,000-indicator bench workbook (10,203 rows × 8 columns, 1,200 merges) does.
 *
 * Cell text (`range.text`) is not read by default: it adds a string for every cell (a quarter more
 * response for the 10,000-indicator table: 2.6 MB instead of 2.1 MB), and the core renders numbers under
 * their number formats itself, as it must for the ExcelJS path; reading it would also make the two paths
 * disagree wherever Excel's rendering and the core's differ. Pass `text: true` to read what Excel displays.
 *
 * Sheets the tool generated (listed in the state sheet) and the state sheet itself are read in step 2
 * with the rest (which of them are generated is only known from the state sheet's content) and left out
 * of the result, as src/xlsx/read.ts does.
 */
export interface ReadOptions {
  /** Read merged areas (ExcelApi 1.13). Default: whether the host supports 1.13. Without: no merges, and a warning. */
  merges?: boolean;
  /** Also read the displayed text of every cell. Default false. */
  text?: boolean;
  /** Cells per request at most. Default 2,000,000 (Excel's own cap is 5,000,000). */
  cellLimit?: number;
  /** Estimated response bytes per request at most (measured path). Default 4 MB (Excel on the web refuses 5 MB). */
  payloadLimit?: number;
  /** Rows of the window read in the second sync. Default 16,384. */
  windowRows?: number;
}

export type ReadWarningCode = 'merges-unavailable' | 'read-in-blocks' | 'batched-read-failed' | 'state-rows-unreadable';

export interface ReadWarning {
  code: ReadWarningCode;
  sheet?: string;
  message: string;
  /** state-rows-unreadable: the rows (1-based) of the state sheet that are not records. */
  rows?: number[];
}

/** What an earlier annotation run left, read from its state sheet: applyPlan/removeAnnotations can use it. */
export interface AnnotationState {
  present: boolean;
  records: AnnotationRecord[];
  /** Names of the sheets it generated (and that were left out of `data`). */
  generatedSheets: string[];
  /** Every sheet of the workbook when it was read, generated ones included. */
  sheetNames: string[];
}

export interface ReadResult {
  data: WorkbookData;
  /** context.sync() calls made. */
  syncs: number;
  warnings: ReadWarning[];
  annotations: AnnotationState;
}

/** Estimated JSON bytes a cell adds to a response: its value, number format, value type and formula (+ text). */
const BYTES_PER_CELL = 56;
const BYTES_PER_CELL_TEXT = 16;

interface SheetInfo {
  ws: XlWorksheet;
  name: string;
  hidden: boolean;
  protected: boolean;
  isState: boolean;
}

/** Cells and merges collected for one sheet. */
interface Collected extends MergeSink {
  cells: (RawCell | undefined)[][];
}

export async function readWorkbook(context: ExcelContext, options: ReadOptions = {}): Promise<ReadResult> {
  const cellLimit = options.cellLimit ?? 2_000_000;
  const windowRows = Math.max(1, Math.min(options.windowRows ?? 16_384, 1_048_576));
  const settings: Settings = {
    merges: options.merges ?? isApiSupported('1.13'),
    text: options.text ?? false,
    cellLimit,
    payloadLimit: options.payloadLimit ?? 4 * 1024 * 1024,
    windowRows,
    windowCols: Math.max(1, Math.min(16_384, Math.floor(cellLimit / windowRows))),
    bytesPerCell: BYTES_PER_CELL + (options.text ? BYTES_PER_CELL_TEXT : 0),
  };
  const warnings: ReadWarning[] = [];
  if (!settings.merges) {
    warnings.push({
      code: 'merges-unavailable',
      message: 'Merged cells are not read (ExcelApi 1.13 is missing): merged labels count only in their top-left cell.',
    });
  }
  const stats = { syncs: 0 };

  // Sync 1: the sheets.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  stats.syncs++;
  await context.sync();
  const sheets: SheetInfo[] = worksheets.items.map((ws) => ({
    ws,
    name: ws.name,
    hidden: ws.visibility !== 'Visible',
    protected: ws.protection.protected,
    isState: ws.name === STATE_SHEET,
  }));
  const collected: Collected[] = sheets.map(() => ({ cells: [], merges: new Map(), cut: [] }));

  // Sync 2: everything, bounded; then whatever did not fit.
  let rest: Block[];
  try {
    rest = await readWindow(context, sheets, collected, settings, stats);
  } catch (err) {
    warnings.push({
      code: 'batched-read-failed',
      message: `The one-request read failed (${errorCode(err)}); read again in measured blocks.`,
    });
    collected.forEach((c) => {
      c.cells = [];
      c.merges.clear();
      c.cut = [];
    });
    rest = await measureSheets(context, sheets, settings, stats);
  }
  for (const sheet of new Set(rest.filter((b) => b.kind === 'content').map((b) => b.sheet))) {
    warnings.push({
      code: 'read-in-blocks',
      sheet: sheets[sheet].name,
      message: `Sheet "${sheets[sheet].name}" is too large for one request: read in blocks.`,
    });
  }
  await readBlocks(context, sheets, collected, rest, settings, stats);
  await completeMerges(context, sheets, collected, stats);

  // The state sheet names what the tool generated; those sheets are not the user's and are left out.
  const stateIndex = sheets.findIndex((s) => s.isState);
  const { records, unreadable } = parseStateRows(
    stateIndex >= 0
      ? collected[stateIndex].cells.flatMap((row, r): [number, unknown][] => [[r + 1, row?.[0]?.value]])
      : [],
  );
  if (unreadable.length) warnings.push(unreadableRowsWarning(unreadable));
  const generatedSheets = generatedBy(records);
  const skip = new Set([STATE_SHEET, ...generatedSheets]);
  const data: WorkbookData = {
    sheets: sheets.flatMap((s, i): SheetData[] =>
      skip.has(s.name)
        ? []
        : [
            {
              name: s.name,
              cells: collected[i].cells,
              merges: [...collected[i].merges.values()],
              hidden: s.hidden,
              protected: s.protected,
            },
          ],
    ),
  };
  return {
    data,
    syncs: stats.syncs,
    warnings,
    annotations: { present: stateIndex >= 0, records, generatedSheets, sheetNames: sheets.map((s) => s.name) },
  };
}

/**
 * Sync 2: per sheet, the used range's extent, the content of its part inside the window, and the merged
 * areas of the window's row strips. Returns the blocks still to read (parts of used ranges beyond the window).
 */
async function readWindow(
  context: ExcelContext,
  sheets: SheetInfo[],
  collected: Collected[],
  settings: Settings,
  stats: { syncs: number },
): Promise<Block[]> {
  const windowAddress = rectAddress(0, 0, settings.windowRows, settings.windowCols);
  const strips = stripAddresses(settings.windowRows, settings.windowCols);
  const queued = sheets.map((s) => {
    const used = s.ws.getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const part = used.getIntersectionOrNullObject(windowAddress);
    loadContent(part, settings);
    const merges =
      settings.merges && !s.isState
        ? strips.map((own) =>
            queueMerges(
              s.ws,
              rectAddress(
                own.top,
                own.left,
                Math.min(SHEET_ROWS - own.top, own.bottom - own.top + 1 + STRIP_OVERLAP),
                own.right - own.left + 1,
              ),
              own,
            ),
          )
        : [];
    return { used, part, merges };
  });
  stats.syncs++;
  await context.sync();

  const rest: Block[] = [];
  queued.forEach((q, i) => {
    if (!q.part.isNullObject) collect(collected[i], q.part, settings);
    for (const m of q.merges) addMerges(collected[i], m);
    const used = { top: q.used.rowIndex, left: q.used.columnIndex, rows: q.used.rowCount, cols: q.used.columnCount };
    const bottom = used.top + used.rows;
    const right = used.left + used.cols;
    // Below the window: full used width. Right of it, beside the window's rows.
    if (bottom > settings.windowRows) {
      const top = Math.max(used.top, settings.windowRows);
      rest.push(...region(i, top, used.left, bottom - top, used.cols, settings, !sheets[i].isState));
    }
    if (right > settings.windowCols && used.top < settings.windowRows) {
      const left = Math.max(used.left, settings.windowCols);
      rest.push(
        ...region(
          i,
          used.top,
          left,
          Math.min(bottom, settings.windowRows) - used.top,
          right - left,
          settings,
          !sheets[i].isState,
        ),
      );
    }
  });
  return rest;
}

/** The measured path: one sync for every used range's size, then blocks of known size. */
async function measureSheets(
  context: ExcelContext,
  sheets: SheetInfo[],
  settings: Settings,
  stats: { syncs: number },
): Promise<Block[]> {
  const used = sheets.map((s) => {
    const range = s.ws.getUsedRange(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  stats.syncs++;
  await context.sync();
  return used.flatMap((u, i) =>
    region(i, u.rowIndex, u.columnIndex, u.rowCount, u.columnCount, settings, !sheets[i].isState),
  );
}

/**
 * One sync per batch, in turn: only for what the two-sync read could not cover. The blocks are sized by an
 * estimate of bytes per cell, which text-heavy sheets exceed: a response over Excel on the web's limit
 * doubles the estimate and the blocks left are read again halved, down to a single row (reads change
 * nothing, so a failed one can simply be asked again).
 */
async function readBlocks(
  context: ExcelContext,
  sheets: SheetInfo[],
  collected: Collected[],
  blocks: Block[],
  settings: Settings,
  stats: { syncs: number },
): Promise<void> {
  const [batch, ...later] = packBatches(blocks, settings);
  if (!batch) return;
  const queued = batch.map((b) => {
    if (b.kind === 'merges')
      return { b, merges: queueMerges(sheets[b.sheet].ws, rectAddress(b.top, b.left, b.rows, b.cols)) };
    const range = sheets[b.sheet].ws.getRange(rectAddress(b.top, b.left, b.rows, b.cols));
    loadContent(range, settings);
    return { b, range };
  });
  stats.syncs++;
  try {
    await context.sync();
  } catch (err) {
    const code = officeErrorCode(err);
    const single = batch.every((b) => b.kind !== 'content' || b.rows === 1);
    if (single || (code !== 'ResponsePayloadSizeLimitExceeded' && code !== 'RequestPayloadSizeLimitExceeded'))
      throw err;
    settings.bytesPerCell *= 2;
    return readBlocks(context, sheets, collected, reblock([...batch, ...later.flat()], settings), settings, stats);
  }
  for (const q of queued) {
    if (q.merges) addMerges(collected[q.b.sheet], q.merges);
    else if (q.range) collect(collected[q.b.sheet], q.range, settings);
  }
  await readBlocks(context, sheets, collected, later.flat(), settings, stats);
}

function loadContent(range: XlRange, settings: Settings): void {
  // formulas: which cells hold one (a correction never overwrites a formula); loaded in the same sync.
  range.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes,formulas');
  if (settings.text) range.load('text');
}

/** A loaded block's cells into the sheet, 0-based, at the block's offset in the sheet. */
function collect(into: Collected, range: XlRange, settings: Settings): void {
  const { rowIndex, columnIndex, values, numberFormat, valueTypes, formulas } = range;
  // Over Excel's read cap, values come back null without an error: refuse to return a silently empty sheet.
  if (!values || !valueTypes || !numberFormat)
    throw new Error(`No values returned for ${rectAddress(rowIndex, columnIndex, range.rowCount, range.columnCount)}`);
  const text = settings.text ? range.text : undefined;
  for (let r = 0; r < values.length; r++) {
    const types = valueTypes[r];
    let row: (RawCell | undefined)[] | undefined;
    for (let c = 0; c < types.length; c++) {
      const type = types[c];
      if (type === 'Empty') continue;
      const raw = rawCell(values[r][c], numberFormat[r][c], type);
      if (!raw) continue;
      if (isFormula(formulas?.[r]?.[c], values[r][c])) raw.formula = true;
      if (text) raw.text = text[r][c];
      row ??= into.cells[rowIndex + r] ??= [];
      row[columnIndex + c] = raw;
    }
  }
}

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  return String(e?.code ?? e?.message ?? err);
}

export { isDateFormat, isFormula, rawCell } from './cell-values';
