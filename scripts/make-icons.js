#!/usr/bin/env node
'use strict';
// Writes the add-in icons (assets/icon-<size>.png) without any dependency:
// the picture is drawn into an RGBA buffer with 4×4 supersampling and encoded as a PNG
// with zlib (deflate) and a hand-written CRC-32.
//
// Picture: a green rounded square, a faint 3×3 table grid, and a white check mark.
//
// Usage: node scripts/make-icons.js [outDir]   (default: assets/)

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;

const GREEN = [0x1b, 0x7a, 0x4a]; // background
const GRID = [0xff, 0xff, 0xff, 0.28]; // white, mostly transparent
const CHECK = [0xff, 0xff, 0xff, 1];

// ---- PNG encoding -------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffers) {
  let c = 0xffffffff;
  for (const buf of buffers) {
    for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeBuf = Buffer.from(type, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32([typeBuf, data]), 0);
  return Buffer.concat([length, typeBuf, data, crc]);
}

/** @param {number} width @param {number} height @param {Uint8Array} rgba */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Drawing (coordinates in units of the icon: 0..1) ---------------------------------------

function insideRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= radius * radius;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return Math.sqrt(dx * dx + dy * dy);
}

/** Colour (straight RGBA, alpha 0..1) of the picture at one point. */
function sample(x, y, size) {
  const inset = size <= 16 ? 0.02 : 0.04;
  if (!insideRoundedSquare(x, y, inset, 0.16)) return [0, 0, 0, 0];
  let color = [...GREEN, 1];

  // Table grid: two inner lines each way, drawn on the larger icons only (noise at 16 px).
  if (size >= 32) {
    const half = Math.max(0.5 / size, 0.012);
    const lines = [1 / 3 + inset / 3, 2 / 3 - inset / 3];
    const onGrid = lines.some((g) => Math.abs(x - g) <= half || Math.abs(y - g) <= half);
    const inTable = x > inset + 0.08 && x < 1 - inset - 0.08 && y > inset + 0.08 && y < 1 - inset - 0.08;
    if (onGrid && inTable) color = blend(color, GRID);
  }

  // Check mark: two capsules.
  const stroke = size <= 16 ? 0.085 : size <= 32 ? 0.075 : 0.07;
  const d = Math.min(distanceToSegment(x, y, 0.25, 0.53, 0.43, 0.71), distanceToSegment(x, y, 0.43, 0.71, 0.76, 0.32));
  if (d <= stroke) color = blend(color, CHECK);
  return color;
}

function blend(under, over) {
  const a = over[3];
  return [
    under[0] * (1 - a) + over[0] * a,
    under[1] * (1 - a) + over[1] * a,
    under[2] * (1 - a) + over[2] * a,
    under[3] + a * (1 - under[3]),
  ];
}

function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Average premultiplied colour over n×n sub-pixels.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, crc32, drawIcon, SIZES };
