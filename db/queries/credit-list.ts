import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { creditListVersions, creditLists, credits, people, projects, rosterEntries, users, type CreditListVersion } from "@/db/schema";
import { matchTitle, titleLabel, titleOrder } from "@/lib/credits/titles";
import { undecidedClaims } from "@/lib/decisions/claims";
import {
  buildCreditList,
  compareSources,
  listSources,
  parseCreditList,
  parseListSources,
  regenerate,
  type BuildInput,
  type CreditList,
  type ListSources,
  type RegenerateChange,
  type Staleness,
} from "@/lib/end-credits";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import type { ListPdfMeta } from "@/lib/exports/credits-pdf-input";
import { getRole } from "@/lib/roster/catalog";
import { newId } from "@/lib/tokens";
import { requireProjectPermission, type Actor } from "./access";
import { claimsOf } from "./credits";

/**
 * What the list is built from: held credits (accepted, overridden, typed by hand, locked), the
 * roster and the project's merge settings. No access check.
 */
export function creditListInput(db: Conn, projectId: string): BuildInput {
  const settings = db.select({ mergeCreativeCredits: projects.mergeCreativeCredits, mergeProducedBy: projects.mergeProducedBy }).from(projects).where(eq(projects.id, projectId)).get();
  const held = db
    .select({ personId: credits.personId, title: credits.title, suggestedTitle: credits.suggestedTitle, status: credits.status, name: people.creditedName, unions: people.unions })
    .from(credits)
    .innerJoin(people, eq(people.id, credits.personId))
    .where(and(eq(credits.projectId, projectId), ne(credits.status, "rejected")))
    .orderBy(asc(credits.createdAt))
    .all();
  const roster = db
    .select({
      personId: rosterEntries.personId,
      name: people.creditedName,
      department: rosterEntries.department,
      departmentId: rosterEntries.departmentId,
      role: rosterEntries.role,
      roleId: rosterEntries.roleId,
      sortKey: rosterEntries.sortKey,
      character: rosterEntries.character,
    })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(eq(rosterEntries.projectId, projectId))
    .orderBy(asc(rosterEntries.sortKey), asc(people.sortKey))
    .all();
  return {
    heldCredits: held.map((c) => ({
      personId: c.personId,
      name: c.name,
      title: c.title,
      titleId: c.status === "accepted" ? c.suggestedTitle : matchTitle(c.title),
      guilds: c.unions,
    })),
    roster: roster.map((r) => ({
      personId: r.personId,
      name: r.name,
      department: r.department,
      departmentId: r.departmentId,
      role: r.role,
      roleId: r.roleId,
      sortKey: r.sortKey,
      isHead: r.roleId ? getRole(r.roleId)?.head === true : false,
    })),
    // The cast block: cast entries with a character, in roster order (leads first).
    cast: roster.filter((r) => r.departmentId === "cast" && r.character).map((r) => ({ personId: r.personId, name: r.name, character: r.character! })),
    options: { mergeMultiHat: settings?.mergeCreativeCredits ?? true, mergeProducedBy: settings?.mergeProducedBy ?? false },
  };
}

/**
 * Producer-family titles the roster states that nobody decided yet (lib/decisions/claims.ts):
 * they don't bill, so the list warns about them before export. No access check.
 */
export function undecidedClaimsOf(db: Conn, projectId: string): { personId: string; name: string; title: string }[] {
  const records = db.select({ personId: credits.personId, suggestedTitle: credits.suggestedTitle }).from(credits).where(eq(credits.projectId, projectId)).all();
  const names = new Map(db.select({ id: people.id, name: people.creditedName }).from(people).innerJoin(rosterEntries, eq(rosterEntries.personId, people.id)).where(eq(rosterEntries.projectId, projectId)).all().map((p) => [p.id, p.name]));
  return undecidedClaims(claimsOf(db, projectId), records)
    .sort((a, b) => titleOrder(a.suggestedTitle) - titleOrder(b.suggestedTitle) || (names.get(a.personId) ?? "").localeCompare(names.get(b.personId) ?? "", "en", { numeric: true }))
    .map((c) => ({ personId: c.personId, name: names.get(c.personId) ?? "", title: titleLabel(c.suggestedTitle) }));
}

export type WorkingList = { list: CreditList; sources: ListSources | null; revision: number; updatedAt: number; updatedByName: string | null } | null;

function readWorking(db: Conn, projectId: string): WorkingList {
  const row = db
    .select({ list: creditLists.list, sources: creditLists.sources, revision: creditLists.revision, updatedAt: creditLists.updatedAt, name: users.name })
    .from(creditLists)
    .leftJoin(users, eq(users.id, creditLists.updatedBy))
    .where(eq(creditLists.projectId, projectId))
    .get();
  if (!row) return null;
  return { list: parseCreditList(row.list), sources: parseListSources(row.sources), revision: row.revision, updatedAt: row.updatedAt.getTime(), updatedByName: row.name };
}

/** Whether the working list is out of date: its recorded sources against what the project holds now. No access check. */
function stalenessOf(db: Conn, projectId: string, working: NonNullable<WorkingList>): Staleness {
  return compareSources(working.sources, listSources(creditListInput(db, projectId)));
}

/**
 * The working list (null before it is built) with whether it is out of date (`staleness`,
 * null without a list), and the saved versions. Any member.
 */
export function getCreditList(db: DB, actor: Actor, projectId: string) {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  const versions = db
    .select({ id: creditListVersions.id, name: creditListVersions.name, createdAt: creditListVersions.createdAt, lockedAt: creditListVersions.lockedAt, createdByName: users.name })
    .from(creditListVersions)
    .leftJoin(users, eq(users.id, creditListVersions.createdBy))
    .where(eq(creditListVersions.projectId, projectId))
    .orderBy(desc(creditListVersions.createdAt))
    .all();
  const working = readWorking(db, projectId);
  const staleness = working ? stalenessOf(db, projectId, working) : null;
  return { project, role, working, staleness, versions, undecidedClaims: undecidedClaimsOf(db, projectId) };
}

/**
 * Builds the list from the credits and the roster, or regenerates it keeping the manual
 * order, renamed headings, hidden names and manual blocks; says what is new and what went.
 */
export function generateCreditList(db: DB, actor: Actor, projectId: string, expectedRevision: number | null, now = Date.now()) {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const current = readWorking(tx, projectId);
    checkRevision(current, expectedRevision);
    const input = creditListInput(tx, projectId);
    const fresh = buildCreditList(input);
    let list = fresh;
    let added: RegenerateChange[] = [];
    let removed: RegenerateChange[] = [];
    if (current) ({ list, added, removed } = regenerate(current.list, fresh));
    const revision = write(tx, actor, projectId, list, current, now, listSources(input));
    return { list, revision, added, removed, first: current === null };
  });
}

function checkRevision(current: WorkingList, expected: number | null): void {
  const have = current?.revision ?? null;
  if (have !== expected) {
    throw new ConflictError("Someone else changed the credit list since you opened it. Reload to see their changes; nothing was saved.");
  }
}

/**
 * Saves the working list as the next revision. `sources` (what it was built from) is given
 * when the list was built, regenerated or restored; an edit keeps the recorded ones.
 */
function write(db: Conn, actor: Actor, projectId: string, list: CreditList, current: WorkingList, now: number, sources?: ListSources | null): number {
  const revision = (current?.revision ?? 0) + 1;
  const set = { list, revision, updatedBy: actor.userId, updatedAt: new Date(now), ...(sources === undefined ? {} : { sources }) };
  db.insert(creditLists)
    .values({ projectId, ...set })
    .onConflictDoUpdate({ target: creditLists.projectId, set })
    .run();
  return revision;
}

/**
 * Applies one edit (a pure function of lib/end-credits) to the working list, refusing a
 * stale revision so nothing is silently overwritten. The edit's own errors (unknown block
 * or line — e.g. another project's ids) are refused with their message.
 */
export function editCreditList(db: DB, actor: Actor, projectId: string, expectedRevision: number, edit: (list: CreditList) => CreditList, now = Date.now()) {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const current = readWorking(tx, projectId);
    if (!current) throw new NotFoundError("Build the credit list first.");
    checkRevision(current, expectedRevision);
    const list = edit(current.list);
    const revision = write(tx, actor, projectId, list, current, now);
    return { list, revision };
  });
}

function requireVersion(db: Conn, projectId: string, versionId: string): CreditListVersion {
  const row = db.select().from(creditListVersions).where(and(eq(creditListVersions.id, versionId), eq(creditListVersions.projectId, projectId))).get();
  if (!row) throw new NotFoundError("That version no longer exists.");
  return row;
}

export function saveVersion(db: DB, actor: Actor, projectId: string, name: string, now = Date.now()): CreditListVersion {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const current = readWorking(tx, projectId);
    if (!current) throw new NotFoundError("Build the credit list first.");
    const clash = tx.select({ id: creditListVersions.id }).from(creditListVersions).where(and(eq(creditListVersions.projectId, projectId), eq(creditListVersions.name, name))).get();
    if (clash) throw new InvalidError(`A version named "${name}" already exists.`, { name: ["Choose another name."] });
    return tx
      .insert(creditListVersions)
      .values({ id: newId(), projectId, name, list: current.list, sources: current.sources, createdBy: actor.userId, createdAt: new Date(now) })
      .returning()
      .get();
  });
}

export function getVersion(db: DB, actor: Actor, projectId: string, versionId: string) {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  const row = requireVersion(db, projectId, versionId);
  return { project, role, version: { ...row, list: parseCreditList(row.list) } };
}

/** Locks a version as "sent to post": it can still be read, compared, exported and restored from, never changed. */
export function lockVersion(db: DB, actor: Actor, projectId: string, versionId: string, now = Date.now()): CreditListVersion {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const row = requireVersion(tx, projectId, versionId);
    if (row.lockedAt) return row;
    return tx.update(creditListVersions).set({ lockedAt: new Date(now), lockedBy: actor.userId }).where(eq(creditListVersions.id, versionId)).returning().get();
  });
}

/** Deletes an unlocked version; a locked one ("sent to post") is kept. */
export function deleteVersion(db: DB, actor: Actor, projectId: string, versionId: string): void {
  db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const row = requireVersion(tx, projectId, versionId);
    if (row.lockedAt) throw new ConflictError(`"${row.name}" was sent to post and is locked; it can't be deleted.`);
    tx.delete(creditListVersions).where(eq(creditListVersions.id, versionId)).run();
  });
}

/** Makes an older version the working list again (the current working list is replaced). */
export function restoreVersion(db: DB, actor: Actor, projectId: string, versionId: string, expectedRevision: number | null, now = Date.now()) {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const row = requireVersion(tx, projectId, versionId);
    const current = readWorking(tx, projectId);
    checkRevision(current, expectedRevision);
    const list = parseCreditList(row.list);
    return { revision: write(tx, actor, projectId, list, current, now, parseListSources(row.sources)), name: row.name };
  });
}

/**
 * The working list or one saved version of it: what an export, a crawl render and the PGA
 * packet print. Any member; 404 for another team's project or another project's version.
 * `list` is null before the working list is built; `staleness` says whether the working list
 * is out of date (null for a saved version, which is what it was).
 */
export function workingListOrVersion(db: DB, actor: Actor, projectId: string, versionId: string | null) {
  const { project } = requireProjectPermission(db, actor, projectId, "project:read");
  if (versionId) {
    const version = requireVersion(db, projectId, versionId);
    return { project, list: parseCreditList(version.list), version, working: null, staleness: null };
  }
  const working = readWorking(db, projectId);
  return { project, list: working?.list ?? null, version: null, working, staleness: working ? stalenessOf(db, projectId, working) : null };
}

/**
 * The list an export prints (workingListOrVersion), with what the PDF's title page says about
 * it (`pdf`: version, when saved, whether locked as sent to post, the project's frame rate and
 * target). Any member; 404 before the list is built or for another project's version.
 */
export function listForExport(db: DB, actor: Actor, projectId: string, versionId: string | null, now = new Date()) {
  const { project, list, version, working, staleness } = workingListOrVersion(db, actor, projectId, versionId);
  if (!list) throw new NotFoundError("Build the credit list first.");
  const pdf: ListPdfMeta = {
    projectTitle: project.title,
    versionName: version?.name ?? null,
    savedAt: version ? version.createdAt : new Date(working!.updatedAt),
    lockedAt: version?.lockedAt ?? null,
    frameRate: project.frameRate,
    targetRuntimeSeconds: project.targetRuntimeSeconds,
    exportedAt: now,
  };
  return { project, list, versionName: pdf.versionName, staleness, pdf };
}
