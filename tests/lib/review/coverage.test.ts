import { describe, expect, it } from "vitest";
import type { Degree, WorkEntryInput } from "@/lib/credits/types";
import { coverage, DEFAULT_CONCENTRATION_THRESHOLD, LEAD_WEIGHTS, MIN_ENTRY_HOURS, resolveConcentrationThreshold, type ReviewInput } from "@/lib/review";
import { customResponsibility, LANES, RESPONSIBILITIES, STAGE_WEIGHTS, WORK_STAGES, type Lane, type WorkStage } from "@/lib/work/taxonomy";

let seq = 0;
function e(personId: string, responsibilityId: string, stage: WorkStage, degree: Degree = "lead", effortHours: number | null = null): WorkEntryInput {
  seq += 1;
  return { id: `c${String(seq).padStart(5, "0")}`, personId, responsibilityId, stage, degree, effortHours };
}
const drone = customResponsibility({ name: "Drone permits", lane: "execution" });

function film(): ReviewInput {
  return {
    people: [
      { id: "maya", name: "Maya Okafor" },
      { id: "sam", name: "Sam Lee" },
      { id: "ana", name: "Ana Ruiz" },
    ],
    responsibilities: [...RESPONSIBILITIES, drone],
    entries: [
      e("maya", "directing", "production", "lead", 100), // 300
      e("maya", "directing", "pre-production", "equal", 20), // 40
      e("maya", "budgeting", "pre-production", "supporting", 5), // 5
      e("maya", "editing", "post-production", "equal", 30), // 60
      e("sam", "editing", "post-production", "lead", 200), // 600
      e("sam", "editing", "production", "supporting", 10), // 10
      e("ana", "securing-financing", "development", "lead", 40), // 120
      e("ana", drone.id, "pre-production", "lead", 3), // 9
    ],
  };
}

const cellAt = (c: ReturnType<typeof coverage>, stage: WorkStage, lane: Lane) => c.stages.find((s) => s.stage === stage)!.lanes.find((l) => l.lane === lane)!;

describe("coverage: per stage and lane", () => {
  it("weighs work as degree × hours, an entry without hours as one hour, and warns above the default threshold", () => {
    const two = (a: WorkEntryInput, b: WorkEntryInput): ReviewInput => ({ people: [{ id: "a", name: "A" }, { id: "b", name: "B" }], responsibilities: RESPONSIBILITIES, entries: [a, b] });
    const budget = (who: string, degree: Degree, hours: number | null) => e(who, "budgeting", "pre-production", degree, hours);
    // Lead without hours (3 × 1) against supporting for 2 hours (1 × 2): lead carries more…
    const lead = coverage(two(budget("a", "lead", null), budget("b", "supporting", 2))).concentration;
    expect(lead.top.map((p) => [p.personId, p.weight])).toEqual([["a", LEAD_WEIGHTS.lead * MIN_ENTRY_HOURS], ["b", LEAD_WEIGHTS.supporting * 2]]);
    // …supporting for 4 hours outweighs it; equal work for half an hour still counts a whole hour.
    expect(coverage(two(budget("a", "lead", null), budget("b", "supporting", 4))).concentration.busiest.map((p) => p.personId)).toEqual(["b"]);
    expect(coverage(two(budget("a", "equal", 0.5), budget("b", "equal", 1))).concentration.top.map((p) => p.weight)).toEqual([LEAD_WEIGHTS.equal, LEAD_WEIGHTS.equal]);
    // Without a threshold given, the default decides.
    const even = coverage(two(budget("a", "lead", 1), budget("b", "lead", 1))).concentration;
    expect(even).toMatchObject({ share: 0.5, threshold: DEFAULT_CONCENTRATION_THRESHOLD, warning: false });
    expect(coverage(two(budget("a", "lead", 2), budget("b", "lead", 1))).concentration.warning).toBe(0.666667 > DEFAULT_CONCENTRATION_THRESHOLD);
  });

  it("lists every PGA stage in stage order with its weight, and every lane in each, even where nothing was logged", () => {
    // Work in two stages only, logged latest stage first: the others must still be there, empty.
    const c = coverage({
      people: [{ id: "a", name: "A" }],
      responsibilities: RESPONSIBILITIES,
      entries: [e("a", "editing", "post-production", "lead", 2), e("a", "securing-financing", "development", "lead", 1)],
    });
    expect(c.stages.map((s) => s.stage)).toEqual([...WORK_STAGES]);
    expect(c.stages.map((s) => s.pgaWeight)).toEqual(WORK_STAGES.map((stage) => STAGE_WEIGHTS[stage]));
    for (const s of c.stages) expect(s.lanes.map((l) => l.lane), s.stage).toEqual([...LANES]);
    expect(c.stages.map((s) => s.all.weight)).toEqual([3, 0, 0, 6, 0]);
    expect(cellAt(c, "production", "execution")).toMatchObject({ people: 0, entries: 0, weight: 0, leaders: [] });
    expect(cellAt(c, "development", "opportunity").leaders.map((l) => l.personId)).toEqual(["a"]);
  });

  it("finds who leads each stage × lane by lead-weighted work, and how many share it", () => {
    const c = coverage(film());
    const post = cellAt(c, "post-production", "post");
    expect(post.leaders).toEqual([{ personId: "sam", name: "Sam Lee", weight: 600 }]);
    expect([post.people, post.entries, post.hours, post.weight]).toEqual([2, 2, 230, 660]);
    expect(cellAt(c, "production", "creative").leaders.map((l) => l.personId)).toEqual(["maya"]);
    expect(cellAt(c, "pre-production", "execution").leaders).toEqual([{ personId: "ana", name: "Ana Ruiz", weight: 9 }]);
    const pre = c.stages[1]!.all;
    expect([pre.leaders.map((l) => l.personId), pre.people]).toEqual([["maya"], 2]);
    expect(c.all.leaders.map((l) => l.personId)).toEqual(["sam"]);
    expect(c.lanes.find((l) => l.lane === "post")).toMatchObject({ label: "Post", people: 2, weight: 670 });
  });

  it("lists the functions of a stage × lane that nobody covers", () => {
    const c = coverage(film());
    const post = cellAt(c, "post-production", "post");
    expect(post.functions).toBe(9);
    expect(post.uncovered.map((f) => f.id)).toEqual(["post-supervision", "sound-post", "visual-effects", "color-grading", "music-supervision", "accessibility", "credits-and-billing", "delivery"]);
    // Editing is covered at production too; directing at pre-production but not post.
    expect(cellAt(c, "production", "post").uncovered.map((f) => f.id)).toEqual(["visual-effects"]);
    expect(cellAt(c, "post-production", "creative").uncovered.map((f) => f.id)).toEqual(["directing", "music"]);
    // The custom function counts in its lane and stages.
    expect(cellAt(c, "production", "execution").uncovered.map((f) => f.id)).toContain(drone.id);
    expect(cellAt(c, "pre-production", "execution").uncovered.map((f) => f.id)).not.toContain(drone.id);
    expect(c.all.uncovered).toHaveLength(RESPONSIBILITIES.length + 1 - 5);
  });

  it("an empty cell has no leaders", () => {
    const dev = cellAt(coverage(film()), "development", "post");
    expect([dev.leaders, dev.people, dev.weight]).toEqual([[], 0, 0]);
  });

  it("lists every person tied for the lead, by name then id", () => {
    const c = coverage({
      people: [
        { id: "z", name: "Zed" },
        { id: "b", name: "Bea" },
        { id: "a", name: "Bea" },
      ],
      responsibilities: RESPONSIBILITIES,
      entries: [e("z", "budgeting", "production", "lead", 2), e("b", "scheduling", "production", "equal", 3), e("a", "hiring-crew", "production", "supporting", 6)],
    });
    expect(cellAt(c, "production", "execution").leaders.map((l) => l.personId)).toEqual(["a", "b", "z"]);
    expect(c.concentration.busiest.map((l) => l.personId)).toEqual(["a", "b", "z"]);
  });
});

describe("coverage: concentration", () => {
  const pair = (hoursA: number, hoursB: number): ReviewInput => ({
    people: [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
    ],
    responsibilities: RESPONSIBILITIES,
    entries: [e("a", "budgeting", "production", "lead", hoursA), e("b", "scheduling", "production", "lead", hoursB), e("b", "directing", "production", "lead", 1000)],
  });

  it("counts producing functions only (creative hats don't pile up producing work)", () => {
    const c = coverage(film());
    expect(c.concentration.totalWeight).toBe(134);
    expect(c.concentration.busiest.map((p) => p.personId)).toEqual(["ana"]);
    expect(c.concentration.share).toBeCloseTo(129 / 134, 6);
    expect(c.concentration.warning).toBe(true);
    expect(c.concentration.top.map((p) => [p.personId, p.weight])).toEqual([
      ["ana", 129],
      ["maya", 5],
    ]);
  });

  it("does not warn at the threshold, warns above it", () => {
    expect(coverage(pair(10, 10)).concentration).toMatchObject({ share: 0.5, warning: false, threshold: 0.5 });
    expect(coverage(pair(10, 10), { threshold: 0.49 }).concentration.warning).toBe(true);
    expect(coverage(pair(20, 10)).concentration).toMatchObject({ share: 0.666667, warning: true });
    expect(coverage(pair(20, 10), { threshold: 0.7 }).concentration.warning).toBe(false);
    expect(coverage(pair(10, 20)).concentration.busiest.map((p) => p.personId)).toEqual(["b"]);
  });

  it("clamps the threshold into 0–1 and falls back to the default for non-numbers", () => {
    expect(resolveConcentrationThreshold(2)).toBe(1);
    expect(resolveConcentrationThreshold(-1)).toBe(0);
    expect(resolveConcentrationThreshold(Number.NaN)).toBe(0.5);
    expect(resolveConcentrationThreshold("0.2")).toBe(0.5);
    expect(coverage(pair(10, 0), { threshold: 5 }).concentration).toMatchObject({ threshold: 1, share: 0.909091, warning: false });
  });

  it("one person carries everything", () => {
    const c = coverage({ people: [{ id: "solo", name: "Solo" }], responsibilities: RESPONSIBILITIES, entries: [e("solo", "budgeting", "production")] });
    expect(c.concentration).toMatchObject({ share: 1, warning: true, totalWeight: 3 });
    expect(c.concentration.busiest).toEqual([{ personId: "solo", name: "Solo", weight: 3 }]);
  });

  it("no work: empty coverage, no warning, never an error", () => {
    const c = coverage({ people: [{ id: "a", name: "A" }], responsibilities: RESPONSIBILITIES, entries: [] });
    expect(c.empty).toBe(true);
    expect(c.concentration).toEqual({ threshold: 0.5, totalWeight: 0, busiest: [], share: 0, warning: false, top: [] });
    expect(c.all.uncovered).toHaveLength(RESPONSIBILITIES.length);
    expect(() => coverage(null as unknown as ReviewInput, null as never)).not.toThrow();
  });

  it("creative-only work has no producing concentration", () => {
    const c = coverage({ people: [{ id: "a", name: "A" }], responsibilities: RESPONSIBILITIES, entries: [e("a", "directing", "production")] });
    expect(c.concentration).toMatchObject({ totalWeight: 0, warning: false, busiest: [] });
  });
});
