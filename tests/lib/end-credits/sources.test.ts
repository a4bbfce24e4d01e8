import { describe, expect, it } from "vitest";
import type { BuildInput } from "@/lib/end-credits/build";
import { compareSources, listSources, MAX_DETAILS, type ListSources, type Staleness } from "@/lib/end-credits/sources";
import { actor, crew, held, input } from "./fixtures";

const film: BuildInput = input({
  merge: true,
  heldCredits: [held("d", "Dov", "Directed by", ["DGA"]), held("p", "Pat", "Producer"), held("e", "Eve", "Executive Producer")],
  roster: [crew("g", "Gil Moe", "Gaffer"), crew("b", "Bea", "Boom Operator"), crew("z", "Zoë", "Lead Actor", "Cast")],
  cast: [actor("z", "Zoë", "Maya")],
});
const built = listSources(film);

function stale(result: Staleness) {
  if (result.state !== "stale") throw new Error(`expected stale, got ${result.state}`);
  return result;
}
const kinds = (result: Staleness) => stale(result).changes.map((c) => [c.kind, c.count]);

describe("listSources", () => {
  it("is a plain copy: changing the input later doesn't change the record", () => {
    const input = structuredClone(film);
    const sources = listSources(input);
    (input.roster as unknown as { name: string }[])[0]!.name = "Changed";
    expect(sources).toEqual(built);
    expect(JSON.parse(JSON.stringify(sources))).toEqual(sources);
  });
});

describe("compareSources", () => {
  it("is current when nothing the build reads changed, whatever the key order", () => {
    expect(compareSources(built, listSources(film))).toEqual({ state: "current" });
    const reordered = { options: film.options, cast: film.cast, roster: film.roster, heldCredits: film.heldCredits } as ListSources;
    expect(compareSources(built, reordered)).toEqual({ state: "current" });
  });

  it("can't tell for a list built before sources were recorded", () => {
    expect(compareSources(null, built)).toMatchObject({ state: "unknown", summary: expect.stringMatching(/Regenerate/) });
  });

  it("counts people added to the roster, with their roles", () => {
    const now = listSources({ ...film, roster: [...film.roster, crew("c", "Cy", "Colorist"), crew("k", "Kit", "Key Grip")] });
    const result = stale(compareSources(built, now));
    expect(result.summary).toBe("2 people added to the roster");
    expect(result.changes[0]!.details).toEqual(["Cy: Colorist (Post-production)", "Kit: Key Grip (Grip)"]);
  });

  it("counts people removed from the roster", () => {
    const now = listSources({ ...film, roster: film.roster.filter((r) => r.personId !== "b") });
    expect(stale(compareSources(built, now)).summary).toBe("1 person removed from the roster");
  });

  it("reports a changed role by person", () => {
    const now = listSources({ ...film, roster: film.roster.map((r) => (r.personId === "g" ? crew("g", "Gil Moe", "Key Grip") : r)) });
    const result = stale(compareSources(built, now));
    expect(kinds(result)).toEqual([["role-changed", 1]]);
    expect(result.changes[0]!.details).toEqual(["Gil Moe: Gaffer (Electric) → Key Grip (Grip)"]);
  });

  it("notices a new roster order that changes nothing else", () => {
    const now = listSources({ ...film, roster: [film.roster[1]!, film.roster[0]!, film.roster[2]!] });
    expect(kinds(compareSources(built, now))).toEqual([["roster-order", 1]]);
  });

  it("tells titles added, removed and changed apart", () => {
    const now = listSources({
      ...film,
      heldCredits: [held("d", "Dov", "Directed by", ["DGA"]), held("p", "Pat", "Produced by"), held("w", "Wen", "Written by"), held("w", "Wen", "Story by")],
    });
    const result = stale(compareSources(built, now));
    expect(result.summary).toBe("2 titles added, 1 title removed and 1 title changed");
    expect(result.changes.find((c) => c.kind === "title-changed")!.details).toEqual(["Pat: Producer → Produced by"]);
    expect(result.changes.find((c) => c.kind === "title-removed")!.details).toEqual(["Eve: Executive Producer"]);
  });

  it("notices a new billing order of the titles", () => {
    const now = listSources({ ...film, heldCredits: [film.heldCredits[1]!, film.heldCredits[0]!, film.heldCredits[2]!] });
    expect(kinds(compareSources(built, now))).toEqual([["billing-order", 1]]);
  });

  it("reports a renamed person once, however many entries carry the name", () => {
    const now = listSources({
      ...film,
      roster: film.roster.map((r) => (r.personId === "z" ? { ...r, name: "Zoë Adebayo" } : r)),
      cast: [actor("z", "Zoë Adebayo", "Maya")],
    });
    const result = stale(compareSources(built, now));
    expect(result.summary).toBe("1 person renamed");
    expect(result.changes[0]!.details).toEqual(["Zoë → Zoë Adebayo"]);
  });

  it("reports guild memberships (they decide the waiver flags)", () => {
    const now = listSources({ ...film, heldCredits: film.heldCredits.map((c) => (c.personId === "d" ? { ...c, guilds: [] } : c)) });
    const result = stale(compareSources(built, now));
    expect(kinds(result)).toEqual([["guilds-changed", 1]]);
    expect(result.changes[0]!.details).toEqual(["Dov: DGA → no guild"]);
  });

  it("reports a changed character, and the cast's order", () => {
    const recast = stale(compareSources(built, listSources({ ...film, cast: [actor("z", "Zoë", "Old Maya")] })));
    expect(recast.changes).toEqual([{ kind: "character-changed", count: 1, phrase: "1 character changed", details: ["Zoë: Maya → Old Maya"] }]);
    const two = listSources({ ...film, cast: [actor("z", "Zoë", "Maya"), actor("g", "Gil Moe", "Guard")] });
    const swapped = listSources({ ...film, cast: [actor("g", "Gil Moe", "Guard"), actor("z", "Zoë", "Maya")] });
    expect(kinds(compareSources(two, swapped))).toEqual([["cast-order", 1]]);
  });

  it("names a changed project setting, and one it has no label for", () => {
    const off = listSources({ ...film, options: { mergeMultiHat: false } });
    const result = stale(compareSources(built, off));
    expect(result.summary).toBe("1 project setting changed");
    expect(result.changes[0]!.details).toEqual(["Merging creative credits (Written, Directed and Edited by) was turned off"]);
    // A setting the build reads tomorrow is compared today (BuildOptions grows by one key).
    const future = listSources({ ...film, options: { ...film.options, mergeLineProducer: true } as BuildInput["options"] });
    expect(stale(compareSources(built, future)).changes[0]!.details).toEqual(['The project setting "mergeLineProducer" was turned on']);
    const producedBy = listSources({ ...film, options: { ...film.options, mergeProducedBy: true } as BuildInput["options"] });
    expect(stale(compareSources(built, producedBy)).changes[0]!.details).toEqual(["Merging “Produced by” into the creative credits was turned on"]);
  });

  it("still reports a change in an input it has no words for", () => {
    const now = { ...listSources(film), claims: [{ personId: "x" }] } as ListSources;
    expect(stale(compareSources(built, now)).changes).toEqual([{ kind: "other", count: 1, phrase: "the project's credit data changed", details: [] }]);
  });

  it("sums up several kinds in one sentence and keeps the details short", () => {
    const many = Array.from({ length: MAX_DETAILS + 5 }, (_, i) => crew(`n${i}`, `New ${i}`, "Production Assistant"));
    const now = listSources({
      ...film,
      roster: [...film.roster.map((r) => (r.personId === "g" ? { ...r, name: "Gilbert Moe" } : r)), ...many],
      heldCredits: film.heldCredits.map((c) => (c.personId === "p" ? held("p", "Pat", "Produced by") : c)),
    });
    const result = stale(compareSources(built, now));
    expect(result.summary).toBe("25 people added to the roster, 1 title changed and 1 person renamed");
    expect(result.changes[0]!.details).toHaveLength(MAX_DETAILS);
  });
});
