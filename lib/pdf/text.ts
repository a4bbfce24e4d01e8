/**
 * Splits one line of text into runs ("segments") that each use one font slice and one bidi
 * level, in visual (left-to-right drawing) order.
 *
 * - Font per character: by script, with a fallback chain (Latin/Greek/Cyrillic → Noto Sans,
 *   Arabic → Noto Sans Arabic, Hebrew → Noto Sans Hebrew, kana → JP, Hangul → KR, Han → JP
 *   when the line has kana, KR when it has Hangul, else SC). Neutral characters (spaces,
 *   punctuation, digits, combining marks) stay in the font of the preceding character when
 *   it has them, so runs are not cut needlessly.
 * - Bidi: levels from bidi-js (Unicode Bidirectional Algorithm, auto base direction); runs
 *   are reordered with rule L2. An RTL run is given to fontkit in logical order: fontkit
 *   shapes it (Arabic joining forms, lam-alef ligatures, marks) and returns the glyphs in
 *   visual order. Such a run is drawn as one pdfkit run (pdfkit otherwise lays text out
 *   word by word, which would leave RTL words in logical order); neutral-only runs at an
 *   odd level, which fontkit would keep left-to-right, are reversed here; mirrored
 *   characters (brackets) are swapped at odd levels.
 */
import bidiFactory from "bidi-js";
import { baseSlice, loadSlices, sliceCovers, sliceFor, type FamilyId, type FontSlice } from "./fonts";

export interface Segment {
  readonly slice: FontSlice;
  /** The text to hand to pdfkit: logical order for RTL-script runs, else drawing order. */
  readonly text: string;
  readonly level: number;
  /**
   * An RTL-script run: lay it out as one run (pdfkit's `features` option), so fontkit
   * shapes it and reverses the whole run, spaces included, into visual order.
   */
  readonly wholeRun: boolean;
}

type Bidi = ReturnType<typeof bidiFactory>;
let bidiInstance: Bidi | null = null;
function bidi(): Bidi {
  bidiInstance ??= bidiFactory();
  return bidiInstance;
}

export type CjkPref = "jp" | "sc" | "kr";
type CharClass = "hangul" | "kana" | "han" | "arabic" | "hebrew" | "strong" | "cjkNeutral" | "neutral";

const RE_HANGUL = /\p{Script=Hangul}/u;
const RE_KANA = /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u30a0\uff70\u3099-\u309c]/u;
const RE_HAN = /\p{Script=Han}/u;
const RE_ARABIC = /\p{Script=Arabic}/u;
const RE_HEBREW = /\p{Script=Hebrew}/u;
const RE_NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const RE_CJK_NEUTRAL = /[\u2e80-\u2fff\u3000-\u303f\u3190-\u33ff\ufe30-\ufe4f\uff00-\uffef]/u;
const RE_RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Characters that can make the bidi algorithm necessary (R, AL, RLE/RLO/RLI, RLM…). */
const RE_MAYBE_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Bidi formatting characters and other invisible controls: used for levels, never drawn. */
const RE_STRIP = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

const classCache = new Map<number, CharClass>();
function classify(cp: number): CharClass {
  let c = classCache.get(cp);
  if (c) return c;
  const ch = String.fromCodePoint(cp);
  if (RE_HANGUL.test(ch)) c = "hangul";
  else if (RE_KANA.test(ch)) c = "kana";
  else if (RE_HAN.test(ch)) c = "han";
  else if (RE_ARABIC.test(ch)) c = "arabic";
  else if (RE_HEBREW.test(ch)) c = "hebrew";
  else if (RE_CJK_NEUTRAL.test(ch)) c = "cjkNeutral";
  else if (RE_NEUTRAL.test(ch)) c = "neutral";
  else c = "strong";
  classCache.set(cp, c);
  return c;
}

function cjkPreference(text: string): CjkPref {
  for (const ch of text) {
    const c = classify(ch.codePointAt(0) ?? 0);
    if (c === "kana") return "jp";
    if (c === "hangul") return "kr";
  }
  return "sc";
}

const CJK_ORDER: Readonly<Record<CjkPref, readonly FamilyId[]>> = {
  jp: ["jp", "sc", "kr"],
  sc: ["sc", "jp", "kr"],
  kr: ["kr", "jp", "sc"],
};

function chainFor(cls: CharClass, pref: CjkPref): readonly FamilyId[] {
  const cjk = CJK_ORDER[pref];
  switch (cls) {
    case "hangul":
      return ["kr", "jp", "sc"];
    case "kana":
      return ["jp", "kr", "sc"];
    case "han":
    case "cjkNeutral":
      return [...cjk, "latin"];
    case "arabic":
      return ["arabic", "latin"];
    case "hebrew":
      return ["hebrew", "latin"];
    default:
      return ["latin", ...cjk, "arabic", "hebrew"];
  }
}

/**
 * Resolves fonts. In planning mode (`strict` false) a slice that is not loaded yet is
 * accepted on its unicode-range and recorded in `need`; in strict mode (layout) only loaded
 * slices count, so layout never meets a font it cannot measure.
 */
export class FontPlanner {
  readonly need = new Set<FontSlice>();
  constructor(readonly strict: boolean) {}

  usable(slice: FontSlice | null, cp: number, anyRange = false): boolean {
    if (!slice) return false;
    if (!slice.font) {
      if (this.strict) return false;
      if (!anyRange && !sliceCovers(slice, cp)) return false;
      this.need.add(slice);
      return true;
    }
    return sliceCovers(slice, cp, anyRange);
  }

  resolve(cp: number, chain: readonly FamilyId[]): FontSlice | null {
    for (const family of chain) {
      const slice = sliceFor(family, cp);
      if (this.usable(slice, cp)) return slice;
    }
    return null;
  }
}

interface Item {
  cp: number;
  ch: string;
  level: number;
  cls: CharClass;
  slice: FontSlice | null;
}

/**
 * Characters of `text` grouped by the CJK preference they will be shaped with: planning
 * needs only each distinct (character, preference) pair, not every string.
 */
export function collectCharacters(text: string, into: Map<CjkPref, Set<number>>): void {
  const t = cleanText(text);
  if (!t) return;
  const pref = cjkPreference(t);
  let set = into.get(pref);
  if (!set) {
    set = new Set();
    into.set(pref, set);
  }
  for (const ch of t) if (!RE_STRIP.test(ch)) set.add(ch.codePointAt(0) ?? 0);
}

/**
 * Records (in a planning FontPlanner) the slices these characters need: each strong
 * character's font by script, and each neutral's own default. In layout a neutral may
 * instead take its neighbour's font, which is then loaded already.
 */
export function planCharacters(chars: ReadonlyMap<CjkPref, ReadonlySet<number>>, planner: FontPlanner): void {
  for (const [pref, set] of chars) {
    for (const cp of set) planner.resolve(cp, chainFor(classify(cp), pref));
  }
}

/** NFC, one space for any run of white space, trimmed. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

function reverseCodePoints(s: string): string {
  return Array.from(s).reverse().join("");
}

/**
 * Segments of one line in visual order. `baseDirection` defaults to auto (first strong
 * character), which is right for a name on its own line.
 */
export function shapeLine(raw: string, planner: FontPlanner, baseDirection?: "ltr" | "rtl"): Segment[] {
  const text = cleanText(raw);
  if (!text) return [];
  const levels = RE_MAYBE_RTL.test(text) || baseDirection === "rtl" ? bidi().getEmbeddingLevels(text, baseDirection).levels : null;
  const pref = cjkPreference(text);

  const items: Item[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (!RE_STRIP.test(ch)) {
      items.push({ cp, ch, level: levels ? (levels[i] ?? 0) : 0, cls: classify(cp), slice: null });
    }
    i += ch.length;
  }
  if (items.length === 0) return [];

  // Strong characters first, by script.
  for (const it of items) {
    if (it.cls !== "neutral") it.slice = planner.resolve(it.cp, chainFor(it.cls, pref));
  }
  // Neutrals: a neighbour's font (the previous character's, else the next strong one's),
  // preferring a neighbour at the same bidi level so runs are not cut; else by chain.
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.cls !== "neutral") continue;
    const prev = i > 0 ? items[i - 1]! : null;
    let next: Item | null = null;
    for (let j = i + 1; j < items.length; j++) {
      if (items[j]!.cls !== "neutral") {
        next = items[j]!;
        break;
      }
    }
    // A space stays in the run it sits in (so an RTL name is one run): every slice has one.
    const anyRange = it.cp === 0x20 || it.cp === 0xa0;
    const candidates = [prev, next].filter((n): n is Item => n !== null && n.slice !== null);
    candidates.sort((a, b) => Number(b.level === it.level) - Number(a.level === it.level));
    const near = candidates.find((n) => planner.usable(n.slice, it.cp, anyRange));
    it.slice = near ? near.slice : planner.resolve(it.cp, chainFor("neutral", pref));
  }

  // Runs in logical order.
  const fallback = baseSlice();
  const runs: { slice: FontSlice; level: number; chars: string[] }[] = [];
  for (const it of items) {
    // No font has it (emoji, rare scripts): draw Noto Sans's U+FFFD, which also extracts as
    // U+FFFD, rather than an invisible or unmapped .notdef.
    const slice = it.slice ?? fallback;
    let ch = it.slice ? it.ch : "\ufffd";
    if (it.level % 2 === 1) ch = bidi().getMirroredCharacter(ch) ?? ch;
    const last = runs[runs.length - 1];
    if (last && last.slice === slice && last.level === it.level) last.chars.push(ch);
    else runs.push({ slice, level: it.level, chars: [ch] });
  }

  // Rule L2: from the highest level down to the lowest odd level, reverse every sequence of
  // runs at that level or higher.
  let maxLevel = 0;
  let minOdd = Infinity;
  for (const r of runs) {
    maxLevel = Math.max(maxLevel, r.level);
    if (r.level % 2 === 1) minOdd = Math.min(minOdd, r.level);
  }
  for (let lvl = maxLevel; lvl >= minOdd && lvl > 0; lvl--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level >= lvl) {
        let j = i;
        while (j < runs.length && runs[j]!.level >= lvl) j++;
        const reversed = runs.slice(i, j).reverse();
        runs.splice(i, j - i, ...reversed);
        i = j;
      } else {
        i++;
      }
    }
  }

  return runs.map((r) => {
    let s = r.chars.join("");
    const odd = r.level % 2 === 1;
    const rtlScript = odd && RE_RTL_SCRIPT.test(s);
    // fontkit reverses runs of RTL scripts itself; others at an odd level are ours to flip.
    if (odd && !rtlScript && r.chars.length > 1) s = reverseCodePoints(s);
    return { slice: r.slice, text: s, level: r.level, wholeRun: rtlScript };
  });
}

/** Base direction of a paragraph from its first strong character (rules P2–P3). */
export function paragraphDirection(text: string): "ltr" | "rtl" {
  if (!RE_MAYBE_RTL.test(text)) return "ltr";
  const { paragraphs } = bidi().getEmbeddingLevels(text);
  return (paragraphs[0]?.level ?? 0) % 2 === 1 ? "rtl" : "ltr";
}

/**
 * Loads (once per process) every font slice these texts need, so a strict FontPlanner can then
 * lay them out. Pass 1 picks slices by unicode-range; once loaded, the next pass checks their
 * real cmaps and may send a character on down its fallback chain.
 */
export async function loadFontsFor(texts: Iterable<string | null | undefined>): Promise<void> {
  const chars = new Map<CjkPref, Set<number>>();
  for (const text of texts) if (text) collectCharacters(text, chars);
  await loadSlices([baseSlice()]);
  for (let pass = 0; pass < 4; pass++) {
    const planner = new FontPlanner(false);
    planCharacters(chars, planner);
    if (planner.need.size === 0) return;
    await loadSlices(planner.need);
  }
}
