import { describe, expect, it } from "vitest";
import { suggestCredits, type EngineInput } from "@/lib/credits/engine";
import { entry, project } from "./fixtures";

const kinds = (input: EngineInput, kind: string) => suggestCredits(input).findings.filter((f) => f.kind === kind);

describe("titleWithoutWork (via suggestCredits)", () => {
  it("reports a held title no entry supports, and says locked when locked", () => {
    const input = project([entry("a", "hiring-crew", "pre-production")], {
      people: [{ id: "a", name: "Ann" }, { id: "b", name: "Bo" }],
      credits: [
        { personId: "a", title: "Produced by", status: "accepted" },
        { personId: "a", title: "Directed by", status: "manual" },
        { personId: "b", title: "Executive Producer", status: "locked" },
      ],
    });
    const f = kinds(input, "title-without-work");
    expect(f.map((x) => [x.personIds[0], x.title])).toEqual([["a", "Directed by"], ["b", "Executive Producer"]]);
    expect(f[1]?.message).toContain("locked");
  });
});

describe("workWithoutTitle (via suggestCredits)", () => {
  const lots = ["hiring-crew", "scheduling", "budgeting", "locking-locations", "securing-equipment", "choosing-key-team", "keeping-on-track", "cast-communication", "logistics", "daily-reports"];
  const withEntries = (n: number, hours = 0) =>
    project([
      ...lots.map((id) => entry("p", id, "production")),
      ...Array.from({ length: n }, () => entry("w", "scheduling", "production", "supporting", { effortHours: hours })),
    ]);
  it("substantialWorkEntries: 4 → none, 5 → finding, 6 → finding", () => {
    expect(kinds(withEntries(4), "work-without-title")).toHaveLength(0);
    expect(kinds(withEntries(5), "work-without-title").map((f) => f.personIds)).toEqual([["w"]]);
    expect(kinds(withEntries(6), "work-without-title")).toHaveLength(1);
  });
  it("substantialWorkHours: 39 → none, 40 → finding", () => {
    expect(kinds(withEntries(1, 39), "work-without-title")).toHaveLength(0);
    expect(kinds(withEntries(1, 40), "work-without-title")).toHaveLength(1);
  });
  it("a held producing title silences it", () => {
    const input = { ...withEntries(5), credits: [{ personId: "w", title: "Assistant Producer", status: "manual" as const }] };
    expect(kinds(input, "work-without-title")).toHaveLength(0);
  });
});

describe("uncoveredFunctions (via suggestCredits)", () => {
  it("lists producing functions of the stages reached that nobody logged; no work → none", () => {
    const ids = kinds(project([entry("a", "hiring-crew", "post-production")]), "uncovered-function").flatMap((f) => f.responsibilityIds);
    expect(ids).not.toContain("hiring-crew");
    expect(ids.length).toBeGreaterThan(0);
    expect(kinds(project([]), "uncovered-function")).toEqual([]);
  });
});

describe("tooManyExecutiveProducers (via suggestCredits)", () => {
  it("reports held EPs the work does not explain", () => {
    const base = project([entry("e", "securing-financing", "development", "lead", { amountRaised: 300 })], {
      budget: { amount: 1000, currency: "USD" },
      people: [{ id: "e", name: "E" }, { id: "x", name: "X" }],
    });
    const one = { ...base, credits: [{ personId: "e", title: "Executive Producer", status: "accepted" as const }] };
    expect(kinds(one, "too-many-executive-producers")).toHaveLength(0);
    const two = { ...base, credits: [...one.credits, { personId: "x", title: "executive-producer", status: "manual" as const }] };
    expect(kinds(two, "too-many-executive-producers").map((f) => f.personIds)).toEqual([["x"]]);
  });
});

describe("tooManyProducedBy (via suggestCredits)", () => {
  const held = (n: number) =>
    project([], {
      credits: Array.from({ length: n }, (_, i) => ({ personId: `p${i}`, title: "Produced by", status: "accepted" as const })),
    });
  it("maxProducedBy: 3 → none, 4 → warning", () => {
    expect(kinds(held(3), "too-many-produced-by")).toHaveLength(0);
    expect(kinds(held(4), "too-many-produced-by")[0]?.personIds).toEqual(["p0", "p1", "p2", "p3"]);
  });
});

describe("singlePointOfFailure (via suggestCredits)", () => {
  const spof = (mine: number, theirs: number) => {
    const ids = ["hiring-crew", "scheduling", "budgeting", "logistics", "daily-reports", "locking-locations", "securing-equipment", "keeping-on-track"];
    return project([
      ...ids.slice(0, mine).map((id) => entry("a", id, "production")),
      ...ids.slice(mine, mine + theirs).map((id) => entry("b", id, "production")),
    ]);
  };
  it("singlePointOfFailureShare: 5/7 (71%) → none, 3/4 → info, 4/5 → info", () => {
    expect(kinds(spof(5, 2), "single-point-of-failure")).toHaveLength(0);
    expect(kinds(spof(3, 1), "single-point-of-failure")[0]?.severity).toBe("info");
    expect(kinds(spof(4, 1), "single-point-of-failure")).toHaveLength(1);
  });
  it("singlePointOfFailureMinFunctions: 2 covered → not judged; 3 → judged", () => {
    expect(kinds(spof(2, 0), "single-point-of-failure")).toHaveLength(0);
    expect(kinds(spof(3, 0), "single-point-of-failure")).toHaveLength(1);
  });
});
