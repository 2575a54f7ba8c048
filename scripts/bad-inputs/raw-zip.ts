/**
 * A zip written by hand, for the one case JSZip is too slow to build: a part that unpacks to hundreds of
 * megabytes (a "zip bomb"). Deflated by Node's zlib in chunks, so neither side is held whole.
 */
import JSZip from 'jszip';
import * as zlib from 'node:zlib';

/** A part given as `repeat` copies of `chunk` between `head` and `tail`. */
export interface BigPart {
  path: string;
  head: string;
  chunk: Buffer;
  repeat: number;
  tail: string;
}

/** The zip's parts as they are, with `big.path` replaced by the big part. */
export async function zipWithBigPart(zipBytes: Buffer, big: BigPart): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  const parts: { name: string; data: Buffer; crc: number; size: number }[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir || name === big.path) continue;
    const raw = await zip.files[name].async('nodebuffer');
    parts.push({ name, data: zlib.deflateRawSync(raw), crc: zlib.crc32(raw), size: raw.length });
  }
  parts.push(deflateBig(big));
  return assemble(parts);
}

function deflateBig(big: BigPart): { name: string; data: Buffer; crc: number; size: number } {
  // One raw deflate stream of independently compressed pieces, each flushed to a byte boundary and the
  // last one finishing the stream; the repeated chunk is compressed once.
  const flushed = (piece: Buffer) => zlib.deflateRawSync(piece, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const head = Buffer.from(big.head);
  const tail = Buffer.from(big.tail);
  const chunk = flushed(big.chunk);
  const data = Buffer.concat([
    flushed(head),
    ...Array<Buffer>(big.repeat).fill(chunk),
    zlib.deflateRawSync(tail, { level: 1 }),
  ]);
  let crc = zlib.crc32(head);
  for (let i = 0; i < big.repeat; i++) crc = zlib.crc32(big.chunk, crc);
  crc = zlib.crc32(tail, crc);
  return { name: big.path, data, crc, size: head.length + big.chunk.length * big.repeat + tail.length };
}

function assemble(parts: { name: string; data: Buffer; crc: number; size: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const fields = (h: Buffer, at: number) => {
      h.writeUInt16LE(20, at); // version needed
      h.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      h.writeUInt16LE(8, at + 4); // deflate
      h.writeUInt32LE(0, at + 6); // time and date
      h.writeUInt32LE(p.crc, at + 10);
      h.writeUInt32LE(p.data.length, at + 14);
      h.writeUInt32LE(p.size, at + 18);
      h.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
