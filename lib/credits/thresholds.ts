/**
 * Every number the credit engine compares against, in one place. Shares are fractions
 * (0–1), stage coverage is on the PGA 0–100 scale, counts are whole numbers.
 * A rule passes when the value is AT or OVER its threshold (>=), never strictly over.
 */
export const DEFAULT_THRESHOLDS = {
  /** Share of the budget a person raised (financing, investors, fundraising) that makes Executive Producer a high-confidence suggestion. */
  epFinancingShare: 0.25,
  /** Opportunity-lane functions a person must perform to be suggested Executive Producer without (enough) money raised. */
  epMinOpportunityFunctions: 3,
  /** Degree-weighted share of the project's covered producing functions that earns Produced by (PGA: "a majority"). */
  producerMajority: 0.5,
  /** PGA-weighted stage coverage (0–100) a Produced by candidate needs; 40 = e.g. pre-production + production. */
  producerMinStageCoverage: 40,
  /** Stage coverage (0–100) at which Produced by becomes high confidence rather than medium. */
  producerHighStageCoverage: 60,
  /** Degree-weighted share of producing functions that earns Co-Producer when someone else is the producer. */
  coProducerShare: 0.25,
  /** Share of the project's covered execution functions a person must LEAD (pre-production and production) for Line Producer. */
  lineProducerExecutionShare: 0.5,
  /** Producing functions a person with a limited area needs for Associate Producer. */
  associateProducerMinFunctions: 2,
  /** Weight of an "equal" entry relative to a "lead" entry (lead counts 1). */
  degreeWeightEqual: 0.75,
  /** Weight of a "supporting" entry relative to a "lead" entry (lead counts 1). */
  degreeWeightSupporting: 0.4,
  /** Logged hours of producing work that count as substantial for "work without title". */
  substantialWorkHours: 40,
  /** Producing work entries that count as substantial for "work without title". */
  substantialWorkEntries: 5,
  /** Most Produced by credits before a warning (the Academy's limit). */
  maxProducedBy: 3,
  /** Share of the covered producing functions one person covers that makes them a single point of failure. */
  singlePointOfFailureShare: 0.75,
  /** Covered producing functions the project needs before single-point-of-failure is judged at all. */
  singlePointOfFailureMinFunctions: 3,
};

export type Thresholds = { [K in keyof typeof DEFAULT_THRESHOLDS]: number };
export type ThresholdKey = keyof Thresholds;

type Range = { min: number; max: number; integer: boolean };
const SHARE: Range = { min: 0, max: 1, integer: false };
const COVERAGE: Range = { min: 0, max: 100, integer: false };
const COUNT: Range = { min: 1, max: 1_000_000, integer: true };

/** Allowed range of each threshold; values outside are clamped into it. */
export const THRESHOLD_RANGES: Readonly<Record<ThresholdKey, Range>> = {
  epFinancingShare: SHARE,
  epMinOpportunityFunctions: COUNT,
  producerMajority: SHARE,
  producerMinStageCoverage: COVERAGE,
  producerHighStageCoverage: COVERAGE,
  coProducerShare: SHARE,
  lineProducerExecutionShare: SHARE,
  associateProducerMinFunctions: COUNT,
  degreeWeightEqual: SHARE,
  degreeWeightSupporting: SHARE,
  substantialWorkHours: { min: 0, max: 1_000_000, integer: false },
  substantialWorkEntries: COUNT,
  maxProducedBy: COUNT,
  singlePointOfFailureShare: SHARE,
  singlePointOfFailureMinFunctions: COUNT,
};

const KEYS = Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[];

/**
 * Defaults with the valid overrides applied. Invariants: unknown keys are ignored,
 * non-numbers and NaN/Infinity fall back to the default, out-of-range numbers are clamped,
 * count thresholds are rounded to whole numbers. Never throws.
 */
export function resolveThresholds(overrides?: Partial<Thresholds> | null): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (!overrides || typeof overrides !== "object") return out;
  for (const key of KEYS) {
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    const { min, max, integer } = THRESHOLD_RANGES[key];
    const v = integer ? Math.round(value) : value;
    out[key] = Math.min(max, Math.max(min, v));
  }
  return out;
}

/** Plain-words text for the "How titles are suggested" page, one line per threshold. */
export const THRESHOLD_DESCRIPTIONS: Readonly<Record<ThresholdKey, string>> = {
  epFinancingShare:
    "Executive Producer is suggested with high confidence to anyone who raised at least this share of the budget.",
  epMinOpportunityFunctions:
    "Without enough money raised (or with no budget entered), Executive Producer needs at least this many opportunity tasks — financing, packaging, distribution, business decisions — and those must be the person's main lane.",
  producerMajority:
    "Produced by needs a majority of the producing tasks logged on the project, counting lead work fully and shared or supporting work partly.",
  producerMinStageCoverage:
    "Produced by also needs work across the stages of the film, weighted as the PGA does: development 30, pre-production 20, production 20, post-production 15, marketing and distribution 15.",
  producerHighStageCoverage:
    "With at least this much stage coverage, Produced by is a high-confidence suggestion.",
  coProducerShare:
    "Co-Producer goes to someone who did at least this share of the producing tasks, mostly hands-on work, alongside a producer.",
  lineProducerExecutionShare:
    "Line Producer goes to someone who led at least this share of the hands-on production tasks in both pre-production and production (when they are not already the producer).",
  associateProducerMinFunctions:
    "Associate Producer goes to someone who covered at least this many producing tasks in a limited area.",
  degreeWeightEqual: "Work shared equally counts this much of lead work.",
  degreeWeightSupporting: "Supporting work counts this much of lead work.",
  substantialWorkHours:
    "Someone with at least this many hours of producing work and no producing title is flagged.",
  substantialWorkEntries:
    "Someone with at least this many producing work entries and no producing title is flagged.",
  maxProducedBy: "More Produced by credits than this are flagged (the Academy's limit).",
  singlePointOfFailureShare:
    "One person covering this share of the producing tasks is flagged as a single point of failure.",
  singlePointOfFailureMinFunctions:
    "Single point of failure is only judged once the project logs at least this many producing tasks.",
};
