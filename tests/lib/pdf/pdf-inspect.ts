/**
 * Test helpers that read a PDF back: text with pdf.js (pdfjs-dist legacy build, which runs in
 * Node without a canvas), fonts by parsing the PDF's object dictionaries (pdfkit writes them
 * uncompressed; only content and font streams are compressed).
 */
import { OPS, getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface TextItem {
  str: string;
  dir: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageText {
  items: TextItem[];
  /** Items grouped by baseline, top to bottom, each line's items left to right. */
  lines: string[];
  width: number;
  height: number;
}

export interface ExtractedPdf {
  pages: PageText[];
  info: Record<string, unknown>;
}

export async function extractPdf(pdf: Buffer, maxPages = Infinity): Promise<ExtractedPdf> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PageText[] = [];
    for (let p = 1; p <= Math.min(doc.numPages, maxPages); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items) {
        if (!("str" in raw) || raw.str === "") continue;
        items.push({
          str: raw.str,
          dir: raw.dir,
          x: raw.transform[4] as number,
          y: raw.transform[5] as number,
          width: raw.width,
          height: raw.height,
        });
      }
      const [, , width, height] = page.view as [number, number, number, number];
      pages.push({ items, lines: toLines(items), width, height });
    }
    const meta = await doc.getMetadata();
    return { pages, info: meta.info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

/** Joins items into visual lines; a gap wider than a quarter of the text height is a space. */
function toLines(items: readonly TextItem[]): string[] {
  const rows: TextItem[][] = [];
  for (const it of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0]!.y - it.y) < 2);
    if (row) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let s = "";
    let end = -Infinity;
    for (const it of row) {
      if (s && it.x - end > Math.max(1, it.height * 0.25) && !s.endsWith(" ") && !it.str.startsWith(" ")) s += " ";
      s += it.str;
      end = it.x + it.width;
    }
    return s.trim();
  });
}

export interface FontReport {
  /** Every /Type /Font dictionary: its object number, subtype and base font name. */
  fonts: { obj: number; subtype: string; baseFont: string }[];
  /** CIDFontType2/Type0 descendants whose descriptor has a non-empty /FontFile2 or /FontFile3. */
  embedded: number;
  /** Font dictionaries that are neither embedded nor a Type0 wrapper of an embedded font. */
  problems: string[];
}

const BASE14 = /^(Times|Helvetica|Courier|Symbol|ZapfDingbats)/;

/** Reads every font of the PDF and checks that each one carries its own font program. */
export function inspectFonts(pdf: Buffer): FontReport {
  const text = pdf.toString("latin1");
  // Walk the objects in file order, skipping stream bytes by their /Length (pdfkit writes
  // direct lengths), so binary font and content data is never read as syntax.
  const objects = new Map<number, string>();
  const header = /(\d+) 0 obj\b/y;
  let pos = 0;
  for (;;) {
    const at = text.indexOf(" 0 obj", pos);
    if (at < 0) break;
    let start = at;
    while (start > 0 && /\d/.test(text[start - 1]!)) start--;
    header.lastIndex = start;
    const m = header.exec(text);
    if (!m) {
      pos = at + 6;
      continue;
    }
    const bodyStart = header.lastIndex;
    const streamAt = text.indexOf("stream", bodyStart);
    const endAt = text.indexOf("endobj", bodyStart);
    if (streamAt >= 0 && streamAt < endAt) {
      const dict = text.slice(bodyStart, streamAt);
      objects.set(Number(m[1]), dict);
      const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1] ?? 0);
      pos = text.indexOf("endobj", streamAt + 6 + length) + 6;
    } else {
      objects.set(Number(m[1]), text.slice(bodyStart, endAt));
      pos = endAt + 6;
    }
  }
  const ref = (dict: string, key: string): string | undefined => {
    const r = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return r ? objects.get(Number(r[1])) : undefined;
  };
  const fonts: FontReport["fonts"] = [];
  const problems: string[] = [];
  let embedded = 0;
  for (const [obj, dict] of objects) {
    if (!/\/Type\s*\/Font\b/.test(dict)) continue;
    const subtype = /\/Subtype\s*\/(\w+)/.exec(dict)?.[1] ?? "?";
    const baseFont = /\/BaseFont\s*\/([^\s/<>[\]]+)/.exec(dict)?.[1] ?? "?";
    fonts.push({ obj, subtype, baseFont });
    const name = baseFont.replace(/^[A-Z]{6}\+/, "");
    if (BASE14.test(name)) problems.push(`${obj}: base-14 font ${baseFont}`);
    if (subtype === "Type0") {
      const desc = /\/DescendantFonts\s*\[\s*(\d+) 0 R/.exec(dict);
      if (!desc || !objects.has(Number(desc[1]))) problems.push(`${obj}: Type0 without descendant`);
      if (!/\/ToUnicode\s+\d+ 0 R/.test(dict)) problems.push(`${obj}: Type0 without ToUnicode`);
      continue;
    }
    const descriptor = ref(dict, "FontDescriptor");
    if (!descriptor) {
      problems.push(`${obj}: ${subtype} ${baseFont} has no FontDescriptor (not embedded)`);
      continue;
    }
    const file = /\/FontFile([23]?)\s+(\d+) 0 R/.exec(descriptor);
    if (!file) {
      problems.push(`${obj}: ${subtype} ${baseFont} has no FontFile2/FontFile3`);
      continue;
    }
    const fileDict = objects.get(Number(file[2])) ?? "";
    const length = Number(/\/Length\s+(\d+)/.exec(fileDict)?.[1] ?? 0);
    if (length <= 0) {
      problems.push(`${obj}: ${baseFont} has an empty font file`);
      continue;
    }
    embedded++;
  }
  return { fonts, embedded, problems };
}

/** A tiny valid RGB PNG (w×h, one colour), built with node:zlib. */
export async function solidPng(width: number, height: number, rgb: [number, number, number]): Promise<Buffer> {
  const { deflateSync } = await import("node:zlib");
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The fill colours page `n` paints with (pdf.js gives "#rrggbb"), in drawing order. */
export async function fillColors(pdf: Buffer, n = 1): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const ops = await (await doc.getPage(n)).getOperatorList();
    const colors: string[] = [];
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.setFillRGBColor) colors.push(String((ops.argsArray[i] as unknown[])[0]));
    });
    return colors;
  } finally {
    await doc.destroy();
  }
}
