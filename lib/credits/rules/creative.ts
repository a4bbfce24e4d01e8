import type { Profiles } from "../profile";
import { inIdOrder } from "../normalize";
import { flat } from "../format";
import { isProducingTitleId, titleLabel } from "../titles";
import type { Confidence, Suggestion } from "../types";
import { TEXT_TABLES, verbOf, type RuleContext } from "./context";

/**
 * The creative suggestion for person p's credited hint number `credited` (see Profiles): their
 * lead/equal entries on responsibilities with that hint (ids sorted) and the sorted distinct
 * names of those responsibilities, worded as "<verb> <names><why>"; the strongest degree
 * logged on the hint (lead or equal) gives the verb and the confidence.
 */
function make(x: Profiles, p: number, credited: number, title: string, why: string, ctx: RuleContext): Suggestion {
  const { work, resps, sentenceName } = x;
  const hint = x.creditedHint[credited] as string;
  const degree = x.creditedDegree[credited] as number;
  const personId = (x.people[p] as { id: string }).id;
  const confidence: Confidence = degree === 0 ? "high" : "medium";
  const score = degree === 0 ? 1 : 0.75;
  if (x.creditedEntries[credited] === 1) {
    // A single entry (the usual case): its id and its responsibility's name, no sort, no scan.
    const k = x.creditedFirst[credited] as number;
    return { personId, title, confidence, score, reasons: [{ text: oneNameText(x, work.resp[k] as number, degree, why, ctx), entryIds: [work.idAt[k] as string] }] };
  }
  inIdOrder(work, p); // so the ids come out sorted
  const { idAt, resp, idOrder } = work;
  const first = work.start[p] as number;
  // Their list allocated at its size (it stays in the output), counted by analyzeWork.
  const count = x.creditedEntries[credited] as number;
  const entryIds = new Array<string>(count);
  let firstRank = -1; // the responsibility of the first entry…
  let names: string[] | null = null; // …and, only when there is more than one, every distinct name
  for (let j = first, n = 0; n < count; j++) {
    const k = idOrder[j] as number;
    const ri = resp[k] as number;
    if ((resps[ri] as { creditHint: string | null }).creditHint !== hint || work.degree[k] === 2) continue;
    entryIds[n++] = idAt[k] as string;
    if (firstRank === -1) firstRank = ri;
    else if (names !== null || sentenceName[ri] !== sentenceName[firstRank]) {
      names ??= [sentenceName[firstRank] as string];
      if (!names.includes(sentenceName[ri] as string)) names.push(sentenceName[ri] as string);
    }
  }
  let text: string;
  if (names === null) text = oneNameText(x, firstRank, degree, why, ctx);
  else {
    names.sort();
    text = flat(`${verbOf(degree)} ${names.join(", ")}${why}`);
  }
  return { personId, title, confidence, score, reasons: [{ text, entryIds }] };
}

/**
 * "<verb> <name><why>" for entries all on responsibilities named like `rank`'s. It depends on
 * the responsibility (its name, its hint, hence `why` — the title follows from the hint within
 * a call) and the degree only, so it is worded once per pair a call.
 */
function oneNameText(x: Profiles, rank: number, degree: number, why: string, ctx: RuleContext): string {
  const key = rank * 3 + degree;
  return ctx.texts.get(TEXT_TABLES.creative, key) ?? ctx.texts.set(TEXT_TABLES.creative, key, `${verbOf(degree)} ${x.sentenceName[rank]}${why}`);
}

/**
 * Creative credits follow each responsibility's creditHint (directing → Directed by,
 * editing → Edited by, sound post → Sound Designer, …) for lead or equal work (the strongest
 * degree logged on the hint decides the confidence). Writing follows the WGA:
 * - nobody else has story credit → every writer gets "Written by" (story and screenplay);
 * - someone has story work without writing → writers get "Screenplay by" and everyone with
 *   story work (writers included) gets "Story by".
 */
export function suggestCreativeCredits(ctx: RuleContext): Suggestion[] {
  const { profiles: x } = ctx;
  const { creditedStart, creditedHint } = x;
  const people = x.people.length;
  // Writers and people with story work, by person index.
  const writers = new Uint8Array(people);
  const story = new Uint8Array(people);
  for (let p = 0; p < people; p++) {
    for (let j = creditedStart[p] as number; j < (creditedStart[p + 1] as number); j++) {
      const hint = creditedHint[j];
      if (hint === "written-by") writers[p] = 1;
      else if (hint === "story-by") story[p] = 1;
    }
  }
  let split = false; // someone has story work without writing
  for (let p = 0; p < people && !split; p++) split = story[p] === 1 && writers[p] === 0;
  const arrows = new Map<string, string>(); // " → Directed by", by hint
  const out: Suggestion[] = [];
  for (let p = 0; p < people; p++) {
    for (let j = creditedStart[p] as number; j < (creditedStart[p + 1] as number); j++) {
      const hint = creditedHint[j] as string;
      if (hint === "written-by") {
        out.push(make(x, p, j, split ? "screenplay-by" : "written-by", split ? " (someone else shares the story)" : "", ctx));
      } else if (hint === "story-by") {
        if (split || writers[p] === 0) out.push(make(x, p, j, "story-by", "", ctx));
      } else {
        let arrow = arrows.get(hint);
        if (arrow === undefined) arrows.set(hint, (arrow = ` → ${titleLabel(hint)}`));
        out.push(make(x, p, j, hint, arrow, ctx));
        if (isProducingTitleId(hint)) ctx.suggestedProducing[p] = 1; // a custom hint may name one
      }
    }
  }
  return out;
}
