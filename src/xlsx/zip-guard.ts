/**
 * What both readers refuse before unpacking anything: bytes that are no zip, a zip that holds no workbook or
 * would unpack to too much, and the merge limits. No ExcelJS here: the fast reader needs these without it.
 */
import { WorkbookReadError } from './errors';
import type { ZipEntry } from './zip-directory';

/** A merge up to this size (a whole row) is kept as it is; a larger one is cut to the sheet's content. */
export const LARGE_MERGE_CELLS = 16_384;
/** Merged cells one sheet may cover, large merges cut; real tables have a few hundred. */
export const MAX_MERGED_CELLS = 100_000;
/** What a workbook may unpack to; a filled-in 自评表 is well under 10 MB. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Why a workbook could not be read, before ExcelJS says something less clear. */
export function assertZip(bytes: Uint8Array): void {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new WorkbookReadError('ole');
  }
  throw new WorkbookReadError(bytes.length === 0 ? 'empty' : 'not-zip');
}

/** Refuses, from the zip's directory alone, a zip that holds no workbook or would unpack to too much. */
export function assertWorkbookZip(entries: ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    const kind = names.has('xl/workbook.bin')
      ? 'xlsb'
      : names.has('word/document.xml')
        ? 'docx'
        : names.has('content.xml') && names.has('mimetype')
          ? 'ods'
          : 'zip';
    throw new WorkbookReadError('no-workbook-part', { kind: `read.kind.${kind}` });
  }
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > MAX_UNPACKED_BYTES) {
    throw new WorkbookReadError('too-large', {
      size: Math.round(total / 2 ** 20),
      limit: MAX_UNPACKED_BYTES / 2 ** 20,
    });
  }
}
