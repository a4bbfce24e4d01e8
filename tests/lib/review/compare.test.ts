import { describe, expect, it } from "vitest";
import type { Degree, WorkEntryInput } from "@/lib/credits/types";
import { compareProjects, coverage, hatsMatrix, prepareReview, type ReviewInput } from "@/lib/review";
import { RESPONSIBILITIES, type WorkStage } from "@/lib/work/taxonomy";

let seq = 0;
function e(personId: string, responsibilityId: string, stage: WorkStage = "production", degree: Degree = "lead", effortHours = 10): WorkEntryInput {
  seq += 1;
  return { id: `x${seq}`, personId, responsibilityId, stage, degree, effortHours };
}
const people = [
  { id: "dir", name: "Dana Director" },
  { id: "p1", name: "Pat One" },
  { id: "p2", name: "Pia Two" },
  { id: "p3", name: "Paz Three" },
  { id: "x", name: "Xu Caster" },
];
const project = (entries: WorkEntryInput[]): ReviewInput => ({ people, responsibilities: RESPONSIBILITIES, entries });

const filmA = project([
  e("dir", "directing"),
  e("dir", "budgeting"),
  e("dir", "editing", "post-production"),
  e("x", "casting", "pre-production"),
  e("x", "music", "post-production"),
  e("p1", "scheduling"),
  e("p2", "scheduling"),
]);
const filmB = project([
  e("dir", "directing"),
  e("dir", "casting", "pre-production"),
  e("x", "casting", "pre-production"),
  e("p1", "budgeting"),
  e("p2", "budgeting"),
  e("p3", "editing", "post-production"),
  e("p1", "scheduling"),
]);

function side(title: string, input: ReviewInput) {
  const data = prepareReview(input);
  return { title, matrix: hatsMatrix(data), coverage: coverage(data) };
}

describe("compareProjects", () => {
  const result = compareProjects(side("Film A", filmA), side("Film B", filmB));

  it("says when one person's hats moved to several people, and when shared hats merged", () => {
    expect(result.moves.map((m) => [m.kind, m.personId, m.functions])).toEqual([
      ["split", "dir", ["budgeting", "editing"]],
      ["split", "x", ["casting"]],
      ["merged", "p1", ["scheduling"]],
    ]);
    expect(result.sentences).toContain("On Film A, Dana Director alone covered managing the budget and editing; on Film B those hats moved to three people (Pat One, Paz Three and Pia Two).");
    expect(result.sentences).toContain("On Film A, Xu Caster alone covered casting; on Film B that hat was shared by two people (Dana Director and Xu Caster).");
    expect(result.sentences).toContain("On Film A, organizing schedules was shared among two people (Pat One and Pia Two); on Film B Pat One covered it alone.");
  });

  it("lists hats gained and lost by people on both projects", () => {
    expect(result.people.map((p) => [p.personId, p.hatsA, p.hatsB, p.gained, p.lost])).toEqual([
      ["dir", 3, 2, ["casting"], ["budgeting", "editing"]],
      ["p1", 1, 2, ["budgeting"], []],
      ["p2", 1, 1, ["budgeting"], ["scheduling"]],
      ["x", 2, 1, [], ["music"]],
    ]);
    expect(result.sentences).toContain("Dana Director wore three hats on Film A and two hats on Film B: took on casting; gave up managing the budget and editing.");
  });

  it("lists functions covered on one project only, and compares concentration", () => {
    expect([result.coveredOnlyInA, result.coveredOnlyInB]).toEqual([["music"], []]);
    expect(result.sentences).toContain("Covered on Film A but by nobody on Film B: composing the music.");
    expect(result.sentences.at(-1)).toBe("The busiest person carried 33% of the producing work on Film A (Dana Director, Pat One and Pia Two) and 67% on Film B (Pat One).");
  });

  it("two empty projects: nothing to say, never an error", () => {
    const empty = side("Empty", project([]));
    expect(compareProjects(empty, empty)).toEqual({ sentences: [], moves: [], people: [], coveredOnlyInA: [], coveredOnlyInB: [] });
    expect(() => compareProjects(null as never, undefined as never)).not.toThrow();
  });

  it("is symmetric in content: swapping the projects swaps splits and merges", () => {
    const swapped = compareProjects(side("Film B", filmB), side("Film A", filmA));
    expect(swapped.moves.filter((m) => m.kind === "merged").map((m) => m.personId)).toEqual(["dir", "x"]);
    expect(swapped.coveredOnlyInB).toEqual(["music"]);
  });
});
