import type { Responsibility, WorkStage } from "@/lib/work/taxonomy";
import type { Thresholds } from "./thresholds";

export type Degree = "lead" | "equal" | "supporting";

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
  people: ReadonlyArray<{ id: string; name: string }>;
  responsibilities: readonly Responsibility[]; // taxonomy + the project's custom ones
  entries: readonly WorkEntryInput[];
  /** Titles people hold now (accepted suggestions, typed by hand, or locked), for findings. */
  credits?: ReadonlyArray<HeldCredit>;
  thresholds?: Partial<Thresholds>;
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
};

export type FindingKind =
  | "title-without-work"
  | "work-without-title"
  | "uncovered-function"
  | "too-many-executive-producers"
  | "too-many-produced-by"
  | "single-point-of-failure";

export type Finding = {
  id: string;
  kind: FindingKind;
  severity: "warning" | "info";
  message: string;
  personIds: string[];
  responsibilityIds: string[];
  title?: string;
};

export type PersonStats = {
  producingFunctions: number;
  opportunity: number;
  execution: number;
  stageCoverage: number;
  share: number;
  amountRaised: number;
};

export type EngineStats = {
  producingFunctions: number;
  coveredFunctions: number;
  byPerson: Record<string, PersonStats>;
};

export type EngineOutput = { suggestions: Suggestion[]; findings: Finding[]; stats: EngineStats };
