import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, THRESHOLD_RANGES, resolveThresholds, type ThresholdKey, type Thresholds } from "@/lib/credits/thresholds";
import {
  THRESHOLD_KEYS,
  THRESHOLD_LABELS,
  UNIT_SUFFIX,
  changedThresholds,
  displayRange,
  formatThreshold,
  fromDisplay,
  overridesOf,
  thresholdConflicts,
  thresholdUnit,
  toDisplay,
  type ThresholdUnit,
} from "@/lib/decisions/threshold-fields";

const UNITS: Record<ThresholdKey, ThresholdUnit> = {
  epFinancingShare: "percent",
  epMinOpportunityFunctions: "count",
  producerShare: "percent",
  producerMajority: "percent",
  coProducerShare: "percent",
  lineProducerMinFunctions: "count",
  lineProducerExecutionShare: "percent",
  associateProducerMinFunctions: "count",
  upmMinCrew: "count",
  degreeWeightEqual: "percent",
  degreeWeightSupporting: "percent",
  substantialWorkHours: "hours",
  substantialWorkEntries: "count",
  maxProducedBy: "count",
  singlePointOfFailureShare: "percent",
  singlePointOfFailureMinFunctions: "count",
};

const keysWith = (unit: ThresholdUnit) => THRESHOLD_KEYS.filter((k) => UNITS[k] === unit);

describe("THRESHOLD_KEYS and labels", () => {
  it("lists every engine threshold once", () => {
    expect([...THRESHOLD_KEYS].sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
    expect(new Set(THRESHOLD_KEYS).size).toBe(THRESHOLD_KEYS.length);
  });

  it("labels every threshold, each label distinct", () => {
    for (const key of THRESHOLD_KEYS) expect(THRESHOLD_LABELS[key], key).toMatch(/\S/);
    expect(new Set(THRESHOLD_KEYS.map((k) => THRESHOLD_LABELS[k])).size).toBe(THRESHOLD_KEYS.length);
  });
});

describe("thresholdUnit", () => {
  it.each(THRESHOLD_KEYS.map((k) => [k, UNITS[k]]))("%s is in %s", (key, unit) => {
    expect(thresholdUnit(key as ThresholdKey)).toBe(unit);
  });

  it("shows shares (0–1) as percent, whole numbers as counts", () => {
    for (const key of THRESHOLD_KEYS) {
      const r = THRESHOLD_RANGES[key];
      if (key === "substantialWorkHours") continue;
      if (r.integer) expect(thresholdUnit(key), key).toBe("count");
      else expect({ key, max: r.max, unit: thresholdUnit(key) }).toEqual({ key, max: 1, unit: "percent" });
    }
  });

  it("has a suffix for every unit", () => {
    expect(UNIT_SUFFIX).toEqual({ percent: "%", count: "", hours: "hours" });
  });
});

describe("toDisplay / fromDisplay", () => {
  it("multiplies shares by 100 and leaves everything else as is", () => {
    expect(toDisplay("epFinancingShare", 0.25)).toBe(25);
    expect(toDisplay("degreeWeightSupporting", 0.4)).toBe(40);
    expect(toDisplay("upmMinCrew", 15)).toBe(15);
    expect(toDisplay("maxProducedBy", 3)).toBe(3);
    expect(toDisplay("substantialWorkHours", 40.5)).toBe(40.5);
    expect(fromDisplay("epFinancingShare", 25)).toBe(0.25);
    expect(fromDisplay("producerShare", 33)).toBe(0.33);
    expect(fromDisplay("substantialWorkEntries", 5)).toBe(5);
    expect(fromDisplay("substantialWorkHours", 12.5)).toBe(12.5);
  });

  it("rounds shown percentages to 0.1", () => {
    expect(toDisplay("producerMajority", 0.5555)).toBe(55.6);
    expect(toDisplay("producerMajority", 0.12345)).toBe(12.3);
    expect(toDisplay("producerMajority", 1 / 3)).toBe(33.3);
    expect(toDisplay("producerMajority", 0.0004)).toBe(0);
  });

  it.each(THRESHOLD_KEYS)("round-trips %s at its default, minimum and maximum", (key) => {
    const { min, max } = THRESHOLD_RANGES[key];
    for (const value of [DEFAULT_THRESHOLDS[key], min, max]) {
      expect(fromDisplay(key, toDisplay(key, value)), `${key}=${value}`).toBe(value);
    }
  });

  it("maps the engine range onto the display range", () => {
    for (const key of THRESHOLD_KEYS) {
      const { min, max } = THRESHOLD_RANGES[key];
      expect(toDisplay(key, min), key).toBe(displayRange(key).min);
      expect(toDisplay(key, max), key).toBe(displayRange(key).max);
      expect(fromDisplay(key, displayRange(key).min), key).toBe(min);
      expect(fromDisplay(key, displayRange(key).max), key).toBe(max);
    }
  });

  it("turns every 0.1% step into exactly the share written as a decimal", () => {
    // 0.9 / 100 is 0.009000000000000001 in floating point: stored as the threshold, an
    // engine share of exactly 0.009 would no longer be "at" it.
    for (let n = 0; n <= 1000; n++) {
      expect(fromDisplay("epFinancingShare", n / 10), `${n / 10}%`).toBe(n / 1000);
    }
  });

  it("round-trips every share on the 0.1% grid the form shows", () => {
    for (let n = 0; n <= 1000; n++) {
      const share = n / 1000;
      expect(toDisplay("coProducerShare", share)).toBe(n / 10);
      expect(fromDisplay("coProducerShare", toDisplay("coProducerShare", share)), String(share)).toBe(share);
    }
  });

  it("keeps the engine meeting a typed percentage it is exactly at (>=)", () => {
    // The engine rounds shares to 6 decimals: 9,000 raised of 1,000,000 is a share of 0.009.
    const share = Math.round((9_000 / 1_000_000) * 1e6) / 1e6;
    expect(share >= fromDisplay("epFinancingShare", 0.9)).toBe(true);
    expect(0.011 >= fromDisplay("epFinancingShare", 1.1)).toBe(true);
  });

  it("keeps a typed percentage to the engine's resolution (6 decimals of a share)", () => {
    expect(fromDisplay("producerMajority", 12.34)).toBe(0.1234);
    expect(fromDisplay("producerMajority", 12.34567)).toBe(0.123457);
    expect(fromDisplay("producerMajority", 33.3333)).toBe(0.333333);
  });

  it("never rounds counts or hours", () => {
    expect(fromDisplay("lineProducerMinFunctions", 4)).toBe(4);
    expect(fromDisplay("substantialWorkHours", 0.1 + 0.2)).toBe(0.1 + 0.2);
    expect(fromDisplay("maxProducedBy", 7)).toBe(7);
  });

  it("round-trips whole percentages typed on the form", () => {
    for (let p = 0; p <= 100; p++) expect(toDisplay("producerMajority", fromDisplay("producerMajority", p))).toBe(p);
  });
});

describe("displayRange", () => {
  it.each(keysWith("percent"))("%s is 0–100 in steps of 0.1", (key) => {
    expect(displayRange(key)).toEqual({ min: 0, max: 100, step: 0.1 });
  });

  it.each(keysWith("count"))("%s is 1–1,000,000 in whole steps", (key) => {
    expect(displayRange(key)).toEqual({ min: 1, max: 1_000_000, step: 1 });
  });

  it("allows 0–1,000,000 hours in half-hour steps", () => {
    expect(displayRange("substantialWorkHours")).toEqual({ min: 0, max: 1_000_000, step: 0.5 });
  });

  it("contains every default, shown", () => {
    for (const key of THRESHOLD_KEYS) {
      const { min, max } = displayRange(key);
      const shown = toDisplay(key, DEFAULT_THRESHOLDS[key]);
      expect(shown >= min && shown <= max, key).toBe(true);
    }
  });
});

describe("formatThreshold", () => {
  it("formats each unit", () => {
    expect(formatThreshold("epFinancingShare", 0.25)).toBe("25%");
    expect(formatThreshold("producerShare", 0.33)).toBe("33%");
    expect(formatThreshold("maxProducedBy", 3)).toBe("3");
    expect(formatThreshold("substantialWorkHours", 40)).toBe("40 hours");
  });

  it("formats every default", () => {
    expect(Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, formatThreshold(k, DEFAULT_THRESHOLDS[k])]))).toEqual({
      epFinancingShare: "25%",
      epMinOpportunityFunctions: "3",
      producerShare: "33%",
      producerMajority: "50%",
      coProducerShare: "25%",
      lineProducerMinFunctions: "3",
      lineProducerExecutionShare: "50%",
      associateProducerMinFunctions: "2",
      upmMinCrew: "15",
      degreeWeightEqual: "75%",
      degreeWeightSupporting: "40%",
      substantialWorkHours: "40 hours",
      substantialWorkEntries: "5",
      maxProducedBy: "3",
      singlePointOfFailureShare: "75%",
      singlePointOfFailureMinFunctions: "3",
    });
  });

  it("shows one decimal only when needed", () => {
    expect(formatThreshold("producerMajority", 0.125)).toBe("12.5%");
    expect(formatThreshold("producerMajority", 0.5004)).toBe("50%");
    expect(formatThreshold("producerMajority", 1 / 3)).toBe("33.3%");
    expect(formatThreshold("producerShare", 0.425)).toBe("42.5%");
    expect(formatThreshold("producerShare", 0.42004)).toBe("42%");
    expect(formatThreshold("substantialWorkHours", 7.5)).toBe("7.5 hours");
  });

  it("formats the ends of the ranges", () => {
    expect(formatThreshold("epFinancingShare", 0)).toBe("0%");
    expect(formatThreshold("epFinancingShare", 1)).toBe("100%");
    expect(formatThreshold("producerMajority", 0)).toBe("0%");
    expect(formatThreshold("upmMinCrew", 1)).toBe("1");
    expect(formatThreshold("maxProducedBy", 1)).toBe("1");
    expect(formatThreshold("maxProducedBy", 1_000_000)).toBe("1000000");
    expect(formatThreshold("substantialWorkHours", 0)).toBe("0 hours");
  });
});

describe("overridesOf", () => {
  it("is empty for the defaults (restoring defaults stores nothing)", () => {
    expect(overridesOf({ ...DEFAULT_THRESHOLDS })).toEqual({});
  });

  it("stores only the values that differ from the defaults", () => {
    expect(overridesOf({ ...DEFAULT_THRESHOLDS, epFinancingShare: 0.3, maxProducedBy: 4 })).toEqual({ epFinancingShare: 0.3, maxProducedBy: 4 });
  });

  it("stores a value changed to a range end, including 0", () => {
    expect(overridesOf({ ...DEFAULT_THRESHOLDS, substantialWorkHours: 0, producerMajority: 1 })).toEqual({ substantialWorkHours: 0, producerMajority: 1 });
  });

  it("stores every key when every value differs", () => {
    const all = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, DEFAULT_THRESHOLDS[k] + 1])) as Thresholds;
    expect(overridesOf(all)).toEqual(all);
  });

  it("resolves back to the values it was given", () => {
    const values: Thresholds = { ...DEFAULT_THRESHOLDS, coProducerShare: 0.2, producerMajority: 0.7, upmMinCrew: 30, substantialWorkEntries: 8 };
    expect(resolveThresholds(overridesOf(values))).toEqual(values);
  });

  it("stores nothing for the defaults typed on the form and converted back", () => {
    const roundTripped = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, fromDisplay(k, toDisplay(k, DEFAULT_THRESHOLDS[k]))])) as Thresholds;
    expect(overridesOf(roundTripped)).toEqual({});
  });

  it("ignores keys that are not thresholds", () => {
    expect(overridesOf({ ...DEFAULT_THRESHOLDS, bogus: 1 } as Thresholds)).toEqual({});
  });
});

describe("changedThresholds", () => {
  it.each([null, undefined, "", "garbage", 42, true, [], [1, 2], {}])("is empty for %j", (stored) => {
    expect(changedThresholds(stored)).toEqual([]);
  });

  it("lists the keys that differ from the defaults, in key order", () => {
    expect(changedThresholds({ maxProducedBy: 5, epFinancingShare: 0.3 })).toEqual(["epFinancingShare", "maxProducedBy"]);
  });

  it("ignores stored values equal to the defaults", () => {
    expect(changedThresholds({ ...DEFAULT_THRESHOLDS })).toEqual([]);
    expect(changedThresholds({ epFinancingShare: 0.25, producerShare: 0.4 })).toEqual(["producerShare"]);
  });

  it("ignores the keys of rules that no longer exist", () => {
    expect(changedThresholds({ producerMinStageCoverage: 41, producerHighStageCoverage: 70 })).toEqual([]);
  });

  it("ignores unknown keys, strings, NaN and Infinity", () => {
    expect(changedThresholds({ bogus: 3, epFinancingShare: "0.5", maxProducedBy: NaN, producerMajority: Infinity, coProducerShare: null })).toEqual([]);
  });

  it("judges out-of-range values after clamping", () => {
    // 5 → 1 (a share), -3 → 0 (a share), 0 → 1 (a count): all differ from the defaults.
    expect(changedThresholds({ epFinancingShare: 5, producerShare: -3, maxProducedBy: 0 })).toEqual(["epFinancingShare", "producerShare", "maxProducedBy"]);
  });

  it("does not list a count that rounds back to its default", () => {
    expect(changedThresholds({ maxProducedBy: 3.4, substantialWorkEntries: 4.6 })).toEqual([]);
    expect(changedThresholds({ maxProducedBy: 3.6 })).toEqual(["maxProducedBy"]);
  });

  it("lists every key when every value was changed", () => {
    const all = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, THRESHOLD_RANGES[k].min === DEFAULT_THRESHOLDS[k] ? THRESHOLD_RANGES[k].max : THRESHOLD_RANGES[k].min]));
    expect(changedThresholds(all)).toEqual(THRESHOLD_KEYS);
  });

  it("agrees with overridesOf", () => {
    const stored = overridesOf({ ...DEFAULT_THRESHOLDS, degreeWeightEqual: 0.8, singlePointOfFailureMinFunctions: 4 });
    expect(changedThresholds(stored)).toEqual(Object.keys(stored));
  });
});

describe("thresholdConflicts", () => {
  it("finds none for the defaults", () => {
    expect(thresholdConflicts({ ...DEFAULT_THRESHOLDS })).toEqual({});
  });

  it("refuses a high-confidence share below the share that earns Produced by, on the high-confidence field", () => {
    expect(thresholdConflicts({ ...DEFAULT_THRESHOLDS, producerShare: 0.5, producerMajority: 0.495 })).toEqual({
      producerMajority: "Must be at least the share that earns Produced by.",
    });
  });

  it("allows a high-confidence share equal to the share that earns Produced by", () => {
    expect(thresholdConflicts({ ...DEFAULT_THRESHOLDS, producerShare: 0.5, producerMajority: 0.5 })).toEqual({});
  });

  it("refuses supporting work weighing more than equal work, on the supporting field", () => {
    expect(thresholdConflicts({ ...DEFAULT_THRESHOLDS, degreeWeightEqual: 0.5, degreeWeightSupporting: 0.501 })).toEqual({
      degreeWeightSupporting: "Supporting work can't weigh more than equal work.",
    });
  });

  it("allows supporting work weighing as much as equal work", () => {
    expect(thresholdConflicts({ ...DEFAULT_THRESHOLDS, degreeWeightEqual: 0.5, degreeWeightSupporting: 0.5 })).toEqual({});
  });

  it("reports both conflicts at once", () => {
    expect(Object.keys(thresholdConflicts({ ...DEFAULT_THRESHOLDS, producerMajority: 0.1, degreeWeightSupporting: 1 })).sort()).toEqual(["degreeWeightSupporting", "producerMajority"]);
  });

  it("ignores every other threshold", () => {
    const odd: Thresholds = { ...DEFAULT_THRESHOLDS, coProducerShare: 0.9, lineProducerExecutionShare: 0.1, upmMinCrew: 1, epMinOpportunityFunctions: 1_000_000 };
    expect(thresholdConflicts(odd)).toEqual({});
  });
});
