import type { CleanEntry } from "../normalize";
import { isCreditTitleId, titleLabel } from "../titles";
import type { Confidence, Degree, Suggestion } from "../types";
import { degreeVerb, type RuleContext } from "./context";
import { strongerDegree } from "../profile";
import { inSentence } from "../format";

type Work = { degree: Degree; entries: CleanEntry[] };

/** Strongest degree and entries per (person, creditHint), lead/equal work only. */
function creditedWork(entries: readonly CleanEntry[]): Map<string, Map<string, Work>> {
  const byHint = new Map<string, Map<string, Work>>();
  for (const e of entries) {
    const hint = e.responsibility.creditHint;
    // Invariant: supporting work never earns a creative credit, and only hints naming a
    // known title do (a custom responsibility's unknown hint is ignored).
    if (!hint || !isCreditTitleId(hint) || e.degree === "supporting") continue;
    const people = byHint.get(hint) ?? new Map<string, Work>();
    byHint.set(hint, people);
    const w = people.get(e.personId);
    if (w) {
      w.degree = strongerDegree(w.degree, e.degree);
      w.entries.push(e);
    } else people.set(e.personId, { degree: e.degree, entries: [e] });
  }
  return byHint;
}

function make(personId: string, title: string, w: Work, why: string): Suggestion {
  const confidence: Confidence = w.degree === "lead" ? "high" : "medium";
  const names = [...new Set(w.entries.map((e) => inSentence(e.responsibility.name)))].sort();
  return {
    personId,
    title,
    confidence,
    score: w.degree === "lead" ? 1 : 0.75,
    reasons: [{ text: `${degreeVerb(w.degree)} ${names.join(", ")}${why}`, entryIds: w.entries.map((e) => e.id).sort() }],
  };
}

/**
 * Creative credits follow each responsibility's creditHint (directing → Directed by,
 * editing → Edited by, …) for lead or equal work. Writing follows the WGA:
 * - nobody else has story credit → every writer gets "Written by" (story and screenplay);
 * - someone has story work without writing → writers get "Screenplay by" and everyone with
 *   story work (writers included) gets "Story by".
 */
export function suggestCreativeCredits(ctx: RuleContext): Suggestion[] {
  const byHint = creditedWork(ctx.input.entries);
  const writers = byHint.get("written-by") ?? new Map<string, Work>();
  const story = byHint.get("story-by") ?? new Map<string, Work>();
  const split = [...story.keys()].some((id) => !writers.has(id));
  const out: Suggestion[] = [];
  for (const [hint, people] of byHint) {
    for (const [personId, w] of people) {
      if (hint === "written-by") {
        out.push(make(personId, split ? "screenplay-by" : "written-by", w, split ? " (someone else shares the story)" : ""));
      } else if (hint === "story-by") {
        if (split || !writers.has(personId)) out.push(make(personId, "story-by", w, ""));
      } else {
        out.push(make(personId, hint, w, ` → ${titleLabel(hint)}`));
      }
    }
  }
  return out;
}
