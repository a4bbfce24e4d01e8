/**
 * Every number the credit engine compares against, in one place. Shares are fractions
 * (0–1), counts are whole numbers. A rule passes when the value is AT or OVER its threshold
 * (>=), never strictly over. The Owner of a project can change each one (project settings);
 * "How titles are suggested" shows the project's values beside the rules that use them.
 *
 * Titles are judged relative to the team (DOMAIN.md §6): the shares below are shares of what
 * the project's work log holds, not of an ideal film.
 */
export const DEFAULT_THRESHOLDS = {
  /** Share of the budget a person raised (financing, investors, fundraising) that makes Executive Producer a high-confidence suggestion. */
  epFinancingShare: 0.25,
  /** Opportunity-lane functions a person must lead or share to be suggested Executive Producer without (enough) money raised. */
  epMinOpportunityFunctions: 3,
  /** Share of the project's hands-on producing work, stage by stage with the PGA weights, that earns Produced by. */
  producerShare: 0.33,
  /** Share of the hands-on producing work at which Produced by is high confidence: the person carries most of it. */
  producerMajority: 0.5,
  /** Degree-weighted share of the producing functions that earns Co-Producer when someone else is the producer. */
  coProducerShare: 0.25,
  /** Execution functions a person must lead, in both pre-production and production, for Line Producer. */
  lineProducerMinFunctions: 3,
  /** Share of the project's execution functions the Line Producer leads for high confidence. */
  lineProducerExecutionShare: 0.5,
  /** Producing functions a person with a limited area needs for Associate Producer. */
  associateProducerMinFunctions: 2,
  /** People on the project before the Unit Production Manager is suggested as a title of its own. */
  upmMinCrew: 15,
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
  /** Share of the covered producing functions one person covers alone (nobody shares them) that makes them a single point of failure. */
  singlePointOfFailureShare: 0.75,
  /** Producing functions a person must cover alone before single point of failure is judged at all. */
  singlePointOfFailureMinFunctions: 3,
};

export type Thresholds = { [K in keyof typeof DEFAULT_THRESHOLDS]: number };
export type ThresholdKey = keyof Thresholds;

type Range = { min: number; max: number; integer: boolean };
const SHARE: Range = { min: 0, max: 1, integer: false };
const COUNT: Range = { min: 1, max: 1_000_000, integer: true };

/** Allowed range of each threshold; values outside are clamped into it. */
export const THRESHOLD_RANGES: Readonly<Record<ThresholdKey, Range>> = {
  epFinancingShare: SHARE,
  epMinOpportunityFunctions: COUNT,
  producerShare: SHARE,
  producerMajority: SHARE,
  coProducerShare: SHARE,
  lineProducerMinFunctions: COUNT,
  lineProducerExecutionShare: SHARE,
  associateProducerMinFunctions: COUNT,
  upmMinCrew: COUNT,
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
 * Defaults with the valid overrides applied. Invariants: unknown keys are ignored (so keys a
 * project stored for rules that no longer exist do nothing), non-numbers and NaN/Infinity
 * fall back to the default, out-of-range numbers are clamped, count thresholds are rounded
 * to whole numbers. Never throws.
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
    "Executive Producer is suggested with high confidence to someone whose work is mainly the opportunity lane and who raised at least this share of the budget.",
  epMinOpportunityFunctions:
    "Without enough money raised (or with no budget entered), Executive Producer needs at least this many opportunity functions led or shared — financing, packaging, distribution, business decisions.",
  producerShare:
    "Produced by needs at least this share of the project's hands-on producing work, counted stage by stage with the PGA weights (development 30, pre-production 20, production 20, post-production 15, marketing and distribution 15).",
  producerMajority:
    "With at least this share of the hands-on producing work — most of it — Produced by is a high-confidence suggestion.",
  coProducerShare:
    "Co-Producer goes to someone who did at least this share of the producing functions, mostly hands-on, alongside a producer.",
  lineProducerMinFunctions:
    "Line Producer goes to whoever leads the most hands-on production functions — at least this many — in both pre-production and production.",
  lineProducerExecutionShare:
    "A Line Producer who leads at least this share of the project's hands-on production functions is a high-confidence suggestion.",
  associateProducerMinFunctions:
    "Associate Producer goes to someone who covered at least this many producing functions in a limited area.",
  upmMinCrew:
    "Unit Production Manager is suggested as a title of its own only on a crew at least this big; on a smaller crew the producer's title covers the job.",
  degreeWeightEqual: "Work shared equally counts this much of lead work.",
  degreeWeightSupporting: "Supporting work counts this much of lead work.",
  substantialWorkHours:
    "Someone with at least this many hours of producing work and no producing title is flagged.",
  substantialWorkEntries:
    "Someone with at least this many producing work entries and no producing title is flagged.",
  maxProducedBy: "More Produced by credits than this are flagged (the Academy's limit).",
  singlePointOfFailureShare:
    "One person alone on at least this share of the producing functions — functions nobody else logged — is flagged as a single point of failure.",
  singlePointOfFailureMinFunctions:
    "Single point of failure is only judged for someone alone on at least this many producing functions, and only when more than one person does producing work.",
};
