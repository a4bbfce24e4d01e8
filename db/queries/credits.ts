import { and, asc, eq, inArray } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { creditEvents, credits, people, projects, users, type Credit, type CreditEvent, type Project } from "@/db/schema";
import { suggestCredits, type EngineOutput, type Suggestion } from "@/lib/credits/engine";
import { resolveThresholds, type Thresholds } from "@/lib/credits/thresholds";
import { isCreditTitleId, titleLabel } from "@/lib/credits/titles";
import { overridesOf } from "@/lib/decisions/threshold-fields";
import { basisOf, buildReview, heldCredits, type CreditRecord } from "@/lib/decisions/review";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/tokens";
import type { Responsibility } from "@/lib/work/taxonomy";
import { requireProjectPermission, type Actor } from "./access";
import { loadEngineRows } from "./credit-input";
import { customAsResponsibility } from "./work";
import { RESPONSIBILITIES } from "@/lib/work/taxonomy";

export function recordsOf(db: Conn, projectId: string): CreditRecord[] {
  return db
    .select()
    .from(credits)
    .where(eq(credits.projectId, projectId))
    .all()
    .map((c) => ({ id: c.id, personId: c.personId, suggestedTitle: c.suggestedTitle, title: c.title, status: c.status, locked: c.locked, basis: c.basis, decidedAt: c.decidedAt.getTime() }));
}

/** Runs the engine on the project as stored: its work, budget, roster, held credits and thresholds. No access check. */
export function runEngine(db: Conn, project: Project, records: readonly CreditRecord[] = recordsOf(db, project.id)) {
  const rows = loadEngineRows(db, project.id);
  const responsibilities: Responsibility[] = [...RESPONSIBILITIES, ...rows.custom.map(customAsResponsibility)];
  const output: EngineOutput = suggestCredits({
    budget: { amount: project.budgetAmount, currency: project.currency },
    people: rows.people,
    responsibilities,
    entries: rows.entries,
    credits: heldCredits(records),
    thresholds: resolveThresholds(project.creditThresholds as Partial<Thresholds>),
  });
  return { output, people: rows.people, responsibilities, entries: rows.entries, entryCount: rows.entries.length };
}

export type CreditHistoryItem = Pick<CreditEvent, "id" | "action" | "title" | "reason"> & { at: number; userName: string | null };

/** Everything the credits page shows: suggestions with decisions, findings, history. */
export function creditsReview(db: DB, actor: Actor, projectId: string) {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  const records = recordsOf(db, projectId);
  const { output, people: engPeople, responsibilities, entryCount } = runEngine(db, project, records);
  const review = buildReview(output.suggestions, records, engPeople.map((p) => p.id));
  const ids = records.map((r) => r.id);
  const history: Record<string, CreditHistoryItem[]> = {};
  if (ids.length) {
    const rows = db
      .select({ e: creditEvents, userName: users.name })
      .from(creditEvents)
      .leftJoin(users, eq(users.id, creditEvents.userId))
      .where(inArray(creditEvents.creditId, ids))
      .orderBy(asc(creditEvents.at), asc(creditEvents.id))
      .all();
    for (const { e, userName } of rows) (history[e.creditId] ??= []).push({ id: e.id, action: e.action, title: e.title, reason: e.reason, at: e.at.getTime(), userName });
  }
  const names = Object.fromEntries(engPeople.map((p) => [p.id, p.name]));
  return { project, role, review, findings: output.findings, stats: output.stats, names, responsibilities, history, entryCount };
}

function requireCredit(db: Conn, projectId: string, creditId: string): Credit {
  const row = db.select().from(credits).where(and(eq(credits.id, creditId), eq(credits.projectId, projectId))).get();
  if (!row) throw new NotFoundError("That credit no longer exists.");
  return row;
}

function requirePersonOnProject(db: Conn, project: Project, personId: string, known: ReadonlyArray<{ id: string }>): void {
  if (known.some((p) => p.id === personId)) return;
  const row = db.select({ id: people.id }).from(people).where(and(eq(people.id, personId), eq(people.teamId, project.teamId))).get();
  if (!row) throw new NotFoundError("Person not found.");
  throw new InvalidError("That person is not on this project's roster.", { personId: ["Choose someone on this project's roster."] });
}

function event(db: Conn, creditId: string, actor: Actor, action: CreditEvent["action"], title: string, reason: string, at: Date) {
  db.insert(creditEvents).values({ id: newId(), creditId, action, title, reason, userId: actor.userId, at }).run();
}

export type Decision =
  | { action: "accept"; personId: string; titleId: string; reason: string }
  | { action: "reject"; personId: string; titleId: string; reason: string }
  | { action: "override"; personId: string; titleId: string; title: string; reason: string };

/**
 * An Editor's decision on a suggestion (or on a decided credit whose suggestion was
 * withdrawn). Accepting needs the engine to suggest it now; a locked credit refuses every
 * decision until unlocked. The suggestion's basis is stored to show later changes.
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
    if (existing?.locked) throw new ConflictError(`"${existing.title}" is locked as contractual. Unlock it first.`);
    const { output, people: onProject } = runEngine(tx, project);
    const suggestion: Suggestion | undefined = output.suggestions.find((s) => s.personId === decision.personId && s.title === decision.titleId);
    if (!suggestion && !existing) {
      requirePersonOnProject(tx, project, decision.personId, onProject);
      throw new ConflictError("That suggestion is no longer made (the work log changed). Reload to see the current suggestions.");
    }
    if (decision.action === "accept" && !suggestion) {
      throw new ConflictError("The engine no longer suggests this title, so it can't be accepted. Override it with a title of your choice instead.");
    }
    const label = titleLabel(decision.titleId);
    const status = decision.action === "accept" ? "accepted" : decision.action === "reject" ? "rejected" : "overridden";
    const title = decision.action === "override" ? decision.title : label;
    const basis = suggestion ? basisOf(suggestion) : (existing?.basis ?? "");
    const at = new Date(now);
    let row: Credit;
    if (existing) {
      row = tx.update(credits).set({ status, title, basis, decidedBy: actor.userId, decidedAt: at }).where(eq(credits.id, existing.id)).returning().get();
    } else {
      row = tx
        .insert(credits)
        .values({ id: newId(), projectId, personId: decision.personId, suggestedTitle: decision.titleId, title, status, basis, decidedBy: actor.userId, decidedAt: at })
        .returning()
        .get();
    }
    event(tx, row.id, actor, status, title, decision.reason, at);
    return row;
  });
}

/** A title typed by hand (e.g. a contractual credit), not from a suggestion. */
export function addManualCredit(db: DB, actor: Actor, projectId: string, input: { personId: string; title: string; reason: string; locked: boolean }, now = Date.now()): Credit {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    const rows = loadEngineRows(tx, projectId);
    requirePersonOnProject(tx, project, input.personId, rows.people);
    const same = tx
      .select({ id: credits.id, title: credits.title, status: credits.status })
      .from(credits)
      .where(and(eq(credits.projectId, projectId), eq(credits.personId, input.personId)))
      .all()
      .find((c) => c.status !== "rejected" && c.title.localeCompare(input.title, undefined, { sensitivity: "base" }) === 0);
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
    const row = tx.update(credits).set({ locked, decidedBy: actor.userId, decidedAt: at }).where(eq(credits.id, creditId)).returning().get();
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

/** Findings count and a short state, for the project overview. */
export function creditsHealth(db: DB, actor: Actor, projectId: string) {
  const { project } = requireProjectPermission(db, actor, projectId, "project:read");
  const records = recordsOf(db, projectId);
  const { output, entryCount } = runEngine(db, project, records);
  const review = buildReview(output.suggestions, records);
  return { findings: output.findings.length, warnings: output.findings.filter((f) => f.severity === "warning").length, summary: review.summary, entryCount };
}
