import { describe, expect, it } from "vitest";
import type { Degree, WorkEntryInput } from "@/lib/credits/types";
import { hatsMatrix, isFiltered, MATRIX_PAGE_SIZE, matrixOptions, matrixQueryString, parseMatrixQuery, personWork, prepareReview, type ReviewInput } from "@/lib/review";
import { concentrationThresholdSchema } from "@/lib/validation/work";
import { customResponsibility, RESPONSIBILITIES, type WorkStage } from "@/lib/work/taxonomy";

let seq = 0;
function e(personId: string, responsibilityId: string, stage: WorkStage, degree: Degree = "lead", effortHours: number | null = null): WorkEntryInput {
  seq += 1;
  return { id: `p${String(seq).padStart(5, "0")}`, personId, responsibilityId, stage, degree, effortHours };
}

const drone = customResponsibility({ name: "Drone permits", lane: "execution" });

function film(): ReviewInput {
  return {
    people: [
      { id: "maya", name: "Maya Okafor", departments: ["Production"] },
      { id: "idle", name: "Idle Person", departments: ["Camera"] },
    ],
    responsibilities: [...RESPONSIBILITIES, drone],
    entries: [
      e("maya", "directing", "production", "lead", 100),
      e("maya", "directing", "pre-production", "supporting", 20),
      e("maya", "budgeting", "pre-production", "equal"),
      e("maya", "editing", "post-production", "supporting", 30),
      e("maya", drone.id, "pre-production", "supporting", 2),
      e("ghost", "editing", "post-production", "lead", 5),
    ],
  };
}

describe("personWork", () => {
  it("sums one person's work by lane (strongest degree per function, stages in order) and by stage", () => {
    const w = personWork(film(), "maya")!;
    expect([w.hats, w.entries, w.hours]).toEqual([4, 5, 152]);
    // 3×100 + 1×20 + 2×1 (no hours counts as one) + 1×30 + 1×2
    expect(w.weight).toBe(354);
    const creative = w.lanes.find((l) => l.lane === "creative")!;
    expect(creative.functions.find((f) => f.id === "directing")).toMatchObject({ degree: "lead", symbol: "L", hours: 120, entries: 2, stages: ["pre-production", "production"] });
    const execution = w.lanes.find((l) => l.lane === "execution")!;
    expect(execution.functions.map((f) => f.id)).toEqual(["budgeting", drone.id]);
    expect(execution.functions[0]).toMatchObject({ degree: "equal", hours: 0 });
    expect(w.lanes.map((l) => l.lane)).toEqual(["opportunity", "execution", "creative", "post", "other"]);
    expect(w.lanes.find((l) => l.lane === "opportunity")).toMatchObject({ hats: 0, entries: 0, functions: [] });
    const pre = w.stages.find((s) => s.stage === "pre-production")!;
    expect([pre.hats, pre.entries, pre.hours, pre.weight]).toEqual([3, 3, 22, 24]);
    expect(w.stages.map((s) => s.entries)).toEqual([0, 3, 1, 1, 0]);
  });

  it("gives zeros for someone on the roster without work, and null for someone not on the project", () => {
    const data = prepareReview(film());
    const idle = personWork(data, "idle")!;
    expect([idle.hats, idle.entries, idle.weight]).toEqual([0, 0, 0]);
    expect(idle.departments).toEqual(["Camera"]);
    expect(personWork(data, "nobody")).toBeNull();
    // work logged for an id not among the people is ignored, as by the engine
    expect(personWork(data, "ghost")).toBeNull();
    expect(personWork({ people: [], responsibilities: [], entries: [] }, "maya")).toBeNull();
  });
});

describe("matrix query (search params)", () => {
  it("reads filters, sort, direction and page, dropping unknown values", () => {
    const q = parseMatrixQuery({ stage: ["production", "nope"], lane: "creative", dept: ["  Camera  ", "Camera", ""], producing: "1", sort: "effort", dir: "asc", page: "3" });
    expect(q).toEqual({ stages: ["production"], lanes: ["creative"], departments: ["Camera"], producingOnly: true, sort: "effort", direction: "asc", page: 3 });
    expect(isFiltered(q)).toBe(true);
    expect(parseMatrixQuery({ sort: "shoe size", dir: "sideways", page: "-2" })).toEqual({ stages: [], lanes: [], departments: [], producingOnly: false, sort: "hats", direction: null, page: 1 });
    expect(parseMatrixQuery(new URLSearchParams("page=abc&producing=yes")).page).toBe(1);
    expect(isFiltered(parseMatrixQuery({}))).toBe(false);
  });

  it("round-trips through the query string, omitting defaults", () => {
    const q = parseMatrixQuery({ stage: ["production", "development"], dept: "Art & Props", sort: "name", page: "2" });
    const s = matrixQueryString(q);
    expect(s).toBe("?stage=development&stage=production&dept=Art+%26+Props&sort=name&page=2");
    expect(parseMatrixQuery(new URLSearchParams(s.slice(1)))).toEqual(q);
    expect(matrixQueryString(parseMatrixQuery({}))).toBe("");
    expect(matrixQueryString(q, { page: 1, sort: "hats" })).toBe("?stage=development&stage=production&dept=Art+%26+Props");
  });

  it("pages the matrix by MATRIX_PAGE_SIZE, or exports every row", () => {
    const people = Array.from({ length: 250 }, (_, i) => ({ id: `p${String(i).padStart(3, "0")}`, name: `Person ${i}` }));
    const input: ReviewInput = { people, responsibilities: RESPONSIBILITIES, entries: people.map((p) => e(p.id, "editing", "post-production")) };
    const q = parseMatrixQuery({ page: "3" });
    const page = hatsMatrix(input, matrixOptions(q));
    expect([page.offset, page.rows.length, page.total]).toEqual([2 * MATRIX_PAGE_SIZE, 250 - 2 * MATRIX_PAGE_SIZE, 250]);
    expect(hatsMatrix(input, matrixOptions(q, false)).rows).toHaveLength(250);
  });
});

describe("concentration threshold setting", () => {
  it("takes a percentage from 1 to 100 and stores a share", () => {
    expect(concentrationThresholdSchema.parse({ concentration: "50" })).toEqual({ concentration: 0.5 });
    expect(concentrationThresholdSchema.parse({ concentration: " 62.5 % " })).toEqual({ concentration: 0.625 });
    expect(concentrationThresholdSchema.parse({ concentration: "100" })).toEqual({ concentration: 1 });
    expect(concentrationThresholdSchema.parse({ concentration: "1" })).toEqual({ concentration: 0.01 });
  });
  it("refuses what isn't a percentage in range, with a message", () => {
    for (const bad of ["0", "0.5", "101", "-5", "half", ""]) {
      const r = concentrationThresholdSchema.safeParse({ concentration: bad });
      expect(r.success, bad).toBe(false);
    }
    const r = concentrationThresholdSchema.safeParse({ concentration: "150" });
    expect(r.error?.issues[0]?.message).toBe("Must be between 1 and 100%.");
  });
});
