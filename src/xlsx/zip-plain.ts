/**
 * Unpacks a plain zip with node:zlib, for the fast reader: the bytes JSZip (which ExcelJS reads with) would
 * give for each entry, without loading JSZip and its JavaScript inflate. Only the plain shape Excel and
 * ExcelJS write is handled: one disk, no ZIP64, no encryption, stored or deflated entries, the central
 * directory right before its end record, local headers that agree with it. Anything else declines, and the
 * ExcelJS path (JSZip) then reads the file, giving the exact result or error.
 */
import { inflateRawSync } from 'node:zlib';
import { Decline } from './ooxml/xml-scan';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Extra fields JSZip reads: ZIP64 sizes and the Info-ZIP Unicode path that replaces the name. */
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;

/** One file entry (folders left out, as JSZip marks them): its name and unpacked bytes. */
export interface PlainEntry {
  name: string;
  bytes: Uint8Array;
}

export function unzipPlain(bytes: Uint8Array): PlainEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd + 22 > view.byteLength) throw new Decline('zip: end record cut off');
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const onDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count || count === 0xffff)
    throw new Decline('zip: several disks or ZIP64');
  // JSZip shifts every offset when bytes were prepended; here the directory must be exactly where it says.
  if (cdOffset + cdSize !== eocd) throw new Decline('zip: central directory not right before its end');

  const entries: PlainEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw new Decline('zip: central directory entry');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const attributes = view.getUint32(at + 38, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > eocd) throw new Decline('zip: central directory entry');
    if (flags & 0x0001) throw new Decline('zip: encrypted entry');
    if (method !== STORED && method !== DEFLATED) throw new Decline('zip: compression method');
    if (packed === 0xffffffff || size === 0xffffffff) throw new Decline('zip: ZIP64 sizes');
    assertExtras(view, at + 46 + nameLength, extraLength);
    let name: string;
    try {
      name = decoder.decode(nameBytes);
    } catch (err) {
      throw new Decline(`zip: entry name: ${(err as Error).message}`);
    }
    at = next;
    // JSZip's folders: the directory attribute, or a name ending in a slash. It unpacks neither.
    if (attributes & 0x0010 || name.endsWith('/')) continue;
    entries.push({ name, bytes: unpack(bytes, view, { local, nameBytes, method, packed, size }) });
  }
  // JSZip reads entries while the signature says so, whatever the count: here the count must cover them all.
  if (at !== eocd) throw new Decline('zip: central directory longer than its count');
  return entries;
}

function unpack(
  bytes: Uint8Array,
  view: DataView,
  e: { local: number; nameBytes: Uint8Array; method: number; packed: number; size: number },
): Uint8Array {
  if (e.local + 30 > view.byteLength || view.getUint32(e.local, true) !== LOCAL) throw new Decline('zip: local header');
  const nameLength = view.getUint16(e.local + 26, true);
  const extraLength = view.getUint16(e.local + 28, true);
  // JSZip takes the name from the local header: it must be the central directory's.
  const localName = bytes.subarray(e.local + 30, e.local + 30 + nameLength);
  if (localName.length !== e.nameBytes.length || localName.some((b, i) => b !== e.nameBytes[i]))
    throw new Decline('zip: local name differs');
  assertExtras(view, e.local + 30 + nameLength, extraLength);
  const start = e.local + 30 + nameLength + extraLength;
  if (start + e.packed > view.byteLength) throw new Decline('zip: entry data out of range');
  const data = bytes.subarray(start, start + e.packed);
  let out: Uint8Array;
  if (e.method === STORED) out = data;
  else {
    try {
      out = inflateRawSync(data);
    } catch (err) {
      // A damaged stream: JSZip's inflate may give part of it; the ExcelJS path says what follows.
      throw new Decline(`zip: inflate: ${(err as Error).message}`);
    }
  }
  if (out.length !== e.size) throw new Decline('zip: unpacked size differs');
  return out;
}

/** Extra fields must be well-formed and hold none of those JSZip acts on. */
function assertExtras(view: DataView, start: number, length: number): void {
  const end = start + length;
  if (end > view.byteLength) throw new Decline('zip: extra field out of range');
  for (let p = start; p < end;) {
    if (p + 4 > end) throw new Decline('zip: extra field');
    const id = view.getUint16(p, true);
    if (id === EXTRA_ZIP64 || id === EXTRA_UNICODE_PATH) throw new Decline('zip: ZIP64 or Unicode path field');
    p += 4 + view.getUint16(p + 2, true);
    if (p > end) throw new Decline('zip: extra field');
  }
}

/** The last end record signature in the file, where JSZip looks (from the very end, a cut-off record included). */
function findEocd(view: DataView): number {
  for (let p = view.byteLength - 4; p >= 0; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  throw new Decline('zip: no end record');
}
