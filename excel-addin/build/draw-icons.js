/**
 * Draws the add-in's icons (16, 32, 64, 80 px PNGs in excel-addin/assets/): three bars rising on a
 * teal tile, the min, mid and max of a pay band. Run once by hand (`node excel-addin/build/draw-icons.js`)
 * when the design changes; the PNGs are committed so the build needs no image tools.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TILE = [0x0f, 0x76, 0x6e, 255];
const BAR = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function icon(size) {
  const radius = size * 0.18;
  const bars = [0.45, 0.65, 0.85]; // heights as a share of the drawing area
  return png(size, (x, y) => {
    const cx = Math.min(x, size - 1 - x);
    const cy = Math.min(y, size - 1 - y);
    if (cx < radius && cy < radius && Math.hypot(radius - cx - 0.5, radius - cy - 0.5) > radius) return CLEAR;
    const pad = size * 0.2;
    const width = (size - 2 * pad) / 5;
    for (let i = 0; i < 3; i++) {
      const left = pad + i * 2 * width;
      const top = size - pad - bars[i] * (size - 2 * pad);
      if (x >= Math.floor(left) && x < Math.floor(left + width) && y >= Math.floor(top) && y < Math.ceil(size - pad))
        return BAR;
    }
    return TILE;
  });
}

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), icon(size));
console.log(`icons written to ${dir}`);
