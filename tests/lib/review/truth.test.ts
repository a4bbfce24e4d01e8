import { describe, expect, it } from "vitest";
import type { Suggestion } from "@/lib/credits/types";
import { titleKey, truthCheck, type TruthCredit } from "@/lib/review";

const people = [
  { id: "maya", name: "Maya Okafor" },
  { id: "sam", name: "Sam Lee" },
  { id: "ana", name: "Ana Ruiz" },
];
const sug = (personId: string, title: string, score = 0.8): Pick<Suggestion, "personId" | "title" | "confidence" | "score"> => ({ personId, title, confidence: "high", score });
const credit = (id: string, personId: string, title: string, extra: Partial<TruthCredit> = {}): TruthCredit => ({ id, personId, title, status: "manual", locked: false, suggestedTitle: null, ...extra });

describe("titleKey", () => {
  it("gives the same key for the same title written differently", () => {
    expect(titleKey("Producer")).toBe("produced-by");
    expect(titleKey("  produced BY ")).toBe("produced-by");
    expect(titleKey("Diréctor")).toBe("directed-by");
    expect(titleKey("Key  Grip")).toBe(titleKey("key grip"));
    expect(titleKey(42)).toBe("");
  });
});

describe("truthCheck", () => {
  it("classifies match, title without work and work without title, with link keys", () => {
    const check = truthCheck(
      people,
      [
        credit("c1", "maya", "Producer"), // manual, matches produced-by
        credit("c2", "maya", "Editor", { status: "accepted", suggestedTitle: "edited-by", locked: true }), // withdrawn suggestion
        credit("c3", "sam", "Edited by", { status: "accepted", suggestedTitle: "edited-by" }),
      ],
      [sug("maya", "produced-by"), sug("maya", "directed-by"), sug("sam", "edited-by"), sug("ana", "executive-producer")],
    );
    expect(check.people.map((p) => p.personId)).toEqual(["ana", "maya", "sam"]);
    const maya = check.people.find((p) => p.personId === "maya")!;
    expect(maya.items.map((i) => [i.kind, i.titleKey, i.label, i.credit?.id ?? null, i.suggestion?.titleId ?? null, i.reviewKey])).toEqual([
      ["match", "produced-by", "Producer", "c1", "produced-by", "c:c1"],
      ["work-without-title", "directed-by", "Directed by", null, "directed-by", "s:maya:directed-by"],
      ["title-without-work", "edited-by", "Editor", "c2", null, "c:c2"],
    ]);
    expect(maya.items[2]!.credit).toEqual({ id: "c2", title: "Editor", status: "accepted", locked: true });
    expect(maya.counts).toEqual({ match: 1, titleWithoutWork: 1, workWithoutTitle: 1 });
    expect(check.people.find((p) => p.personId === "sam")!.items[0]).toMatchObject({ kind: "match", reviewKey: "s:sam:edited-by" });
    expect(check.summary).toEqual({ match: 2, titleWithoutWork: 1, workWithoutTitle: 2, people: 3 });
  });

  it("matches an overridden credit to the suggestion it answers, and says so", () => {
    const check = truthCheck(people, [credit("c1", "maya", "Producer (p.g.a.)", { status: "overridden", suggestedTitle: "produced-by" })], [sug("maya", "produced-by")]);
    expect(check.people[0]!.items).toEqual([
      expect.objectContaining({ kind: "match", viaOverride: true, reviewKey: "s:maya:produced-by", label: "Producer (p.g.a.)" }),
    ]);
  });

  it("rejected decisions hold no title: the suggestion is work without title and links the rejection", () => {
    const check = truthCheck(people, [credit("c9", "sam", "Edited by", { status: "rejected", suggestedTitle: "edited-by" })], [sug("sam", "edited-by")]);
    expect(check.people[0]!.items[0]).toMatchObject({ kind: "work-without-title", rejectedCreditId: "c9", credit: null });
  });

  it("ignores unknown people, blank titles and nonsense; leaves out people with nothing to check", () => {
    const check = truthCheck(
      people,
      [credit("c1", "ghost", "Producer"), credit("c2", "maya", "   "), null as unknown as TruthCredit],
      [sug("ghost", "produced-by"), { personId: 1 } as unknown as Suggestion],
    );
    expect(check).toEqual({ people: [], summary: { match: 0, titleWithoutWork: 0, workWithoutTitle: 0, people: 0 } });
    expect(() => truthCheck(null as never, null as never, null as never)).not.toThrow();
  });

  it("counts two spellings of one held title as two matches of the same suggestion", () => {
    const check = truthCheck(people, [credit("c1", "ana", "Producer"), credit("c2", "ana", "Produced by")], [sug("ana", "produced-by")]);
    // Same billing position: by the folded label ("produced by" < "producer").
    expect(check.people[0]!.items.map((i) => [i.kind, i.credit?.id])).toEqual([
      ["match", "c2"],
      ["match", "c1"],
    ]);
  });
});

describe("truthCheck: roster claims and alternatives", () => {
  it("judges an undecided roster claim like a held title, linking to its row on the credits page", () => {
    const claim = credit("claim:ana:executive-producer", "ana", "Executive Producer", { status: "claim", suggestedTitle: "executive-producer" });
    const check = truthCheck(people, [claim], [sug("maya", "produced-by")]);
    const ana = check.people.find((p) => p.personId === "ana");
    expect(ana?.items.map((i) => [i.kind, i.label, i.credit?.status, i.reviewKey])).toEqual([["title-without-work", "Executive Producer", "claim", "s:ana:executive-producer"]]);
    const supported = truthCheck(people, [claim], [sug("ana", "executive-producer")]);
    expect(supported.people.find((p) => p.personId === "ana")?.items.map((i) => [i.kind, i.reviewKey])).toEqual([["match", "s:ana:executive-producer"]]);
  });

  it("an alternative reading is never work without a title; holding the alternative settles the suggestion it competes with", () => {
    const lp = sug("sam", "line-producer");
    const alt = { ...sug("sam", "produced-by", 0.4), alternativeTo: "line-producer" };
    const none = truthCheck(people, [], [lp, alt]);
    expect(none.people.find((p) => p.personId === "sam")?.items.map((i) => [i.kind, i.label])).toEqual([["work-without-title", "Line Producer"]]);
    const chose = truthCheck(people, [credit("c1", "sam", "Produced by", { status: "accepted", suggestedTitle: "produced-by" })], [lp, alt]);
    expect(chose.people.find((p) => p.personId === "sam")?.items.map((i) => [i.kind, i.label])).toEqual([["match", "Produced by"]]);
  });
});
