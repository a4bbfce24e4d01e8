import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type ThresholdKey } from "@/lib/credits/thresholds";
import { FINDING_EXPLANATIONS, RULE_EXPLANATIONS, WEIGHT_THRESHOLDS } from "@/lib/decisions/explain";
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
