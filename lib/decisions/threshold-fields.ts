import { DEFAULT_THRESHOLDS, THRESHOLD_RANGES, resolveThresholds, type ThresholdKey, type Thresholds } from "../credits/thresholds";

/**
 * How each engine threshold is shown and typed on the settings form. Shares (0–1) are
 * shown as percentages, weights too; counts and hours as is.
 */
export type ThresholdUnit = "percent" | "count" | "hours";

export const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[];

export const THRESHOLD_LABELS: Readonly<Record<ThresholdKey, string>> = {
  epFinancingShare: "Executive Producer: share of the budget raised",
  epMinOpportunityFunctions: "Executive Producer: opportunity functions without money raised",
  producerShare: "Produced by: share of the hands-on producing work",
  producerMajority: "Produced by: share for high confidence",
  coProducerShare: "Co-Producer: share of producing functions",
  lineProducerMinFunctions: "Line Producer: execution functions led",
  lineProducerExecutionShare: "Line Producer: share of execution functions led for high confidence",
  associateProducerMinFunctions: "Associate Producer: producing functions",
  upmMinCrew: "Unit Production Manager: crew size",
  degreeWeightEqual: "Weight of equal work",
  degreeWeightSupporting: "Weight of supporting work",
  substantialWorkHours: "Work without title: hours",
  substantialWorkEntries: "Work without title: entries",
  maxProducedBy: "Most Produced by credits",
  singlePointOfFailureShare: "Single point of failure: share of producing functions",
  singlePointOfFailureMinFunctions: "Single point of failure: producing functions before judging",
};

export function thresholdUnit(key: ThresholdKey): ThresholdUnit {
  if (key === "substantialWorkHours") return "hours";
  return THRESHOLD_RANGES[key].integer ? "count" : "percent";
}

export const UNIT_SUFFIX: Readonly<Record<ThresholdUnit, string>> = { percent: "%", count: "", hours: "hours" };

/** Engine value → the number shown on the form (percent for shares, rounded to 0.1). */
export function toDisplay(key: ThresholdKey, value: number): number {
  return thresholdUnit(key) === "percent" ? Math.round(value * 1000) / 10 : value;
}

/**
 * Form number → engine value. Percentages are rounded to the engine's 6-decimal shares
 * (round6), so "0.9" gives exactly 0.009 rather than 0.9 / 100 = 0.009000000000000001,
 * which a share of exactly 0.009 would not meet.
 */
export function fromDisplay(key: ThresholdKey, value: number): number {
  return thresholdUnit(key) === "percent" ? Math.round(value * 1e4) / 1e6 : value;
}

/** The allowed range in display units, for the form's min/max and messages. */
export function displayRange(key: ThresholdKey): { min: number; max: number; step: number } {
  const r = THRESHOLD_RANGES[key];
  const unit = thresholdUnit(key);
  if (unit === "percent") return { min: r.min * 100, max: r.max * 100, step: 0.1 };
  return { min: r.min, max: r.max, step: r.integer ? 1 : 0.5 };
}

/** "25%", "3", "40 hours". */
export function formatThreshold(key: ThresholdKey, value: number): string {
  const unit = thresholdUnit(key);
  const shown = toDisplay(key, value);
  const n = Number.isInteger(shown) ? String(shown) : shown.toFixed(1).replace(/\.0$/, "");
  if (unit === "percent") return `${n}%`;
  if (unit === "hours") return `${n} hours`;
  return n;
}

/**
 * The overrides to store: only values that differ from the defaults, so "restore defaults"
 * is an empty object and future default changes reach projects that never changed a value.
 */
export function overridesOf(values: Thresholds): Partial<Thresholds> {
  const out: Partial<Thresholds> = {};
  for (const key of THRESHOLD_KEYS) if (values[key] !== DEFAULT_THRESHOLDS[key]) out[key] = values[key];
  return out;
}

/** Which thresholds a project changed, resolved and compared with the defaults. */
export function changedThresholds(stored: unknown): ThresholdKey[] {
  const resolved = resolveThresholds(stored as Partial<Thresholds> | null);
  return THRESHOLD_KEYS.filter((k) => resolved[k] !== DEFAULT_THRESHOLDS[k]);
}

/**
 * Cross-field checks the engine relies on; returns messages by field. The share that makes
 * Produced by certain can't be below the share that earns it, and supporting work can't
 * weigh more than equal work.
 */
export function thresholdConflicts(values: Thresholds): Partial<Record<ThresholdKey, string>> {
  const out: Partial<Record<ThresholdKey, string>> = {};
  if (values.producerMajority < values.producerShare) {
    out.producerMajority = "Must be at least the share that earns Produced by.";
  }
  if (values.degreeWeightSupporting > values.degreeWeightEqual) {
    out.degreeWeightSupporting = "Supporting work can't weigh more than equal work.";
  }
  return out;
}
