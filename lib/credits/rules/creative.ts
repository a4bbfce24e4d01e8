import { TEXT_TABLES } from "../columns/text-memo";
import { flat } from "../format";
import { cmp } from "../normalize";
import type { CreditedWork } from "../team";
import { titleLabel } from "../titles";
import type { Suggestion } from "../types";
import { suggestion, type RuleContext } from "./context";

const VERB = { lead: "led", equal: "shared", supporting: "supported" } as const;

/** "<verb> <names><why>", citing the entries behind the credit; the strongest degree gives the confidence. */
function creditSuggestion(p: number, c: CreditedWork, title: string, why: string, ctx: RuleContext): Suggestion {
  const { team, texts } = ctx;
  const degree = team.creditDegree(c);
  const { entryIds, names, rank } = team.creditedEntries(p, c);
  let text: string;
  if (rank !== -1) {
    // One responsibility (the usual case): the text depends on it and the degree only (the
    // title, hence `why`, follows from its hint within a call), so it is worded once per pair.
    const key = rank * 3 + (degree === "lead" ? 0 : 1);
    text = texts.get(TEXT_TABLES.creative, key) ?? texts.set(TEXT_TABLES.creative, key, `${VERB[degree]} ${names[0]}${why}`);
  } else {
    text = flat(`${VERB[degree]} ${names.join(", ")}${why}`);
  }
  const lead = degree === "lead";
  return suggestion(team, p, title, lead ? "high" : "medium", lead ? 1 : 0.75, [{ text, entryIds }]);
}

/**
 * Creative credits follow each responsibility's creditHint (directing → Directed by, editing
 * → Edited by…) for lead or equal work; the strongest degree on the hint gives the confidence
 * (lead high, equal medium). Writing follows the WGA: nobody else has story work → every
 * writer gets "Written by"; someone has story work without writing → writers get
 * "Screenplay by" and everyone with story work gets "Story by".
 */
export function suggestCreativeCredits(ctx: RuleContext): Suggestion[] {
  const { team } = ctx;
  let split = false; // someone has story work without writing
  for (let p = 0; p < team.count && !split; p++) split = team.hasStoryWork(p) && !team.writes(p);
  const arrows = new Map<string, string>(); // " → Directed by", by hint
  const out: Suggestion[] = [];
  for (let p = 0; p < team.count; p++) {
    const first = out.length;
    for (const c of team.creditedWorkOf(p)) {
      const hint = team.creditHint(c);
      if (hint === "written-by") {
        out.push(creditSuggestion(p, c, split ? "screenplay-by" : "written-by", split ? " (someone else shares the story)" : "", ctx));
      } else if (hint === "story-by") {
        if (split || !team.writes(p)) out.push(creditSuggestion(p, c, "story-by", "", ctx));
      } else {
        let arrow = arrows.get(hint);
        if (arrow === undefined) arrows.set(hint, (arrow = ` → ${titleLabel(hint)}`));
        out.push(creditSuggestion(p, c, hint, arrow, ctx));
      }
    }
    if (out.length - first > 1) inFirstLoggedOrder(out, first);
  }
  return out;
}

/**
 * The reference lists a person's credits in the order their entries first appear by entry id;
 * the profile columns list them in the order first met in the work table, which is the same
 * only for a person whose entries are in id order. The order shows only between two credits
 * with the same title (a "Screenplay by" hint beside writing that reads "Screenplay by"),
 * which the final sort by title leaves as they are: those are put in the reference's order —
 * by their smallest cited entry id (the first one, since cited ids are sorted).
 */
function inFirstLoggedOrder(out: Suggestion[], first: number): void {
  let repeated = false;
  for (let i = first; i < out.length && !repeated; i++) for (let j = i + 1; j < out.length && !repeated; j++) repeated = (out[i] as Suggestion).title === (out[j] as Suggestion).title;
  if (!repeated) return;
  for (let i = first; i < out.length; i++) {
    const title = (out[i] as Suggestion).title;
    const same: number[] = [i];
    for (let j = i + 1; j < out.length; j++) if ((out[j] as Suggestion).title === title) same.push(j);
    if (same.length === 1) continue;
    const firstId = (s: Suggestion) => s.reasons[0]?.entryIds[0] ?? "";
    const group = same.map((j) => out[j] as Suggestion).sort((a, b) => cmp(firstId(a), firstId(b)));
    same.forEach((j, n) => (out[j] = group[n] as Suggestion));
  }
}
