import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type ThresholdKey } from "@/lib/credits/thresholds";
import { FINDING_KINDS } from "@/lib/credits/held-titles";
import { FINDING_EXPLANATIONS, LANE_EXPLANATION, RULE_EXPLANATIONS, WEIGHT_THRESHOLDS } from "@/lib/decisions/explain";
import { CREDIT_TITLES, PRODUCING_TITLES } from "@/lib/credits/titles";

describe("How titles are suggested", () => {
  it("explains every threshold somewhere, so the page shows every value an Owner can change", () => {
    const shown = new Set<ThresholdKey>([...WEIGHT_THRESHOLDS, ...RULE_EXPLANATIONS.flatMap((r) => r.thresholds), ...FINDING_EXPLANATIONS.flatMap((r) => r.thresholds)]);
    expect([...shown].sort()).toEqual((Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[]).sort());
  });

  it("has a rule for every producing title the engine suggests", () => {
    const labels = new Set(RULE_EXPLANATIONS.map((r) => r.title));
    for (const id of PRODUCING_TITLES) {
      const label = CREDIT_TITLES.find((t) => t.id === id)!.label;
      expect(labels.has(label), label).toBe(true);
    }
  });
});

describe("How titles are suggested: creative credits", () => {
  it("names every creative and department-head title the engine can suggest", () => {
    const text = RULE_EXPLANATIONS.find((r) => r.title === "Creative credits")!.text;
    for (const t of CREDIT_TITLES) {
      if (PRODUCING_TITLES.includes(t.id)) continue;
      expect(text, t.label).toContain(t.label.replace(/ by$/, ""));
    }
    expect(text).toContain("Visual Effects Supervisor");
    expect(text).toContain("Colorist");
  });
});

describe("How titles are suggested: the rules relative to the team (DOMAIN.md §6)", () => {
  const rule = (title: string) => RULE_EXPLANATIONS.find((r) => r.title === title)?.text ?? "";
  const finding = (title: string) => FINDING_EXPLANATIONS.find((r) => r.title === title)?.text ?? "";

  it("says titles are judged relative to the team, in two lanes", () => {
    expect(LANE_EXPLANATION).toContain("relative to the team");
    expect(LANE_EXPLANATION).toContain("opportunity lane");
    expect(LANE_EXPLANATION).toContain("hands-on lane");
  });

  it("explains the producer share stage by stage, line producing on a thin log and the alternatives", () => {
    expect(rule("Produced by")).toContain("stage by stage");
    expect(rule("Produced by")).toContain("development 30");
    expect(rule("Line Producer")).toContain("nobody logged development, post-production or distribution");
    expect(rule("Line Producer")).toContain("lower alternative");
    expect(rule("Line Producer")).toContain("what tips the balance");
  });

  it("keeps Executive Producer for the opportunity lane: not for a producer who raised money, not for a small investor", () => {
    expect(rule("Executive Producer")).toContain("must not already be suggested Produced by");
    expect(rule("Executive Producer")).toContain("small investor");
    expect(rule("Co-Executive Producer")).toContain("series");
  });

  it("gives the UPM a crew size and the findings their applicability and dismissal", () => {
    expect(rule("Unit Production Manager")).toContain("crew big enough");
    expect(RULE_EXPLANATIONS.find((r) => r.title === "Unit Production Manager")?.thresholds).toEqual(["upmMinCrew"]);
    expect(finding("Nobody covers")).toContain("not needed here");
    expect(finding("Nobody covers")).toContain("$20,000 short");
    expect(finding("Single point of failure")).toContain("nobody else logged");
    expect(finding("Dismissing a finding")).toContain("comes back if the facts behind it change");
  });

  it("names a finding for every kind the engine reports", () => {
    expect(FINDING_EXPLANATIONS.map((f) => f.title)).toEqual([
      "Title without work",
      "Title the work doesn't explain",
      "The same title twice",
      "Work without title",
      "Nobody covers",
      "More than three Produced by",
      "Single point of failure",
      "Dismissing a finding",
    ]);
    expect(FINDING_KINDS).toHaveLength(FINDING_EXPLANATIONS.length - 1);
  });
});
