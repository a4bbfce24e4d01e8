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
  it("one finding lists the producing functions of the stages reached that nobody logged; no work → none", () => {
    const found = kinds(project([entry("a", "hiring-crew", "post-production")]), "uncovered-functions");
    expect(found).toHaveLength(1);
    expect(found[0]?.id).toBe("uncovered-functions");
    expect(found[0]?.responsibilityIds).not.toContain("hiring-crew");
    expect(found[0]?.responsibilityIds.length).toBeGreaterThan(0);
    expect(found[0]?.message).toMatch(/^Nobody has logged \d+ producing functions a project like this one needs: /);
    expect(kinds(project([]), "uncovered-functions")).toEqual([]);
  });
  it("names one function in the singular", () => {
    const all = project([entry("a", "post-supervision", "post-production")]);
    const needed = kinds(all, "uncovered-functions")[0]!.responsibilityIds;
    const marked = kinds({ ...all, notApplicable: needed.slice(1) }, "uncovered-functions")[0]!;
    expect(marked.responsibilityIds).toEqual([needed[0]]);
    expect(marked.message).toMatch(/^Nobody has logged 1 producing function a project like this one needs: /);
  });
});

describe("titleNotExplained (via suggestCredits)", () => {
  it("a held producing title the work supports but the rules do not suggest; a suggested one is not flagged", () => {
    const input = project(
      [entry("x", "packaging-talent", "development"), entry("p", "hiring-crew", "development"), entry("p", "scheduling", "production")],
      {
        budget: { amount: 1000, currency: "USD" },
        credits: [
          { personId: "x", title: "Executive Producer", status: "accepted" },
          { personId: "p", title: "Line Producer", status: "locked" },
          { personId: "p", title: "Producer", status: "manual" },
        ],
      },
    );
    const f = kinds(input, "title-not-explained");
    expect(f.map((x) => [x.personIds, x.title])).toEqual([
      [["p"], "Line Producer"],
      [["x"], "Executive Producer"],
    ]);
    expect(f[0]?.message).toBe('P holds "Line Producer" (locked, so it stays until someone unlocks it), but the work log doesn\'t explain it: their logged producing work suggests Produced by');
    expect(f[1]?.message).toBe('X holds "Executive Producer", but the work log doesn\'t explain it: raised $0, 0% of the $1,000 budget (Executive Producer needs 25%, or 3 opportunity functions led or shared; 1 logged)');
  });
});

describe("duplicateTitle (via suggestCredits)", () => {
  it("the same title held three times, spelled three ways", () => {
    const input = project([entry("a", "directing", "production")], {
      credits: [
        { personId: "a", title: "Directed by", status: "accepted" },
        { personId: "a", title: "directed-by", status: "manual" },
        { personId: "a", title: "Director", status: "locked" },
      ],
    });
    const f = kinds(input, "duplicate-title");
    expect(f.map((x) => x.id)).toEqual(["duplicate-title:a:directed-by"]);
    expect(f[0]?.message).toBe('A holds "Directed by" 3 times ("Directed by", accepted; "Director", locked; "directed-by", manual): the credits bill it once, so reject or remove the extra one');
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
  /** A alone on `mine` functions, B alone on `theirs` others. */
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
  it("singlePointOfFailureMinFunctions: alone on 2 → not judged; on 3 → judged", () => {
    expect(kinds(spof(2, 0), "single-point-of-failure")).toHaveLength(0);
    expect(kinds(project([...spof(2, 0).entries, entry("b", "hiring-crew", "production")]), "single-point-of-failure")).toHaveLength(0);
    expect(kinds(spof(3, 1), "single-point-of-failure")).toHaveLength(1);
  });
  it("one person doing all the producing is not judged (nobody else could share it); functions someone shares do not count", () => {
    expect(kinds(spof(4, 0), "single-point-of-failure")).toHaveLength(0);
    const shared = project([...spof(4, 1).entries, entry("b", "hiring-crew", "production", "supporting"), entry("b", "scheduling", "production", "supporting")]);
    expect(kinds(shared, "single-point-of-failure")).toHaveLength(0); // 2 of 5 alone
  });
  it("names up to three of the functions, and says the rest", () => {
    const f = kinds(spof(5, 1), "single-point-of-failure")[0];
    expect(f?.message).toBe("A alone covers 5 of 6 producing functions (83%) that nobody else has logged: if they step away, nobody else knows managing the budget, daily production reports and hiring crew and the rest");
    expect(f?.responsibilityIds).toEqual(["budgeting", "daily-reports", "hiring-crew", "logistics", "scheduling"]);
  });
});
