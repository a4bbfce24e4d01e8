import type { Profiles } from "../profile";
import { inIdOrder } from "../normalize";
import { flat } from "../format";
import { titleLabel } from "../titles";
import type { Confidence, Suggestion } from "../types";
import { TEXT_TABLES, verbOf, type RuleContext } from "./context";

/**
 * A creative suggestion for person p: their lead/equal entries on responsibilities hinting
 * `hint` (ids sorted) and the sorted distinct names of those responsibilities, worded as
 * "<verb> <names><why>". `degree` is the strongest degree logged on the hint (DEGREE_ORDER
 * index: 0 lead, 1 equal).
 */
function make(x: Profiles, p: number, title: string, hint: string, degree: number, why: string, ctx: RuleContext): Suggestion {
  const { work, resps, sentenceName } = x;
  inIdOrder(work, p); // so the ids come out sorted
  const { ids, row, resp, idOrder } = work;
  const first = work.start[p] as number;
  const end = work.start[p + 1] as number;
  // The entries, counted first so their list is allocated at its size (it stays in the output).
  let count = 0;
  for (let k = first; k < end; k++) if ((resps[resp[k] as number] as { creditHint: string | null }).creditHint === hint && work.degree[k] !== 2) count += 1;
  const entryIds = new Array<string>(count);
  let firstRank = -1; // the responsibility of the first entry…
  let names: string[] | null = null; // …and, only when there is more than one, every distinct name
  for (let j = first, n = 0; n < count; j++) {
    const k = idOrder[j] as number;
    const ri = resp[k] as number;
    if ((resps[ri] as { creditHint: string | null }).creditHint !== hint || work.degree[k] === 2) continue;
    entryIds[n++] = ids[row[k] as number] as string;
    if (firstRank === -1) firstRank = ri;
    else if (names !== null || sentenceName[ri] !== sentenceName[firstRank]) {
      names ??= [sentenceName[firstRank] as string];
      if (!names.includes(sentenceName[ri] as string)) names.push(sentenceName[ri] as string);
    }
  }
  let text: string | undefined;
  if (names === null) {
    // One name: the text depends on the responsibility (its name, its hint, hence `why` — the
    // title follows from the hint within a call) and the degree only.
    const key = firstRank * 3 + degree;
    text = ctx.texts.get(TEXT_TABLES.creative, key) ?? ctx.texts.set(TEXT_TABLES.creative, key, `${verbOf(degree)} ${sentenceName[firstRank]}${why}`);
  } else {
    names.sort();
    text = flat(`${verbOf(degree)} ${names.join(", ")}${why}`);
  }
  const confidence: Confidence = degree === 0 ? "high" : "medium";
  return {
    personId: (x.people[p] as { id: string }).id,
    title,
    confidence,
    score: degree === 0 ? 1 : 0.75,
    reasons: [{ text, entryIds }],
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
export function suggestCreativeCredits(ctx: RuleContext): Suggestion[] {
  const { profiles: x } = ctx;
  const { creditedStart, creditedHint, creditedDegree } = x;
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
      const degree = creditedDegree[j] as number;
      if (hint === "written-by") {
        out.push(make(x, p, split ? "screenplay-by" : "written-by", hint, degree, split ? " (someone else shares the story)" : "", ctx));
      } else if (hint === "story-by") {
        if (split || writers[p] === 0) out.push(make(x, p, "story-by", hint, degree, "", ctx));
      } else {
        let arrow = arrows.get(hint);
        if (arrow === undefined) arrows.set(hint, (arrow = ` → ${titleLabel(hint)}`));
        out.push(make(x, p, hint, hint, degree, arrow, ctx));
      }
    }
  }
  return out;
}
