import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, THRESHOLD_DESCRIPTIONS, resolveThresholds, type Thresholds } from "@/lib/credits/thresholds";

describe("resolveThresholds", () => {
  it("returns the defaults with no overrides", () => {
    expect(resolveThresholds({})).toEqual(DEFAULT_THRESHOLDS);
    expect(resolveThresholds(null)).toEqual(DEFAULT_THRESHOLDS);
  });
  it("applies valid overrides", () => {
    expect(resolveThresholds({ epFinancingShare: 0.3 }).epFinancingShare).toBe(0.3);
  });
  it("ignores keys of rules that no longer exist (a project may still store them)", () => {
    expect(resolveThresholds({ producerMinStageCoverage: 10, producerHighStageCoverage: 90 } as unknown as Partial<Thresholds>)).toEqual(DEFAULT_THRESHOLDS);
  });
  it("ignores unknown keys and non-numbers", () => {
    const r = resolveThresholds({ bogus: 5, producerMajority: "x", maxProducedBy: NaN } as unknown as Partial<Thresholds>);
    expect(r).toEqual(DEFAULT_THRESHOLDS);
    expect("bogus" in r).toBe(false);
  });
  it("clamps out-of-range values and rounds counts", () => {
    const r = resolveThresholds({ epFinancingShare: 2, producerShare: -5, maxProducedBy: 0, associateProducerMinFunctions: 2.6, upmMinCrew: 2e9 });
    expect(r.epFinancingShare).toBe(1);
    expect(r.producerShare).toBe(0);
    expect(r.upmMinCrew).toBe(1_000_000);
    expect(r.maxProducedBy).toBe(1);
    expect(r.associateProducerMinFunctions).toBe(3);
  });
  it("describes every threshold in plain words", () => {
    for (const key of Object.keys(DEFAULT_THRESHOLDS)) expect(THRESHOLD_DESCRIPTIONS[key as keyof Thresholds]).toBeTruthy();
  });
});
