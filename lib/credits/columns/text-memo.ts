import { flat } from "../format";

/**
 * Reason texts worded once per call and shared by every suggestion that says the same thing
 * (thousands of people "shared directing → Directed by"): one string instead of thousands,
 * built and flattened once, and less for the garbage collector to copy. A rule keeps texts in
 * its own table (a TextTable) under a number it derives from everything its text depends on.
 * One per call (RuleContext.texts), so nothing carries over from call to call.
 */
export class TextMemo {
  /** Per table: texts under small whole keys (an array look-up), and under any other number. */
  private readonly small: (string | undefined)[][] = [];
  private readonly other: Map<number, string>[] = [];

  get(table: TextTable, key: number): string | undefined {
    if (isSmallKey(key)) return this.small[table]?.[key];
    if (Object.is(key, -0)) return undefined; // never kept: a Map takes -0 for 0, a text may not
    return this.other[table]?.get(key);
  }

  /** Keeps `text` (flattened, see flat) under `key` and returns it. */
  set(table: TextTable, key: number, text: string): string {
    const flatText = flat(text);
    if (isSmallKey(key)) (this.small[table] ??= [])[key] = flatText;
    else if (!Object.is(key, -0)) (this.other[table] ??= new Map()).set(key, flatText);
    return flatText;
  }
}

/** Whole keys under 2^16 index an array (rules' keys from ranks, degrees and counts are); -0 is not one. */
function isSmallKey(key: number): boolean {
  return key >= 0 && key < 65536 && Number.isInteger(key) && !Object.is(key, -0);
}

/** The tables of a TextMemo, one per kind of text. */
export const TEXT_TABLES = { creative: 0, noAmount: 1, raisedInTotal: 2, raisedBelow: 3, limitedArea: 4 } as const;
export type TextTable = (typeof TEXT_TABLES)[keyof typeof TEXT_TABLES];
