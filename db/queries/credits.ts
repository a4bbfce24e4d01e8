import { and, asc, eq, inArray } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { creditEvents, credits, findingDismissals, notNeededFunctions, people, projects, rosterEntries, users, type Credit, type CreditEvent, type Project } from "@/db/schema";
import { suggestCredits } from "@/lib/credits/engine";
import type { EngineOutput, Finding, Suggestion, WorkEntryInput } from "@/lib/credits/types";
import { resolveThresholds, type Thresholds } from "@/lib/credits/thresholds";
import { isCreditTitleId, matchTitle, titleLabel } from "@/lib/credits/titles";
import { claimsFromRoster, type Claim } from "@/lib/decisions/claims";
import { applyDismissals, type Dismissal } from "@/lib/decisions/dismissals";
import { overridesOf } from "@/lib/decisions/threshold-fields";
import { basisOf, buildReview, bulkAcceptable, filterReview, heldCredits, pageStarts, reviewTitles, type CreditRecord, type ReviewFilter } from "@/lib/decisions/credits-view";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/tokens";
import { getResponsibility, RESPONSIBILITIES, type Responsibility } from "@/lib/work/taxonomy";
import { requireProjectPermission, type Actor } from "./access";
import { loadEngineRows } from "./credit-input";
import { cachedForProject } from "./project-cache";
import { customAsResponsibility } from "./work";

/** People per page of the credits page and its API. */
export const CREDITS_PAGE_SIZE = 100;
/** Credits (rows) per page at most: fewer people a page when they hold many titles (lib/decisions/credits-view.ts pageStarts). */
export const CREDITS_PAGE_ROWS = 150;

export function recordsOf(db: Conn, projectId: string): CreditRecord[] {
  return db
    .select()
    .from(credits)
    .where(eq(credits.projectId, projectId))
    .all()
    .map((c) => ({ id: c.id, personId: c.personId, suggestedTitle: c.suggestedTitle, title: c.title, status: c.status, locked: c.locked, basis: c.basis, decidedAt: c.decidedAt.getTime() }));
}

/** The roster's producer-family claims (lib/decisions/claims.ts). No access check. */
export function claimsOf(db: Conn, projectId: string): Claim[] {
  const rows = db
    .select({ personId: rosterEntries.personId, role: rosterEntries.role, roleId: rosterEntries.roleId, department: rosterEntries.department })
    .from(rosterEntries)
    .where(eq(rosterEntries.projectId, projectId))
    .orderBy(asc(rosterEntries.sortKey), asc(rosterEntries.createdAt), asc(rosterEntries.id))
    .all();
  return claimsFromRoster(rows);
}

/** Functions the project marked "not needed here", with who and why. No access check. */
export function notNeededOf(db: Conn, projectId: string) {
  return db
    .select({ responsibilityId: notNeededFunctions.responsibilityId, reason: notNeededFunctions.reason, markedAt: notNeededFunctions.markedAt, markedBy: users.name })
    .from(notNeededFunctions)
    .leftJoin(users, eq(users.id, notNeededFunctions.markedBy))
    .where(eq(notNeededFunctions.projectId, projectId))
    .orderBy(asc(notNeededFunctions.responsibilityId))
    .all();
}

/** What the credit engine makes of a project as stored, and the credits page's model built on it (buildReview). */
export type EngineState = {
  /** The decisions (the engine reads the held ones). */
  records: CreditRecord[];
  /** The roster's producer-family claims. */
  claims: Claim[];
  output: EngineOutput;
  /** Everyone on the roster or with work logged, by id. */
  people: { id: string; name: string }[];
  names: ReadonlyMap<string, string>;
  responsibilities: Responsibility[];
  entries: WorkEntryInput[];
  entryCount: number;
  /** Every person's suggestions, claims and decisions, in billing order, and the summary. */
  review: ReturnType<typeof buildReview>;
};

function computeEngineState(db: Conn, project: Project): EngineState {
  const records = recordsOf(db, project.id);
  // The 100,000-row read (and the roster's claims) only when the work log, the roster or a name changed since the last one.
  const rows = cachedForProject(db, "engine-rows", "work", project, () => ({ ...loadEngineRows(db, project.id), claims: claimsOf(db, project.id) }), (r) => r.entries.length + r.people.length);
  const claims = rows.claims;
  const responsibilities: Responsibility[] = [...RESPONSIBILITIES, ...rows.custom.map(customAsResponsibility)];
  const notApplicable = db.select({ id: notNeededFunctions.responsibilityId }).from(notNeededFunctions).where(eq(notNeededFunctions.projectId, project.id)).all().map((r) => r.id);
  const output: EngineOutput = suggestCredits({
    budget: { amount: project.budgetAmount, currency: project.currency },
    project: { kind: project.kind },
    people: rows.people,
    responsibilities,
    entries: rows.entries,
    credits: heldCredits(records),
    thresholds: resolveThresholds(project.creditThresholds as Partial<Thresholds>),
    notApplicable,
  });
  const names = new Map(rows.people.map((p) => [p.id, p.name]));
  const review = buildReview(output.suggestions, records, { claims, names });
  return { records, claims, output, people: rows.people, names, responsibilities, entries: rows.entries, entryCount: rows.entries.length, review };
}

/**
 * Runs the engine on the project as stored — its work, budget, kind, roster, people's names,
 * held credits, thresholds and "not needed" marks — or returns the result computed at the same
 * data revision (db/queries/project-cache.ts), so a view or a decision doesn't read 100,000
 * work entries again. `project` is the row read before (requireProjectPermission's). No access
 * check. The result is shared: never mutate it.
 */
export function runEngine(db: Conn, project: Project): EngineState {
  return cachedForProject(db, "engine", "data", project, () => computeEngineState(db, project), (s) => s.output.suggestions.length + s.people.length);
}

function dismissalsOf(db: Conn, projectId: string): (Dismissal & { dismissedByName: string | null })[] {
  return db
    .select({ d: findingDismissals, name: users.name })
    .from(findingDismissals)
    .leftJoin(users, eq(users.id, findingDismissals.dismissedBy))
    .where(eq(findingDismissals.projectId, projectId))
    .all()
    .map(({ d, name }) => ({ findingId: d.findingId, fingerprint: d.fingerprint, reason: d.reason, dismissedBy: d.dismissedBy, dismissedAt: d.dismissedAt.getTime(), dismissedByName: name }));
}

export type CreditHistoryItem = Pick<CreditEvent, "id" | "action" | "title" | "reason"> & { at: number; userName: string | null };

/** No view asked for: the page opens on what needs deciding when anything does (see creditsReview). */
export const DEFAULT_REVIEW_FILTER: Omit<ReviewFilter, "view"> & { view: null } = { view: null, title: null, confidence: null };

/**
 * Everything the credits page shows: the suggestions and claims with their decisions (people in
 * billing order, filtered and paged: CREDITS_PAGE_SIZE people a page, fewer when they'd pass
 * CREDITS_PAGE_ROWS credits), the findings with the dismissals that hold and those raised
 * again, the history of the credits on the page.
 */
export function creditsReview(db: DB, actor: Actor, projectId: string, requested: Omit<ReviewFilter, "view"> & { view: ReviewFilter["view"] | null } = DEFAULT_REVIEW_FILTER, page = 1) {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  const { output, names, responsibilities, entryCount, review } = runEngine(db, project);
  // No view asked for: what needs deciding when anything does, else everything.
  const filter: ReviewFilter = { ...requested, view: requested.view ?? (review.summary.undecided + review.summary.changed > 0 ? "decide" : "all") };
  const filtered = filterReview(review.people, filter);
  const starts = pageStarts(filtered, CREDITS_PAGE_SIZE, CREDITS_PAGE_ROWS);
  const pages = starts.length;
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const shown = filtered.slice(starts[current - 1], starts[current] ?? filtered.length);
  const ids = shown.flatMap((p) => p.rows.map((r) => r.credit?.id).filter((id): id is string => Boolean(id)));
  const history: Record<string, CreditHistoryItem[]> = {};
  if (ids.length) {
    for (let i = 0; i < ids.length; i += 500) {
      const rows = db
        .select({ e: creditEvents, userName: users.name })
        .from(creditEvents)
        .leftJoin(users, eq(users.id, creditEvents.userId))
        .where(inArray(creditEvents.creditId, ids.slice(i, i + 500)))
        .orderBy(asc(creditEvents.at), asc(creditEvents.id))
        .all();
      for (const { e, userName } of rows) (history[e.creditId] ??= []).push({ id: e.id, action: e.action, title: e.title, reason: e.reason, at: e.at.getTime(), userName });
    }
  }
  const dismissals = dismissalsOf(db, projectId);
  const findings = applyDismissals(output.findings, dismissals);
  const dismissedBy = new Map(dismissals.map((d) => [d.findingId, d.dismissedByName]));
  return {
    project,
    role,
    people: shown,
    summary: review.summary,
    filter,
    titles: reviewTitles(review.people),
    paging: { page: current, pages, people: filtered.length, allPeople: review.people.length, pageSize: CREDITS_PAGE_SIZE },
    findings,
    dismissedBy,
    notNeeded: notNeededOf(db, projectId),
    stats: output.stats,
    /** Everyone on the project by id (server-side look-ups; the page sends only the names it shows). */
    names,
    responsibilities,
    history,
    entryCount,
  };
}

function requireCredit(db: Conn, projectId: string, creditId: string): Credit {
  const row = db.select().from(credits).where(and(eq(credits.id, creditId), eq(credits.projectId, projectId))).get();
  if (!row) throw new NotFoundError("That credit no longer exists.");
  return row;
}

function requirePersonOnProject(db: Conn, project: Project, personId: string, known: ReadonlyMap<string, string>): void {
  if (known.has(personId)) return;
  const row = db.select({ id: people.id }).from(people).where(and(eq(people.id, personId), eq(people.teamId, project.teamId))).get();
  if (!row) throw new NotFoundError("Person not found.");
  throw new InvalidError("That person is not on this project's roster.", { personId: ["Choose someone on this project's roster."] });
}

function event(db: Conn, creditId: string, actor: Actor, action: CreditEvent["action"], title: string, reason: string, at: Date) {
  db.insert(creditEvents).values({ id: newId(), creditId, action, title, reason, userId: actor.userId, at }).run();
}

/** The state a decision form was opened on: "none" before any decision, else the decision's time. */
export function decisionToken(credit: Pick<CreditRecord, "decidedAt"> | null | undefined): string {
  return credit ? String(credit.decidedAt) : "none";
}

const STATUS_WORDS: Record<Credit["status"], string> = { accepted: "accepted", rejected: "rejected", overridden: "overridden", manual: "typed by hand" };

/** Refuses a decision made on a stale form: somebody decided this credit since it was opened. */
function checkToken(db: Conn, existing: Credit | undefined, expected: string | undefined): void {
  if (expected === undefined || expected === decisionToken(existing ? { decidedAt: existing.decidedAt.getTime() } : null)) return;
  if (!existing) throw new ConflictError("The decision you were changing was removed since you opened it. Nothing was saved: reload to see the credits as they are now.");
  const who = existing.decidedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, existing.decidedBy)).get()?.name : null;
  throw new ConflictError(`${who ?? "Someone"} changed this decision since you opened it: it is now ${STATUS_WORDS[existing.status]} as "${existing.title}". Nothing was saved: reload to see it, then decide again.`);
}

/** A title the person already holds through another decision (typed by hand, locked…), which would bill twice. */
function alreadyHeld(db: Conn, projectId: string, personId: string, titleId: string, except: string | null): Credit | undefined {
  return db
    .select()
    .from(credits)
    .where(and(eq(credits.projectId, projectId), eq(credits.personId, personId)))
    .all()
    .find((c) => c.id !== except && c.status !== "rejected" && (c.suggestedTitle === titleId || matchTitle(c.title) === titleId));
}

export type Decision =
  | { action: "accept"; personId: string; titleId: string; reason: string; expected?: string }
  | { action: "reject"; personId: string; titleId: string; reason: string; expected?: string }
  | { action: "override"; personId: string; titleId: string; title: string; reason: string; expected?: string };

/**
 * An Editor's decision on a suggestion, a roster claim, or a decided credit whose suggestion
 * was withdrawn. Accepting needs the engine to suggest it now or the roster to claim it; a
 * locked credit refuses every decision until unlocked; a form opened before somebody else
 * decided is refused (`expected`, see decisionToken); a title the person already holds in
 * another way is not accepted twice. The suggestion's basis is stored to show later changes.
 */
export function decideCredit(db: DB, actor: Actor, projectId: string, decision: Decision, now = Date.now()): Credit {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    if (!isCreditTitleId(decision.titleId)) throw new InvalidError("Unknown title.");
    const existing = tx
      .select()
      .from(credits)
      .where(and(eq(credits.projectId, projectId), eq(credits.personId, decision.personId), eq(credits.suggestedTitle, decision.titleId)))
      .get();
    checkToken(tx, existing, decision.expected);
    if (existing?.locked) throw new ConflictError(`"${existing.title}" is locked as contractual. Unlock it first.`);
    const { output, names: onProject, claims } = runEngine(tx, project);
    const suggestion: Suggestion | undefined = output.suggestions.find((s) => s.personId === decision.personId && s.title === decision.titleId);
    const claim = claims.find((c) => c.personId === decision.personId && c.titleId === decision.titleId);
    if (!suggestion && !claim && !existing) {
      requirePersonOnProject(tx, project, decision.personId, onProject);
      throw new ConflictError("That suggestion is no longer made (the work log changed). Reload to see the current suggestions.");
    }
    if (decision.action === "accept" && !suggestion && !claim) {
      throw new ConflictError("The engine no longer suggests this title, so it can't be accepted. Override it with a title of your choice instead.");
    }
    if (decision.action !== "reject") {
      const twin = alreadyHeld(tx, projectId, decision.personId, decision.titleId, existing?.id ?? null);
      if (twin) {
        throw new ConflictError(`They already hold "${twin.title}"${twin.locked ? " (locked as contractual)" : twin.status === "manual" ? " (typed by hand)" : ""}: holding it twice would bill it twice. Reject this one instead.`);
      }
    }
    const label = titleLabel(decision.titleId);
    const status = decision.action === "accept" ? "accepted" : decision.action === "reject" ? "rejected" : "overridden";
    const title = decision.action === "override" ? decision.title : label;
    const basis = suggestion ? basisOf(suggestion) : (existing?.basis ?? "");
    const reason = decision.reason || (!suggestion && claim ? `From the roster: ${claim.role}${claim.department ? ` (${claim.department})` : ""}` : "");
    const at = new Date(now);
    let row: Credit;
    if (existing) {
      row = tx.update(credits).set({ status, title, basis, decidedBy: actor.userId, decidedAt: at, batchId: null }).where(eq(credits.id, existing.id)).returning().get();
    } else {
      row = tx
        .insert(credits)
        .values({ id: newId(), projectId, personId: decision.personId, suggestedTitle: decision.titleId, title, status, basis, decidedBy: actor.userId, decidedAt: at })
        .returning()
        .get();
    }
    event(tx, row.id, actor, status, title, reason, at);
    return row;
  });
}

const BULK_REASON = "Accepted with every high-confidence suggestion";
/** How long "accept all high-confidence" can be undone. */
export const BULK_UNDO_MS = 30 * 60 * 1000;

/**
 * Accepts every undecided high-confidence suggestion in its own right (lib/decisions/credits-view.ts
 * bulkAcceptable), in one transaction, under one batch id: the handle of its one undo.
 */
export function acceptAllHighConfidence(db: DB, actor: Actor, projectId: string, now = Date.now()): { batchId: string | null; accepted: { personId: string; titleId: string; title: string }[] } {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    const { review } = runEngine(tx, project);
    const rows = bulkAcceptable(review.people);
    if (rows.length === 0) return { batchId: null, accepted: [] };
    const batchId = newId();
    const at = new Date(now);
    const accepted: { personId: string; titleId: string; title: string }[] = [];
    for (const row of rows) {
      const title = titleLabel(row.titleId);
      const id = newId();
      tx.insert(credits).values({ id, projectId, personId: row.personId, suggestedTitle: row.titleId, title, status: "accepted", basis: basisOf(row.suggestion), decidedBy: actor.userId, decidedAt: at, batchId }).run();
      event(tx, id, actor, "accepted", title, BULK_REASON, at);
      accepted.push({ personId: row.personId, titleId: row.titleId, title });
    }
    return { batchId, accepted };
  });
}

/**
 * Undoes "accept all high-confidence": removes the batch's decisions that nobody changed since
 * (a credit decided again, locked or unlocked leaves the batch). Only the person who accepted
 * them, within BULK_UNDO_MS. Returns how many were undone.
 */
export function undoAcceptAll(db: DB, actor: Actor, projectId: string, batchId: string, now = Date.now()): number {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const rows = tx.select().from(credits).where(and(eq(credits.projectId, projectId), eq(credits.batchId, batchId))).all();
    if (rows.length === 0) throw new NotFoundError("Nothing left to undo: those credits were decided again since.");
    if (rows.some((r) => r.decidedBy !== actor.userId)) throw new NotFoundError("Nothing left to undo.");
    if (rows.every((r) => now - r.decidedAt.getTime() > BULK_UNDO_MS)) throw new ConflictError("It is too late to undo that: decide the credits one by one instead.");
    const ids = rows.filter((r) => r.status === "accepted" && !r.locked).map((r) => r.id);
    if (ids.length) tx.delete(credits).where(inArray(credits.id, ids)).run();
    return ids.length;
  });
}

/** A title typed by hand (e.g. a contractual credit), not from a suggestion. */
export function addManualCredit(db: DB, actor: Actor, projectId: string, input: { personId: string; title: string; reason: string; locked: boolean }, now = Date.now()): Credit {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    requirePersonOnProject(tx, project, input.personId, runEngine(tx, project).names);
    const known = matchTitle(input.title);
    const same = tx
      .select({ id: credits.id, title: credits.title, status: credits.status, suggestedTitle: credits.suggestedTitle })
      .from(credits)
      .where(and(eq(credits.projectId, projectId), eq(credits.personId, input.personId)))
      .all()
      .find((c) => c.status !== "rejected" && (c.title.localeCompare(input.title, undefined, { sensitivity: "base" }) === 0 || (known !== null && (c.suggestedTitle === known || matchTitle(c.title) === known))));
    if (same) throw new InvalidError(`They already hold "${same.title}".`, { title: [`They already hold "${same.title}".`] });
    const at = new Date(now);
    const row = tx
      .insert(credits)
      .values({ id: newId(), projectId, personId: input.personId, suggestedTitle: null, title: input.title, status: "manual", locked: input.locked, basis: "", decidedBy: actor.userId, decidedAt: at })
      .returning()
      .get();
    event(tx, row.id, actor, "added", input.title, input.reason, at);
    if (input.locked) event(tx, row.id, actor, "locked", input.title, "", at);
    return row;
  });
}

/** Locks a held credit as contractual, or unlocks it. Rejected suggestions hold nothing to lock. */
export function setCreditLocked(db: DB, actor: Actor, projectId: string, creditId: string, locked: boolean, reason: string, now = Date.now()): Credit {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const credit = requireCredit(tx, projectId, creditId);
    if (credit.locked === locked) return credit;
    if (locked && credit.status === "rejected") throw new ConflictError("A rejected suggestion holds no title to lock. Accept or override it first.");
    const at = new Date(now);
    const row = tx.update(credits).set({ locked, decidedBy: actor.userId, decidedAt: at, batchId: null }).where(eq(credits.id, creditId)).returning().get();
    event(tx, creditId, actor, locked ? "locked" : "unlocked", credit.title, reason, at);
    return row;
  });
}

/** Removes a hand-typed title (suggestion decisions are changed, not removed). Locked ones stay. */
export function removeManualCredit(db: DB, actor: Actor, projectId: string, creditId: string): Credit {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const credit = requireCredit(tx, projectId, creditId);
    if (credit.suggestedTitle !== null) throw new ConflictError("Only titles typed by hand can be removed; reject the suggestion instead.");
    if (credit.locked) throw new ConflictError(`"${credit.title}" is locked as contractual. Unlock it first.`);
    tx.delete(credits).where(eq(credits.id, creditId)).run();
    return credit;
  });
}

/** The Owner's thresholds; only values that differ from the defaults are stored. */
export function updateCreditThresholds(db: DB, actor: Actor, projectId: string, values: Thresholds | null): Project {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "credits:configure");
    return tx
      .update(projects)
      .set({ creditThresholds: values ? (overridesOf(resolveThresholds(values)) as Record<string, number>) : {}, updatedAt: new Date() })
      .where(eq(projects.id, projectId))
      .returning()
      .get();
  });
}

/**
 * Dismisses a finding with a reason that is kept (who, when, why). Refused when the finding no
 * longer exists or its facts changed since the user read it (`fingerprint`): nothing is
 * dismissed that the user did not see.
 */
export function dismissFinding(db: DB, actor: Actor, projectId: string, input: { findingId: string; fingerprint: string; reason: string }, now = Date.now()): Finding {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    const { output } = runEngine(tx, project);
    const f = output.findings.find((x) => x.id === input.findingId);
    if (!f) throw new ConflictError("That finding no longer applies: the credits or the work log changed since you opened the page.");
    if (f.fingerprint !== input.fingerprint) throw new ConflictError("That finding changed since you opened the page: read it again before dismissing it.");
    const values = { projectId, findingId: f.id, fingerprint: f.fingerprint, reason: input.reason, dismissedBy: actor.userId, dismissedAt: new Date(now) };
    tx.insert(findingDismissals)
      .values(values)
      .onConflictDoUpdate({ target: [findingDismissals.projectId, findingDismissals.findingId], set: { fingerprint: values.fingerprint, reason: values.reason, dismissedBy: values.dismissedBy, dismissedAt: values.dismissedAt } })
      .run();
    return f;
  });
}

/** Shows a dismissed finding again. */
export function restoreFinding(db: DB, actor: Actor, projectId: string, findingId: string): void {
  db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const row = tx.select().from(findingDismissals).where(and(eq(findingDismissals.projectId, projectId), eq(findingDismissals.findingId, findingId))).get();
    if (!row) throw new NotFoundError("That finding is not dismissed.");
    tx.delete(findingDismissals).where(and(eq(findingDismissals.projectId, projectId), eq(findingDismissals.findingId, findingId))).run();
  });
}

/**
 * Marks a producing function "not needed here" (never reported as uncovered), or needed again.
 * The function must be a producing one of the taxonomy or of the project's own.
 */
export function setFunctionNeeded(db: DB, actor: Actor, projectId: string, input: { responsibilityId: string; needed: boolean; reason: string }, now = Date.now()): { name: string } {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    const r = getResponsibility(input.responsibilityId) ?? runEngine(tx, project).responsibilities.find((x) => x.id === input.responsibilityId);
    if (!r || !r.producing) throw new InvalidError("That is not a producing function of this project.", { responsibilityId: ["Choose a producing function."] });
    if (input.needed) {
      tx.delete(notNeededFunctions).where(and(eq(notNeededFunctions.projectId, projectId), eq(notNeededFunctions.responsibilityId, r.id))).run();
    } else {
      const values = { projectId, responsibilityId: r.id, reason: input.reason, markedBy: actor.userId, markedAt: new Date(now) };
      tx.insert(notNeededFunctions)
        .values(values)
        .onConflictDoUpdate({ target: [notNeededFunctions.projectId, notNeededFunctions.responsibilityId], set: { reason: values.reason, markedBy: values.markedBy, markedAt: values.markedAt } })
        .run();
    }
    return { name: r.name };
  });
}

/** How the end-credit list merges one person's credits (project settings). */
export function updateMergeSettings(db: DB, actor: Actor, projectId: string, input: { mergeCreativeCredits: boolean; mergeProducedBy: boolean }): Project {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    return tx
      .update(projects)
      .set({ mergeCreativeCredits: input.mergeCreativeCredits, mergeProducedBy: input.mergeProducedBy, updatedAt: new Date() })
      .where(eq(projects.id, projectId))
      .returning()
      .get();
  });
}

/** Findings count and a short state, for the project overview (dismissed findings not counted). */
export function creditsHealth(db: DB, actor: Actor, projectId: string) {
  const { project } = requireProjectPermission(db, actor, projectId, "project:read");
  const { output, entryCount, review } = runEngine(db, project);
  const { active } = applyDismissals(output.findings, dismissalsOf(db, projectId));
  return { findings: active.length, warnings: active.filter((f) => f.severity === "warning").length, summary: review.summary, entryCount };
}
