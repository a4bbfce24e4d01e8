import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { people, rosterEntries, type Person, type RosterEntry } from "@/db/schema";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { nameMatchKey } from "@/lib/people/names";
import type { NameStatus } from "@/lib/roster/name-status";
import type { RosterRow } from "@/lib/roster/row";
import { moveToDepartment, resolveRole } from "@/lib/roster/resolve";
import { newId } from "@/lib/tokens";
import type { PersonInput } from "@/lib/validation/people";
import { requireProjectPermission, type Actor } from "./access";
import { cachedForProject } from "./project-cache";
import { checkRevision } from "./revision";
import { issueUndo, takeUndo } from "./undo";
import { createPerson, requirePerson } from "./people";

export const ROSTER_SORTS = ["order", "name", "role", "status"] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];

export type RosterFilter = {
  q?: string;
  department?: string;
  role?: string;
  union?: string;
  status?: NameStatus;
  sort?: RosterSort;
  dir?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

/** The latest name check of the entry's person on the entry's project, as a status word (SQL). */
function statusSql(now: number): SQL<NameStatus> {
  return sql<NameStatus>`coalesce((
    select case
      when nc.response = 'confirmed' or (nc.response = 'proposed' and nc.decision = 'accepted') then 'confirmed'
      when nc.response = 'proposed' and nc.decision is null then 'pending'
      when nc.response is null and nc.revoked_at is null and nc.expires_at > ${now} then 'awaiting'
      else 'none' end
    from name_checks nc
    where nc.project_id = ${rosterEntries.projectId} and nc.person_id = ${rosterEntries.personId}
    order by nc.created_at desc limit 1
  ), 'none')`;
}

export type { RosterRow } from "@/lib/roster/row";

/** One page of a project's roster, filtered and sorted in SQL (stays quick with thousands of entries). */
export function listRoster(db: DB, actor: Actor, projectId: string, filter: RosterFilter = {}, now = Date.now()) {
  requireProjectPermission(db, actor, projectId, "project:read");
  const pageSize = Math.min(Math.max(filter.pageSize ?? 100, 1), 500);
  const status = statusSql(now);
  const conditions: SQL[] = [eq(rosterEntries.projectId, projectId)];
  const q = filter.q?.trim();
  if (q) conditions.push(sql`instr(${people.nameKey}, ${nameMatchKey(q)}) > 0`);
  if (filter.department) conditions.push(eq(rosterEntries.department, filter.department));
  if (filter.role) conditions.push(eq(rosterEntries.role, filter.role));
  if (filter.union) conditions.push(sql`exists (select 1 from json_each(${people.unions}) where value = ${filter.union})`);
  if (filter.status) conditions.push(sql`${status} = ${filter.status}`);
  const where = and(...conditions);

  const total =
    db
      .select({ n: count() })
      .from(rosterEntries)
      .innerJoin(people, eq(people.id, rosterEntries.personId))
      .where(where)
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filter.page ?? 1, 1), pages);
  const direction = filter.dir === "desc" ? desc : asc;
  const order =
    filter.sort === "name"
      ? [direction(people.sortKey), asc(rosterEntries.sortKey)]
      : filter.sort === "role"
        ? [direction(rosterEntries.role), asc(people.sortKey)]
        : filter.sort === "status"
          ? [direction(sql`case ${status} when 'confirmed' then 0 when 'pending' then 1 when 'awaiting' then 2 else 3 end`), asc(rosterEntries.sortKey), asc(people.sortKey)]
          : [direction(rosterEntries.sortKey), direction(rosterEntries.department), asc(people.sortKey)];

  const rows = db
    .select({
      id: rosterEntries.id,
      personId: people.id,
      creditedName: people.creditedName,
      sortName: people.sortName,
      pronouns: people.pronouns,
      email: people.email,
      unions: people.unions,
      department: rosterEntries.department,
      departmentId: rosterEntries.departmentId,
      role: rosterEntries.role,
      roleId: rosterEntries.roleId,
      sortKey: rosterEntries.sortKey,
      character: rosterEntries.character,
      status,
      revision: rosterEntries.revision,
    })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all() as RosterRow[];
  return { rows, total, page, pages, pageSize };
}

/**
 * Departments and roles present on the project, in end-crawl order, with counts (for filters).
 * Kept between requests until the roster changes (the project's work revision: every roster
 * write changes it, db/queries/project-cache.ts): the roster page asks on every view.
 */
export function rosterFacets(db: DB, actor: Actor, projectId: string) {
  const { project } = requireProjectPermission(db, actor, projectId, "project:read");
  return cachedForProject(db, "roster-facets", "work", project, () => facetsOf(db, projectId), (f) => f.departments.length + f.roles.length);
}

function facetsOf(db: DB, projectId: string) {
  const departments = db
    .select({ department: rosterEntries.department, entries: count() })
    .from(rosterEntries)
    .where(eq(rosterEntries.projectId, projectId))
    .groupBy(rosterEntries.department)
    .orderBy(asc(sql`min(${rosterEntries.sortKey})`))
    .all();
  const roles = db
    .select({ role: rosterEntries.role, entries: count() })
    .from(rosterEntries)
    .where(eq(rosterEntries.projectId, projectId))
    .groupBy(rosterEntries.role)
    .orderBy(asc(sql`min(${rosterEntries.sortKey})`), asc(rosterEntries.role))
    .all();
  return { departments, roles };
}

function entryValues(projectId: string, personId: string, input: { department?: string | null; role: string }) {
  const r = resolveRole(input);
  return {
    id: newId(),
    projectId,
    personId,
    department: r.department,
    departmentId: r.departmentId,
    role: r.role,
    roleId: r.roleId,
    sortKey: r.sortKey,
  };
}

/** Puts a person (existing, or created here) on the project's roster with a department and role. */
export function addToRoster(
  db: DB,
  actor: Actor,
  projectId: string,
  input:
    | { personId: string; department?: string | null; role: string }
    | { person: PersonInput; allowDuplicate?: boolean; department?: string | null; role: string },
): RosterEntry & { personName: string } {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    let person: Person;
    if ("personId" in input) {
      person = requirePerson(tx, actor, input.personId, "project:write");
      if (person.teamId !== project.teamId) throw new NotFoundError("Person not found.");
    } else {
      person = createPerson(tx, actor, project.teamId, input.person, { allowDuplicate: input.allowDuplicate });
    }
    const personId = person.id;
    const values = entryValues(projectId, personId, input);
    const existing = tx
      .select({ id: rosterEntries.id })
      .from(rosterEntries)
      .where(and(eq(rosterEntries.projectId, projectId), eq(rosterEntries.personId, personId), eq(rosterEntries.department, values.department), eq(rosterEntries.role, values.role)))
      .get();
    if (existing) throw new InvalidError(`This person is already on the roster as ${values.role} (${values.department}).`, { role: ["Already on the roster with this role."] });
    return { ...tx.insert(rosterEntries).values(values).returning().get(), personName: person.creditedName };
  });
}

/** The entries of this project among `ids`; any id that is not one of them refuses the whole request. */
function requireEntries(db: Conn, projectId: string, ids: readonly string[]): RosterEntry[] {
  const unique = [...new Set(ids)];
  const rows = unique.length ? db.select().from(rosterEntries).where(and(eq(rosterEntries.projectId, projectId), inArray(rosterEntries.id, unique))).all() : [];
  if (rows.length !== unique.length) throw new NotFoundError("Some of those roster entries are not on this project. Nothing was changed.");
  return rows;
}

/** Refuses an edit that would give a person a hat (department + role) they already have on the project. */
function refuseSecondHat(db: Conn, projectId: string, personId: string, department: string, role: string, exceptIds: readonly string[]): void {
  const others = db
    .select({ id: rosterEntries.id })
    .from(rosterEntries)
    .where(and(eq(rosterEntries.projectId, projectId), eq(rosterEntries.personId, personId), eq(rosterEntries.department, department), eq(rosterEntries.role, role)))
    .all()
    .filter((r) => !exceptIds.includes(r.id));
  if (others.length > 0) {
    const name = db.select({ name: people.creditedName }).from(people).where(eq(people.id, personId)).get()?.name ?? "This person";
    throw new InvalidError(`${name} is already on the roster as ${role} (${department}). Nothing was changed.`, { role: ["Already on the roster with this role."] });
  }
}

/** Changes an entry opened at `expectedRevision`; refuses (StaleRevisionError) when someone changed it since. */
export function updateRosterEntry(
  db: DB,
  actor: Actor,
  projectId: string,
  entryId: string,
  input: { department?: string | null; role: string; character?: string | null },
  expectedRevision: number | null,
): RosterEntry {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const [entry] = requireEntries(tx, projectId, [entryId]);
    checkRevision(tx, actor, entry!, expectedRevision, "roster entry");
    const { id: _id, ...values } = entryValues(projectId, entry!.personId, input);
    refuseSecondHat(tx, projectId, entry!.personId, values.department, values.role, [entryId]);
    // The character only means something on a cast entry; elsewhere it is dropped.
    const character = values.departmentId !== "cast" ? null : input.character === undefined ? entry!.character : input.character?.trim() || null;
    return tx
      .update(rosterEntries)
      .set({ ...values, character, updatedBy: actor.userId, revision: entry!.revision + 1 })
      .where(eq(rosterEntries.id, entryId))
      .returning()
      .get()!;
  });
}

/** Moves entries to another department (their roles stay); all or nothing. */
export function bulkChangeDepartment(db: DB, actor: Actor, projectId: string, entryIds: readonly string[], department: string): number {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const rows = requireEntries(tx, projectId, entryIds);
    const movedIds = rows.map((r) => r.id);
    const seen = new Set<string>();
    for (const row of rows) {
      const moved = moveToDepartment(row, department);
      // Two selected entries of one person can land on the same hat, or one can meet a hat they already have.
      const hat = `${row.personId}\u0000${moved.department}\u0000${moved.role}`;
      if (seen.has(hat)) refuseSecondHat(tx, projectId, row.personId, moved.department, moved.role, []);
      seen.add(hat);
      refuseSecondHat(tx, projectId, row.personId, moved.department, moved.role, movedIds);
      tx.update(rosterEntries)
        .set({ department: moved.department, departmentId: moved.departmentId, role: moved.role, roleId: moved.roleId, sortKey: moved.sortKey, updatedBy: actor.userId, revision: row.revision + 1 })
        .where(eq(rosterEntries.id, row.id))
        .run();
    }
    return rows.length;
  });
}

/** Removes entries (all or nothing) and returns them with the token that undoes it (see db/queries/undo.ts). */
export function removeRosterEntries(db: DB, actor: Actor, projectId: string, entryIds: readonly string[], now = Date.now()): { rows: RosterEntry[]; undoToken: string } {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const rows = requireEntries(tx, projectId, entryIds);
    tx.delete(rosterEntries).where(inArray(rosterEntries.id, rows.map((r) => r.id))).run();
    return { rows, undoToken: issueUndo(tx, actor, projectId, "roster-entries", rows.map((r) => ({ ...r, createdAt: r.createdAt.getTime() })), now) };
  });
}

/**
 * Undo of a removal: the entries the token stands for come back as they were (same ids), if
 * their people are still in the team and have no such hat again; their revision moves on.
 * Returns how many came back of how many were removed.
 */
export function restoreRosterEntries(db: DB, actor: Actor, projectId: string, undoToken: string, now = Date.now()): { restored: number; removed: number } {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    const rows = takeUndo(tx, actor, projectId, "roster-entries", undoToken, now) as Array<Omit<RosterEntry, "createdAt"> & { createdAt: number }>;
    const personIds = [...new Set(rows.map((e) => e.personId))];
    const present = new Set(
      personIds.length ? tx.select({ id: people.id }).from(people).where(and(eq(people.teamId, project.teamId), inArray(people.id, personIds))).all().map((p) => p.id) : [],
    );
    let restored = 0;
    for (const e of rows) {
      if (!present.has(e.personId)) continue;
      const again = tx
        .select({ id: rosterEntries.id })
        .from(rosterEntries)
        .where(and(eq(rosterEntries.projectId, projectId), eq(rosterEntries.personId, e.personId), eq(rosterEntries.department, e.department), eq(rosterEntries.role, e.role)))
        .get();
      if (again) continue;
      restored += tx
        .insert(rosterEntries)
        .values({ ...e, projectId, createdAt: new Date(e.createdAt), updatedBy: actor.userId, revision: e.revision + 1 })
        .onConflictDoNothing()
        .run().changes;
    }
    return { restored, removed: rows.length };
  });
}

/** Every entry of the roster in end-crawl order with the person's details, for exports. */
export function rosterForExport(db: DB, actor: Actor, projectId: string, now = Date.now()) {
  const { project } = requireProjectPermission(db, actor, projectId, "project:read");
  const rows = db
    .select({
      creditedName: people.creditedName,
      sortName: people.sortName,
      legalName: people.legalName,
      pronouns: people.pronouns,
      email: people.email,
      phone: people.phone,
      unions: people.unions,
      notes: people.notes,
      department: rosterEntries.department,
      role: rosterEntries.role,
      status: statusSql(now),
    })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(eq(rosterEntries.projectId, projectId))
    .orderBy(asc(rosterEntries.sortKey), asc(rosterEntries.department), asc(people.sortKey))
    .all();
  return { project, rows };
}

/** The distinct people on the roster, in end-crawl order of their first entry, with their roles. */
export function rosterPeople(db: DB, actor: Actor, projectId: string) {
  requireProjectPermission(db, actor, projectId, "project:read");
  return db
    .select({
      personId: people.id,
      creditedName: people.creditedName,
      email: people.email,
      roles: sql<string>`group_concat(${rosterEntries.role}, ', ')`,
    })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(eq(rosterEntries.projectId, projectId))
    .groupBy(people.id)
    .orderBy(asc(sql`min(${rosterEntries.sortKey})`), asc(people.sortKey))
    .all();
}
