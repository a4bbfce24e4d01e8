import { inIdOrder, type CleanInput } from "../normalize";
import type { FunctionWork, PersonProfile, ProjectScope } from "../profile";
import type { Thresholds } from "../thresholds";
import type { Degree, Reason } from "../types";
import { inSentence } from "../format";

/** What every rule may look at besides the person's own profile. */
export type RuleContext = { input: CleanInput; scope: ProjectScope; t: Thresholds };

const VERBS: Readonly<Record<Degree, string>> = { lead: "led", equal: "shared", supporting: "supported" };

export function degreeVerb(degree: Degree): string {
  return VERBS[degree];
}

/** Scratch for entryIdsOf: 1 at the ranks of the functions asked for, 0 elsewhere between calls. */
let wanted = new Uint8Array(128);

/**
 * The ids of the person's entries behind the functions (only those with money raised when
 * `raisedOnly`), sorted. Computed only when a reason cites them, so people who earn no title
 * cost nothing here. (Entry ids are unique after normalisation, so no de-duplication is needed.)
 */
export function entryIdsOf(p: PersonProfile, functions: readonly FunctionWork[], raisedOnly = false): string[] {
  if (functions.length === 0) return [];
  inIdOrder(p.work, p.index); // so the ids come out sorted
  const { ids, row, resp, amount } = p.work;
  // Which responsibilities are wanted, by rank: a scratch array shared by all calls (set here,
  // cleared before returning), so a call allocates nothing but its result.
  let maxRank = 0;
  for (let j = 0; j < functions.length; j++) maxRank = Math.max(maxRank, (functions[j] as FunctionWork).rank);
  if (wanted.length <= maxRank) wanted = new Uint8Array(Math.max(maxRank + 1, wanted.length * 2));
  for (let j = 0; j < functions.length; j++) wanted[(functions[j] as FunctionWork).rank] = 1;
  const out: string[] = [];
  for (let k = p.first; k < p.end; k++) {
    if (wanted[resp[k] as number] === 1 && (!raisedOnly || (amount[k] as number) > 0)) out.push(ids[row[k] as number] as string);
  }
  for (let j = 0; j < functions.length; j++) wanted[(functions[j] as FunctionWork).rank] = 0;
  return out;
}

const DEGREES: readonly Degree[] = ["lead", "equal", "supporting"];

/** "led hiring crew and scheduling; supported logistics". */
export function functionsText(functions: readonly FunctionWork[]): string {
  let text = "";
  for (const degree of DEGREES) {
    // The names of the functions at this degree, in function order, joined as joinList does.
    let count = 0;
    let head = ""; // all names but the last, ", "-separated
    let last = "";
    for (let j = 0; j < functions.length; j++) {
      const f = functions[j] as FunctionWork;
      if (f.degree !== degree) continue;
      if (count > 0) head = count === 1 ? last : `${head}, ${last}`;
      last = inSentence(f.responsibility.name);
      count += 1;
    }
    if (count === 0) continue;
    const names = count === 1 ? last : `${head} and ${last}`;
    text = text === "" ? `${degreeVerb(degree)} ${names}` : `${text}; ${degreeVerb(degree)} ${names}`;
  }
  return text;
}

/** functionsText, citing every entry behind it. */
export function functionsReason(p: PersonProfile, functions: readonly FunctionWork[]): Reason {
  return { text: functionsText(functions), entryIds: entryIdsOf(p, functions) };
}
