import type { CleanInput } from "../normalize";
import type { FunctionWork, ProjectScope } from "../profile";
import type { Thresholds } from "../thresholds";
import type { Degree, Reason } from "../types";
import { inSentence, joinList } from "../format";

/** What every rule may look at besides the person's own profile. */
export type RuleContext = { input: CleanInput; scope: ProjectScope; t: Thresholds };

const VERBS: Readonly<Record<Degree, string>> = { lead: "led", equal: "shared", supporting: "supported" };

export function degreeVerb(degree: Degree): string {
  return VERBS[degree];
}

export function entryIdsOf(functions: readonly FunctionWork[]): string[] {
  return [...new Set(functions.flatMap((f) => f.entryIds))].sort();
}

/** "led hiring crew and scheduling; supported logistics", citing every entry behind it. */
export function functionsReason(functions: readonly FunctionWork[]): Reason {
  const parts: string[] = [];
  for (const degree of ["lead", "equal", "supporting"] as const) {
    const names = functions.filter((f) => f.degree === degree).map((f) => inSentence(f.responsibility.name));
    if (names.length > 0) parts.push(`${degreeVerb(degree)} ${joinList(names)}`);
  }
  return { text: parts.join("; "), entryIds: entryIdsOf(functions) };
}
