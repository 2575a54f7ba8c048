import type { Area } from '../core/grid/address';
import { parseAreaList, rectAddress } from './addresses';
import type { ExcelContext, XlRangeAreas, XlWorksheet } from './excel-types';

/**
 * Merged areas, for src/office/read-workbook.ts (whose header says why they are read this way):
 * `getMergedAreasOrNullObject` (ExcelApi 1.13) fails above 512 areas, reports only areas whose top-left
 * cell is inside the queried range, and cuts a merge crossing the range to it (office-js #1590). So the
 * window is asked per row strip, each query reaching STRIP_OVERLAP rows below its strip, and a merge
 * ending on the edge of what was asked is asked again (completeMerges) until none does.
 */

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLS = 16_384;
export const MERGE_LIMIT = 512;
const STRIP_ROWS = [64, 64, 128, 128, 256, 256, 512, 512];
const STRIP_MAX = 1024;
/**
 * Rows a strip's merge query reaches below the strip: a merge starting in the strip and ending at most
 * this far below it comes back whole, though Excel cuts merges at the queried range (office-js #1590).
 * Merges whose top-left lies in these rows are left to the next strip.
 */
export const STRIP_OVERLAP = 64;

/** The merges collected for one sheet. */
export interface MergeSink {
  merges: Map<string, Area>;
  /** Merges that end on an edge of the range they were queried with: maybe cut to it (office-js #1590). */
  cut: Area[];
}

/** A merged-areas query, the range it asked about, and the part of it whose merges it reports. */
export interface MergeQuery {
  merged: XlRangeAreas;
  area: Area;
  own: Area;
}

/**
 * Merges that may have come back cut (they end on an edge of the range queried: office-js #1590 says a
 * merge crossing it is cut to it) are asked again with a range from their top-left cell reaching past
 * that edge, until none ends on the edge of what was asked. One sync per round, and only when a merge
 * ends on a strip's or tile's edge: a merge really ending there costs one sync to be sure.
 */
export async function completeMerges(
  context: ExcelContext,
  sheets: { ws: XlWorksheet }[],
  collected: MergeSink[],
  stats: { syncs: number },
): Promise<void> {
  const asks = collected.flatMap((c, sheet) => c.cut.map((m) => ({ sheet, m })));
  if (!asks.length) return;
  collected.forEach((c) => (c.cut = []));
  const queued = asks.map(({ sheet, m }) => {
    const rows = Math.min(SHEET_ROWS - m.top, Math.max(64, 2 * (m.bottom - m.top + 1)));
    const cols = Math.min(SHEET_COLS - m.left, Math.max(8, 2 * (m.right - m.left + 1)));
    return { sheet, m, q: queueMerges(sheets[sheet].ws, rectAddress(m.top, m.left, rows, cols)) };
  });
  stats.syncs++;
  await context.sync();
  for (const { sheet, m, q } of queued) {
    if (q.merged.isNullObject) continue;
    const whole = parseAreaList(q.merged.address).find((a) => a.top === m.top && a.left === m.left);
    if (!whole) continue;
    collected[sheet].merges.set(`${whole.top},${whole.left}`, whole);
    if (endsOnEdge(whole, q.area)) collected[sheet].cut.push(whole);
  }
  await completeMerges(context, sheets, collected, stats);
}

/** Whether a merge ends on the bottom or right edge of the range it was queried with (not the sheet's). */
function endsOnEdge(m: Area, area: Area): boolean {
  return (
    (m.bottom === area.bottom && area.bottom < SHEET_ROWS - 1) ||
    (m.right === area.right && area.right < SHEET_COLS - 1)
  );
}

export function queueMerges(ws: XlWorksheet, address: string, own?: Area): MergeQuery {
  const merged = ws.getRange(address).getMergedAreasOrNullObject();
  merged.load('address');
  const area = parseAreaList(address)[0];
  return { merged, area, own: own ?? area };
}

export function addMerges(into: MergeSink, { merged, area: queried, own }: MergeQuery): void {
  if (merged.isNullObject) return;
  for (const area of parseAreaList(merged.address)) {
    if (area.top > own.bottom || area.left > own.right) continue;
    // A merge seen whole already (by an earlier query reaching further) is not replaced by a cut one.
    const k = `${area.top},${area.left}`;
    const known = into.merges.get(k);
    if (known && known.bottom >= area.bottom && known.right >= area.right) continue;
    into.merges.set(k, area);
    if (endsOnEdge(area, queried)) into.cut.push(area);
  }
}

/** Row strips covering the window: short at the top, where forms put their merges, longer below. */
export function stripAddresses(rows: number, cols: number): Area[] {
  const out: Area[] = [];
  for (let top = 0, k = 0; top < rows; k++) {
    const height = Math.min(STRIP_ROWS[k] ?? STRIP_MAX, rows - top);
    out.push({ top, left: 0, bottom: top + height - 1, right: cols - 1 });
    top += height;
  }
  return out;
}
