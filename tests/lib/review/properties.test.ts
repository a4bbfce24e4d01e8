import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Degree, WorkEntryInput } from "@/lib/credits/types";
import { coverage, creditHistory, hatsMatrix, truthCheck, type CreditHistoryRow, type ReviewInput, type TruthCredit } from "@/lib/review";
import { customResponsibility, RESPONSIBILITIES, WORK_STAGES } from "@/lib/work/taxonomy";

const RESPONSIBILITY_POOL = [...RESPONSIBILITIES.slice(0, 12), customResponsibility({ name: "Drone permits", lane: "execution" }), customResponsibility({ name: "Foley walking", lane: "post" })];
const PEOPLE = ["a", "b", "c", "d", "e"];
const NAMES = ["Ann", "ann", "Änn", "Bo", "Zoë"];

/** A deterministic shuffle driven by a seed (an LCG), so fast-check can shrink the seed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const entryArb: fc.Arbitrary<WorkEntryInput> = fc.record({
  id: fc.integer({ min: 0, max: 40 }).map((n) => `e${n}`), // repeats happen: duplicates resolve order-free
  personId: fc.constantFrom(...PEOPLE, "ghost"),
  responsibilityId: fc.constantFrom(...RESPONSIBILITY_POOL.map((r) => r.id), "unknown"),
  stage: fc.constantFrom(...WORK_STAGES),
  degree: fc.constantFrom<Degree>("lead", "equal", "supporting"),
  effortHours: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(0.1)),
});

const projectArb = fc.record({
  names: fc.array(fc.constantFrom(...NAMES), { minLength: PEOPLE.length, maxLength: PEOPLE.length }),
  depts: fc.array(fc.subarray(["Production", "Camera", "Editorial"]), { minLength: PEOPLE.length, maxLength: PEOPLE.length }),
  entries: fc.array(entryArb, { maxLength: 60 }),
});

function input(p: { names: string[]; depts: string[][]; entries: WorkEntryInput[] }, seed: number): ReviewInput {
  const people = PEOPLE.map((id, i) => ({ id, name: p.names[i] as string, departments: shuffle(p.depts[i] as string[], seed + i) }));
  return { people: shuffle(people, seed), responsibilities: shuffle(RESPONSIBILITY_POOL, seed + 1), entries: shuffle(p.entries, seed + 2) };
}

describe("review properties: input order does not change the output", () => {
  it("hatsMatrix and coverage", () => {
    fc.assert(
      fc.property(projectArb, fc.integer(), fc.constantFrom<"hats" | "effort" | "name">("hats", "effort", "name"), (p, seed, sort) => {
        const a = input(p, 1);
        const b = input(p, seed);
        const opts = { sort, offset: 1, limit: 3, departments: ["production"] };
        expect(hatsMatrix(b, opts)).toEqual(hatsMatrix(a, opts));
        expect(hatsMatrix(b, { stages: ["production", "development"], allColumns: true })).toEqual(hatsMatrix(a, { stages: ["development", "production"], allColumns: true }));
        expect(coverage(b, { threshold: 0.4 })).toEqual(coverage(a, { threshold: 0.4 }));
      }),
      { numRuns: 150 },
    );
  });

  it("hats per person never exceed the functions, and the page never exceeds the total", () => {
    fc.assert(
      fc.property(projectArb, fc.nat(8), fc.nat(8), (p, offset, limit) => {
        const m = hatsMatrix(input(p, 3), { offset, limit });
        expect(m.rows.length).toBeLessThanOrEqual(Math.max(0, Math.min(limit, m.total - offset)));
        for (const r of m.rows) expect(r.hats).toBe(r.cells.length);
        const c = coverage(input(p, 3));
        expect(c.concentration.share).toBeGreaterThanOrEqual(0);
        expect(c.concentration.share).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it("truthCheck and creditHistory", () => {
    const creditArb = fc.record({
      id: fc.integer({ min: 0, max: 30 }).map((n) => `c${n}`),
      personId: fc.constantFrom(...PEOPLE, "ghost"),
      title: fc.constantFrom("Producer", "Produced by", "Editor", "Key Grip", "key grip", "Director"),
      status: fc.constantFrom<TruthCredit["status"]>("accepted", "manual", "overridden", "rejected"),
      locked: fc.boolean(),
      suggestedTitle: fc.constantFrom(null, "produced-by", "edited-by"),
    });
    const suggestionArb = fc.record({
      personId: fc.constantFrom(...PEOPLE),
      title: fc.constantFrom("produced-by", "edited-by", "directed-by", "executive-producer"),
      confidence: fc.constantFrom("high" as const, "medium" as const),
      score: fc.constantFrom(0.5, 0.9),
    });
    const rowArb: fc.Arbitrary<CreditHistoryRow> = fc.record({
      projectId: fc.constantFrom("p1", "p2", "p3"),
      projectTitle: fc.constantFrom("Film", "Other film"),
      personId: fc.constantFrom(...PEOPLE),
      title: fc.constantFrom("Producer", "Produced by", "Editor", "Gaffer", "gaffer"),
      personName: fc.constantFrom(...NAMES),
    });
    fc.assert(
      fc.property(fc.array(creditArb, { maxLength: 12 }), fc.array(suggestionArb, { maxLength: 12 }), fc.array(rowArb, { maxLength: 20 }), fc.integer(), (credits, suggestions, rows, seed) => {
        // Credit ids are unique in the database.
        const unique = [...new Map(credits.map((c) => [c.id, c])).values()];
        const people = PEOPLE.map((id, i) => ({ id, name: NAMES[i] as string }));
        expect(truthCheck(shuffle(people, seed), shuffle(unique, seed + 1), shuffle(suggestions, seed + 2))).toEqual(truthCheck(people, unique, suggestions));
        expect(creditHistory(shuffle(rows, seed))).toEqual(creditHistory(rows));
      }),
      { numRuns: 150 },
    );
  });
});
