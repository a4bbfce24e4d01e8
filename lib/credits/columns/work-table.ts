import { DEGREES } from "@/lib/work/degree";
import type { Responsibility, WorkStage } from "@/lib/work/taxonomy";
import type { Degree } from "../types";

/**
 * The column machinery under the fast engine's input: the work log as typed-array columns
 * grouped by person, with the canonical summation order that makes the engine independent
 * of input order. Rules never read these columns: they read a Team (lib/credits/team.ts).
 */

/** The PGA's stages in production order; a work table stores a stage as its index here. */
export const STAGE_ORDER: readonly WorkStage[] = [
  "development",
  "pre-production",
  "production",
  "post-production",
  "marketing-distribution",
];

/** Degrees strongest first; a work table stores a degree as its index here (lower = stronger). */
export const DEGREE_ORDER: readonly Degree[] = DEGREES;

/**
 * The valid, de-duplicated work entries as columns — one typed array per field instead of one
 * object per entry, so 100,000 entries cost a handful of arrays and no garbage — stored
 * grouped by person (people order): person p's entries are positions start[p] … start[p + 1] - 1,
 * so reading one person's work reads memory in sequence.
 *
 * Invariant (what makes the engine independent of input order without sorting every entry):
 * within a person, entries keep their input order unless summing the person's numbers in
 * another order could change a result, in which case they are sorted by entry id. Hours and
 * amounts that are multiples of 1/1024 with totals under 2^43 sum exactly in any order;
 * anything else (e.g. 0.1 hours) gets the id order. So any sum over a subset of a person's
 * entries, taken in position order, is the same whatever order the input came in. Nothing
 * else may depend on position order. When a reason cites a person's entry ids, their
 * positions are listed in id order once (inIdOrder, into idOrder: nothing moves), so the cited
 * ids come out sorted.
 */
export type WorkTable = {
  /** Entry ids, in input order: position k's id is ids[row[k]] (also idAt[k]). */
  ids: string[];
  row: Int32Array;
  /** By position: the entry's id, ids[row[k]] — a person's ids in sequence, for citing them. */
  idAt: string[];
  /** Index into CleanInput.responsibilityList (sorted by id), i.e. the responsibility's rank. */
  resp: Int32Array;
  /** Index into STAGE_ORDER. */
  stage: Uint8Array;
  /** Index into DEGREE_ORDER. */
  degree: Uint8Array;
  /** Finite and >= 0, else 0. */
  hours: Float64Array;
  /** Finite and > 0 on a tracksAmount responsibility, else 0. */
  amount: Float64Array;
  /** people.length + 1 offsets: person p's entries are positions start[p] … start[p + 1] - 1. */
  start: Int32Array;
  /**
   * By position: for a person with idOrdered[p] = 1, positions start[p] … start[p + 1] - 1 in
   * entry-id order (idOrder[start[p]] is the position of their smallest id). Read a person's
   * entries through it, after inIdOrder, to meet them in id order.
   */
  idOrder: Int32Array;
  /** 1 when idOrder lists person p's positions in entry-id order (see inIdOrder). */
  idOrdered: Uint8Array;
  /**
   * By position (like resp, stage…): each entry id's prefix key (narrowKey), so sorting a
   * person's entries by id reads their keys in sequence, compares numbers and reads an id
   * string only on a tie. Null when some id has a character a narrow key cannot hold;
   * idSort then takes keys itself.
   */
  idKeys: Float64Array | null;
};

/** Sums of multiples of 1/1024 are exact (so order-free) while they stay under 2^43 (43 + 10 bits = 53). */
const EXACT_SCALE = 1024;
const EXACT_LIMIT = 2 ** 43;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

type Columns = Pick<WorkTable, "resp" | "stage" | "degree" | "hours" | "amount">;

function columns(size: number): Columns {
  return {
    resp: new Int32Array(size),
    stage: new Uint8Array(size),
    degree: new Uint8Array(size),
    hours: new Float64Array(size),
    amount: new Float64Array(size),
  };
}

/**
 * Entries that reference a known person, a known responsibility, a valid stage and degree,
 * as a WorkTable. Invariant: bad numbers (negative, NaN, Infinity, strings) are zeroed, never
 * thrown on; money only counts on responsibilities that track an amount. On duplicate entry
 * ids the smallest serialisation is kept, so the result does not depend on input order.
 */
export function buildWorkTable(
  rawList: readonly unknown[],
  peopleIds: readonly string[],
  peopleIndex: ReadonlyMap<string, number>,
  respIndex: ReadonlyMap<string, number>,
  respList: readonly Responsibility[],
): WorkTable {
  const max = rawList.length;
  // Pass 1: validate, in input order.
  const ids = new Array<string>(max); // sized once (growing it by push costs copies and garbage)
  if (pass1 === null || pass1.person.length < max) {
    pass1 = { person: new Int32Array(max), input: columns(max), prints: new Int32Array(max), idKeys: new Float64Array(max) };
  }
  const { person, input } = pass1;
  const { prints } = pass1; // each id's fingerprint, taken while the string is at hand
  const { idKeys } = pass1; // each id's narrow prefix key, likewise (the string is hot)
  const { resp: inResp, stage: inStage, degree: inDegree, hours: inHours, amount: inAmount } = input; // locals: no load per entry
  const tracksAmount = Uint8Array.from(respList, (r) => (r.tracksAmount ? 1 : 0));
  let narrow = true;
  let n = 0;
  // Every operation here runs 100,000 times on a big project, so the loop does only what it
  // must: no comparison with the previous entry's person id (two distinct id strings compare
  // by their characters, which costs more than the hash look-up it would save), stage and
  // degree found by length (see indexByLength), the exactness of the numbers checked later,
  // person by person, on the typed columns.
  for (let i = 0; i < max; i++) {
    // An index loop: for…of makes an iterator result per entry until the loop is optimised.
    const e = rawList[i];
    if (!isObject(e)) continue;
    const id = e.id;
    const personId = e.personId;
    const responsibilityId = e.responsibilityId;
    if (typeof id !== "string" || typeof personId !== "string" || typeof responsibilityId !== "string") continue;
    const p = peopleIndex.get(personId);
    const r = respIndex.get(responsibilityId);
    if (p === undefined || r === undefined) continue;
    const s = stageIndex(e.stage);
    const d = degreeIndex(e.degree);
    if (s < 0 || d < 0) continue;
    // Finite and > 0, else 0 (NaN and -Infinity fail `> 0`).
    const h = e.effortHours;
    const hours = typeof h === "number" && h > 0 && h !== Infinity ? h : 0;
    let amount = 0;
    if (tracksAmount[r] === 1) {
      const a = e.amountRaised;
      amount = typeof a === "number" && a > 0 && a !== Infinity ? a : 0;
    }
    ids[n] = id;
    prints[n] = fingerprint(id);
    const key = narrowKey(id);
    if (key < 0) narrow = false;
    idKeys[n] = key;
    person[n] = p;
    inResp[n] = r;
    inStage[n] = s;
    inDegree[n] = d;
    inHours[n] = hours;
    inAmount[n] = amount;
    n += 1;
  }
  ids.length = n;
  // A pass of its own, on the fingerprints taken above: checking inside the loop costs three
  // times as much (its random table accesses compete with the loop's reads).
  const repeats = new RepeatCheck(ids, n);
  for (let i = 0; i < n && !repeats.repeated && !repeats.undecided; i++) repeats.add(ids[i] as string, prints[i] as number, i);
  const repeated = repeats.repeated || (repeats.undecided && new Set(ids).size !== n);
  const live = repeated ? dropDuplicates(ids, n, person, input, peopleIds, respList) : null;
  // A person whose numbers might not sum exactly in every order gets the id order (see
  // WorkTable). Their kept entries are checked below; a dropped duplicate counts too (as it
  // always has), so it is checked here.
  const needsIdOrder = new Uint8Array(peopleIds.length);
  if (live !== null) {
    for (let i = 0; i < n; i++) {
      if (live[i] !== 1 && !(isExact(input.hours[i] as number) && isExact(input.amount[i] as number))) needsIdOrder[person[i] as number] = 1;
    }
  }

  // Pass 2: group by person (a counting sort, so entries keep their input order within a person).
  const people = peopleIds.length;
  const start = new Int32Array(people + 1);
  for (let i = 0; i < n; i++) {
    if (live !== null && live[i] !== 1) continue;
    const next = (person[i] as number) + 1;
    start[next] = (start[next] as number) + 1;
  }
  for (let p = 0; p < people; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number);
  const size = start[people] as number;
  const fill = start.slice(0, people);
  const row = new Int32Array(size);
  const out = columns(size);
  const keys = narrow ? new Float64Array(size) : null;
  const idOrder = new Int32Array(size); // the identity until someone's ids are put in order
  for (let k = 0; k < size; k++) idOrder[k] = k;
  for (let i = 0; i < n; i++) {
    if (live !== null && live[i] !== 1) continue;
    const p = person[i] as number;
    const k = fill[p] as number;
    fill[p] = k + 1;
    row[k] = i;
    out.resp[k] = input.resp[i] as number;
    out.stage[k] = input.stage[i] as number;
    out.degree[k] = input.degree[i] as number;
    out.hours[k] = input.hours[i] as number;
    out.amount[k] = input.amount[i] as number;
    if (keys !== null) keys[k] = idKeys[i] as number;
  }
  const idAt = new Array<string>(size);
  for (let k = 0; k < size; k++) idAt[k] = ids[row[k] as number] as string;
  const table: WorkTable = { ids, row, idAt, ...out, start, idOrder, idOrdered: new Uint8Array(people), idKeys: keys };

  // Sums far out of range are not exact either; then sort whoever needs the id order.
  for (let p = 0; p < people; p++) {
    const first = start[p] as number;
    const end = start[p + 1] as number;
    if (end - first <= 1) {
      table.idOrdered[p] = 1;
      continue;
    }
    if (needsIdOrder[p] !== 1) {
      let exact = true;
      let totalHours = 0;
      let totalAmount = 0;
      for (let k = first; k < end; k++) {
        const h = out.hours[k] as number;
        const a = out.amount[k] as number;
        exact = exact && isExact(h) && isExact(a);
        totalHours += h;
        totalAmount += a;
      }
      if (exact && totalHours < EXACT_LIMIT && totalAmount < EXACT_LIMIT) continue;
    }
    moveIntoIdOrder(table, p);
  }
  return table;
}

/** A multiple of 1/EXACT_SCALE (so it sums exactly with others like it, see EXACT_LIMIT). */
function isExact(x: number): boolean {
  return Number.isInteger(x * EXACT_SCALE);
}

/**
 * For a short list of strings of distinct lengths (the stages, the degrees): each length's
 * index in the list, so finding a value takes one length look-up and one comparison, instead
 * of comparing it with each string in turn.
 */
function byLength(list: readonly string[]): Int8Array {
  let longest = 0;
  for (const s of list) longest = Math.max(longest, s.length);
  const out = new Int8Array(longest + 1).fill(-1);
  list.forEach((s, i) => {
    if (out[s.length] !== -1) throw new Error(`byLength: two strings of length ${s.length}`);
    out[s.length] = i;
  });
  return out;
}

const STAGE_BY_LENGTH = byLength(STAGE_ORDER);
const DEGREE_BY_LENGTH = byLength(DEGREE_ORDER);

/** list.indexOf(value) for a list indexed by byLength. */
function indexByLength(list: readonly string[], lengths: Int8Array, value: unknown): number {
  if (typeof value !== "string" || value.length >= lengths.length) return -1;
  const i = lengths[value.length] as number;
  return i >= 0 && list[i] === value ? i : -1;
}

/** The index of a stage in STAGE_ORDER, or -1. */
function stageIndex(value: unknown): number {
  return indexByLength(STAGE_ORDER, STAGE_BY_LENGTH, value);
}

/** The index of a degree in DEGREE_ORDER, or -1. */
function degreeIndex(value: unknown): number {
  return indexByLength(DEGREE_ORDER, DEGREE_BY_LENGTH, value);
}

/**
 * buildWorkTable's pass-1 columns, kept from call to call and grown as needed (a few MB for 100,000
 * entries): allocating them afresh every call costs more than filling them, because big typed
 * arrays live outside the JS heap and their churn brings on full garbage collections. Only
 * positions below the call's entry count are ever read, so stale values beyond do no harm.
 * (The work table itself is allocated per call: CleanInput may outlive the call.)
 */
let pass1: { person: Int32Array; input: Columns; prints: Int32Array; idKeys: Float64Array } | null = null;
/** RepeatCheck's tables, kept likewise (a smaller table uses their start). */
let repeatTables: { prints: Uint16Array; rows: Int32Array } | null = null;

/**
 * Lists person p's positions in entry-id order in table.idOrder (once; a no-op after that).
 * Nothing moves: the positions keep their order, so sums over them do not change.
 */
export function inIdOrder(table: WorkTable, p: number): void {
  if (table.idOrdered[p] === 1) return;
  const first = table.start[p] as number;
  const count = (table.start[p + 1] as number) - first;
  if (idSort(table, first, count)) {
    for (let j = 0; j < count; j++) table.idOrder[first + j] = first + (sortFrom[j] as number);
  }
  table.idOrdered[p] = 1;
}

/**
 * Moves person p's entries into entry-id order (buildWorkTable, for a person whose sums need the
 * canonical order); their idOrder stays the identity, which then is the id order.
 */
function moveIntoIdOrder(table: WorkTable, p: number): void {
  const first = table.start[p] as number;
  const count = (table.start[p + 1] as number) - first;
  if (idSort(table, first, count)) permute(table, first, count, sortFrom);
  table.idOrdered[p] = 1;
}

/**
 * Up to this many entries idSort sorts by insertion, on packed numbers (key × 32 + index, see
 * there: exact for narrow keys, under 2^48); past it, with the built-in sort.
 */
const PACKED_MAX = 32;

/**
 * Sorts positions first … first + count - 1 by entry id (ids are unique by now): false when
 * they are in order already, else true with sortFrom[j] = the position (relative to first)
 * of the j-th smallest id.
 */
function idSort(table: WorkTable, first: number, count: number): boolean {
  if (count <= 1) return false;
  const { ids, row } = table;
  if (sortFrom.length < count) {
    sortFrom = new Int32Array(Math.max(count, sortFrom.length * 2));
    sortKeys = new Float64Array(sortFrom.length);
  }
  // Each id's prefix as a number (see narrowKey), so most comparisons compare numbers and only
  // ties (a shared prefix) compare the strings. The keys all come from one kind (narrow or
  // wide), else they would not compare.
  const keys = sortKeys;
  const { idKeys } = table;
  let narrow = true;
  if (idKeys !== null) {
    for (let j = 0; j < count; j++) keys[j] = idKeys[first + j] as number;
  } else {
    for (let j = 0; j < count && narrow; j++) narrow = (keys[j] = narrowKey(ids[row[first + j] as number] as string)) >= 0;
    if (!narrow) for (let j = 0; j < count; j++) keys[j] = wideKey(ids[row[first + j] as number] as string);
  }
  let sorted = true; // already in order (ids often come sorted): nothing to do
  for (let j = 1; j < count && sorted; j++) sorted = idBefore(ids, row, first, keys, j - 1, j);
  if (sorted) return false;
  const from = sortFrom; // from[j]: the old position (relative to first) of new position j
  if (count > PACKED_MAX) {
    const order = Array.from({ length: count }, (_, j) => j);
    order.sort((a, b) => (idBefore(ids, row, first, keys, a, b) ? -1 : 1)); // ids are unique: never equal
    for (let j = 0; j < count; j++) from[j] = order[j] as number;
    return true;
  }
  if (narrow) {
    // Narrow keys are under 2^48, so key × 32 + j is exact (under 2^53): sorting those plain
    // numbers sorts by key, and the remainder says where each came from. Equal keys (a shared
    // prefix) come out in position order; the insertion sort below puts them in order.
    const packed = sortPacked;
    for (let j = 0; j < count; j++) packed[j] = (keys[j] as number) * PACKED_MAX + j;
    for (let j = 1; j < count; j++) {
      const v = packed[j] as number;
      let k = j - 1;
      while (k >= 0 && (packed[k] as number) > v) {
        packed[k + 1] = packed[k] as number;
        k -= 1;
      }
      packed[k + 1] = v;
    }
    let ties = false; // two ids share their prefix: the strings must order them
    for (let j = 0; j < count; j++) {
      from[j] = (packed[j] as number) % PACKED_MAX;
      if (j > 0 && keys[from[j] as number] === keys[from[j - 1] as number]) ties = true;
    }
    if (!ties) return true;
  } else {
    for (let j = 0; j < count; j++) from[j] = j;
  }
  // Insertion sort (a person's few entries): no comparator call per comparison, no array
  // allocated; after the packed sort it only moves ids that share a prefix.
  for (let j = 1; j < count; j++) {
    const at = from[j] as number;
    let k = j - 1;
    while (k >= 0 && idBefore(ids, row, first, keys, at, from[k] as number)) {
      from[k + 1] = from[k] as number;
      k -= 1;
    }
    from[k + 1] = at;
  }
  return true;
}

/**
 * Whether the id at position first + a sorts before the one at first + b (distinct ids), by
 * their prefix keys and, on a tie, by the strings themselves.
 */
function idBefore(ids: readonly string[], row: Int32Array, first: number, keys: Float64Array, a: number, b: number): boolean {
  const ka = keys[a] as number;
  const kb = keys[b] as number;
  if (ka !== kb) return ka < kb;
  return (ids[row[first + a] as number] as string) < (ids[row[first + b] as number] as string);
}

/**
 * Prefix keys: numbers that order ids as their code units do, up to ties. The first few code
 * units, each plus 1 (so a string that ends — digit 0 — sorts before any longer one), are the
 * digits of a number: 6 digits of base 256 (narrow) or 3 of base 2^17 (wide), under 2^53
 * either way, so exact. Keys of one kind compare like the prefixes; equal keys mean equal
 * prefixes, and then the strings decide. (Mixing kinds would not compare: never done.)
 */
const NARROW_CHARS = 6;
const WIDE_CHARS = 3;

/** The narrow key of id, or -1 when one of its first 6 code units is 255 or more. */
function narrowKey(id: string): number {
  let key = 0;
  for (let i = 0; i < NARROW_CHARS; i++) {
    const c = i < id.length ? id.charCodeAt(i) : -1;
    if (c >= 255) return -1;
    key = key * 256 + (c + 1);
  }
  return key;
}

function wideKey(id: string): number {
  let key = 0;
  for (let i = 0; i < WIDE_CHARS; i++) key = key * 131072 + (i < id.length ? id.charCodeAt(i) + 1 : 0);
  return key;
}

/** Scratch for idSort (old positions in new order, prefix keys, packed keys), shared by all calls. */
let sortFrom = new Int32Array(64);
let sortKeys = new Float64Array(64);
const sortPacked = new Float64Array(PACKED_MAX);
/** Scratch for permute: one column's values, copied out before they are moved (one per element type). */
let permuteInts = new Int32Array(64);
let permuteBytes = new Uint8Array(64);
let permuteFloats = new Float64Array(64);

/** Moves every column's positions first … first + count - 1 so new position j holds old position from[j]. */
function permute(table: WorkTable, first: number, count: number, from: Int32Array): void {
  if (permuteInts.length < count) {
    const size = Math.max(count, permuteInts.length * 2);
    permuteInts = new Int32Array(size);
    permuteBytes = new Uint8Array(size);
    permuteFloats = new Float64Array(size);
  }
  // One function per element type, so each stays monomorphic (one function taking all three
  // kinds of typed array is polymorphic, and slower).
  permuteInts32(table.row, first, count, from);
  // idAt follows row, now in place.
  for (let j = 0; j < count; j++) table.idAt[first + j] = table.ids[table.row[first + j] as number] as string;
  permuteInts32(table.resp, first, count, from);
  permuteBytes8(table.stage, first, count, from);
  permuteBytes8(table.degree, first, count, from);
  permuteFloats64(table.hours, first, count, from);
  permuteFloats64(table.amount, first, count, from);
  if (table.idKeys !== null) permuteFloats64(table.idKeys, first, count, from);
}

function permuteInts32(col: Int32Array, first: number, count: number, from: Int32Array): void {
  const copy = permuteInts;
  for (let j = 0; j < count; j++) copy[j] = col[first + j] as number;
  for (let j = 0; j < count; j++) col[first + j] = copy[from[j] as number] as number;
}

function permuteBytes8(col: Uint8Array, first: number, count: number, from: Int32Array): void {
  const copy = permuteBytes;
  for (let j = 0; j < count; j++) copy[j] = col[first + j] as number;
  for (let j = 0; j < count; j++) col[first + j] = copy[from[j] as number] as number;
}

function permuteFloats64(col: Float64Array, first: number, count: number, from: Int32Array): void {
  const copy = permuteFloats;
  for (let j = 0; j < count; j++) copy[j] = col[first + j] as number;
  for (let j = 0; j < count; j++) col[first + j] = copy[from[j] as number] as number;
}

/**
 * Tells whether some id occurs twice. Exact, and faster than a Set of
 * 100,000 strings (a hash table that grows, and garbage): an open-addressing table of typed
 * arrays keyed by a fingerprint of up to 8 characters (4 at each end, where ids differ:
 * UUIDs, counters), with a full string comparison when fingerprints match. Ids that defeat
 * the fingerprint (long shared prefix and suffix) make probes pile up; past a budget it gives
 * up and the caller checks with a Set.
 */
class RepeatCheck {
  /** Some id occurs twice. */
  repeated = false;
  /** Gave up: decide with a Set. */
  undecided = false;
  private readonly mask: number;
  /** 16 bits of the fingerprint per slot, 0 = empty: a probe reads only this array, small enough to stay in cache. */
  private readonly prints: Uint16Array;
  /** The row in a slot, read only when fingerprints match. */
  private readonly rows: Int32Array;
  private probes: number;

  constructor(
    private readonly ids: readonly string[],
    max: number,
  ) {
    let size = 1024;
    while (size < max * 2) size *= 2; // at most half full: short probe runs
    this.mask = size - 1;
    // The tables are scratch kept for the next call (see pass1): only the prints need clearing,
    // since a row is read only where a print is set.
    if (repeatTables === null || repeatTables.prints.length < size) repeatTables = { prints: new Uint16Array(size), rows: new Int32Array(size) };
    this.prints = repeatTables.prints.subarray(0, size);
    this.rows = repeatTables.rows.subarray(0, size);
    this.prints.fill(0);
    this.probes = 4 * max + 1024;
  }

  /** Records ids[row], whose fingerprint is h (call for rows 0, 1, 2… until repeated or undecided). */
  add(id: string, h: number, row: number): void {
    const tag = h >>> 16 || 1; // the slot comes from the low bits, the tag from the high ones
    let slot = h & this.mask;
    for (;;) {
      const print = this.prints[slot] as number;
      if (print === 0) {
        this.prints[slot] = tag;
        this.rows[slot] = row;
        return;
      }
      if (print === tag && this.ids[this.rows[slot] as number] === id) {
        this.repeated = true;
        return;
      }
      this.probes -= 1;
      if (this.probes < 0) {
        this.undecided = true;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

function fingerprint(id: string): number {
  const len = id.length;
  let h = len;
  if (len <= 8) {
    for (let k = 0; k < len; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x9e3779b1);
  } else {
    h = Math.imul(h ^ id.charCodeAt(0), 0x9e3779b1);
    h = Math.imul(h ^ id.charCodeAt(1), 0x9e3779b1);
    h = Math.imul(h ^ id.charCodeAt(2), 0x9e3779b1);
    h = Math.imul(h ^ id.charCodeAt(3), 0x9e3779b1);
    h = Math.imul(h ^ id.charCodeAt(len - 4), 0x9e3779b1);
    h = Math.imul(h ^ id.charCodeAt(len - 3), 0x9e3779b1);
    h = Math.imul(h ^ id.charCodeAt(len - 2), 0x9e3779b1);
    h = Math.imul(h ^ id.charCodeAt(len - 1), 0x9e3779b1);
  }
  return h ^ (h >>> 15);
}

/**
 * The rare path, when some id repeats: which rows to keep (1) — per id, the row whose
 * serialisation is smallest, whatever order the rows came in.
 */
function dropDuplicates(
  ids: readonly string[],
  n: number,
  person: Int32Array,
  cols: Columns,
  peopleIds: readonly string[],
  respList: readonly Responsibility[],
): Uint8Array {
  const keyOf = (i: number) =>
    JSON.stringify([
      peopleIds[person[i] as number],
      (respList[cols.resp[i] as number] as Responsibility).id,
      STAGE_ORDER[cols.stage[i] as number],
      DEGREE_ORDER[cols.degree[i] as number],
      cols.hours[i],
      cols.amount[i],
    ]);
  const live = new Uint8Array(n).fill(1);
  const winner = new Map<string, { row: number; key: string | null }>();
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    const prev = winner.get(id);
    if (prev === undefined) {
      winner.set(id, { row: i, key: null });
      continue;
    }
    prev.key ??= keyOf(prev.row);
    const key = keyOf(i);
    if (key < prev.key) {
      live[prev.row] = 0;
      prev.row = i;
      prev.key = key;
    } else live[i] = 0;
  }
  return live;
}

