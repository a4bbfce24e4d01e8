import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { FrameRate, ProjectKind, ProjectStage } from "@/lib/projects/catalog";
import type { TeamRole } from "@/lib/auth/roles";
import type { CreditStatus } from "@/lib/decisions/credits-view";
import type { Degree } from "@/lib/work/degree";
import type { Lane, WorkStage } from "@/lib/work/taxonomy";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

/**
 * Goes up by one with every change to the record. A form or API client sends the revision it
 * opened; a save naming an older one is a conflict, never an overwrite (db/queries/revision.ts).
 */
const revision = () => integer("revision").notNull().default(1);

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** Always stored lower-cased: emails are case-insensitive. */
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  currentTeamId: text("current_team_id"),
  createdAt: createdAt(),
});
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** One row per signed-in browser; the JWT carries the id and is refused once revoked. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
export type Session = typeof sessions.$inferSelect;

/** Failed sign-ins, by key ("email:…" or "ip:…"), for the rate limiter. */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("sign_in_failures_key_at_idx").on(t.key, t.at)],
);

export const teams = sqliteTable("teams", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** The name emails from this team are sent as ("Lighthouse Pictures via Hatrack"); null = the team's name. */
  senderName: text("sender_name"),
  createdAt: createdAt(),
});
export type Team = typeof teams.$inferSelect;

export const memberships = sqliteTable(
  "memberships",
  {
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<TeamRole>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);
export type Membership = typeof memberships.$inferSelect;

/** One-time invitation links; only the SHA-256 of the token is kept. */
export const invites = sqliteTable(
  "invites",
  {
    id: text("id").primaryKey(),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    role: text("role").$type<TeamRole>().notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    usedBy: text("used_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("invites_token_hash_idx").on(t.tokenHash), index("invites_team_idx").on(t.teamId)],
);
export type Invite = typeof invites.$inferSelect;

export const projects = sqliteTable(
  "projects",
  {
    id: text("id").primaryKey(),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    kind: text("kind").$type<ProjectKind>().notNull(),
    logline: text("logline").notNull().default(""),
    stage: text("stage").$type<ProjectStage>().notNull(),
    /** Whole units of `currency`; null when not set. */
    budgetAmount: integer("budget_amount"),
    currency: text("currency").notNull().default("USD"),
    /** Target running time of the end credits, in seconds. */
    targetRuntimeSeconds: integer("target_runtime_seconds"),
    frameRate: text("frame_rate").$type<FrameRate>().notNull().default("24"),
    /** The Owner's overrides of the credit engine's thresholds (lib/credits/thresholds.ts); {} = defaults. */
    creditThresholds: text("credit_thresholds", { mode: "json" }).$type<Record<string, number>>().notNull().default(sql`'{}'`),
    /** The Owner's multi-hat review warning: concentration (0–1) above which one person carries too much; null = the default (lib/review/constants.ts). */
    concentrationThreshold: real("concentration_threshold"),
    /** End-credit list: merge one person's creative "by" credits ("Written and Directed by"). */
    mergeCreativeCredits: integer("merge_creative_credits", { mode: "boolean" }).notNull().default(true),
    /** End-credit list: a sole producer's "Produced by" may join the merge ("Written, Produced and Directed by"). Off unless the project opts in. */
    mergeProducedBy: integer("merge_produced_by", { mode: "boolean" }).notNull().default(false),
    archivedAt: integer("archived_at", { mode: "timestamp_ms" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    revision: revision(),
    /**
     * Changes (to a new random value) with every write that can change what the credit engine
     * reads for the project: SQLite triggers (migration 0007) on its work entries, custom
     * responsibilities, roster entries, credits and "not needed" marks, on its people's names
     * and on its budget, currency, kind and thresholds. The engine's results are cached keyed
     * to it (db/queries/project-cache.ts). Random, not a counter: a rolled-back write can't hand
     * its value to a later, different one.
     */
    dataRevision: integer("data_revision").notNull().default(0),
    /**
     * The part of dataRevision that the engine's 100,000-row read depends on: changes with its
     * work entries, custom responsibilities, roster entries and its people's names, not with
     * decisions or settings — so a decision reruns the engine on rows already read.
     */
    workRevision: integer("work_revision").notNull().default(0),
  },
  (t) => [index("projects_team_idx").on(t.teamId)],
);
export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;

/** A team's people directory, reused across its projects. */
export const people = sqliteTable(
  "people",
  {
    id: text("id").primaryKey(),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    /** Exactly as it will appear on screen (trimmed, NFC). */
    creditedName: text("credited_name").notNull(),
    /** "Last, First"; derived from the credited name unless `sortNameCustom`. */
    sortName: text("sort_name").notNull(),
    sortNameCustom: integer("sort_name_custom", { mode: "boolean" }).notNull().default(false),
    /** The sort name without case or accents: SQLite orders by bytes, so lists order by this. */
    sortKey: text("sort_key").notNull().default(""),
    familyNameFirst: integer("family_name_first", { mode: "boolean" }).notNull().default(false),
    /** Duplicate detection key: the name without case, accents or punctuation. */
    nameKey: text("name_key").notNull().default(""),
    legalName: text("legal_name"),
    pronouns: text("pronouns"),
    /** Lower-cased. */
    email: text("email"),
    phone: text("phone"),
    /** Guild and union affiliations, a JSON array of GUILDS values. */
    unions: text("unions", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    revision: revision(),
  },
  (t) => [
    index("people_team_idx").on(t.teamId),
    index("people_team_name_key_idx").on(t.teamId, t.nameKey),
    index("people_team_email_idx").on(t.teamId, t.email),
  ],
);
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/** A person's place on a project: one row per hat (department + role). */
export const rosterEntries = sqliteTable(
  "roster_entries",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** Display name of the department (the catalogue's, or free text). */
    department: text("department").notNull(),
    /** Display name of the role (the catalogue's, or free text). */
    role: text("role").notNull(),
    /** Catalogue ids when the department / role is a canonical one. */
    departmentId: text("department_id"),
    roleId: text("role_id"),
    /** Catalogue order (department, then role): sorts the roster in end-crawl order in SQL. */
    sortKey: integer("sort_key").notNull().default(0),
    /** For cast entries: the character played, shown in the credit list's cast block. */
    character: text("character"),
    createdAt: createdAt(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    revision: revision(),
  },
  (t) => [
    index("roster_entries_project_idx").on(t.projectId, t.sortKey),
    index("roster_entries_person_idx").on(t.personId),
  ],
);
export type RosterEntry = typeof rosterEntries.$inferSelect;
export type NewRosterEntry = typeof rosterEntries.$inferInsert;

/**
 * A crew name check: a private link a crew member opens without an account to confirm how
 * their name and roles will read in the credits, or propose a correction.
 */
export const nameChecks = sqliteTable(
  "name_checks",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    /** "confirmed" or "proposed" once the crew member answered. */
    response: text("response").$type<"confirmed" | "proposed">(),
    respondedAt: integer("responded_at", { mode: "timestamp_ms" }),
    proposedName: text("proposed_name"),
    proposedPronouns: text("proposed_pronouns"),
    proposedNote: text("proposed_note"),
    /** An Editor's decision on a proposal. */
    decision: text("decision").$type<"accepted" | "rejected">(),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("name_checks_token_hash_idx").on(t.tokenHash),
    index("name_checks_project_person_idx").on(t.projectId, t.personId),
  ],
);
export type NameCheck = typeof nameChecks.$inferSelect;

/** A responsibility a project adds to the taxonomy, mapped to a lane. Work entries cite it as "custom:<slug>". */
export const customResponsibilities = sqliteTable(
  "custom_responsibilities",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "custom:<slug>", unique within the project. */
    responsibilityId: text("responsibility_id").notNull(),
    name: text("name").notNull(),
    lane: text("lane").$type<Lane>().notNull(),
    stages: text("stages", { mode: "json" }).$type<WorkStage[]>().notNull(),
    description: text("description").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("custom_responsibilities_project_rid_idx").on(t.projectId, t.responsibilityId)],
);
export type CustomResponsibility = typeof customResponsibilities.$inferSelect;

/** One piece of work a person did on a project: the evidence credit titles are suggested from. */
export const workEntries = sqliteTable(
  "work_entries",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** A taxonomy id (lib/work/taxonomy-data.ts) or "custom:<slug>" of this project. */
    responsibilityId: text("responsibility_id").notNull(),
    stage: text("stage").$type<WorkStage>().notNull(),
    degree: text("degree").$type<Degree>().notNull(),
    effortHours: real("effort_hours"),
    /** ISO dates (YYYY-MM-DD); end only with a start, never before it. */
    startDate: text("start_date"),
    endDate: text("end_date"),
    note: text("note").notNull().default(""),
    /** Whole units of the project's currency; financing work only. */
    amountRaised: integer("amount_raised"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    revision: revision(),
  },
  (t) => [
    // Also everything the credit engine reads of a project's work log (db/queries/credit-input.ts),
    // so that read never visits the table: 100,000 entries come off the index's pages in order
    // instead of one table page per row in responsibility order (issue 16, linear growth).
    index("work_entries_engine_idx").on(t.projectId, t.personId, t.responsibilityId, t.stage, t.degree, t.effortHours, t.amountRaised, t.id),
    index("work_entries_project_resp_idx").on(t.projectId, t.responsibilityId),
  ],
);
export type WorkEntry = typeof workEntries.$inferSelect;
export type NewWorkEntry = typeof workEntries.$inferInsert;

export type { CreditStatus };

/**
 * A decision about a person's title on a project: a suggestion accepted, rejected or
 * overridden with a custom title, or a title typed by hand. `locked` marks it contractual:
 * nothing changes it until an Editor unlocks it.
 */
export const credits = sqliteTable(
  "credits",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** The engine's title id this decision answers (lib/credits/titles.ts); null for a hand-typed title. */
    suggestedTitle: text("suggested_title"),
    /** The title held (the suggestion's label, or the override / hand-typed text). */
    title: text("title").notNull(),
    status: text("status").$type<CreditStatus>().notNull(),
    locked: integer("locked", { mode: "boolean" }).notNull().default(false),
    /** The suggestion as it read when decided (confidence + reasons), to show what changed since. */
    basis: text("basis").notNull().default(""),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }).notNull(),
    /** Set by "accept all high-confidence": the handle its one undo removes the batch by. */
    batchId: text("batch_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("credits_project_person_idx").on(t.projectId, t.personId),
    uniqueIndex("credits_project_person_suggested_idx").on(t.projectId, t.personId, t.suggestedTitle),
  ],
);
export type Credit = typeof credits.$inferSelect;

/**
 * A finding someone dismissed, with why. It holds while the finding's facts are unchanged
 * (`fingerprint`); when they change, the finding is raised again (lib/decisions/dismissals.ts).
 */
export const findingDismissals = sqliteTable(
  "finding_dismissals",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    findingId: text("finding_id").notNull(),
    fingerprint: text("fingerprint").notNull(),
    reason: text("reason").notNull(),
    dismissedBy: text("dismissed_by").references(() => users.id, { onDelete: "set null" }),
    dismissedAt: integer("dismissed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.findingId] })],
);
export type FindingDismissal = typeof findingDismissals.$inferSelect;

/** A producing function the project marked "not needed here": never reported as uncovered. */
export const notNeededFunctions = sqliteTable(
  "not_needed_functions",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    responsibilityId: text("responsibility_id").notNull(),
    reason: text("reason").notNull().default(""),
    markedBy: text("marked_by").references(() => users.id, { onDelete: "set null" }),
    markedAt: integer("marked_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.responsibilityId] })],
);
export type NotNeededFunction = typeof notNeededFunctions.$inferSelect;

/** Every decision on a credit, oldest first: who, when, what and why. */
export const creditEvents = sqliteTable(
  "credit_events",
  {
    id: text("id").primaryKey(),
    creditId: text("credit_id")
      .notNull()
      .references(() => credits.id, { onDelete: "cascade" }),
    action: text("action")
      .$type<"accepted" | "rejected" | "overridden" | "added" | "locked" | "unlocked" | "reopened" | "renamed">()
      .notNull(),
    title: text("title").notNull(),
    reason: text("reason").notNull().default(""),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("credit_events_credit_idx").on(t.creditId, t.at)],
);
export type CreditEvent = typeof creditEvents.$inferSelect;

/**
 * The project's working end-credit list (lib/end-credits CreditList as JSON). `revision`
 * goes up with every save: a save naming an older revision is a conflict, never an overwrite.
 */
export const creditLists = sqliteTable("credit_lists", {
  projectId: text("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  list: text("list", { mode: "json" }).$type<unknown>().notNull(),
  /** What the list was built from (lib/end-credits/sources.ts); null for a list built before it was kept. */
  sources: text("sources", { mode: "json" }).$type<unknown>(),
  revision: integer("revision").notNull().default(1),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** A named snapshot of the list; a locked one was "sent to post" and is read-only. */
export const creditListVersions = sqliteTable(
  "credit_list_versions",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    list: text("list", { mode: "json" }).$type<unknown>().notNull(),
    /** The working list's sources when the version was saved (restoring brings them back). */
    sources: text("sources", { mode: "json" }).$type<unknown>(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lockedAt: integer("locked_at", { mode: "timestamp_ms" }),
    lockedBy: text("locked_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("credit_list_versions_project_idx").on(t.projectId, t.createdAt)],
);
export type CreditListVersion = typeof creditListVersions.$inferSelect;

/** Logos for the credit list: PNG or sanitized SVG, size-limited. */
export const creditAssets = sqliteTable(
  "credit_assets",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    mime: text("mime").$type<"image/png" | "image/svg+xml">().notNull(),
    data: blob("data", { mode: "buffer" }).notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("credit_assets_project_idx").on(t.projectId)],
);

/**
 * What an undo can put back: the rows a deletion removed, kept on the server for a short while.
 * The client holds only a random token (stored here as its SHA-256); an undo is accepted once,
 * from the user who deleted, on the same project, before `expiresAt`.
 */
export const undoTokens = sqliteTable(
  "undo_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"work-entries" | "roster-entries">().notNull(),
    rows: text("rows", { mode: "json" }).$type<unknown[]>().notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("undo_tokens_expires_idx").on(t.expiresAt)],
);

export type OutboxKind = "invite" | "name-check-request" | "name-check-answer";
/**
 * queued: waiting to be sent (or to be tried again at `nextAttemptAt`); sent; failed: gave up
 * after the last attempt; held: written while no SMTP server was configured, never sent (the
 * outbox page shows it with its link to copy); expired: its link expired before it could go.
 */
export type OutboxStatus = "queued" | "sent" | "failed" | "held" | "expired";

/**
 * Email waiting to go out, and what went. Written in the same transaction as what it tells
 * about (an invitation, a name check), sent by the outbox loop (server/mail/outbox.ts); a
 * message is claimed before it is sent (`claimedUntil`), so two loops never send it twice,
 * and its attempts and next try are kept here, so retries survive a restart.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    projectId: text("project_id").references(() => projects.id, { onDelete: "cascade" }),
    kind: text("kind").$type<OutboxKind>().notNull(),
    /** One message per fact: a second request for the same one is ignored (idempotent). */
    dedupeKey: text("dedupe_key").notNull(),
    toAddress: text("to_address").notNull(),
    toName: text("to_name").notNull().default(""),
    fromName: text("from_name").notNull(),
    replyTo: text("reply_to"),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    /** The link the message carries, for the outbox page's copy button. */
    link: text("link"),
    status: text("status").$type<OutboxStatus>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    /** When the link inside stops working: a message still queued then is not sent. */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("outbox_dedupe_idx").on(t.dedupeKey),
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_team_idx").on(t.teamId, t.createdAt),
  ],
);
export type OutboxMessage = typeof outbox.$inferSelect;

/**
 * Projects whose revision triggers are held for the current transaction: a bulk write (the
 * roster import's 20,000 entries) adds its project here, inserts, removes it and gives the
 * project new revisions once, instead of one trigger UPDATE per row. A row lives only inside
 * the writing transaction (see db/queries/project-cache.ts `withRevisionsHeld`).
 */
export const revisionHolds = sqliteTable("revision_holds", {
  projectId: text("project_id").primaryKey(),
});
