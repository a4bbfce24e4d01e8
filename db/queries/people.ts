import { and, asc, count, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { nameChecks, people, projects, rosterEntries, type Person } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { personColumns } from "@/lib/people/columns";
import { emailKey, findDuplicates, nameMatchKey } from "@/lib/people/names";
import { newId } from "@/lib/tokens";
import type { PersonInput } from "@/lib/validation/people";
import { requireTeamPermission, roleInTeam, type Actor } from "./access";
import { checkRevision } from "./revision";
import { can, type Permission } from "@/lib/auth/roles";
import { withoutContacts } from "@/lib/people/privacy";

/** A new person who may be someone the team already has; the UI offers to use or merge instead. */
export class PossibleDuplicateError extends ConflictError {
  readonly candidates: Array<{ id: string; creditedName: string; email: string | null; reason: "email" | "name" }>;
  constructor(candidates: PossibleDuplicateError["candidates"]) {
    super(
      candidates.length === 1
        ? `${candidates[0]!.creditedName} is already in your people directory (same ${candidates[0]!.reason}).`
        : `${candidates.length} people in your directory look like the same person.`,
    );
    this.candidates = candidates;
  }
}

export { personColumns } from "@/lib/people/columns";

/** A person with the actor's role in the person's team, or NotFound/Forbidden. */
export function requirePerson(db: Conn, actor: Actor, personId: string, permission: Permission): Person {
  const person = db.select().from(people).where(eq(people.id, personId)).get();
  if (!person) throw new NotFoundError("Person not found.");
  try {
    requireTeamPermission(db, actor, person.teamId, permission);
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError("Person not found.");
    throw error;
  }
  return person;
}

/** People of the team who may be the same as `candidate` (same email, or same name ignoring case and accents). */
export function duplicatesOf(db: Conn, teamId: string, candidate: { creditedName: string; email?: string | null }, excludeId?: string) {
  const key = nameMatchKey(candidate.creditedName);
  const email = emailKey(candidate.email);
  const conditions = [eq(people.nameKey, key)];
  if (email) conditions.push(eq(people.email, email));
  const rows = db
    .select({ id: people.id, creditedName: people.creditedName, email: people.email })
    .from(people)
    .where(and(eq(people.teamId, teamId), or(...conditions), excludeId ? ne(people.id, excludeId) : undefined))
    .all();
  return findDuplicates(candidate, rows).map((d) => ({ ...d.person, reason: d.reason }));
}

export function createPerson(db: Conn, actor: Actor, teamId: string, input: PersonInput, options: { allowDuplicate?: boolean } = {}): Person {
  requireTeamPermission(db, actor, teamId, "project:write");
  if (!options.allowDuplicate) {
    const dupes = duplicatesOf(db, teamId, input);
    if (dupes.length > 0) throw new PossibleDuplicateError(dupes);
  }
  return db
    .insert(people)
    .values({ id: newId(), teamId, ...personColumns(input), updatedBy: actor.userId })
    .returning()
    .get();
}

/** Saves an edit of a person opened at `expectedRevision`; refuses (StaleRevisionError) when someone changed them since. */
export function updatePerson(db: DB, actor: Actor, personId: string, input: PersonInput, expectedRevision: number | null): Person {
  return db.transaction((tx) => {
    const person = requirePerson(tx, actor, personId, "project:write");
    checkRevision(tx, actor, person, expectedRevision, "person");
    return tx
      .update(people)
      .set({ ...personColumns(input), updatedAt: new Date(), updatedBy: actor.userId, revision: person.revision + 1 })
      .where(eq(people.id, person.id))
      .returning()
      .get()!;
  });
}

export type PersonListItem = Pick<Person, "id" | "creditedName" | "sortName" | "email" | "pronouns" | "unions"> & {
  projects: number;
  entries: number;
};

/** A page of the directory; a Viewer gets no emails and can't search by one (lib/people/privacy.ts). */
export function listPeople(db: DB, actor: Actor, teamId: string, filter: { q?: string; page?: number; pageSize?: number } = {}) {
  const contacts = can(requireTeamPermission(db, actor, teamId, "team:read"), "people:contacts");
  const pageSize = Math.min(Math.max(filter.pageSize ?? 50, 1), 200);
  const page = Math.max(filter.page ?? 1, 1);
  const q = (filter.q ?? "").trim();
  const where = and(
    eq(people.teamId, teamId),
    q ? or(sql`instr(${people.nameKey}, ${nameMatchKey(q)}) > 0`, contacts ? sql`instr(${people.email}, ${q.toLowerCase()}) > 0` : undefined) : undefined,
  );
  const total = db.select({ n: count() }).from(people).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: people.id,
      creditedName: people.creditedName,
      sortName: people.sortName,
      email: contacts ? people.email : sql<null>`null`,
      pronouns: people.pronouns,
      unions: people.unions,
      projects: sql<number>`count(distinct ${rosterEntries.projectId})`,
      entries: sql<number>`count(${rosterEntries.id})`,
    })
    .from(people)
    .leftJoin(rosterEntries, eq(rosterEntries.personId, people.id))
    .where(where)
    .groupBy(people.id)
    .orderBy(asc(people.sortKey))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { rows: rows as PersonListItem[], total, page, pageSize, contacts };
}

/**
 * A person and their roster entries across every project of the team. For a Viewer the
 * person comes without contact details (`contacts` false).
 */
export function getPersonWithEntries(db: DB, actor: Actor, personId: string) {
  const found = requirePerson(db, actor, personId, "team:read");
  const contacts = can(roleInTeam(db, actor, found.teamId), "people:contacts");
  const person = contacts ? found : withoutContacts(found);
  const entries = db
    .select({
      id: rosterEntries.id,
      projectId: projects.id,
      projectTitle: projects.title,
      projectArchived: sql<boolean>`${projects.archivedAt} is not null`,
      department: rosterEntries.department,
      role: rosterEntries.role,
      sortKey: rosterEntries.sortKey,
    })
    .from(rosterEntries)
    .innerJoin(projects, eq(projects.id, rosterEntries.projectId))
    .where(eq(rosterEntries.personId, person.id))
    .orderBy(asc(projects.title), asc(rosterEntries.sortKey))
    .all();
  return { person, entries, contacts };
}

/**
 * Merges `mergeId` into `keepId`: every roster entry and name check moves to the kept person
 * (an entry the kept person already has in the same project and role is dropped), empty fields
 * of the kept person are filled from the other, and the other is deleted. One transaction.
 */
export function mergePeople(db: DB, actor: Actor, keepId: string, mergeId: string): Person {
  if (keepId === mergeId) throw new ConflictError("Choose two different people to merge.");
  return db.transaction((tx) => {
    const keep = requirePerson(tx, actor, keepId, "project:write");
    const merge = requirePerson(tx, actor, mergeId, "project:write");
    if (keep.teamId !== merge.teamId) throw new NotFoundError("Person not found.");
    const kept = tx
      .select({ projectId: rosterEntries.projectId, role: rosterEntries.role, department: rosterEntries.department })
      .from(rosterEntries)
      .where(eq(rosterEntries.personId, keep.id))
      .all();
    const has = new Set(kept.map((e) => `${e.projectId}\u0000${e.department}\u0000${e.role}`));
    const moving = tx.select().from(rosterEntries).where(eq(rosterEntries.personId, merge.id)).all();
    const duplicates = moving.filter((e) => has.has(`${e.projectId}\u0000${e.department}\u0000${e.role}`)).map((e) => e.id);
    if (duplicates.length > 0) tx.delete(rosterEntries).where(inArray(rosterEntries.id, duplicates)).run();
    tx.update(rosterEntries)
      .set({ personId: keep.id, updatedBy: actor.userId, revision: sql`${rosterEntries.revision} + 1` })
      .where(eq(rosterEntries.personId, merge.id))
      .run();
    tx.update(nameChecks).set({ personId: keep.id }).where(eq(nameChecks.personId, merge.id)).run();
    const filled = tx
      .update(people)
      .set({
        legalName: keep.legalName ?? merge.legalName,
        pronouns: keep.pronouns ?? merge.pronouns,
        email: keep.email ?? merge.email,
        phone: keep.phone ?? merge.phone,
        unions: [...new Set([...keep.unions, ...merge.unions])],
        notes: [keep.notes, merge.notes].filter(Boolean).join("\n\n") || null,
        updatedAt: new Date(),
        updatedBy: actor.userId,
        revision: keep.revision + 1,
      })
      .where(eq(people.id, keep.id))
      .returning()
      .get()!;
    tx.delete(people).where(eq(people.id, merge.id)).run();
    return filled;
  });
}
