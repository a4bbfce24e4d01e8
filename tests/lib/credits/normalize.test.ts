import { describe, expect, it } from "vitest";
import { suggestCredits, type EngineInput, type WorkEntryInput } from "@/lib/credits/engine";
import { buildProfiles } from "@/lib/credits/columns/profiles";
import { normalizeInput } from "@/lib/credits/normalize";
import { resolveThresholds } from "@/lib/credits/thresholds";
import { RESPONSIBILITIES } from "@/lib/work/taxonomy";
import { entry, project, shuffled } from "./fixtures";

/** The unrounded sums the engine takes per person: hours and amount over their entries, amount per function. */
function rawSums(input: EngineInput) {
  const clean = normalizeInput(input);
  const x = buildProfiles(clean.work, clean.responsibilityList, clean.people.length, resolveThresholds());
  const { hours, amount, start } = clean.work;
  return clean.people.map((person, p) => {
    let h = 0;
    let a = 0;
    for (let k = start[p] as number; k < (start[p + 1] as number); k++) {
      h += hours[k] as number;
      a += amount[k] as number;
    }
    return { person: person.id, h, a, functions: [...x.fnAmountRaised.subarray(x.fnStart[p], x.fnStart[p + 1])] };
  });
}

describe("normalizeInput: the project", () => {
  it("reads the kind and the not-needed marks; anything else reads as none", () => {
    const clean = normalizeInput(project([], { project: { kind: "short" }, notApplicable: ["permits", 3 as unknown as string, "payroll"] }));
    expect(clean.kind).toBe("short");
    expect([...clean.notApplicable]).toEqual(["permits", "payroll"]);
    expect(normalizeInput(project([], { project: { kind: "" } })).kind).toBeNull();
    expect(normalizeInput({ ...project([]), project: 5 } as unknown as EngineInput).kind).toBeNull();
    expect(normalizeInput({ ...project([]), notApplicable: "permits" } as unknown as EngineInput).notApplicable.size).toBe(0);
  });
});

describe("normalizeInput: the work table", () => {
  it("keeps valid entries only, grouped by person in id order of people", () => {
    const input = project([entry("b", "writing", "development"), entry("a", "directing", "production"), entry("b", "no-such", "development")]);
    const { people, work } = normalizeInput(input);
    expect(people.map((p) => p.id)).toEqual(["a", "b"]);
    expect([...work.start]).toEqual([0, 1, 2]);
    expect(work.ids[work.row[0] as number]).toBe(input.entries[1]?.id);
  });

  it("sorts a person's entries by id when their numbers do not sum exactly (0.1 hours), not otherwise", () => {
    const ids = ["e9", "e3", "e7", "e1"];
    const rows = (hours: number) =>
      ids.map((id, i): WorkEntryInput => ({ id, personId: "a", responsibilityId: "scheduling", stage: "production", degree: "lead", effortHours: hours * (i + 1) }));
    const order = (input: EngineInput) => {
      const { work } = normalizeInput(input);
      return [...work.row].map((r) => work.ids[r]);
    };
    expect(order(project(rows(0.1)))).toEqual(["e1", "e3", "e7", "e9"]);
    expect(order(project(rows(0.5)))).toEqual(ids); // halves sum exactly in any order: input order kept
  });

  it("takes every sum in the same order whatever the input order, with inexact and huge numbers", () => {
    const entries: WorkEntryInput[] = Array.from({ length: 60 }, (_, i) => ({
      id: `x${(i * 37) % 61}-${i}`,
      personId: i % 3 === 0 ? "a" : i % 3 === 1 ? "b" : "c",
      responsibilityId: i % 2 ? "securing-financing" : "fundraising",
      stage: "development",
      degree: "lead",
      // a: non-dyadic (0.1 steps); b: integers whose total passes 2^43; c: exact halves.
      effortHours: i % 3 === 0 ? 0.1 * i : i % 3 === 1 ? 2 ** 41 + i : i / 2,
      amountRaised: i % 3 === 0 ? 0.1 * (i + 1) + 1e9 : i % 3 === 1 ? 2 ** 42 + 2 * i + 1 : 1000 + i / 2,
    }));
    const input = project(entries);
    const expected = rawSums(input);
    for (let seed = 0; seed < 25; seed++) {
      expect(rawSums({ ...input, entries: shuffled(entries, seed), people: shuffled(input.people, seed) })).toEqual(expected);
    }
  });
});

describe("suggestCredits: repeated entry ids", () => {
  it("finds a repeat among ids that differ only in the middle (same first and last characters)", () => {
    const entries = (repeat: boolean): WorkEntryInput[] =>
      Array.from({ length: 3000 }, (_, i) => ({
        id: `entry-${String(repeat && i === 2999 ? 17 : i).padStart(5, "0")}-log`,
        personId: "a",
        responsibilityId: "scheduling",
        stage: "production",
        degree: "lead",
      }));
    expect(normalizeInput(project(entries(false))).work.ids).toHaveLength(3000);
    const { work } = normalizeInput(project(entries(true)));
    expect(work.start[1]).toBe(2999);
  });

  it("keeps the smallest serialisation of an id logged for two people, whatever the order", () => {
    const a = { id: "dup", personId: "a", responsibilityId: "writing", stage: "development", degree: "lead" } as const;
    const b = { id: "dup", personId: "b", responsibilityId: "directing", stage: "production", degree: "lead" } as const;
    const people = [{ id: "a", name: "A" }, { id: "b", name: "B" }];
    for (const entries of [[a, b], [b, a]]) {
      const out = suggestCredits({ budget: { amount: null, currency: "USD" }, people, responsibilities: RESPONSIBILITIES, entries });
      expect(out.suggestions.map((s) => [s.personId, s.title, s.reasons[0]?.entryIds])).toEqual([["a", "written-by", ["dup"]]]);
    }
  });

  it("keeps one entry per id for the same person (the smallest), so a repeat is not counted twice", () => {
    const e = (degree: "lead" | "supporting", hours: number): WorkEntryInput => ({ id: "same", personId: "a", responsibilityId: "scheduling", stage: "production", degree, effortHours: hours });
    for (const entries of [[e("supporting", 50), e("lead", 1)], [e("lead", 1), e("supporting", 50)]]) {
      const out = suggestCredits(project(entries));
      expect(out.stats.byPerson.a).toMatchObject({ producingFunctions: 1, stageCoverage: 20 });
    }
  });
});
