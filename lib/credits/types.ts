import type { Responsibility, WorkStage } from "@/lib/work/taxonomy";
import type { Thresholds } from "./thresholds";

import type { Degree } from "@/lib/work/degree";

export type { Degree };

export type WorkEntryInput = {
  id: string;
  personId: string;
  responsibilityId: string;
  stage: WorkStage;
  degree: Degree;
  effortHours?: number | null;
  amountRaised?: number | null;
};

export type HeldCredit = { personId: string; title: string; status: "accepted" | "manual" | "locked" };

export type EngineInput = {
  budget: { amount: number | null; currency: string };
  /** The project's kind (lib/projects/catalog.ts PROJECT_KINDS): which functions it needs, and series titles. */
  project?: { kind?: string | null };
  /** Everyone on the project (the roster plus anyone with work): the crew size, and the names reasons use. */
  people: ReadonlyArray<{ id: string; name: string }>;
  responsibilities: readonly Responsibility[]; // taxonomy + the project's custom ones
  entries: readonly WorkEntryInput[];
  /** Titles people hold now (accepted suggestions, typed by hand, or locked), for findings. */
  credits?: ReadonlyArray<HeldCredit>;
  thresholds?: Partial<Thresholds>;
  /** Responsibility ids the project marked "not needed here": never reported as uncovered. */
  notApplicable?: readonly string[];
};

export type Reason = { text: string; entryIds: string[] };

export type Confidence = "high" | "medium" | "low";

export type Suggestion = {
  personId: string;
  title: string;
  confidence: Confidence;
  /** Strength of the evidence, 0–1 (the rule's own measure, e.g. share of functions). */
  score: number;
  reasons: Reason[];
  /**
   * null for a suggestion in its own right; for the other reading of evidence that could go
   * two ways, the title id of the person's suggestion it competes with (e.g. Produced by as
   * the alternative to Line Producer). Its reasons say what tips the balance.
   */
  alternativeTo: string | null;
};

export type FindingKind =
  | "title-without-work"
  | "title-not-explained"
  | "duplicate-title"
  | "work-without-title"
  | "uncovered-functions"
  | "too-many-produced-by"
  | "single-point-of-failure";

export type Finding = {
  /** Stable while the finding's subject stays the same (a dismissal is kept against it). */
  id: string;
  kind: FindingKind;
  severity: "warning" | "info";
  message: string;
  personIds: string[];
  responsibilityIds: string[];
  title?: string;
  /**
   * A short hash of the facts behind the finding (its message, people and functions): a
   * dismissal holds while it is unchanged, and the finding is raised again when it changes.
   */
  fingerprint: string;
};

export type PersonStats = {
  producingFunctions: number;
  opportunity: number;
  execution: number;
  /** PGA-weighted coverage (0–100) of the stages of the person's producing work. */
  stageCoverage: number;
  /** Degree-weighted share of the project's covered producing functions (0–1). */
  share: number;
  /** Share of the project's hands-on producing work, stage by stage with the PGA weights (0–1). */
  producerShare: number;
  amountRaised: number;
};

export type EngineStats = {
  producingFunctions: number;
  coveredFunctions: number;
  /** Some producing work is logged in development, post-production or marketing and distribution (by anyone). */
  beyondPhysicalProduction: boolean;
  byPerson: Record<string, PersonStats>;
};

export type EngineOutput = { suggestions: Suggestion[]; findings: Finding[]; stats: EngineStats };
