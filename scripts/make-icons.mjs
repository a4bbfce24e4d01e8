// Rasterizes the Hatrack logo (components/shell/logo.tsx) into PNGs and a favicon.ico.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
const BG = [24, 24, 27], FG = [232, 151, 44], DOT = [255, 255, 255];
function crc32(buf) { let c, crc = 0xffffffff; for (const b of buf) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; } return (crc ^ 0xffffffff) >>> 0; }
function chunk(type, data) { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td)); return Buffer.concat([len, td, crc]); }
function segDist(px, py, [ax, ay, bx, by]) { const dx = bx - ax, dy = by - ay; const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))); return Math.hypot(px - ax - t * dx, py - ay - t * dy); }
const SEGS = [[16, 6, 16, 26], [9, 11, 16, 6], [16, 6, 23, 11], [10, 26, 22, 26]];
function png(size, rounded = true) {
  const s = size / 32, SS = 4; const rows = [];
  for (let y = 0; y < size; y++) { const row = [0];
    for (let x = 0; x < size; x++) { let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
        const u = (x + (sx + 0.5) / SS) / s, v = (y + (sy + 0.5) / SS) / s;
        const r = rounded ? 8 : 0; const cx = Math.max(r, Math.min(32 - r, u)), cy = Math.max(r, Math.min(32 - r, v));
        const inside = Math.hypot(u - cx, v - cy) <= r || !rounded; if (!inside) continue;
        let col = BG; if (Math.min(...SEGS.map((g) => segDist(u, v, g))) <= 1.2) col = FG;
        if (Math.hypot(u - 9, v - 13) <= 2 || Math.hypot(u - 23, v - 13) <= 2) col = DOT;
        acc[0] += col[0]; acc[1] += col[1]; acc[2] += col[2]; acc[3] += 255; }
      const n = SS * SS; const a = acc[3] / n; const k = acc[3] ? n * 255 / acc[3] : 0;
      row.push(Math.round(acc[0] / n * k), Math.round(acc[1] / n * k), Math.round(acc[2] / n * k), Math.round(a)); }
    rows.push(Buffer.from(row)); }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}
function ico(images) { const head = Buffer.alloc(6); head.writeUInt16LE(1, 2); head.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length; const dirs = [], datas = [];
  for (const [size, data] of images) { const d = Buffer.alloc(16); d[0] = size % 256; d[1] = size % 256; d.writeUInt16LE(1, 4); d.writeUInt16LE(32, 6); d.writeUInt32LE(data.length, 8); d.writeUInt32LE(offset, 12); offset += data.length; dirs.push(d); datas.push(data); }
  return Buffer.concat([head, ...dirs, ...datas]); }
const out = process.argv[2];
writeFileSync(`${out}/favicon.ico`, ico([[16, png(16)], [32, png(32)], [48, png(48)]]));
writeFileSync(`${out}/apple-icon.png`, png(180, false));
writeFileSync(`${out}/icon.png`, png(512));
