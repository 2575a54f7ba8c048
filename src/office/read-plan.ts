import { MERGE_LIMIT } from './read-workbook-merges';

/** A rectangle of one sheet to read: its content (values, formats) or its merged areas. */
export interface Block {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
  kind: 'content' | 'merges';
}

/** The limits a read is planned under. */
export interface Settings {
  merges: boolean;
  text: boolean;
  cellLimit: number;
  payloadLimit: number;
  windowRows: number;
  windowCols: number;
  bytesPerCell: number;
}

/** A rectangle to read, as content blocks under the limits and merge tiles of at most 512 cells. */
export function region(
  sheet: number,
  top: number,
  left: number,
  rows: number,
  cols: number,
  settings: Settings,
  merges = true,
): Block[] {
  if (rows <= 0 || cols <= 0) return [];
  const blocks: Block[] = [];
  const perBlock = Math.max(
    1,
    Math.floor(Math.min(settings.cellLimit, settings.payloadLimit / settings.bytesPerCell) / cols),
  );
  for (let r = 0; r < rows; r += perBlock)
    blocks.push({ sheet, top: top + r, left, rows: Math.min(perBlock, rows - r), cols, kind: 'content' });
  if (merges && settings.merges) {
    const tileCols = Math.min(cols, MERGE_LIMIT);
    const tileRows = Math.max(1, Math.floor(MERGE_LIMIT / tileCols));
    for (let r = 0; r < rows; r += tileRows) {
      for (let c = 0; c < cols; c += tileCols) {
        blocks.push({
          sheet,
          top: top + r,
          left: left + c,
          rows: Math.min(tileRows, rows - r),
          cols: Math.min(tileCols, cols - c),
          kind: 'merges',
        });
      }
    }
  }
  return blocks;
}

/**
 * Content blocks cut to the rows the current estimate allows (after a response over the limit, the
 * estimate doubles, so the blocks halve; a block of one row is as small as they get).
 */
export function reblock(blocks: Block[], settings: Settings): Block[] {
  return blocks.flatMap((b) => {
    if (b.kind !== 'content') return [b];
    const perBlock = Math.max(
      1,
      Math.floor(Math.min(settings.cellLimit, settings.payloadLimit / settings.bytesPerCell) / b.cols),
    );
    const out: Block[] = [];
    for (let r = 0; r < b.rows; r += perBlock) out.push({ ...b, top: b.top + r, rows: Math.min(perBlock, b.rows - r) });
    return out;
  });
}

/** Blocks grouped into requests that each stay under the cell and payload limits. */
export function packBatches(blocks: Block[], settings: Settings): Block[][] {
  const batches: Block[][] = [];
  let batch: Block[] = [];
  let cells = 0;
  let bytes = 0;
  for (const b of blocks) {
    const c = b.kind === 'content' ? b.rows * b.cols : 0;
    const size = b.kind === 'content' ? c * settings.bytesPerCell : 300;
    if (batch.length && (cells + c > settings.cellLimit || bytes + size > settings.payloadLimit)) {
      batches.push(batch);
      batch = [];
      cells = 0;
      bytes = 0;
    }
    batch.push(b);
    cells += c;
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}
