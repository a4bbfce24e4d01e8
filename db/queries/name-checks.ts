import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { nameChecks, people, projects, rosterEntries, teams, users } from "@/db/schema";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { deriveSortName, nameMatchKey, normalizeName, sortCollationKey } from "@/lib/people/names";
import { LINK_STATE_MESSAGES, NAME_CHECK_TTL_MS, nameCheckLinkState } from "@/lib/roster/name-check";
import { hashToken, newId, newToken } from "@/lib/tokens";
import type { NameCheckResponse } from "@/lib/validation/name-check";
import { nameStatus, type NameStatus } from "@/lib/roster/name-status";
import { can } from "@/lib/auth/roles";
import { nameCheckAnswerMessage, nameCheckRequestMessage } from "@/lib/mail/messages";
import { requireProjectPermission, roleInTeam, type Actor } from "./access";
import { enqueueMessage, mailSettings, type MailSettings } from "./outbox";
import { rosterPeople } from "./roster";

/**
 * Creates a private link for a person on the project's roster (any open link for them is
 * revoked first). The token is returned once; only its SHA-256 is stored.
 */
export function createNameCheck(db: DB, actor: Actor, projectId: string, personId: string, now = Date.now()): { id: string; token: string } {
  return db.transaction((tx) => newNameCheck(tx, actor, projectId, personId, now));
}

function newNameCheck(tx: Conn, actor: Actor, projectId: string, personId: string, now: number): { id: string; token: string } {
  {
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
  }
}

export type NameCheckRequest = { personId: string; creditedName: string; token: string; emailed: "queued" | "held" | null };

/** A new link for one person, emailed to them when the directory has their address (else only the link). */
function requestOne(tx: Conn, actor: Actor, projectId: string, personId: string, settings: MailSettings, now: number): NameCheckRequest {
  const check = newNameCheck(tx, actor, projectId, personId, now);
  const row = tx
    .select({ teamId: projects.teamId, projectTitle: projects.title, teamName: teams.name, name: people.creditedName, email: people.email })
    .from(people)
    .innerJoin(projects, eq(projects.id, projectId))
    .innerJoin(teams, eq(teams.id, projects.teamId))
    .where(eq(people.id, personId))
    .get()!;
  let emailed: NameCheckRequest["emailed"] = null;
  if (row.email) {
    const roles = tx
      .select({ role: rosterEntries.role, character: rosterEntries.character })
      .from(rosterEntries)
      .where(and(eq(rosterEntries.projectId, projectId), eq(rosterEntries.personId, personId)))
      .orderBy(asc(rosterEntries.sortKey))
      .all()
      .map((r) => (r.character ? `${r.role} (${r.character})` : r.role));
    const link = `${settings.appUrl}/check/${check.token}`;
    const expiresAt = new Date(now + NAME_CHECK_TTL_MS);
    emailed = enqueueMessage(
      tx,
      {
        teamId: row.teamId,
        projectId,
        kind: "name-check-request",
        dedupeKey: `name-check:${check.id}`,
        to: { address: row.email, name: row.name },
        content: nameCheckRequestMessage({ teamName: row.teamName, projectTitle: row.projectTitle, personName: row.name, roles, link, expiresAt }),
        link,
        expiresAt,
        createdBy: actor.userId,
      },
      settings,
      now,
    );
  }
  return { personId, creditedName: row.name, token: check.token, emailed };
}

/** A name-check link for one person, emailed to them when they have an address. */
export function requestNameCheck(db: DB, actor: Actor, projectId: string, personId: string, settings: MailSettings = mailSettings(), now = Date.now()): NameCheckRequest {
  return db.transaction((tx) => requestOne(tx, actor, projectId, personId, settings, now));
}

/** At most this many requests go out in one "request all": the rest with the next click. */
export const MAX_BULK_REQUESTS = 500;

/**
 * Requests a name check from everyone on the roster who has not answered (never asked, or
 * asked and silent: their old link is replaced), in one transaction. People without an
 * email get a link to pass on by hand. At most MAX_BULK_REQUESTS at a time; `remaining` says
 * how many are left for the next call.
 */
export function requestAllNameChecks(db: DB, actor: Actor, projectId: string, settings: MailSettings = mailSettings(), now = Date.now()): { requests: NameCheckRequest[]; remaining: number } {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const { people: crew } = nameCheckOverview(tx as unknown as DB, actor, projectId, now);
    const unanswered = crew.filter((p) => p.status === "none" || p.status === "awaiting");
    const batch = unanswered.slice(0, MAX_BULK_REQUESTS);
    return { requests: batch.map((p) => requestOne(tx, actor, projectId, p.personId, settings, now)), remaining: unanswered.length - batch.length };
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

/**
 * The crew member's answer. A link answers once; nothing about the person changes until an
 * Editor accepts. The Editor who asked hears of it by email (if they still may edit the
 * project; the answer is on the name-check page either way).
 */
export function respondToNameCheck(db: DB, token: string, answer: NameCheckResponse, now = Date.now(), settings: MailSettings = mailSettings()): void {
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
    notifyAsker(tx, check, answer, settings, now);
  });
}

function notifyAsker(tx: Conn, check: typeof nameChecks.$inferSelect, answer: NameCheckResponse, settings: MailSettings, now: number): void {
  if (!check.createdBy) return;
  const row = tx
    .select({ teamId: projects.teamId, projectTitle: projects.title, askerEmail: users.email, askerName: users.name, personName: people.creditedName })
    .from(projects)
    .innerJoin(users, eq(users.id, check.createdBy))
    .innerJoin(people, eq(people.id, check.personId))
    .where(eq(projects.id, check.projectId))
    .get();
  if (!row || !can(roleInTeam(tx, { userId: check.createdBy }, row.teamId), "project:write")) return;
  const link = `${settings.appUrl}/projects/${check.projectId}/roster/name-checks`;
  enqueueMessage(
    tx,
    {
      teamId: row.teamId,
      projectId: check.projectId,
      kind: "name-check-answer",
      dedupeKey: `name-check-answer:${check.id}`,
      to: { address: row.askerEmail, name: row.askerName },
      content: nameCheckAnswerMessage({
        projectTitle: row.projectTitle,
        personName: row.personName,
        answer: answer.answer === "confirm" ? "confirmed" : "proposed",
        proposedName: answer.answer === "confirm" ? null : normalizeName(answer.proposedName),
        proposedPronouns: answer.answer === "confirm" ? null : answer.proposedPronouns || null,
        note: answer.answer === "confirm" ? null : answer.proposedNote || null,
      link,
      }),
      link,
      createdBy: null,
    },
    settings,
    now,
  );
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
  // (Also called inside requestAllNameChecks' transaction: a Tx reads like the DB here.)
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
