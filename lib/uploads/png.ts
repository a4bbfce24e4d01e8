import { MAX_LOGO_DIMENSION } from "./limits";

/**
 * Reads the size of a PNG from its header, checking the file's structure on the way:
 * the 8-byte signature, then every chunk (length within the file, a 4-letter type, a CRC
 * that matches), IHDR first with valid values, at least one IDAT, IEND last and nothing
 * after it. The image data itself is not decompressed.
 *
 * Throws a `PngProblem` (a plain Error with a sentence a person can read, without the file
 * name); the caller turns it into the user-facing error.
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export class PngProblem extends Error {}

export function hasPngSignature(bytes: Uint8Array): boolean {
  if (bytes.byteLength < PNG_SIGNATURE.byteLength) return false;
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

let crcTable: Uint32Array | null = null;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 (ISO 3309, as PNG uses it) of `bytes[start, end)`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.byteLength): number {
  const t = table();
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

/** Bit depths allowed for each colour type (PNG spec, table 11.1). */
const BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

const CRITICAL = new Set(["IHDR", "PLTE", "IDAT", "IEND"]);

function isChunkType(bytes: Uint8Array, offset: number): boolean {
  for (let i = offset; i < offset + 4; i++) {
    const b = bytes[i]!;
    if (!((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))) return false;
  }
  return true;
}

export function readPng(bytes: Uint8Array): { width: number; height: number } {
  if (!hasPngSignature(bytes)) throw new PngProblem("It doesn't start with the PNG signature.");
  let offset = PNG_SIGNATURE.byteLength;
  let size: { width: number; height: number } | null = null;
  let colorType = -1;
  let sawPalette = false;
  let sawData = false;
  let sawEnd = false;
  while (offset < bytes.byteLength) {
    if (offset + 12 > bytes.byteLength) throw new PngProblem("It is cut off in the middle of a chunk.");
    const length = u32(bytes, offset);
    if (length > 0x7fffffff) throw new PngProblem("It has a chunk with an impossible length.");
    if (!isChunkType(bytes, offset + 4)) throw new PngProblem("It has a damaged chunk (its type isn't four letters).");
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.byteLength) throw new PngProblem(`It is cut off inside its ${type} chunk.`);
    if (crc32(bytes, offset + 4, dataEnd) !== u32(bytes, dataEnd)) throw new PngProblem(`Its ${type} chunk is damaged (the checksum doesn't match).`);

    if (size === null && type !== "IHDR") throw new PngProblem("Its header (IHDR) is missing: it must be the first chunk.");
    if (type === "IHDR") {
      if (size !== null) throw new PngProblem("It has two headers (IHDR).");
      if (length !== 13) throw new PngProblem("Its header (IHDR) has the wrong length.");
      const width = u32(bytes, dataStart);
      const height = u32(bytes, dataStart + 4);
      const bitDepth = bytes[dataStart + 8]!;
      colorType = bytes[dataStart + 9]!;
      const compression = bytes[dataStart + 10]!;
      const filter = bytes[dataStart + 11]!;
      const interlace = bytes[dataStart + 12]!;
      if (width === 0 || height === 0) throw new PngProblem(`It says it is ${width}×${height} pixels; an image needs a width and a height above 0.`);
      if (width > MAX_LOGO_DIMENSION || height > MAX_LOGO_DIMENSION) {
        throw new PngProblem(`It is ${width}×${height} pixels; a logo can be at most ${MAX_LOGO_DIMENSION} pixels on each side.`);
      }
      if (!BIT_DEPTHS[colorType]?.includes(bitDepth) || compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) {
        throw new PngProblem("Its header (IHDR) has values no PNG reader accepts.");
      }
      size = { width, height };
    } else if (type === "PLTE") {
      sawPalette = true;
    } else if (type === "IDAT") {
      if (colorType === 3 && !sawPalette) throw new PngProblem("It is a palette image without a palette (PLTE).");
      sawData = true;
    } else if (type === "IEND") {
      sawEnd = true;
      offset = dataEnd + 4;
      break;
    } else if (!CRITICAL.has(type) && (bytes[offset + 4]! & 0x20) === 0) {
      throw new PngProblem(`It uses a ${type} chunk that browsers can't display.`);
    }
    offset = dataEnd + 4;
  }
  if (!size) throw new PngProblem("Its header (IHDR) is missing.");
  if (!sawData) throw new PngProblem("It has no image data (IDAT).");
  if (!sawEnd) throw new PngProblem("It is cut off: its end marker (IEND) is missing.");
  if (offset < bytes.byteLength) throw new PngProblem("It has extra data after its end marker (IEND).");
  return size;
}
