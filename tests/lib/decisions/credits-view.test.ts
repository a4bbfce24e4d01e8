import { describe, expect, it } from "vitest";
import type { Confidence, Suggestion } from "@/lib/credits/types";
import { CREDIT_TITLES, titleOrder } from "@/lib/credits/titles";
import type { Claim } from "@/lib/decisions/claims";
import { basisOf, buildReview, bulkAcceptable, filterReview, heldCredits, pageStarts, parseReviewFilter, reviewQuery, reviewTitles, toDecide, type CreditRecord, type CreditStatus, type ReviewRow } from "@/lib/decisions/credits-view";

// ---------------------------------------------------------------------------------------
// Small hand-built fixtures
// ---------------------------------------------------------------------------------------

function suggestion(personId: string, title: string, confidence: Confidence = "high", reasons: string[] = ["did the work"]): Suggestion {
  return { personId, title, confidence, score: 0.5, reasons: reasons.map((text, i) => ({ text, entryIds: [`e${i}`] })), alternativeTo: null };
}

let nextId = 0;
function record(personId: string, suggestedTitle: string | null, patch: Partial<CreditRecord> = {}): CreditRecord {
  nextId++;
  return {
    id: `c${String(nextId).padStart(3, "0")}`,
    personId,
    suggestedTitle,
    title: suggestedTitle ?? "Hand-typed",
    status: suggestedTitle === null ? "manual" : "accepted",
    locked: false,
    basis: "",
    decidedAt: 1_700_000_000_000 + nextId,
    ...patch,
  };
}

/** A decision on `s`, with the basis it had when decided. */
function decided(s: Suggestion, status: CreditStatus, patch: Partial<CreditRecord> = {}): CreditRecord {
  return record(s.personId, s.title, { status, basis: basisOf(s), title: s.title, ...patch });
}

function rowsOf(review: ReturnType<typeof buildReview>, personId: string): ReviewRow[] {
  const person = review.people.find((p) => p.personId === personId);
  if (!person) throw new Error(`no review for ${personId}`);
  return person.rows;
}

function onlyRow(review: ReturnType<typeof buildReview>): ReviewRow {
  expect(review.people).toHaveLength(1);
  expect(review.people[0]!.rows).toHaveLength(1);
  return review.people[0]!.rows[0]!;
}

// ---------------------------------------------------------------------------------------
// basisOf
// ---------------------------------------------------------------------------------------

describe("basisOf", () => {
  it("is the confidence then every reason's text, one per line", () => {
    expect(basisOf(suggestion("p1", "produced-by", "medium", ["performed 4 of 6", "stage coverage 60 of 100"]))).toBe(
      "medium\nperformed 4 of 6\nstage coverage 60 of 100",
    );
  });

  it("is just the confidence when there are no reasons", () => {
    expect(basisOf({ confidence: "low", reasons: [] })).toBe("low");
  });

  it("ignores the score and the entry ids (only what the page shows counts)", () => {
    const a = suggestion("p1", "produced-by", "high", ["x"]);
    const b: Suggestion = { ...a, score: 0.99, reasons: [{ text: "x", entryIds: ["other", "ids"] }] };
    expect(basisOf(a)).toBe(basisOf(b));
  });

  it("differs when the confidence, a reason's text, the number of reasons or their order differs", () => {
    const base = basisOf(suggestion("p1", "produced-by", "high", ["a", "b"]));
    expect(basisOf(suggestion("p1", "produced-by", "medium", ["a", "b"]))).not.toBe(base);
    expect(basisOf(suggestion("p1", "produced-by", "high", ["a", "c"]))).not.toBe(base);
    expect(basisOf(suggestion("p1", "produced-by", "high", ["a"]))).not.toBe(base);
    expect(basisOf(suggestion("p1", "produced-by", "high", ["a", "b", "c"]))).not.toBe(base);
    expect(basisOf(suggestion("p1", "produced-by", "high", ["b", "a"]))).not.toBe(base);
  });

  it("does not depend on the person or the title", () => {
    expect(basisOf(suggestion("p1", "produced-by", "high", ["a"]))).toBe(basisOf(suggestion("p2", "co-producer", "high", ["a"])));
  });
});

// ---------------------------------------------------------------------------------------
// heldCredits
// ---------------------------------------------------------------------------------------

describe("heldCredits", () => {
  it("is empty with no records", () => {
    expect(heldCredits([])).toEqual([]);
  });

  it("drops rejected decisions, locked or not", () => {
    expect(heldCredits([record("p1", "produced-by", { status: "rejected" }), record("p1", "co-producer", { status: "rejected", locked: true })])).toEqual([]);
  });

  it("maps accepted and overridden decisions to accepted, keeping the title held", () => {
    expect(
      heldCredits([
        record("p1", "produced-by", { status: "accepted", title: "Produced by" }),
        record("p2", "co-producer", { status: "overridden", title: "Co-Executive Producer" }),
      ]),
    ).toEqual([
      { personId: "p1", title: "Produced by", status: "accepted" },
      { personId: "p2", title: "Co-Executive Producer", status: "accepted" },
    ]);
  });

  it("maps hand-typed titles to manual", () => {
    expect(heldCredits([record("p1", null, { status: "manual", title: "Consulting Producer" })])).toEqual([
      { personId: "p1", title: "Consulting Producer", status: "manual" },
    ]);
  });

  it("maps every locked, non-rejected credit to locked, whatever its status", () => {
    const held = heldCredits([
      record("p1", null, { status: "manual", locked: true, title: "Executive Producer" }),
      record("p2", "produced-by", { status: "accepted", locked: true, title: "Produced by" }),
      record("p3", "co-producer", { status: "overridden", locked: true, title: "Producer" }),
    ]);
    expect(held.map((h) => [h.personId, h.status])).toEqual([
      ["p1", "locked"],
      ["p2", "locked"],
      ["p3", "locked"],
    ]);
  });

  it("keeps the records' order and carries only personId, title and status", () => {
    const held = heldCredits([record("p2", "produced-by"), record("p1", null, { title: "Creator" }), record("p3", "co-producer", { status: "rejected" })]);
    expect(held).toEqual([
      { personId: "p2", title: "produced-by", status: "accepted" },
      { personId: "p1", title: "Creator", status: "manual" },
    ]);
    for (const h of held) expect(Object.keys(h).sort()).toEqual(["personId", "status", "title"]);
  });
});

// ---------------------------------------------------------------------------------------
// buildReview
// ---------------------------------------------------------------------------------------

describe("buildReview: one row per suggestion or decision", () => {
  it("is empty with no suggestions and no records", () => {
    expect(buildReview([], [])).toEqual({ people: [], summary: { undecided: 0, changed: 0, held: 0, locked: 0, claims: 0, highConfidence: 0 } });
  });

  it("shows an undecided suggestion with no credit, not changed, counted as undecided", () => {
    const s = suggestion("p1", "produced-by");
    const review = buildReview([s], []);
    expect(onlyRow(review)).toEqual({
      kind: "suggestion",
      key: "s:p1:produced-by",
      personId: "p1",
      titleId: "produced-by",
      label: "Produced by",
      suggestion: s,
      claim: null,
      credit: null,
      changed: false,
    });
    expect(review.summary).toEqual({ undecided: 1, changed: 0, held: 0, locked: 0, claims: 0, highConfidence: 1 });
  });

  it.each([
    ["accepted", 1],
    ["overridden", 1],
    ["rejected", 0],
  ] as const)("joins a %s decision to its suggestion (held %i)", (status, held) => {
    const s = suggestion("p1", "co-producer", "medium", ["performed 3 of 10"]);
    const c = decided(s, status, status === "overridden" ? { title: "Co-Executive Producer" } : {});
    const review = buildReview([s], [c]);
    const row = onlyRow(review);
    expect(row.kind).toBe("suggestion");
    expect(row.credit).toBe(c);
    expect(row.changed).toBe(false);
    if (row.kind === "suggestion") expect(row.suggestion).toBe(s);
    expect(row.label).toBe("Co-Producer"); // the engine's label, even when overridden with another title
    expect(review.summary).toEqual({ undecided: 0, changed: 0, held, locked: 0, claims: 0, highConfidence: 0 });
  });

  it("joins only the decision for the same person and title", () => {
    const s1 = suggestion("p1", "produced-by");
    const s2 = suggestion("p2", "produced-by");
    const s3 = suggestion("p1", "co-producer");
    const c = decided(s1, "accepted");
    const review = buildReview([s1, s2, s3], [c]);
    const credits = review.people.flatMap((p) => p.rows.map((r) => [r.personId, r.kind === "manual" ? null : r.titleId, r.credit?.id ?? null]));
    expect(credits).toEqual([
      ["p1", "produced-by", c.id],
      ["p1", "co-producer", null],
      ["p2", "produced-by", null],
    ]);
    expect(review.summary.undecided).toBe(2);
  });

  it("uses the title id itself as the label for a title it doesn't know", () => {
    const row = onlyRow(buildReview([suggestion("p1", "best-boy")], []));
    expect(row.label).toBe("best-boy");
  });
});

describe("buildReview: changed since the decision", () => {
  it("is not changed when the stored basis equals the suggestion's", () => {
    const s = suggestion("p1", "produced-by", "high", ["a", "b"]);
    const review = buildReview([s], [record("p1", "produced-by", { basis: "high\na\nb" })]);
    expect(onlyRow(review).changed).toBe(false);
    expect(review.summary.changed).toBe(0);
  });

  it("is changed when the confidence differs", () => {
    const before = suggestion("p1", "produced-by", "medium", ["a"]);
    const now = suggestion("p1", "produced-by", "high", ["a"]);
    const review = buildReview([now], [decided(before, "accepted")]);
    expect(onlyRow(review).changed).toBe(true);
    expect(review.summary.changed).toBe(1);
  });

  it("is changed when any reason's text differs (e.g. a number in it)", () => {
    const before = suggestion("p1", "produced-by", "high", ["performed 4 of 6", "stage coverage 60 of 100"]);
    const now = suggestion("p1", "produced-by", "high", ["performed 4 of 6", "stage coverage 75 of 100"]);
    expect(onlyRow(buildReview([now], [decided(before, "accepted")])).changed).toBe(true);
  });

  it("is changed when a reason was added or dropped", () => {
    const before = suggestion("p1", "produced-by", "high", ["a"]);
    expect(onlyRow(buildReview([suggestion("p1", "produced-by", "high", ["a", "b"])], [decided(before, "accepted")])).changed).toBe(true);
    expect(onlyRow(buildReview([suggestion("p1", "produced-by", "high", [])], [decided(before, "accepted")])).changed).toBe(true);
  });

  it("is not changed when only the score or the entry ids moved", () => {
    const before = suggestion("p1", "produced-by", "high", ["a"]);
    const now: Suggestion = { ...before, score: 0.9, reasons: [{ text: "a", entryIds: ["e9", "e10"] }] };
    expect(onlyRow(buildReview([now], [decided(before, "accepted")])).changed).toBe(false);
  });

  it("flags rejected and overridden decisions too, and counts each changed row", () => {
    const a = suggestion("p1", "produced-by", "medium", ["a"]);
    const b = suggestion("p2", "co-producer", "low", ["b"]);
    const review = buildReview(
      [suggestion("p1", "produced-by", "high", ["a"]), suggestion("p2", "co-producer", "low", ["b, now more"])],
      [decided(a, "rejected"), decided(b, "overridden", { title: "Producer" })],
    );
    expect(review.people.map((p) => p.rows[0]!.changed)).toEqual([true, true]);
    expect(review.summary).toEqual({ undecided: 0, changed: 2, held: 1, locked: 0, claims: 0, highConfidence: 0 });
  });

  it("never marks an undecided suggestion as changed", () => {
    const review = buildReview([suggestion("p1", "produced-by", "high", ["anything"])], []);
    expect(onlyRow(review).changed).toBe(false);
  });
});

describe("buildReview: withdrawn and hand-typed credits", () => {
  it("shows a decision whose suggestion disappeared as withdrawn, changed", () => {
    const c = record("p1", "line-producer", { status: "accepted", basis: "high\nled 5 of 6", title: "Line Producer" });
    const review = buildReview([], [c]);
    expect(onlyRow(review)).toEqual({
      kind: "withdrawn",
      key: `c:${c.id}`,
      personId: "p1",
      titleId: "line-producer",
      label: "Line Producer",
      credit: c,
      changed: true,
    });
    expect(review.summary).toEqual({ undecided: 0, changed: 1, held: 1, locked: 0, claims: 0, highConfidence: 0 });
  });

  it("shows a withdrawn rejected decision but doesn't count it as held", () => {
    const c = record("p1", "line-producer", { status: "rejected" });
    const review = buildReview([], [c]);
    expect(onlyRow(review).kind).toBe("withdrawn");
    expect(review.summary).toEqual({ undecided: 0, changed: 1, held: 0, locked: 0, claims: 0, highConfidence: 0 });
  });

  it("still withdraws a decision when the engine suggests the same title to someone else", () => {
    const c = record("p1", "produced-by");
    const review = buildReview([suggestion("p2", "produced-by")], [c]);
    expect(rowsOf(review, "p1").map((r) => r.kind)).toEqual(["withdrawn"]);
    expect(rowsOf(review, "p2").map((r) => [r.kind, r.credit])).toEqual([["suggestion", null]]);
  });

  it("shows a hand-typed credit as manual, never changed, labelled with its title", () => {
    const c = record("p1", null, { title: "Consulting Producer", status: "manual", locked: true });
    const review = buildReview([], [c]);
    expect(onlyRow(review)).toEqual({ kind: "manual", key: `c:${c.id}`, personId: "p1", label: "Consulting Producer", credit: c, changed: false });
    expect(review.summary).toEqual({ undecided: 0, changed: 0, held: 1, locked: 1, claims: 0, highConfidence: 0 });
  });

  it("never joins a hand-typed credit to a suggestion, even one with the same title", () => {
    const s = suggestion("p1", "produced-by");
    const c = record("p1", null, { title: "produced-by" });
    const review = buildReview([s], [c]);
    expect(rowsOf(review, "p1").map((r) => [r.kind, r.credit?.id ?? null])).toEqual([
      ["suggestion", null],
      ["manual", c.id],
    ]);
    expect(review.summary.undecided).toBe(1);
  });

  it("gives every row a key unique across the review", () => {
    const review = buildReview(
      [suggestion("p1", "produced-by"), suggestion("p1", "co-producer"), suggestion("p2", "produced-by")],
      [record("p1", "produced-by"), record("p1", "line-producer"), record("p1", null), record("p2", null)],
    );
    const keys = review.people.flatMap((p) => p.rows.map((r) => r.key));
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(6);
  });
});

describe("buildReview: order", () => {
  it("orders rows within a person by billing order, whatever the input order", () => {
    const ids = ["colorist", "produced-by", "directed-by", "executive-producer", "line-producer", "written-by"];
    const review = buildReview(
      ids.map((t) => suggestion("p1", t)),
      [],
    );
    const titles = rowsOf(review, "p1").map((r) => (r.kind === "manual" ? null : r.titleId));
    expect(titles).toEqual([...ids].sort((a, b) => titleOrder(a) - titleOrder(b)));
    expect(titles).toEqual(["executive-producer", "produced-by", "line-producer", "written-by", "directed-by", "colorist"]);
  });

  it("follows billing order over every known title", () => {
    const shuffled = [...CREDIT_TITLES].reverse().map((t) => suggestion("p1", t.id));
    const titles = rowsOf(buildReview(shuffled, []), "p1").map((r) => (r.kind === "manual" ? null : r.titleId));
    expect(titles).toEqual(CREDIT_TITLES.map((t) => t.id));
  });

  it("interleaves withdrawn decisions with suggestions in billing order", () => {
    const review = buildReview(
      [suggestion("p1", "directed-by"), suggestion("p1", "executive-producer")],
      [record("p1", "line-producer"), record("p1", "produced-by", { status: "rejected" })],
    );
    expect(rowsOf(review, "p1").map((r) => [r.kind, r.kind === "manual" ? null : r.titleId])).toEqual([
      ["suggestion", "executive-producer"],
      ["withdrawn", "produced-by"],
      ["withdrawn", "line-producer"],
      ["suggestion", "directed-by"],
    ]);
  });

  it("puts unknown titles after every known one, and hand-typed titles last of all", () => {
    const review = buildReview(
      [suggestion("p1", "zz-unknown"), suggestion("p1", "colorist")],
      [record("p1", null, { title: "Aardvark Wrangler" }), record("p1", "produced-by")],
    );
    expect(rowsOf(review, "p1").map((r) => r.label)).toEqual(["Produced by", "Colorist", "zz-unknown", "Aardvark Wrangler"]);
  });

  it("sorts hand-typed titles by their label, case-insensitively", () => {
    const review = buildReview(
      [suggestion("p1", "colorist")],
      [record("p1", null, { title: "consulting producer" }), record("p1", null, { title: "Based on a story by" }), record("p1", null, { title: "Additional Photography" })],
    );
    expect(rowsOf(review, "p1").map((r) => [r.kind, r.label])).toEqual([
      ["suggestion", "Colorist"],
      ["manual", "Additional Photography"],
      ["manual", "Based on a story by"],
      ["manual", "consulting producer"],
    ]);
  });

  it("orders people by billing order — the best-billed title they hold, are suggested or claim — then by name, numbers as numbers", () => {
    const names = new Map([
      ["a", "Crew 10"],
      ["b", "Crew 9"],
      ["c", "Zoe"],
      ["d", "Amy"],
    ]);
    const review = buildReview([suggestion("a", "colorist"), suggestion("b", "colorist"), suggestion("c", "executive-producer"), suggestion("d", "directed-by")], [], { names });
    expect(review.people.map((p) => p.name)).toEqual(["Zoe", "Amy", "Crew 9", "Crew 10"]);
  });

  it("does not bill a person by a rejected title or an alternative reading", () => {
    const alt = { ...suggestion("a", "produced-by", "low"), alternativeTo: "line-producer" };
    const review = buildReview(
      [suggestion("a", "line-producer"), alt, suggestion("b", "co-producer"), suggestion("c", "executive-producer")],
      [record("c", "executive-producer", { status: "rejected" })],
      { names: { a: "Ann", b: "Ben", c: "Cy" } },
    );
    expect(review.people.map((p) => p.name)).toEqual(["Ben", "Ann", "Cy"]);
    expect(rowsOf(review, "a").map((r) => r.label)).toEqual(["Line Producer", "Produced by"]);
  });

  it("orders people with the same billing and no names by id", () => {
    const review = buildReview([suggestion("p3", "colorist"), suggestion("p1", "colorist")], [record("p2", null, { title: "Colorist" })]);
    expect(review.people.map((p) => p.personId)).toEqual(["p1", "p2", "p3"]);
  });

  it("includes only people with a suggestion, a claim or a decision", () => {
    const review = buildReview([suggestion("p2", "produced-by")], [record("p4", null)], { names: { p1: "A", p2: "B", p3: "C", p4: "D" } });
    expect(review.people.map((p) => p.personId)).toEqual(["p2", "p4"]);
  });

  it("gives a person with only decisions a review too", () => {
    const review = buildReview([], [record("p1", "produced-by"), record("p1", null)]);
    expect(rowsOf(review, "p1").map((r) => r.kind)).toEqual(["withdrawn", "manual"]);
  });
});

describe("buildReview: duplicate suggestions", () => {
  it("shows a person+title the engine suggested twice once, with the first suggestion", () => {
    const first = suggestion("p1", "produced-by", "high", ["first"]);
    const second = suggestion("p1", "produced-by", "low", ["second"]);
    const review = buildReview([first, second], []);
    const row = onlyRow(review);
    expect(row.kind === "suggestion" && row.suggestion).toBe(first);
    expect(review.summary.undecided).toBe(1);
  });

  it("joins the decision once and judges change against the first suggestion", () => {
    const first = suggestion("p1", "produced-by", "high", ["first"]);
    const second = suggestion("p1", "produced-by", "low", ["second"]);
    const c = decided(first, "accepted");
    const review = buildReview([first, second], [c]);
    expect(onlyRow(review)).toMatchObject({ kind: "suggestion", credit: c, changed: false });
    expect(review.summary).toEqual({ undecided: 0, changed: 0, held: 1, locked: 0, claims: 0, highConfidence: 0 });
  });

  it("keeps the same title for different people apart", () => {
    const review = buildReview([suggestion("p1", "produced-by"), suggestion("p2", "produced-by"), suggestion("p1", "produced-by")], []);
    expect(review.people.map((p) => [p.personId, p.rows.length])).toEqual([
      ["p1", 1],
      ["p2", 1],
    ]);
  });
});

describe("buildReview: summary", () => {
  it("counts undecided, changed, held (not rejected) and locked over every row", () => {
    const ep = suggestion("p1", "executive-producer", "high", ["raised 30%"]);
    const pb = suggestion("p1", "produced-by", "medium", ["majority"]);
    const cp = suggestion("p2", "co-producer", "medium", ["share"]);
    const lp = suggestion("p2", "line-producer", "high", ["led"]);
    const ap = suggestion("p3", "associate-producer", "low", ["limited"]);
    const suggestions = [
      { ...ep, reasons: [{ text: "raised 35%", entryIds: [] }] }, // changed since accepted
      pb, // undecided
      cp, // rejected, unchanged
      lp, // overridden + locked, unchanged
      ap, // undecided
    ];
    const records = [
      decided(ep, "accepted"),
      decided(cp, "rejected"),
      decided(lp, "overridden", { title: "Producer", locked: true }),
      record("p3", "unit-production-manager", { status: "accepted" }), // withdrawn, held
      record("p3", "production-coordinator", { status: "rejected", locked: true }), // withdrawn, not held, locked
      record("p1", null, { status: "manual", locked: true }), // manual, held, locked
      record("p2", null, { status: "manual" }), // manual, held
    ];
    const review = buildReview(suggestions, records);
    expect(review.summary).toEqual({ undecided: 2, changed: 3, held: 5, locked: 3, claims: 0, highConfidence: 0 });
    expect(review.people.reduce((n, p) => n + p.rows.length, 0)).toBe(9);
    // held matches what the engine reads as held
    expect(heldCredits(records)).toHaveLength(review.summary.held);
  });

  it("counts a locked rejected decision as locked but not held", () => {
    const s = suggestion("p1", "produced-by");
    const review = buildReview([s], [decided(s, "rejected", { locked: true })]);
    expect(review.summary).toEqual({ undecided: 0, changed: 0, held: 0, locked: 1, claims: 0, highConfidence: 0 });
  });

  it("does not depend on names", () => {
    const s = [suggestion("p1", "produced-by"), suggestion("p2", "colorist", "low")];
    const r = [decided(s[0]!, "accepted", { locked: true }), record("p3", null)];
    expect(buildReview(s, r, { names: { p1: "Z", p2: "A" } }).summary).toEqual(buildReview(s, r).summary);
  });
});

describe("buildReview: purity", () => {
  it("does not modify its inputs", () => {
    const suggestions = [suggestion("p2", "colorist"), suggestion("p1", "produced-by"), suggestion("p1", "executive-producer")];
    const records = [record("p1", "produced-by"), record("p1", null)];
    const names = { p2: "B", p1: "A" };
    const snapshot = JSON.stringify({ suggestions, records, names });
    buildReview(suggestions, records, { names });
    expect(JSON.stringify({ suggestions, records, names })).toBe(snapshot);
  });

  it("gives the same review for the same input", () => {
    const suggestions = [suggestion("p2", "colorist"), suggestion("p1", "produced-by")];
    const records = [record("p1", "produced-by"), record("p3", null)];
    expect(buildReview(suggestions, records, { names: { p1: "A" } })).toEqual(buildReview(suggestions, records, { names: { p1: "A" } }));
  });
});

// ---------------------------------------------------------------------------------------
// Roster claims, alternatives, filters and bulk accept
// ---------------------------------------------------------------------------------------

const claim = (personId: string, titleId: Claim["titleId"], role = "Executive Producer"): Claim => ({ personId, titleId, role, department: "Producers" });

describe("buildReview: roster claims", () => {
  it("a claim the engine doesn't suggest is its own row; one it suggests is marked on the suggestion's row", () => {
    const review = buildReview([suggestion("p1", "line-producer")], [], { claims: [claim("p1", "line-producer", "Line Producer"), claim("p2", "executive-producer", "Exec Producer")] });
    expect(rowsOf(review, "p1").map((r) => [r.kind, r.kind === "suggestion" ? r.claim?.role : null])).toEqual([["suggestion", "Line Producer"]]);
    expect(rowsOf(review, "p2")).toEqual([
      { kind: "claim", key: "s:p2:executive-producer", personId: "p2", titleId: "executive-producer", label: "Executive Producer", claim: claim("p2", "executive-producer", "Exec Producer"), credit: null, changed: false },
    ]);
    expect(review.summary).toMatchObject({ undecided: 2, claims: 1 });
  });

  it("a decided claim joins its decision and is no longer counted as a claim to decide; a claim's decision never shows as changed", () => {
    const c = record("p2", "executive-producer", { basis: "" });
    const review = buildReview([], [c], { claims: [claim("p2", "executive-producer")] });
    expect(onlyRow(review)).toMatchObject({ kind: "claim", credit: c, changed: false });
    expect(review.summary).toMatchObject({ undecided: 0, claims: 0, held: 1 });
    const suggestedLater = buildReview([suggestion("p2", "executive-producer")], [c], { claims: [claim("p2", "executive-producer")] });
    expect(onlyRow(suggestedLater)).toMatchObject({ kind: "suggestion", credit: c, changed: false });
  });
});

describe("bulkAcceptable", () => {
  it("takes undecided high-confidence suggestions in their own right, never an alternative, a claim or a title already held", () => {
    const alt = { ...suggestion("p1", "produced-by", "low"), alternativeTo: "line-producer" };
    const highAlt = { ...suggestion("p4", "produced-by", "high"), alternativeTo: "line-producer" };
    const review = buildReview(
      [suggestion("p1", "line-producer"), alt, highAlt, suggestion("p2", "directed-by"), suggestion("p2", "edited-by", "medium"), suggestion("p3", "executive-producer"), suggestion("p5", "colorist")],
      [record("p3", null, { title: "Exec Producer", status: "manual", locked: true }), record("p5", "colorist", { status: "rejected" })],
      { claims: [claim("p6", "executive-producer")] },
    );
    expect(bulkAcceptable(review.people).map((r) => r.key).sort()).toEqual(["s:p1:line-producer", "s:p2:directed-by"]);
    expect(review.summary.highConfidence).toBe(2);
  });
});

describe("filterReview", () => {
  const s1 = suggestion("p1", "produced-by");
  const s2 = suggestion("p1", "directed-by", "medium");
  const s3 = suggestion("p2", "colorist", "low");
  const review = buildReview([s1, s2, s3, suggestion("p4", "edited-by")], [decided(s1, "accepted"), decided(s3, "rejected"), record("p3", null, { title: "A Film by" })], { names: { p1: "A", p2: "B", p3: "C", p4: "D" } });

  it("'decide' keeps what is undecided or changed; 'held' what is held; 'rejected' what was rejected", () => {
    const rows = (view: "decide" | "all" | "held" | "rejected") => filterReview(review.people, { view, title: null, confidence: null }).flatMap((p) => p.rows.map((r) => r.key));
    expect(rows("decide")).toEqual(["s:p1:directed-by", "s:p4:edited-by"]);
    expect(rows("held").sort()).toEqual(["c:" + review.people.find((p) => p.personId === "p3")!.rows[0]!.credit!.id, "s:p1:produced-by"].sort());
    expect(rows("rejected")).toEqual(["s:p2:colorist"]);
    expect(rows("all")).toHaveLength(5);
    expect(review.people.flatMap((p) => p.rows).filter(toDecide)).toHaveLength(2);
  });

  it("filters by title (or 'manual' for titles typed by hand) and by confidence, dropping people left with nothing", () => {
    expect(filterReview(review.people, { view: "all", title: "directed-by", confidence: null }).map((p) => p.personId)).toEqual(["p1"]);
    expect(filterReview(review.people, { view: "all", title: "manual", confidence: null }).map((p) => p.personId)).toEqual(["p3"]);
    expect(filterReview(review.people, { view: "all", title: null, confidence: "low" }).map((p) => p.personId)).toEqual(["p2"]);
    expect(filterReview(review.people, { view: "decide", title: "colorist", confidence: null })).toEqual([]);
    expect(filterReview(review.people, { view: "all", title: null, confidence: null, person: "p2" }).map((p) => p.personId)).toEqual(["p2"]);
  });

  it("lists the titles present in billing order, hand-typed last", () => {
    expect(reviewTitles(review.people).map((t) => t.id)).toEqual(["produced-by", "directed-by", "edited-by", "colorist", "manual"]);
  });
});

describe("parseReviewFilter and reviewQuery", () => {
  it("reads known values, falls back on anything else, and round-trips", () => {
    expect(parseReviewFilter({ view: "held", title: "produced-by", confidence: "high", page: "3", person: "p_1" })).toEqual({ view: "held", title: "produced-by", confidence: "high", person: "p_1", page: 3 });
    expect(parseReviewFilter({ view: "bogus", title: "<script>", confidence: "certain", page: "-4", person: "../x" })).toEqual({ view: "all", title: null, confidence: null, person: null, page: 1 });
    expect(parseReviewFilter({ view: ["decide", "all"], page: "1e9" })).toMatchObject({ view: "decide", page: 1 });
    const f = { view: "rejected" as const, title: "colorist", confidence: "medium" as const, person: "p9" };
    expect(parseReviewFilter(Object.fromEntries(new URLSearchParams(reviewQuery(f, 2))))).toEqual({ ...f, page: 2 });
  });
});

describe("pageStarts", () => {
  const people = (...rows: number[]) => rows.map((n) => ({ rows: Array.from({ length: n }) as ReviewRow[] }));

  it("is one page starting at 0 for nobody and for fewer than a page", () => {
    expect(pageStarts([], 100, 150)).toEqual([0]);
    expect(pageStarts(people(1, 2, 3), 100, 150)).toEqual([0]);
  });

  it("starts a page every maxPeople people when they hold few titles", () => {
    expect(pageStarts(people(...Array.from({ length: 250 }, () => 1)), 100, 150)).toEqual([0, 100, 200]);
  });

  it("starts a page before the person who would take it past maxRows", () => {
    expect(pageStarts(people(4, 4, 4, 4), 100, 10)).toEqual([0, 2]);
    expect(pageStarts(people(5, 5, 1), 100, 10)).toEqual([0, 2]);
  });

  it("puts someone with more titles than a page holds on a page of their own", () => {
    expect(pageStarts(people(1, 30, 1), 100, 10)).toEqual([0, 1, 2]);
  });

  it("gives every person exactly one page, in order", () => {
    const list = people(...Array.from({ length: 500 }, (_, i) => (i * 7) % 6));
    const starts = pageStarts(list, 100, 150);
    const sizes = starts.map((s, i) => (starts[i + 1] ?? list.length) - s);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(list.length);
    expect(sizes.every((n) => n >= 1 && n <= 100)).toBe(true);
    for (const [i, s] of starts.entries()) expect(list.slice(s, starts[i + 1] ?? list.length).reduce((a, p) => a + p.rows.length, 0) <= 150 || (starts[i + 1] ?? list.length) - s === 1).toBe(true);
  });
});
