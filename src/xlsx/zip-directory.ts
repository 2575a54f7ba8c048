import { WorkbookReadError } from './errors';

/** One entry of a zip's central directory: its name and the size it says it unpacks to. */
export interface ZipEntry {
  name: string;
  size: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

/**
 * The zip's table of contents, read without unpacking anything: enough to refuse a truncated file, a
 * zip that holds no workbook, or one that would unpack to gigabytes, before ExcelJS tries. Throws
 * WorkbookReadError('damaged-zip') where the directory cannot be found or read.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let end = eocd;
  if (count === 0xffff || cdSize === MAX32) {
    // ZIP64: the real figures are in the ZIP64 end record, which the locator just before points at.
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw damaged('no ZIP64 locator');
    // The record (56 bytes without extensions) sits right before the locator; else where the locator says.
    let record = locator - 56;
    if (record < 0 || view.getUint32(record, true) !== ZIP64_EOCD)
      record = Number(view.getBigUint64(locator + 8, true));
    if (record < 0 || record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD)
      throw damaged('no ZIP64 end record');
    count = Number(view.getBigUint64(record + 32, true));
    cdSize = Number(view.getBigUint64(record + 40, true));
    end = record;
  }
  // The directory ends where the end record starts; counting back from there also copes with bytes
  // prepended to the zip (self-extracting archives), as unzip does.
  let at = end - cdSize;
  if (at < 0) throw damaged('central directory out of range');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) throw damaged(`entry ${i + 1} of ${count}`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let size = view.getUint32(at + 24, true);
    if (size === MAX32) size = zip64Size(view, at + 46 + nameLength, extraLength) ?? Number.MAX_SAFE_INTEGER;
    entries.push({ name: name.replace(/^\//, ''), size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEocd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  throw damaged('no end of central directory');
}

/** The 64-bit uncompressed size from a ZIP64 extra field (header 0x0001, the first of its figures). */
function zip64Size(view: DataView, start: number, length: number): number | null {
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001 && size >= 8) return Number(view.getBigUint64(p + 4, true));
    p += 4 + size;
  }
  return null;
}

function damaged(reason: string): WorkbookReadError {
  return new WorkbookReadError('damaged-zip', { reason });
}
