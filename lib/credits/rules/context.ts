import { inIdOrder, type CleanInput } from "../normalize";
import type { Profiles, ProjectScope } from "../profile";
import type { Thresholds } from "../thresholds";
import type { Reason } from "../types";
import { flat } from "../format";

/**
 * What every rule may look at: the input, the project's scope, the thresholds and everyone's
 * profile (a rule judges one person, by index into the profiles' columns); plus `texts`, the
 * call's reason texts worded so far (see TextMemo), and `suggestedProducing`, by person
 * index: 1 once a title of the producing family is suggested for them (whichever rule does).
 */
export type RuleContext = {
  input: CleanInput;
  scope: ProjectScope;
  t: Thresholds;
  profiles: Profiles;
  texts: TextMemo;
  suggestedProducing: Uint8Array;
};

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

const VERBS: readonly string[] = ["led", "shared", "supported"]; // by DEGREE_ORDER index

/** The verb of a degree given as its DEGREE_ORDER index (0 = lead). */
export function verbOf(degreeIndex: number): string {
  return VERBS[degreeIndex] as string;
}

/** functionSlots' `lane` for every lane. */
export const ANY_LANE = -1;

/**
 * Person p's function slots (see Profiles), in rank order: all of them, or only one lane's
 * (OPPORTUNITY_LANE / EXECUTION_LANE), and only those they led when `leadOnly`.
 */
export function functionSlots(x: Profiles, p: number, lane = ANY_LANE, leadOnly = false): number[] {
  const out: number[] = [];
  const end = x.fnStart[p + 1] as number;
  for (let j = x.fnStart[p] as number; j < end; j++) {
    if (lane !== ANY_LANE && x.lane[x.fnRank[j] as number] !== lane) continue;
    if (leadOnly && x.fnDegree[j] !== 0) continue;
    out.push(j);
  }
  return out;
}

/** Scratch for entryIdsOf: 1 at the ranks of the functions asked for, 0 elsewhere between calls. */
let wanted = new Uint8Array(128);

/**
 * The ids of person p's entries behind the function slots (only those with money raised when
 * `raisedOnly`), sorted. Computed only when a reason cites them, so people who earn no title
 * cost nothing here. (Entry ids are unique after normalisation, so no de-duplication is needed.)
 */
export function entryIdsOf(x: Profiles, p: number, slots: readonly number[], raisedOnly = false): string[] {
  if (slots.length === 0) return [];
  const { work } = x;
  if (slots.length === 1 && x.fnEntries[slots[0] as number] === 1) {
    // One function with one entry (the usual case for a single function): no sort, no scan.
    const k = x.fnFirst[slots[0] as number] as number;
    return !raisedOnly || (work.amount[k] as number) > 0 ? [work.idAt[k] as string] : [];
  }
  inIdOrder(work, p); // so the ids come out sorted
  const { idAt, resp, amount, idOrder } = work;
  // Which responsibilities are wanted, by rank: a scratch array shared by all calls (set here,
  // cleared before returning), so a call allocates nothing but its result.
  let maxRank = 0;
  for (let j = 0; j < slots.length; j++) maxRank = Math.max(maxRank, x.fnRank[slots[j] as number] as number);
  if (wanted.length <= maxRank) wanted = new Uint8Array(Math.max(maxRank + 1, wanted.length * 2));
  for (let j = 0; j < slots.length; j++) wanted[x.fnRank[slots[j] as number] as number] = 1;
  // Counted first, so the list is allocated at its size (it stays in the output: no spare room).
  const first = work.start[p] as number;
  const end = work.start[p + 1] as number;
  let count = 0;
  for (let k = first; k < end; k++) if (wanted[resp[k] as number] === 1 && (!raisedOnly || (amount[k] as number) > 0)) count += 1;
  const out = new Array<string>(count);
  for (let j = first, n = 0; n < count; j++) {
    const k = idOrder[j] as number;
    if (wanted[resp[k] as number] === 1 && (!raisedOnly || (amount[k] as number) > 0)) out[n++] = idAt[k] as string;
  }
  for (let j = 0; j < slots.length; j++) wanted[x.fnRank[slots[j] as number] as number] = 0;
  return out;
}

/** "led hiring crew and scheduling; supported logistics" (the slots' order within each degree). */
export function functionsText(x: Profiles, slots: readonly number[]): string {
  let text = "";
  for (let d = 0; d < VERBS.length; d++) {
    // The names of the functions at this degree, in slot order, joined as joinList does.
    let count = 0;
    let head = ""; // all names but the last, ", "-separated
    let last = "";
    for (let j = 0; j < slots.length; j++) {
      const slot = slots[j] as number;
      if (x.fnDegree[slot] !== d) continue;
      if (count > 0) head = count === 1 ? last : `${head}, ${last}`;
      last = x.sentenceName[x.fnRank[slot] as number] as string;
      count += 1;
    }
    if (count === 0) continue;
    const names = count === 1 ? last : `${head} and ${last}`;
    text = text === "" ? `${verbOf(d)} ${names}` : `${text}; ${verbOf(d)} ${names}`;
  }
  return text;
}


/** functionsText, citing every entry behind it. */
export function functionsReason(x: Profiles, p: number, slots: readonly number[]): Reason {
  return { text: functionsText(x, slots), entryIds: entryIdsOf(x, p, slots) };
}
