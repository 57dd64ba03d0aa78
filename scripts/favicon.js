#!/usr/bin/env node
// Draws the default theme's favicon, a ladder on the header's blue, from one geometry into three files:
//   themes/default/assets/favicon.svg  the icon modern browsers use;
//   themes/default/assets/favicon.png  32 × 32 px, for browsers without SVG icons;
//   themes/default/assets/favicon.ico  the same PNG inside an ICO (the site root's /favicon.ico, which tools ask for).
// The pixels are computed here (4 × 4 samples per pixel for smooth corners), not rendered by a browser, so the same
// script always writes the same bytes. Run it after changing the drawing: node scripts/favicon.js
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 32;
const BACKGROUND = [0x07, 0x3f, 0x78]; // the header's blue (--header in site.css)
const RADIUS = 6;
// White shapes in a 32 × 32 grid: two rails and three rungs.
const SHAPES = [
  { x: 8, y: 5, w: 3, h: 22 },
  { x: 21, y: 5, w: 3, h: 22 },
  { x: 8, y: 9, w: 16, h: 3 },
  { x: 8, y: 15, w: 16, h: 3 },
  { x: 8, y: 21, w: 16, h: 3 },
];

function svg() {
  const hex = '#' + BACKGROUND.map(c => c.toString(16).padStart(2, '0')).join('');
  const rects = SHAPES.map(s => `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">` +
    `<rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="${hex}"/><g fill="#ffffff">${rects}</g></svg>\n`;
}

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), SIZE - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function insideShape(x, y) {
  return SHAPES.some(s => x >= s.x && x < s.x + s.w && y >= s.y && y < s.y + s.h);
}

/** RGBA rows, each with PNG's filter byte (0, none) in front. */
function pixels() {
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
  const samples = 4;
  for (let py = 0; py < SIZE; py++) {
    const row = py * (1 + SIZE * 4);
    for (let px = 0; px < SIZE; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          if (!insideRoundedSquare(x, y)) continue;
          cover++;
          if (insideShape(x, y)) white++;
        }
      }
      const at = row + 1 + px * 4;
      for (let c = 0; c < 3; c++) rows[at + c] = cover === 0 ? 0 : Math.round((BACKGROUND[c] * (cover - white) + 255 * white) / cover);
      rows[at + 3] = Math.round((255 * cover) / (samples * samples));
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

function png() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO holding one PNG image (valid since Windows Vista, read by every current browser). */
function ico(image) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(1, 4); // one image
  header[6] = SIZE;
  header[7] = SIZE;
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(6 + 16, 18);
  return Buffer.concat([header, image]);
}

const assets = path.join(__dirname, '..', 'themes', 'default', 'assets');
const image = png();
fs.writeFileSync(path.join(assets, 'favicon.svg'), svg());
fs.writeFileSync(path.join(assets, 'favicon.png'), image);
fs.writeFileSync(path.join(assets, 'favicon.ico'), ico(image));
console.log(`favicon: wrote favicon.svg, favicon.png and favicon.ico (${image.length} bytes of PNG) into ${path.relative(process.cwd(), assets) || '.'}`);
