import { crc32, deflateSync } from "node:zlib";

/** One PNG chunk: length, type, data, CRC over type + data. */
export function pngChunk(type: string, data: Uint8Array = new Uint8Array(0)): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.byteLength, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function ihdr(width: number, height: number, bitDepth = 8, colorType = 6): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = bitDepth;
  data[9] = colorType;
  return pngChunk("IHDR", data);
}

/** A real, decodable RGBA PNG of `width`×`height` (a red-to-blue gradient). */
export function makePng(width = 3, height = 2): Uint8Array<ArrayBuffer> {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x++) rows.push(Math.round((255 * x) / Math.max(1, width - 1)), 0, Math.round((255 * y) / Math.max(1, height - 1)), 255);
  }
  return new Uint8Array(Buffer.concat([PNG_SIGNATURE, ihdr(width, height), pngChunk("IDAT", deflateSync(Buffer.from(rows))), pngChunk("IEND")]));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const CLEAN_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 240 80" width="240" height="80">
  <title>Lighthouse Pictures</title>
  <defs>
    <linearGradient id="sky" x1="0" x2="1"><stop offset="0" stop-color="#123"/><stop offset="1" stop-color="#456"/></linearGradient>
    <path id="beam" d="M10 10 L60 40 L10 70 Z"/>
  </defs>
  <style>.word { font-family: sans-serif; fill: url(#sky); }</style>
  <rect width="240" height="80" fill="url(#sky)" rx="8"/>
  <use href="#beam" fill="#fc0"/>
  <use xlink:href="#beam" transform="translate(20 0)"/>
  <text x="80" y="50" class="word" style="font-size: 24px">Lighthouse</text>
</svg>`;
