import iconv from "iconv-lite";
import type { TextEncoding } from "./types";

/**
 * Bytes of a delimited file → text. Order: a byte-order mark decides; else the NUL-byte
 * pattern of UTF-16 text; else strict UTF-8; else Windows-1252 (what Excel on Windows
 * writes for "CSV"). Invariant: the returned text never starts with a BOM.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16 };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  return { text: decodeAs(bytes, "windows-1252"), encoding: "windows-1252" };
}

/** The encoding a leading byte-order mark announces, and the mark's length. */
export function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8-bom", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: Latin text in UTF-16 has a NUL in every other byte (odd offsets in
 * little-endian, even in big-endian). UTF-8 and Windows-1252 text never contains NUL.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs === 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros / pairs >= 0.3 && evenZeros / pairs < 0.05) return "utf-16le";
  if (evenZeros / pairs >= 0.3 && oddZeros / pairs < 0.05) return "utf-16be";
  return null;
}

/** The text when the bytes are valid UTF-8, else null (TextDecoder in fatal mode). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === "utf-8" || encoding === "utf-8-bom") return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  // iconv-lite maps 0x80–0x9F to the Windows-1252 characters (€, “, ”…), unlike TextDecoder's table in some runtimes.
  return iconv.decode(bytes, encoding, { stripBOM: false });
}
