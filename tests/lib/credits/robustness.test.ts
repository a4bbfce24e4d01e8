import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { suggestCredits, type EngineInput, type WorkEntryInput } from "@/lib/credits/engine";
import { referenceSuggestCredits } from "@/lib/credits/reference";
import { RESPONSIBILITIES, WORK_STAGES } from "@/lib/work/taxonomy";
import { entry, project, shuffled } from "./fixtures";

describe("suggestCredits: edge inputs", () => {
  it("no work, no people, no budget → empty output", () => {
    const out = suggestCredits({ budget: { amount: null, currency: "USD" }, people: [], responsibilities: RESPONSIBILITIES, entries: [] });
    expect(out).toEqual({ suggestions: [], findings: [], stats: { producingFunctions: 0, coveredFunctions: 0, beyondPhysicalProduction: false, byPerson: {} } });
  });
  it("one person doing one thing", () => {
    const out = suggestCredits(project([entry("a", "directing", "production")]));
    expect(out.suggestions.map((s) => s.title)).toEqual(["directed-by"]);
  });
  it("negative, NaN and infinite amounts/effort are ignored, not thrown on", () => {
    const input = project(
      [
        entry("a", "securing-financing", "development", "lead", { amountRaised: -500, effortHours: NaN }),
        entry("a", "fundraising", "development", "lead", { amountRaised: NaN, effortHours: -3 }),
        entry("a", "bringing-investors", "development", "lead", { amountRaised: Infinity }),
      ],
      { budget: { amount: NaN, currency: "not a currency" } },
    );
    const out = suggestCredits(input);
    expect(out.stats.byPerson.a?.amountRaised).toBe(0);
    expect(out.suggestions.find((s) => s.title === "executive-producer")?.confidence).toBe("low");
  });
  it("garbage rows are skipped", () => {
    const bad = {
      budget: null,
      people: [null, { id: "a" }, 3],
      responsibilities: [...RESPONSIBILITIES, null, { id: "x", lane: "nope" }],
      entries: [null, { id: "1" }, { ...entry("a", "writing", "development"), degree: "huge" }, entry("ghost", "writing", "development"), entry("a", "no-such", "development"), entry("a", "writing", "development")],
      credits: [null, { personId: "a" }],
      thresholds: { producerMajority: "x" },
      project: "feature",
      notApplicable: [null, 3, "writing"],
    } as unknown as EngineInput;
    expect(suggestCredits(bad).suggestions.map((s) => [s.personId, s.title])).toEqual([["a", "written-by"]]);
    expect(() => suggestCredits(undefined as unknown as EngineInput)).not.toThrow();
  });
  it("one person with 150,000 entries on one function and stage: both engines, no stack overflow, the same output", () => {
    const entries = Array.from({ length: 150_000 }, (_, i): WorkEntryInput => ({ id: `e${i}`, personId: "a", responsibilityId: "scheduling", stage: "production", degree: "lead" }));
    const input = project(entries);
    const out = suggestCredits(input);
    expect(out.suggestions.map((s) => s.title)).toEqual(["produced-by"]);
    expect(referenceSuggestCredits(input)).toEqual(out);
  }, 30_000);
  it("5,000 people returns without throwing", () => {
    const ids = RESPONSIBILITIES.map((r) => r.id);
    const entries: WorkEntryInput[] = [];
    for (let i = 0; i < 5000; i++) {
      for (let j = 0; j < 3; j++) {
        entries.push({ id: `e${i}-${j}`, personId: `p${i}`, responsibilityId: ids[(i * 7 + j * 13) % ids.length] as string, stage: WORK_STAGES[(i + j) % 5] as (typeof WORK_STAGES)[number], degree: j === 0 ? "lead" : "supporting", effortHours: i % 50 });
      }
    }
    const out = suggestCredits(project(entries, { budget: { amount: 1_000_000, currency: "USD" } }));
    expect(Object.keys(out.stats.byPerson)).toHaveLength(5000);
  });
});

const arbEntry = (people: string[]) =>
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    personId: fc.constantFrom(...people),
    responsibilityId: fc.constantFrom(...RESPONSIBILITIES.map((r) => r.id)),
    stage: fc.constantFrom(...WORK_STAGES),
    degree: fc.constantFrom("lead" as const, "equal" as const, "supporting" as const),
    effortHours: fc.option(fc.double({ min: -10, max: 100 })),
    amountRaised: fc.option(fc.double({ min: -1000, max: 1e6 })),
  });

const arbInput = fc
  .record({
    entries: fc.array(arbEntry(["a", "b", "c", "d"]), { maxLength: 40 }),
    budget: fc.option(fc.double({ min: -10, max: 2e6 })),
    kind: fc.constantFrom("feature", "short", "series", null),
    notApplicable: fc.subarray(["permits", "payroll", "fundraising", "tax-incentives"]),
    credits: fc.array(
      fc.record({
        personId: fc.constantFrom("a", "b", "c", "d", "z"),
        title: fc.constantFrom("Produced by", "Executive Producer", "Co-Executive Producer", "Line Producer", "Directed by", "A Film by", "Grip"),
        status: fc.constantFrom("accepted" as const, "manual" as const, "locked" as const),
      }),
      { maxLength: 6 },
    ),
  })
  .map(
    ({ entries, budget, kind, notApplicable, credits }): EngineInput => ({
      budget: { amount: budget, currency: "USD" },
      project: { kind },
      notApplicable,
      people: ["a", "b", "c", "d"].map((id) => ({ id, name: id })),
      responsibilities: RESPONSIBILITIES,
      entries,
      credits,
    }),
  );

describe("suggestCredits: properties", () => {
  it("is deterministic", () => {
    fc.assert(fc.property(arbInput, (input) => {
        expect(suggestCredits(input)).toEqual(suggestCredits(input));
      }), { numRuns: 100 });
  });
  it("does not depend on the order of entries, people, responsibilities or credits", () => {
    fc.assert(
      fc.property(arbInput, fc.nat(), (input, seed) => {
        const shuffle = <T,>(xs: readonly T[]) => shuffled(xs, seed);
        const reordered: EngineInput = {
          ...input,
          entries: shuffle(input.entries),
          people: shuffle(input.people),
          responsibilities: shuffle(input.responsibilities),
          credits: shuffle(input.credits ?? []),
          notApplicable: shuffle(input.notApplicable ?? []),
        };
        expect(suggestCredits(reordered)).toEqual(suggestCredits(input));
      }),
      { numRuns: 150 },
    );
  });
});
