import { inIdOrder, type CleanInput } from "../normalize";
import type { FunctionWork, PersonProfile, ProjectScope } from "../profile";
import type { Thresholds } from "../thresholds";
import type { Degree, Reason } from "../types";
import { inSentence, joinList } from "../format";

/** What every rule may look at besides the person's own profile. */
export type RuleContext = { input: CleanInput; scope: ProjectScope; t: Thresholds };

const VERBS: Readonly<Record<Degree, string>> = { lead: "led", equal: "shared", supporting: "supported" };

export function degreeVerb(degree: Degree): string {
  return VERBS[degree];
}

/**
 * The ids of the person's entries behind the functions (only those with money raised when
 * `raisedOnly`), sorted. Computed only when a reason cites them, so people who earn no title
 * cost nothing here. (Entry ids are unique after normalisation, so no de-duplication is needed.)
 */
export function entryIdsOf(p: PersonProfile, functions: readonly FunctionWork[], raisedOnly = false): string[] {
  if (functions.length === 0) return [];
  inIdOrder(p.work, p.index); // so the ids come out sorted
  const { ids, row, resp, amount } = p.work;
  const wanted: boolean[] = []; // by responsibility rank
  for (const f of functions) wanted[f.rank] = true;
  const out: string[] = [];
  for (let k = p.first; k < p.end; k++) {
    if (wanted[resp[k] as number] === true && (!raisedOnly || (amount[k] as number) > 0)) out.push(ids[row[k] as number] as string);
  }
  return out;
}

/** "led hiring crew and scheduling; supported logistics". */
export function functionsText(functions: readonly FunctionWork[]): string {
  const parts: string[] = [];
  for (const degree of ["lead", "equal", "supporting"] as const) {
    const names = functions.filter((f) => f.degree === degree).map((f) => inSentence(f.responsibility.name));
    if (names.length > 0) parts.push(`${degreeVerb(degree)} ${joinList(names)}`);
  }
  return parts.join("; ");
}

/** functionsText, citing every entry behind it. */
export function functionsReason(p: PersonProfile, functions: readonly FunctionWork[]): Reason {
  return { text: functionsText(functions), entryIds: entryIdsOf(p, functions) };
}
