import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { DB } from "@/db";
import { nameChecks, people, projects, rosterEntries, teams, users } from "@/db/schema";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { deriveSortName, nameMatchKey, normalizeName, sortCollationKey } from "@/lib/people/names";
import { LINK_STATE_MESSAGES, NAME_CHECK_TTL_MS, nameCheckLinkState } from "@/lib/roster/name-check";
import { hashToken, newId, newToken } from "@/lib/tokens";
import type { NameCheckResponse } from "@/lib/validation/name-check";
import { nameStatus, type NameStatus } from "@/lib/roster/name-status";
import { requireProjectPermission, type Actor } from "./access";
import { rosterPeople } from "./roster";

/**
 * Creates a private link for a person on the project's roster (any open link for them is
 * revoked first). The token is returned once; only its SHA-256 is stored.
 */
export function createNameCheck(db: DB, actor: Actor, projectId: string, personId: string, now = Date.now()): { id: string; token: string } {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const onRoster = tx
      .select({ id: rosterEntries.id })
      .from(rosterEntries)
      .where(and(eq(rosterEntries.projectId, projectId), eq(rosterEntries.personId, personId)))
      .get();
    if (!onRoster) throw new NotFoundError("That person is not on this project's roster.");
    tx.update(nameChecks)
      .set({ revokedAt: new Date(now) })
      .where(and(eq(nameChecks.projectId, projectId), eq(nameChecks.personId, personId), isNull(nameChecks.respondedAt), isNull(nameChecks.revokedAt)))
      .run();
    const token = newToken(24); // 192 bits
    const id = newId();
    tx.insert(nameChecks)
      .values({ id, projectId, personId, tokenHash: hashToken(token), createdBy: actor.userId, createdAt: new Date(now), expiresAt: new Date(now + NAME_CHECK_TTL_MS) })
      .run();
    return { id, token };
  });
}

export function revokeNameCheck(db: DB, actor: Actor, projectId: string, checkId: string, now = Date.now()): void {
  requireProjectPermission(db, actor, projectId, "project:write");
  const res = db
    .update(nameChecks)
    .set({ revokedAt: new Date(now) })
    .where(and(eq(nameChecks.id, checkId), eq(nameChecks.projectId, projectId), isNull(nameChecks.respondedAt), isNull(nameChecks.revokedAt)))
    .run();
  if (res.changes === 0) throw new NotFoundError("That link is no longer open.");
}

/** What the crew member sees: their name and roles as the credits will show them. No account needed. */
export function lookupNameCheck(db: DB, token: string, now = Date.now()) {
  if (!token || token.length > 64) return null;
  const row = db
    .select({ check: nameChecks, projectTitle: projects.title, teamName: teams.name, person: people })
    .from(nameChecks)
    .innerJoin(projects, eq(projects.id, nameChecks.projectId))
    .innerJoin(teams, eq(teams.id, projects.teamId))
    .innerJoin(people, eq(people.id, nameChecks.personId))
    .where(eq(nameChecks.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  const roles = db
    .select({ department: rosterEntries.department, role: rosterEntries.role })
    .from(rosterEntries)
    .where(and(eq(rosterEntries.projectId, row.check.projectId), eq(rosterEntries.personId, row.check.personId)))
    .orderBy(asc(rosterEntries.sortKey))
    .all();
  return {
    state: nameCheckLinkState(row.check, now),
    response: row.check.response,
    projectTitle: row.projectTitle,
    teamName: row.teamName,
    creditedName: row.person.creditedName,
    pronouns: row.person.pronouns,
    roles,
  };
}

/** The crew member's answer. A link answers once; nothing about the person changes until an Editor accepts. */
export function respondToNameCheck(db: DB, token: string, answer: NameCheckResponse, now = Date.now()): void {
  db.transaction((tx) => {
    const check = tx.select().from(nameChecks).where(eq(nameChecks.tokenHash, hashToken(token))).get();
    if (!check) throw new NotFoundError("This link is not valid.");
    const state = nameCheckLinkState(check, now);
    if (state !== "open") throw new InvalidError(LINK_STATE_MESSAGES[state]);
    tx.update(nameChecks)
      .set(
        answer.answer === "confirm"
          ? { response: "confirmed", respondedAt: new Date(now) }
          : {
              response: "proposed",
              respondedAt: new Date(now),
              proposedName: normalizeName(answer.proposedName),
              proposedPronouns: answer.proposedPronouns || null,
              proposedNote: answer.proposedNote || null,
            },
      )
      .where(eq(nameChecks.id, check.id))
      .run();
  });
}

/** Every name check of the project, newest first, with the person's current name (for review). */
export function listNameChecks(db: DB, actor: Actor, projectId: string, now = Date.now()) {
  requireProjectPermission(db, actor, projectId, "project:read");
  return db
    .select({ check: nameChecks, creditedName: people.creditedName, pronouns: people.pronouns, createdByName: users.name })
    .from(nameChecks)
    .innerJoin(people, eq(people.id, nameChecks.personId))
    .leftJoin(users, eq(users.id, nameChecks.createdBy))
    .where(eq(nameChecks.projectId, projectId))
    .orderBy(desc(nameChecks.createdAt))
    .all()
    .map((r) => ({ ...r, state: nameCheckLinkState(r.check, now) }));
}

/**
 * An Editor's decision on a proposed correction. Accepting updates the person's credited name
 * (and its derived sort name and matching key) and pronouns, in one transaction.
 */
export function decideNameCheck(db: DB, actor: Actor, projectId: string, checkId: string, decision: "accepted" | "rejected", now = Date.now()): void {
  db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const check = tx.select().from(nameChecks).where(and(eq(nameChecks.id, checkId), eq(nameChecks.projectId, projectId))).get();
    if (!check) throw new NotFoundError("That name check is not on this project.");
    if (check.response !== "proposed" || check.decision) throw new InvalidError("There is no open proposal to decide on.");
    tx.update(nameChecks).set({ decision, decidedBy: actor.userId, decidedAt: new Date(now) }).where(eq(nameChecks.id, check.id)).run();
    if (decision === "accepted") {
      const person = tx.select().from(people).where(eq(people.id, check.personId)).get();
      if (!person) throw new NotFoundError("Person not found.");
      const creditedName = check.proposedName ?? person.creditedName;
      const sortName = person.sortNameCustom ? person.sortName : deriveSortName(creditedName, { familyNameFirst: person.familyNameFirst });
      tx.update(people)
        .set({
          creditedName,
          nameKey: nameMatchKey(creditedName),
          sortName,
          sortKey: sortCollationKey(sortName),
          pronouns: check.proposedPronouns ?? person.pronouns,
          updatedAt: new Date(now),
          updatedBy: actor.userId,
          revision: person.revision + 1,
        })
        .where(eq(people.id, person.id))
        .run();
    }
  });
}

/** The review page's data: each person on the roster with their status and latest link, the proposals to decide, and counts. */
export function nameCheckOverview(db: DB, actor: Actor, projectId: string, now = Date.now()) {
  const checks = listNameChecks(db, actor, projectId, now);
  const crew = rosterPeople(db, actor, projectId);
  const latest = new Map<string, (typeof checks)[number]>();
  for (const c of checks) if (!latest.has(c.check.personId)) latest.set(c.check.personId, c);
  const counts: Record<NameStatus, number> = { confirmed: 0, pending: 0, awaiting: 0, none: 0 };
  const people = crew.map((p) => {
    const last = latest.get(p.personId);
    const status = nameStatus(last?.check, now);
    counts[status] += 1;
    return { ...p, status, openCheckId: last?.state === "open" ? last.check.id : null };
  });
  const pending = checks.filter((c) => c.check.response === "proposed" && !c.check.decision);
  return { people, pending, counts };
}
