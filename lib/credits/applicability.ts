import type { Responsibility } from "@/lib/work/taxonomy";

/**
 * Which producing functions a project of a given kind and budget needs (DOMAIN.md §6:
 * "a function a project of this size and kind does not need — tax incentives, sponsorship,
 * payroll on a $20k short — is not uncovered"). Only used to decide what "Nobody covers"
 * reports; suggestions never depend on it. A project can also mark any function "not needed
 * here" (the engine's `notApplicable`), which wins over everything below.
 *
 * Rules, per taxonomy function (a function not listed is needed by every project):
 * - `optional`: never reported (it depends on the story or the team, not on size: acquiring
 *   rights is for adaptations, choosing the writer for projects someone else wrote…);
 * - `minBudgetUsd`: needed from this budget up, in US dollars (other currencies converted
 *   with the rough rates below — close enough to tell a short from a feature); with no
 *   budget recorded, a function with a minimum is not reported (we can't tell);
 * - `kinds`: needed only by these kinds of project; `notKinds`: never by these;
 * - `group`: any one function of the group covers the need ("securing financing",
 *   "bringing investors" and "fundraising" are three ways to pay for the film).
 * Custom responsibilities are always needed (the project added them).
 */
export type Applicability = {
  optional?: true;
  minBudgetUsd?: number;
  kinds?: readonly string[];
  notKinds?: readonly string[];
  group?: string;
};

const FICTION_TV = ["feature", "series", "episode", "documentary"] as const;

export const APPLICABILITY: Readonly<Record<string, Applicability>> = {
  // Opportunity lane.
  "securing-financing": { group: "financing", notKinds: ["commercial", "music-video"] },
  "bringing-investors": { group: "financing", notKinds: ["commercial", "music-video"] },
  fundraising: { group: "financing", notKinds: ["commercial", "music-video"] },
  "tax-incentives": { minBudgetUsd: 250_000, kinds: FICTION_TV },
  "packaging-talent": { minBudgetUsd: 250_000, notKinds: ["documentary", "commercial", "music-video"] },
  "casting-outreach": { minBudgetUsd: 50_000, notKinds: ["documentary", "commercial", "music-video"] },
  "rights-acquisition": { optional: true },
  "business-setup": { minBudgetUsd: 50_000 },
  "business-legal-affairs": { minBudgetUsd: 25_000 },
  "major-business-decisions": { minBudgetUsd: 100_000 },
  "industry-relationships": { optional: true },
  "protecting-vision": { optional: true },
  sponsorship: { optional: true },
  "festival-strategy": { kinds: ["feature", "short", "documentary"] },
  "release-planning": { minBudgetUsd: 100_000, kinds: FICTION_TV },
  "securing-distribution": { group: "distribution", notKinds: ["commercial", "music-video", "short"] },
  "self-distribution": { group: "distribution", notKinds: ["commercial", "music-video", "short"] },
  "marketing-publicity": { minBudgetUsd: 50_000 },
  // Execution lane.
  "choosing-writer": { optional: true },
  "choosing-key-team": { minBudgetUsd: 25_000 },
  "below-the-line-deals": { minBudgetUsd: 50_000 },
  insurance: { minBudgetUsd: 25_000 },
  permits: { minBudgetUsd: 10_000 },
  "cast-communication": { notKinds: ["documentary"] },
  "department-coordination": { minBudgetUsd: 50_000 },
  "keeping-on-track": { optional: true },
  "set-safety": { minBudgetUsd: 25_000 },
  "daily-reports": { minBudgetUsd: 100_000 },
  payroll: { minBudgetUsd: 100_000 },
  "production-accounting": { minBudgetUsd: 250_000 },
  "liaising-financiers": { minBudgetUsd: 250_000 },
  // Producing functions of the creative and post lanes.
  "final-script": { notKinds: ["documentary"] },
  "post-supervision": { minBudgetUsd: 50_000 },
};

/** Rough US dollars per unit of each currency the project form offers (2026): for applicability only. */
export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1, EUR: 1.08, GBP: 1.27, CAD: 0.73, AUD: 0.66, NZD: 0.6, JPY: 0.0067, KRW: 0.00073, CNY: 0.14, INR: 0.012,
  MXN: 0.055, BRL: 0.19, ARS: 0.001, CHF: 1.12, SEK: 0.095, NOK: 0.093, DKK: 0.145, PLN: 0.25, CZK: 0.043, ZAR: 0.054,
  NGN: 0.00065, KES: 0.0077, ILS: 0.27, TRY: 0.03, AED: 0.27, SGD: 0.74, HKD: 0.128, TWD: 0.031, THB: 0.028, PHP: 0.018,
};

/** The budget in rough US dollars, or null (no budget, or a currency we have no rate for). */
export function budgetInUsd(amount: number | null, currency: string): number | null {
  if (amount === null || !(amount > 0)) return null;
  const rate = USD_PER_UNIT[currency];
  return rate === undefined ? null : amount * rate;
}

/** Whether a project of this kind and budget (rough USD, or null) needs the function at all (before "not needed here" marks). */
export function isNeeded(r: Pick<Responsibility, "id">, kind: string | null, budgetUsd: number | null): boolean {
  const rule = APPLICABILITY[r.id];
  if (!rule) return true;
  if (rule.optional) return false;
  if (kind !== null && rule.kinds && !rule.kinds.includes(kind)) return false;
  if (kind !== null && rule.notKinds && rule.notKinds.includes(kind)) return false;
  if (rule.minBudgetUsd !== undefined && (budgetUsd === null || budgetUsd < rule.minBudgetUsd)) return false;
  return true;
}

/** The group a function belongs to (any one of the group covers the need), or null. */
export function needGroup(id: string): string | null {
  return APPLICABILITY[id]?.group ?? null;
}

/** Plain words for why a function is or isn't needed, for the "How titles are suggested" page. */
export function applicabilityText(id: string): string {
  const rule = APPLICABILITY[id];
  if (!rule) return "Every project";
  if (rule.optional) return "Never reported as missing (depends on the project)";
  const parts: string[] = [];
  if (rule.kinds) parts.push(`${rule.kinds.join(", ")} only`);
  if (rule.notKinds) parts.push(`not ${rule.notKinds.join(", ")}`);
  if (rule.minBudgetUsd !== undefined) parts.push(`budget from about $${rule.minBudgetUsd.toLocaleString("en-US")}`);
  if (rule.group) parts.push(`one of its group (${rule.group}) is enough`);
  return parts.join("; ") || "Every project";
}
