/**
 * Font registry for the credits PDF: Noto Sans (Latin/Greek/Cyrillic/Vietnamese), Noto Sans
 * Hebrew, JP, SC and KR from the @fontsource-variable packages and IBM Plex Sans Arabic from
 * @fontsource (all installed by `npm ci`, read from node_modules at run time, no network).
 *
 * Each family is split by Fontsource/Google Fonts into unicode-range slices (one small
 * woff2 per slice; CJK families have ~100–124 slices each). We pick the slice that covers a
 * character from the `unicode-range` of the package's CSS (`wght.css`), exactly as a browser
 * would, and only load the slices a document needs. A loaded slice is decoded once per
 * process (wawoff2) and, where the variable font's default instance is not Regular (Thin for
 * CJK and Hebrew), pinned to weight 400 with HarfBuzz's instancer (`subset-font`); the
 * fontkit font is cached. pdfkit embeds a subset of every slice it draws with
 * (FontFile2 + ToUnicode), so the PDF carries only the glyphs it uses.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { decompress as woff2ToTtf } from "wawoff2";

export type FamilyId = "latin" | "arabic" | "hebrew" | "jp" | "sc" | "kr";

export const FAMILY_IDS: readonly FamilyId[] = ["latin", "arabic", "hebrew", "jp", "sc", "kr"];

/**
 * Arabic is IBM Plex Sans Arabic, not Noto Sans Arabic: Noto's Arabic fonts draw dotted
 * letters as a dotless skeleton plus separate dot glyphs (ccmp decomposition), so one glyph
 * stands for several letters (ر/ز, ب/ن…) and the dots map to no character at all; a PDF's
 * ToUnicode map can then not give the text back. Plex uses one glyph per letter form.
 */
const FAMILIES: Readonly<Record<FamilyId, { pkg: string; css: string; psName: string }>> = {
  latin: { pkg: "@fontsource-variable/noto-sans", css: "wght.css", psName: "NotoSans" },
  arabic: { pkg: "@fontsource/ibm-plex-sans-arabic", css: "400.css", psName: "IBMPlexSansArabic" },
  hebrew: { pkg: "@fontsource-variable/noto-sans-hebrew", css: "wght.css", psName: "NotoSansHebrew" },
  jp: { pkg: "@fontsource-variable/noto-sans-jp", css: "wght.css", psName: "NotoSansJP" },
  sc: { pkg: "@fontsource-variable/noto-sans-sc", css: "wght.css", psName: "NotoSansSC" },
  kr: { pkg: "@fontsource-variable/noto-sans-kr", css: "wght.css", psName: "NotoSansKR" },
};

const CJK: ReadonlySet<FamilyId> = new Set(["jp", "sc", "kr"]);

/** The weight every slice is instanced at. */
const WEIGHT = 400;

export interface FontSlice {
  /** Unique name, used as the pdfkit font alias: "jp:117", "latin:latin-ext". */
  readonly key: string;
  readonly family: FamilyId;
  /** Absolute path of the slice's woff2 file. */
  readonly file: string;
  /** The static (weight 400) font, once loaded. */
  font: fontkit.Font | null;
}

interface FamilyTable {
  readonly slices: readonly FontSlice[];
  /** Code point → slice; where ranges overlap the last @font-face wins, as in CSS. */
  sliceOf(cp: number): FontSlice | null;
}

const tables = new Map<FamilyId, FamilyTable>();

/** Finds an installed package folder: from the working directory (and its parents). */
function packageDir(pkg: string, css: string): string {
  const roots: string[] = [];
  if (process.env.HATRACK_NODE_MODULES) roots.push(process.env.HATRACK_NODE_MODULES);
  let dir = process.cwd();
  for (let i = 0; i < 6; i++) {
    roots.push(path.join(dir, "node_modules"));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const root of roots) {
    const candidate = path.join(root, pkg);
    if (existsSync(/*turbopackIgnore: true*/ path.join(candidate, css))) return candidate;
  }
  throw new Error(`Font package ${pkg} is not installed (looked in ${roots.join(", ")}); run npm ci.`);
}

/** "U+4e00-4e0f", "U+25ee8", "U+4??" → [start, end]. */
function parseRange(token: string): [number, number] | null {
  const t = token.trim().replace(/^U\+/i, "");
  if (!t) return null;
  if (t.includes("?")) {
    return [parseInt(t.replace(/\?/g, "0"), 16), parseInt(t.replace(/\?/g, "f"), 16)];
  }
  const [a, b] = t.split("-");
  const start = parseInt(a ?? "", 16);
  const end = b === undefined ? start : parseInt(b, 16);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  return [start, end];
}

function loadTable(family: FamilyId): FamilyTable {
  const { pkg, css: cssFile } = FAMILIES[family];
  const dir = packageDir(pkg, cssFile);
  const css = readFileSync(path.join(/*turbopackIgnore: true*/ dir, cssFile), "utf8");
  const slices: FontSlice[] = [];
  // Slice index + 1 per BMP code point (0: none), a map for the rest.
  const bmp = new Uint16Array(0x10000);
  const astral = new Map<number, number>();
  const prefix = `${pkg.split("/").pop()}-`;
  for (const face of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = face[1] ?? "";
    if (/font-style:\s*italic/.test(body)) continue;
    const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1];
    if (!url || !range) continue;
    const base = path.basename(url, ".woff2");
    const tag = base.startsWith(prefix) ? base.slice(prefix.length).replace(/-(wght|400)-normal$/, "") : base;
    slices.push({ key: `${family}:${tag}`, family, file: path.join(/*turbopackIgnore: true*/ dir, url), font: null });
    const index = slices.length; // 1-based
    for (const token of range.split(",")) {
      const r = parseRange(token);
      if (!r) continue;
      const end = Math.min(r[1], 0x10ffff);
      if (r[0] <= 0xffff) bmp.fill(index, r[0], Math.min(end, 0xffff) + 1);
      for (let cp = Math.max(r[0], 0x10000); cp <= end; cp++) astral.set(cp, index);
    }
  }
  if (slices.length === 0) throw new Error(`No font slices found in ${pkg}/${cssFile}`);
  return {
    slices,
    sliceOf(cp: number): FontSlice | null {
      const index = cp <= 0xffff ? bmp[cp]! : (astral.get(cp) ?? 0);
      return index ? slices[index - 1]! : null;
    },
  };
}

export function familyTable(family: FamilyId): FamilyTable {
  let t = tables.get(family);
  if (!t) {
    t = loadTable(family);
    tables.set(family, t);
  }
  return t;
}

/** The slice of `family` whose unicode-range covers `cp`, if any. */
export function sliceFor(family: FamilyId, cp: number): FontSlice | null {
  return familyTable(family).sliceOf(cp);
}

/**
 * Does this slice draw `cp`? (unicode-range, then the real cmap once loaded). With
 * `anyRange` only the cmap counts: every slice has a space glyph though no range lists it.
 */
export function sliceCovers(slice: FontSlice, cp: number, anyRange = false): boolean {
  if (!anyRange && familyTable(slice.family).sliceOf(cp) !== slice) return false;
  return slice.font ? slice.font.hasGlyphForCodePoint(cp) : true;
}

const loading = new Map<FontSlice, Promise<void>>();

/**
 * wawoff2 returns a view of its wasm memory, which the next call overwrites: decode one
 * file at a time and copy the result before the next call starts.
 */
let woff2Queue: Promise<unknown> = Promise.resolve();
function decodeWoff2(file: string): Promise<Buffer> {
  const job = woff2Queue.then(async () => Buffer.from(await woff2ToTtf(readFileSync(/*turbopackIgnore: true*/ file))));
  woff2Queue = job.catch(() => undefined);
  return job;
}

async function instantiate(slice: FontSlice): Promise<void> {
  const ttf = await decodeWoff2(slice.file);
  let font = fontkit.create(ttf) as fontkit.Font;
  const wght = (font.variationAxes as Record<string, { default: number }> | undefined)?.wght;
  if (wght && wght.default !== WEIGHT) {
    // Default instance is not Regular (Thin for Noto Sans JP/SC/KR/Hebrew): pin the weight
    // with HarfBuzz's instancer (glyf, hmtx, GSUB/GPOS all instanced; gvar/HVAR dropped).
    // fontkit itself cannot subset a variation instance (its glyph re-encoder is broken).
    const { default: subsetFont } = await import("subset-font");
    const inst = await subsetFont(ttf, undefined, {
      keepAllGlyphs: true,
      variationAxes: { wght: WEIGHT },
      targetFormat: "truetype",
      // CJK names need no OpenType layout (NFC already composes kana with their marks; no
      // language is set, so no locl): without GSUB/GPOS fontkit maps characters to glyphs
      // directly, several times faster than running its shaper on ~50 fonts.
      ...(CJK.has(slice.family) ? { dropTables: ["GSUB", "GPOS", "BASE", "vhea", "vmtx"] } : {}),
    });
    font = fontkit.create(Buffer.from(inst)) as fontkit.Font;
  }
  if (typeof font.layout !== "function" || typeof font.hasGlyphForCodePoint !== "function") {
    throw new Error(`${slice.file} did not load as a single font`);
  }
  faithfulCodePoints(font);
  cacheLayouts(font);
  // The instancer keeps the variable font's names ("NotoSansJP-Thin"): give every slice a
  // truthful, unique PostScript name. pdfkit uses it for /BaseFont and to de-duplicate fonts.
  const tag = slice.key.slice(slice.key.indexOf(":") + 1).replace(/[^A-Za-z0-9]+/g, "");
  Object.defineProperty(font, "postscriptName", {
    value: `${FAMILIES[slice.family].psName}-Regular-${tag}`,
    configurable: true,
  });
  slice.font = font;
}

/**
 * fontkit caches one Glyph object per glyph id, with the code points of the call that first
 * created it, and its TrueType subsetter creates the components of composite glyphs (the N
 * and the tilde of Ñ) with none. pdfkit builds the ToUnicode map from `glyph.codePoints`,
 * so a font shared between documents could extract "THA\u001dKS" for THANKS. Hand out the
 * cached glyph with the code points this call asked for.
 */
function faithfulCodePoints(font: fontkit.Font): void {
  const base = font.getGlyph.bind(font);
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  Object.defineProperty(font, "getGlyph", {
    configurable: true,
    writable: true,
    value(id: number, codePoints?: number[]): fontkit.Glyph {
      const glyph = base(id, codePoints);
      if (!codePoints || same(glyph.codePoints, codePoints)) return glyph;
      void glyph.advanceWidth; // metrics computed once, on the cached glyph
      return Object.create(glyph, { codePoints: { value: codePoints, enumerable: true } }) as fontkit.Glyph;
    },
  });
}

/**
 * A ligature of a right-to-left run (lam-alef: "لا" is one glyph) with its code points in
 * visual order. fontkit gives the glyph its characters in logical order, and pdfkit writes
 * them as they come into the ToUnicode map. Text extractors (pdf.js, pdftotext) read an RTL
 * line in drawing order and reverse it character by character, which swapped the ligature's
 * letters ("محمد الأحمد" came back "محمد األحمد"); written in visual order, the reversal
 * gives the name back as typed. A glyph for one character is returned as it is.
 */
function visualCodePoints(glyph: fontkit.Glyph): fontkit.Glyph {
  if (glyph.codePoints.length < 2) return glyph;
  void glyph.advanceWidth; // metrics computed once, on the cached glyph
  return Object.create(glyph, { codePoints: { value: [...glyph.codePoints].reverse(), enumerable: true } }) as fontkit.Glyph;
}

const LAYOUT_CACHE_SIZE = 20_000;

/**
 * fontkit plans and runs its shaper on every call, and pdfkit calls it up to three times per
 * drawn run (measure, draw, advance) and, for runs laid out whole (RTL), without its own
 * cache. Remember each string's glyphs and positions per font, across documents (LRU).
 * pdfkit scales the positions it gets in place, so every call gets fresh copies.
 */
function cacheLayouts(font: fontkit.Font): void {
  type Pos = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
  const base = font.layout.bind(font) as (text: string, features?: unknown) => fontkit.GlyphRun;
  const cache = new Map<string, { glyphs: fontkit.Glyph[]; positions: Pos[]; run: fontkit.GlyphRun }>();
  Object.defineProperty(font, "layout", {
    configurable: true,
    writable: true,
    value(text: string, features?: unknown, ...rest: unknown[]): fontkit.GlyphRun {
      if (typeof text !== "string" || rest.length > 0 || (features != null && !Array.isArray(features))) {
        return (font.constructor.prototype.layout as (...a: unknown[]) => fontkit.GlyphRun).call(font, text, features, ...rest);
      }
      const key = `${features ? (features as string[]).join(",") : ""}\u0000${text}`;
      let hit = cache.get(key);
      if (hit) {
        cache.delete(key); // LRU: move to the end
        cache.set(key, hit);
      } else {
        const run = base(text, features);
        hit = {
          glyphs: run.direction === "rtl" ? run.glyphs.map(visualCodePoints) : run.glyphs,
          positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
          run,
        };
        cache.set(key, hit);
        if (cache.size > LAYOUT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      const positions = hit.positions.map((p) => ({ ...p }));
      return Object.create(hit.run, {
        glyphs: { value: hit.glyphs.slice(), enumerable: true, writable: true },
        positions: { value: positions, enumerable: true, writable: true },
        advanceWidth: { get: () => positions.reduce((w, p) => w + p.xAdvance, 0), enumerable: true },
      }) as fontkit.GlyphRun;
    },
  });
}

/** Loads (once per process) every slice given. */
export async function loadSlices(slices: Iterable<FontSlice>): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const slice of slices) {
    if (slice.font) continue;
    let job = loading.get(slice);
    if (!job) {
      job = instantiate(slice);
      loading.set(slice, job);
      job.catch(() => loading.delete(slice));
    }
    jobs.push(job);
  }
  await Promise.all(jobs);
}

/** The Latin slice: page numbers and the last resort for characters no font covers. */
export function baseSlice(): FontSlice {
  const s = sliceFor("latin", 0x41);
  if (!s) throw new Error("Noto Sans has no Latin slice");
  return s;
}
