import { describe, expect, it } from "vitest";
import type { Degree, WorkEntryInput } from "@/lib/credits/types";
import { cellOf, hatsMatrix, prepareReview, type ReviewInput } from "@/lib/review";
import { customResponsibility, RESPONSIBILITIES, type WorkStage } from "@/lib/work/taxonomy";

let seq = 0;
function e(personId: string, responsibilityId: string, stage: WorkStage, degree: Degree = "lead", effortHours: number | null = null): WorkEntryInput {
  seq += 1;
  return { id: `e${String(seq).padStart(5, "0")}`, personId, responsibilityId, stage, degree, effortHours };
}

const drone = customResponsibility({ name: "Drone permits", lane: "execution" });

function film(): ReviewInput {
  return {
    people: [
      { id: "maya", name: "Maya Okafor", departments: ["Production", "Directing"] },
      { id: "sam", name: "Sam Lee", departments: ["Editorial"] },
      { id: "ana", name: "Ana Ruiz", departments: ["Production"] },
      { id: "idle", name: "Idle Person", departments: ["Camera"] },
    ],
    responsibilities: [...RESPONSIBILITIES, drone],
    entries: [
      e("maya", "directing", "production", "lead", 100),
      e("maya", "directing", "pre-production", "equal", 20),
      e("maya", "budgeting", "pre-production", "supporting", 5),
      e("maya", "editing", "post-production", "equal", 30),
      e("sam", "editing", "post-production", "lead", 200),
      e("sam", "editing", "production", "supporting", 10),
      e("ana", "securing-financing", "development", "lead", 40),
      e("ana", drone.id, "pre-production", "lead", 3),
    ],
  };
}

describe("hatsMatrix: aggregation", () => {
  it("counts hats, effort, entries and lanes per person, and builds cells with the strongest degree", () => {
    const m = hatsMatrix(film());
    expect(m.total).toBe(3);
    expect(m.rows.map((r) => [r.personId, r.hats, r.effortHours, r.entries])).toEqual([
      ["maya", 3, 155, 4],
      ["ana", 2, 43, 2],
      ["sam", 1, 210, 2],
    ]);
    const maya = m.rows[0]!;
    expect(maya.lanes).toEqual(["execution", "creative", "post"]);
    expect(cellOf(maya, "directing")).toEqual({ responsibilityId: "directing", degree: "lead", symbol: "L", hours: 120, entries: 2, stages: ["pre-production", "production"] });
    expect(maya.cells.map((c) => c.responsibilityId)).toEqual(["budgeting", "directing", "editing"]);
    expect(maya.departments).toEqual(["Directing", "Production"]);
    expect(m.totals).toEqual({ people: 3, hours: 408, entries: 8 });
    expect(m.empty).toBeNull();
  });

  it("lists only columns with work, grouped by lane, custom responsibilities in their mapped lane", () => {
    const m = hatsMatrix(film());
    expect(m.columns.map((c) => c.id)).toEqual(["securing-financing", "budgeting", drone.id, "directing", "editing"]);
    expect(m.groups.map((g) => [g.lane, g.columns.length])).toEqual([
      ["opportunity", 1],
      ["execution", 2],
      ["creative", 1],
      ["post", 1],
    ]);
    const editing = m.columns.find((c) => c.id === "editing")!;
    expect([editing.people, editing.hours, editing.entries]).toEqual([2, 240, 3]);
    expect(m.columns.find((c) => c.id === drone.id)?.custom).toBe(true);
  });

  it("lists every function with allColumns, and idle people on request", () => {
    const m = hatsMatrix(film(), { allColumns: true, includePeopleWithoutWork: true });
    expect(m.columns).toHaveLength(RESPONSIBILITIES.length + 1);
    expect(m.total).toBe(4);
    expect(m.rows.at(-1)).toMatchObject({ personId: "idle", hats: 0, cells: [], lanes: [] });
    expect(m.totals.people).toBe(3);
  });
});

describe("hatsMatrix: filters", () => {
  it("filters by stage: cells, hats and effort only count work at those stages", () => {
    const m = hatsMatrix(film(), { stages: ["post-production"] });
    expect(m.rows.map((r) => [r.personId, r.hats, r.effortHours])).toEqual([
      ["maya", 1, 30],
      ["sam", 1, 200],
    ]);
    expect(m.columns.map((c) => c.id)).toEqual(["editing"]);
    expect(m.filters.stages).toEqual(["post-production"]);
  });

  it("filters by lane and producing functions", () => {
    expect(hatsMatrix(film(), { lanes: ["creative", "post"] }).rows.map((r) => r.personId)).toEqual(["maya", "sam"]);
    expect(hatsMatrix(film(), { producingOnly: true }).columns.map((c) => c.id)).toEqual(["securing-financing", "budgeting", drone.id]);
  });

  it("filters by department, case- and accent-insensitively", () => {
    expect(hatsMatrix(film(), { departments: ["  production "] }).rows.map((r) => r.personId)).toEqual(["maya", "ana"]);
    expect(hatsMatrix(film(), { departments: ["EDITÓRIAL"] }).rows.map((r) => r.personId)).toEqual(["sam"]);
    const none = hatsMatrix(film(), { departments: ["Catering"] });
    expect([none.total, none.empty]).toEqual([0, "filtered-out"]);
  });

  it("ignores unknown stages and lanes (no filter rather than an empty view)", () => {
    const m = hatsMatrix(film(), { stages: ["nope" as WorkStage], lanes: [] });
    expect(m.total).toBe(3);
    expect(m.filters.stages).toEqual([]);
  });
});

describe("hatsMatrix: sorting and paging", () => {
  it("sorts by effort, by name, and in either direction", () => {
    expect(hatsMatrix(film(), { sort: "effort" }).rows.map((r) => r.personId)).toEqual(["sam", "maya", "ana"]);
    expect(hatsMatrix(film(), { sort: "name" }).rows.map((r) => r.personId)).toEqual(["ana", "maya", "sam"]);
    expect(hatsMatrix(film(), { sort: "name", direction: "desc" }).rows.map((r) => r.personId)).toEqual(["sam", "maya", "ana"]);
    expect(hatsMatrix(film(), { sort: "hats", direction: "asc" }).rows.map((r) => r.personId)).toEqual(["sam", "ana", "maya"]);
  });

  it("sorts names naturally: numbers as numbers", () => {
    const numbered: ReviewInput = {
      people: [1017, 102, 2].map((n) => ({ id: `p${n}`, name: `Crew Person ${n}`, departments: [] })),
      responsibilities: RESPONSIBILITIES,
      entries: [1017, 102, 2].map((n) => e(`p${n}`, "editing", "post-production")),
    };
    expect(hatsMatrix(numbered, { sort: "name" }).rows.map((r) => r.name)).toEqual(["Crew Person 2", "Crew Person 102", "Crew Person 1017"]);
  });

  it("breaks ties by name, then id", () => {
    const input: ReviewInput = {
      people: [
        { id: "b", name: "Zoë" },
        { id: "a", name: "Zoe" },
        { id: "c", name: "zoe" },
        { id: "d", name: "Adam" },
      ],
      responsibilities: RESPONSIBILITIES,
      entries: ["a", "b", "c", "d"].map((p) => e(p, "budgeting", "production")),
    };
    // "Zoë", "Zoe" and "zoe" fold alike; then code-unit order of the name ("Zoe" < "Zoë" < "zoe").
    expect(hatsMatrix(input).rows.map((r) => r.personId)).toEqual(["d", "a", "b", "c"]);
    expect(hatsMatrix(input, { sort: "effort" }).rows.map((r) => r.personId)).toEqual(["d", "a", "b", "c"]);
  });

  it("pages with offset and limit and reports the total", () => {
    const page = hatsMatrix(film(), { offset: 1, limit: 1 });
    expect([page.total, page.offset, page.limit, page.rows.map((r) => r.personId)]).toEqual([3, 1, 1, ["ana"]]);
    expect(hatsMatrix(film(), { offset: 99 }).rows).toEqual([]);
    expect(hatsMatrix(film(), { offset: -5, limit: Number.NaN }).rows).toHaveLength(3);
    expect(hatsMatrix(film(), { limit: 0 }).rows).toEqual([]);
  });

  it("pages 5,000 people without building every row", () => {
    const people = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
    const entries = people.flatMap((p, i) => [e(p.id, RESPONSIBILITIES[i % 40]!.id, "production"), e(p.id, RESPONSIBILITIES[(i + 1) % 40]!.id, "development")]);
    const m = hatsMatrix({ people, responsibilities: RESPONSIBILITIES, entries }, { limit: 50, offset: 4990 });
    expect([m.total, m.rows.length]).toEqual([5000, 10]);
  });
});

describe("hatsMatrix: edge cases", () => {
  it("a project with no work is an empty view that says so", () => {
    const m = hatsMatrix({ people: [{ id: "a", name: "A" }], responsibilities: RESPONSIBILITIES, entries: [] });
    expect([m.total, m.rows, m.columns, m.empty]).toEqual([0, [], [], "no-work"]);
  });

  it("one person", () => {
    const m = hatsMatrix({ people: [{ id: "solo", name: "Solo" }], responsibilities: RESPONSIBILITIES, entries: [e("solo", "writing", "development"), e("solo", "directing", "production")] });
    expect(m.rows.map((r) => [r.personId, r.hats])).toEqual([["solo", 2]]);
  });

  it("ignores unknown people, responsibilities, stages and degrees, and bad hours", () => {
    const input = film();
    const entries = [
      ...input.entries,
      e("ghost", "directing", "production"),
      e("maya", "no-such-function", "production"),
      { ...e("maya", "casting", "production"), stage: "later" as WorkStage },
      { ...e("maya", "casting", "production"), degree: "boss" as Degree },
      e("sam", "color-grading", "post-production", "lead", Number.NaN),
      e("sam", "sound-post", "post-production", "lead", -4),
    ];
    const m = hatsMatrix({ ...input, entries });
    expect(m.rows.map((r) => r.personId)).toEqual(["maya", "sam", "ana"]);
    expect(m.rows.find((r) => r.personId === "sam")).toMatchObject({ hats: 3, effortHours: 210 });
    expect(m.rows.find((r) => r.personId === "maya")?.hats).toBe(3);
  });

  it("never throws on nonsense input", () => {
    for (const bad of [null, undefined, 42, "x", {}, { people: "no", entries: [null, 1, {}] }]) {
      expect(() => hatsMatrix(bad as unknown as ReviewInput, bad as never)).not.toThrow();
      expect(hatsMatrix(bad as unknown as ReviewInput).rows).toEqual([]);
    }
  });

  it("gives the same matrix from prepared data as from the raw input", () => {
    expect(hatsMatrix(prepareReview(film()), { sort: "effort" })).toEqual(hatsMatrix(film(), { sort: "effort" }));
  });
});
