import { InvalidError } from "../errors";
import { TAXONOMY_DATA } from "./taxonomy-data";
import { slugify } from "@/lib/text/fold";

/**
 * The responsibility taxonomy: every producing or creative function a work log can record,
 * with its lane (DOMAIN.md §1), the stages it usually belongs to (DOMAIN.md §2, PGA) and a
 * one-line description users see. Work entries store ids; names and descriptions may change
 * between versions, ids never do.
 */

export const LANES = ["opportunity", "execution", "creative", "post", "other"] as const;
export type Lane = (typeof LANES)[number];

export const LANE_LABELS: Record<Lane, string> = {
  opportunity: "Opportunity (Executive Producer lane)",
  execution: "Execution (Producer lane)",
  creative: "Creative",
  post: "Post-production",
  other: "Other",
};

/** The lane in a word, for dense lists and tables. */
export const LANE_SHORT_LABELS: Record<Lane, string> = {
  opportunity: "Opportunity",
  execution: "Execution",
  creative: "Creative",
  post: "Post",
  other: "Other",
};

/** The PGA's five stages, in production order. */
export const WORK_STAGES = ["development", "pre-production", "production", "post-production", "marketing-distribution"] as const;
export type WorkStage = (typeof WORK_STAGES)[number];

export const WORK_STAGE_LABELS: Record<WorkStage, string> = {
  development: "Development",
  "pre-production": "Pre-production",
  production: "Production",
  "post-production": "Post-production",
  "marketing-distribution": "Marketing & distribution",
};

/**
 * PGA 2004 stage weights, in percent (sum 100): development 30, pre-production 20,
 * production 20, post-production + marketing 30. The PGA gives one 30% figure for post and
 * marketing together; Hatrack splits it evenly, 15 / 15, which is our choice, not the PGA's.
 */
export const STAGE_WEIGHTS: Record<WorkStage, number> = {
  development: 30,
  "pre-production": 20,
  production: 20,
  "post-production": 15,
  "marketing-distribution": 15,
};

export type Responsibility = {
  /** Stable kebab-case id; custom responsibilities use "custom:<slug>". */
  id: string;
  name: string;
  lane: Lane;
  /** Where it usually happens: non-empty, in WORK_STAGES order, no duplicates. */
  stages: readonly WorkStage[];
  /** One line, plain words. */
  description: string;
  /** True for the producing functions counted for Producer / EP ("a majority of the producing functions"); false for the creative hats (writing, directing…) */
  producing: boolean;
  /** For creative/post hats: the credit it supports, e.g. "written-by", "directed-by", "edited-by", "director-of-photography", "music-by", "casting-by"; else null. */
  creditHint: string | null;
  /** True for financing functions whose work entries may carry an amount raised. */
  tracksAmount: boolean;
};

/** Bump when responsibilities are added, renamed or re-staged (year.month of the change). */
export const TAXONOMY_VERSION = "2026.11";

/** Every creditHint the taxonomy uses: the credit keys the suggestion engine must handle. */
export const CREDIT_HINTS = [
  "story-by",
  "written-by",
  "casting-by",
  "directed-by",
  "director-of-photography",
  "production-designer",
  "costume-designer",
  "music-by",
  "edited-by",
  "sound-designer",
  "visual-effects-supervisor",
  "colorist",
  "music-supervisor",
] as const;

/** Default `producing` for a lane: the two producing lanes count, the hats don't. */
const PRODUCING_LANES: ReadonlySet<Lane> = new Set<Lane>(["opportunity", "execution"]);

/** Stages in WORK_STAGES order, duplicates dropped, so equal sets compare equal. */
function orderStages(stages: readonly WorkStage[]): readonly WorkStage[] {
  const wanted = new Set(stages);
  return Object.freeze(WORK_STAGES.filter((s) => wanted.has(s)));
}

/** Frozen so no caller can change the shared taxonomy by accident. */
export const RESPONSIBILITIES: readonly Responsibility[] = Object.freeze(
  TAXONOMY_DATA.flatMap(({ lane, responsibilities }) =>
    responsibilities.map((spec) =>
      Object.freeze<Responsibility>({
        id: spec.id,
        name: spec.name,
        lane,
        stages: orderStages(spec.stages),
        description: spec.description,
        producing: spec.producing ?? PRODUCING_LANES.has(lane),
        creditHint: spec.creditHint ?? null,
        tracksAmount: spec.tracksAmount ?? false,
      }),
    ),
  ),
);

/** A Map, so ids such as "constructor" or "__proto__" are simply unknown. */
const byId = new Map(RESPONSIBILITIES.map((r) => [r.id, r]));

/** The taxonomy entry with this exact id, or undefined (custom ids are never in it). */
export function getResponsibility(id: string): Responsibility | undefined {
  return byId.get(id);
}

/** Every lane as a key (empty lanes included), each list in taxonomy order; fresh arrays on every call. */
export function responsibilitiesByLane(): Record<Lane, Responsibility[]> {
  const out = Object.fromEntries(LANES.map((lane) => [lane, [] as Responsibility[]])) as Record<Lane, Responsibility[]>;
  for (const r of RESPONSIBILITIES) out[r.lane].push(r);
  return out;
}

// ---------------------------------------------------------------------------------------
// Custom responsibilities

export const CUSTOM_ID_PREFIX = "custom:";
export const CUSTOM_NAME_MAX = 120;
export const CUSTOM_DESCRIPTION_MAX = 240;

/** Stages a custom responsibility gets when none are given: where its lane usually works. */
const DEFAULT_STAGES: Record<Lane, readonly WorkStage[]> = {
  opportunity: ["development", "pre-production"],
  execution: ["pre-production", "production"],
  creative: ["development", "pre-production", "production"],
  post: ["post-production"],
  other: WORK_STAGES,
};

const CONTROL = /\p{Cc}/u;

/** NFC, every run of whitespace (newlines and tabs too) to one space, trimmed. */
function cleanLine(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Length in characters as people count them (code points, so an emoji is one). */
function charCount(text: string): number {
  return [...text].length;
}

/** FNV-1a, 32-bit, as 8 hex digits: a stable id for names with no letters or digits. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function invalid(field: string, message: string): never {
  throw new InvalidError(message, { [field]: [message] });
}

/**
 * A project's custom responsibility, mapped to a lane. Throws an InvalidError (an Error with
 * a user-readable message and fieldErrors) when the name is empty or longer than 120
 * characters, the lane or a stage is unknown, or the description is too long.
 * Invariants: the id is "custom:<slug of the name>" — never a taxonomy id, since those
 * have no ":" — and is the same for the same name (case, accents and spacing aside);
 * stages default to the lane's usual ones; `producing` defaults to the lane's (true for
 * opportunity and execution); creditHint is null and tracksAmount false.
 */
export function customResponsibility(input: {
  name: string;
  lane: Lane;
  stages?: WorkStage[];
  description?: string;
  producing?: boolean;
}): Responsibility {
  const name = cleanLine(typeof input.name === "string" ? input.name : "");
  if (name === "") invalid("name", "Give the responsibility a name.");
  if (charCount(name) > CUSTOM_NAME_MAX) {
    invalid("name", `Keep the responsibility name to ${CUSTOM_NAME_MAX} characters or fewer.`);
  }
  if (CONTROL.test(name)) invalid("name", "The responsibility name contains characters that can't be shown.");

  const lane = input.lane;
  if (!(LANES as readonly string[]).includes(lane)) invalid("lane", "Choose a lane for the responsibility.");

  const given = input.stages ?? [];
  for (const stage of given) {
    if (!(WORK_STAGES as readonly string[]).includes(stage)) invalid("stages", `"${String(stage)}" is not a stage of the work.`);
  }
  const stages = orderStages(given.length > 0 ? given : DEFAULT_STAGES[lane]);

  const description = cleanLine(input.description ?? "") || `A project-specific responsibility (${LANE_LABELS[lane]}).`;
  if (charCount(description) > CUSTOM_DESCRIPTION_MAX) {
    invalid("description", `Keep the description to ${CUSTOM_DESCRIPTION_MAX} characters or fewer.`);
  }

  const slug = slugify(name) || `x-${hashOf(name)}`;
  return Object.freeze<Responsibility>({
    id: `${CUSTOM_ID_PREFIX}${slug}`,
    name,
    lane,
    stages,
    description,
    producing: input.producing ?? PRODUCING_LANES.has(lane),
    creditHint: null,
    tracksAmount: false,
  });
}

/** The work stage a project at `projectStage` is in: distribution and released are marketing & distribution. */
export function workStageOfProject(projectStage: string): WorkStage {
  return (WORK_STAGES as readonly string[]).includes(projectStage) ? (projectStage as WorkStage) : "marketing-distribution";
}
