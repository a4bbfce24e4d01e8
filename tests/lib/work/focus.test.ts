import { describe, expect, it } from "vitest";
import { workFocusOf } from "@/lib/work/focus";
import type { Lane } from "@/lib/work/taxonomy";

const lanes = new Map<string, Lane>([
  ["money", "opportunity"],
  ["shoot", "execution"],
  ["cut", "post"],
]);

describe("workFocusOf", () => {
  it("opens at the project's own stage with no lane when nothing is logged", () => {
    expect(workFocusOf([], "production", lanes)).toEqual({ stage: "production", lane: null });
  });

  it("opens at the busiest stage, at its busiest lane, whatever the project's stage", () => {
    const counts = [
      { stage: "development" as const, responsibilityId: "money", n: 2 },
      { stage: "production" as const, responsibilityId: "shoot", n: 3 },
      { stage: "production" as const, responsibilityId: "money", n: 1 },
    ];
    expect(workFocusOf(counts, "development", lanes)).toEqual({ stage: "production", lane: "execution" });
  });

  it("keeps the project's stage on a tie, and ignores responsibilities it doesn't know for the lane", () => {
    const counts = [
      { stage: "development" as const, responsibilityId: "money", n: 2 },
      { stage: "post-production" as const, responsibilityId: "gone", n: 2 },
    ];
    expect(workFocusOf(counts, "post-production", lanes)).toEqual({ stage: "post-production", lane: null });
    expect(workFocusOf(counts, "development", lanes)).toEqual({ stage: "development", lane: "opportunity" });
  });
});
