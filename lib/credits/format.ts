import type { WorkStage } from "@/lib/work/taxonomy";

const moneyFormatters = new Map<string, Intl.NumberFormat | null>();

function moneyFormatter(currency: string): Intl.NumberFormat | null {
  if (!moneyFormatters.has(currency)) {
    let f: Intl.NumberFormat | null = null;
    try {
      f = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
    } catch {
      f = null; // invalid ISO code: fall back below rather than throw
    }
    moneyFormatters.set(currency, f);
  }
  return moneyFormatters.get(currency) ?? null;
}

/**
 * Texts of amounts already formatted, for one currency: reasons format the same amounts over
 * and over (the budget, "$0") and Intl formatting costs microseconds. Bounded: emptied when
 * it gets big or the currency changes.
 */
const moneyTexts = new Map<number, string>();
let moneyTextsCurrency = "";
const MONEY_TEXTS_MAX = 1024;

function formatMoneyUncached(amount: number, currency: string): string {
  const f = moneyFormatter(currency);
  if (f) return f.format(amount);
  return `${currency} ${Math.round(amount).toLocaleString("en-US")}`.trim();
}

/** "$250,000" in en-US for the budget currency; an invalid currency code gives "XYZ 250,000". */
export function formatMoney(amount: number, currency: string): string {
  // A Map key treats -0 as 0, but -0 formats as "-$0": it skips the cache.
  if (Object.is(amount, -0)) return formatMoneyUncached(amount, currency);
  if (currency !== moneyTextsCurrency || moneyTexts.size >= MONEY_TEXTS_MAX) {
    moneyTexts.clear();
    moneyTextsCurrency = currency;
  }
  let text = moneyTexts.get(amount);
  if (text === undefined) {
    text = formatMoneyUncached(amount, currency);
    moneyTexts.set(amount, text);
  }
  return text;
}

/** Where flat() puts the character it reads, so the compiler cannot drop the read as unused. */
const flatSink = new Int32Array(1);

/**
 * The same string, flattened in memory. V8 builds a concatenation (a template literal, `+`) as
 * a tree of its pieces; a text kept in the output keeps its whole tree alive — several times
 * the size of its characters, 20 MB of reason texts on 100,000 entries — and every garbage
 * collection during a run copies it. Reading a character makes V8 copy the characters into one
 * buffer in place, so the pieces become garbage at once. The string's value is untouched.
 */
export function flat(text: string): string {
  flatSink[0] = text.charCodeAt(0) | 0; // NaN (empty string) | 0 is 0
  return text;
}

/** Flattens the texts of reasons just built (see flat). */
export function flatReasons<T extends { reasons: { text: string }[] }>(s: T): T {
  for (const r of s.reasons) r.text = flat(r.text);
  return s;
}

/** A fraction as a whole percent: 0.4167 → "42%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A responsibility name inside a sentence: "Securing financing" → "securing financing" (acronyms kept). */
export function inSentence(name: string): string {
  // An ASCII capital second letter marks an acronym ("VFX supervision"): kept as it is.
  const second = name.charCodeAt(1); // NaN when shorter than 2
  if (second >= 65 && second <= 90) return name;
  // A first character that lower-casing leaves alone (ASCII other than A–Z): nothing to change,
  // so no new string. Anything else goes through toLowerCase, as before.
  const first = name.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && first < 128) return name;
  // Reasons name the same few responsibilities thousands of times: lower-case each name once.
  let text = sentenceNames.get(name);
  if (text === undefined) {
    if (sentenceNames.size >= SENTENCE_NAMES_MAX) sentenceNames.clear();
    text = flat(name.charAt(0).toLowerCase() + name.slice(1));
    sentenceNames.set(name, text);
  }
  return text;
}

/** inSentence's results by name; emptied when it gets big (custom names are unbounded). */
const sentenceNames = new Map<string, string>();
const SENTENCE_NAMES_MAX = 1024;

export const STAGE_NAMES: Readonly<Record<WorkStage, string>> = {
  development: "development",
  "pre-production": "pre-production",
  production: "production",
  "post-production": "post-production",
  "marketing-distribution": "marketing and distribution",
};

/** Rounds to 6 decimals so float noise never decides a threshold or breaks determinism. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
