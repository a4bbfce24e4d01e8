import { inIdOrder } from "../normalize";
import type { CreditedWork, PersonProfile } from "../profile";
import { titleLabel } from "../titles";
import type { Confidence, Degree, Suggestion } from "../types";
import { degreeVerb, type RuleContext } from "./context";
import { flat, inSentence } from "../format";

/** The person's lead/equal entries on responsibilities hinting `hint`: ids and sorted distinct names. */
function creditedEntries(p: PersonProfile, hint: string, ctx: RuleContext): { ids: string[]; names: string[] } {
  inIdOrder(p.work, p.index); // so the ids come out sorted
  const { ids, row, resp, degree } = p.work;
  const resps = ctx.input.responsibilityList;
  const out: string[] = [];
  const names: string[] = []; // distinct; usually one, so a scan beats a Set
  for (let k = p.first; k < p.end; k++) {
    const r = resps[resp[k] as number];
    if (r?.creditHint !== hint || degree[k] === 2) continue;
    out.push(ids[row[k] as number] as string);
    const name = inSentence(r.name);
    if (!names.includes(name)) names.push(name);
  }
  if (names.length > 1) names.sort();
  return { ids: out, names };
}

function make(p: PersonProfile, title: string, hint: string, degree: Degree, why: string, ctx: RuleContext): Suggestion {
  const confidence: Confidence = degree === "lead" ? "high" : "medium";
  const { ids, names } = creditedEntries(p, hint, ctx);
  return {
    personId: p.personId,
    title,
    confidence,
    score: degree === "lead" ? 1 : 0.75,
    reasons: [{ text: flat(`${degreeVerb(degree)} ${names.join(", ")}${why}`), entryIds: ids }],
  };
}

/**
 * Creative credits follow each responsibility's creditHint (directing → Directed by,
 * editing → Edited by, sound post → Sound Designer, …) for lead or equal work (the strongest
 * degree logged on the hint decides the confidence). Writing follows the WGA:
 * - nobody else has story credit → every writer gets "Written by" (story and screenplay);
 * - someone has story work without writing → writers get "Screenplay by" and everyone with
 *   story work (writers included) gets "Story by".
 */
export function suggestCreativeCredits(ctx: RuleContext, profiles: readonly PersonProfile[]): Suggestion[] {
  const writers = new Set<string>();
  const story = new Set<string>();
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i] as PersonProfile;
    for (let j = 0; j < p.credited.length; j++) {
      const hint = (p.credited[j] as CreditedWork).hint;
      if (hint === "written-by") writers.add(p.personId);
      else if (hint === "story-by") story.add(p.personId);
    }
  }
  const split = [...story].some((id) => !writers.has(id));
  const out: Suggestion[] = [];
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i] as PersonProfile;
    if (p.credited.length === 0) continue;
    for (const { hint, degree } of p.credited) {
      if (hint === "written-by") {
        out.push(make(p, split ? "screenplay-by" : "written-by", hint, degree, split ? " (someone else shares the story)" : "", ctx));
      } else if (hint === "story-by") {
        if (split || !writers.has(p.personId)) out.push(make(p, "story-by", hint, degree, "", ctx));
      } else {
        out.push(make(p, hint, hint, degree, ` → ${titleLabel(hint)}`, ctx));
      }
    }
  }
  return out;
}
