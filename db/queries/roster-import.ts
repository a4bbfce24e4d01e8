import { and, eq, sql } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { people, rosterEntries } from "@/db/schema";
import { ConflictError, InvalidError } from "@/lib/errors";
import type { ContactChoices } from "@/lib/roster/import/contact-merge";
import type { RowEdits } from "@/lib/roster/import/edits";
import type { ColumnMapping } from "@/lib/roster/import/fields";
import { hatrackImportContext } from "@/lib/roster/import/hatrack-context";
import { planCommit, type ImportDirectory } from "@/lib/roster/import/requests";
import type { RowsToWrite } from "@/lib/roster/import/rows-to-write";
import type { Table } from "@/lib/roster/import/types";
import { buildPreview, type Preview } from "@/lib/roster/import/validate";
import { newId } from "@/lib/tokens";
import { requireProjectPermission, type Actor } from "./access";

/**
 * What an import matches against — the team's people and the project's roster as they are
 * now — for an actor who may write to the project, with a key that changes when any of it
 * changes (the write compares it, so rows planned off the request thread are never written
 * over a directory that moved in the meantime).
 */
export function importDirectory(db: Conn, actor: Actor, projectId: string): { directory: ImportDirectory; key: string; teamId: string } {
  const { project } = requireProjectPermission(db, actor, projectId, "project:write");
  const directory = {
    people: db
      .select({ id: people.id, creditedName: people.creditedName, email: people.email, phone: people.phone, legalName: people.legalName, pronouns: people.pronouns })
      .from(people)
      .where(eq(people.teamId, project.teamId))
      .all(),
    entries: db
      .select({ personId: rosterEntries.personId, department: rosterEntries.department, role: rosterEntries.role })
      .from(rosterEntries)
      .where(eq(rosterEntries.projectId, projectId))
      .all(),
  };
  return { directory, key: directoryKey(db, project.teamId, projectId), teamId: project.teamId };
}

/** Everything the preview reads of the directory, as one string built by SQLite (cheap to compare inside the write). */
function directoryKey(db: Conn, teamId: string, projectId: string): string {
  const row = db.get<{ people: string | null; entries: string | null }>(sql`select
    (select group_concat(k, char(30)) from (select id || char(31) || credited_name || char(31) || coalesce(email, '') || char(31) || coalesce(phone, '') || char(31) || coalesce(legal_name, '') || char(31) || coalesce(pronouns, '') as k from people where team_id = ${teamId} order by id)) as people,
    (select group_concat(k, char(30)) from (select person_id || char(31) || department || char(31) || role as k from roster_entries where project_id = ${projectId} order by id)) as entries`);
  return `${row.people ?? ""}\u0000${row.entries ?? ""}`;
}

/** The preview of an import against the team's directory and the project's roster as they are now. */
export function previewImport(db: Conn, actor: Actor, projectId: string, table: Table, mapping: ColumnMapping, edits: RowEdits = {}): Preview {
  return buildPreview(table, mapping, hatrackImportContext(importDirectory(db, actor, projectId).directory), edits);
}

export type ImportResult = { peopleAdded: number; peopleUpdated: number; entriesAdded: number; entriesSkipped: number; rowsWithErrors: number };

/**
 * Writes an import's rows (worked out by `planCommit`, usually in the import worker) in one
 * transaction, all or nothing, through two prepared statements (20,000 people and entries in
 * about half a second). Refuses with a conflict, writing nothing, when the directory no longer
 * matches `directoryKey` (someone added or changed people or roster entries since the rows
 * were planned).
 */
export function writeImport(db: DB, actor: Actor, projectId: string, plan: { rows: RowsToWrite; directoryKey: string }): { peopleAdded: number; peopleUpdated: number; entriesAdded: number } {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    if (directoryKey(tx, project.teamId, projectId) !== plan.directoryKey) {
      throw new ConflictError("Someone changed the roster or the people directory while this import was being checked. Nothing was saved; check the rows again and import.");
    }
    const at = (name: string) => sql.placeholder(name);
    const insertPerson = tx
      .insert(people)
      .values({
        id: at("id"),
        teamId: project.teamId,
        creditedName: at("creditedName"),
        sortName: at("sortName"),
        sortNameCustom: at("sortNameCustom"),
        sortKey: at("sortKey"),
        familyNameFirst: at("familyNameFirst"),
        nameKey: at("nameKey"),
        legalName: at("legalName"),
        pronouns: at("pronouns"),
        email: at("email"),
        phone: at("phone"),
        unions: at("unions"),
        notes: at("notes"),
        updatedBy: actor.userId,
      })
      .prepare();
    const insertEntry = tx
      .insert(rosterEntries)
      .values({
        id: at("id"),
        projectId,
        personId: at("personId"),
        department: at("department"),
        departmentId: at("departmentId"),
        role: at("role"),
        roleId: at("roleId"),
        sortKey: at("sortKey"),
        character: at("character"),
        updatedBy: actor.userId,
      })
      .prepare();
    const idOfRow = new Map<number, string>();
    for (const p of plan.rows.people) {
      const id = newId();
      idOfRow.set(p.rowNumber, id);
      insertPerson.run({ id, ...p.columns });
    }
    for (const e of plan.rows.entries) {
      const personId = "personId" in e.person ? e.person.personId : idOfRow.get(e.person.newPersonRow);
      if (!personId) throw new Error(`Import plan names row ${"newPersonRow" in e.person ? e.person.newPersonRow : "?"} that creates nobody.`);
      const { person: _person, ...role } = e;
      insertEntry.run({ id: newId(), personId, ...role });
    }
    // Contact details the sheet adds to directory people (or, by the user's choice, changes).
    const now = new Date();
    for (const u of plan.rows.updates) {
      tx.update(people)
        .set({ ...u.fields, updatedAt: now, updatedBy: actor.userId, revision: sql`${people.revision} + 1` })
        .where(and(eq(people.id, u.personId), eq(people.teamId, project.teamId)))
        .run();
    }
    return { peopleAdded: plan.rows.people.length, peopleUpdated: plan.rows.updates.length, entriesAdded: plan.rows.entries.length };
  });
}

/**
 * Plans and writes an import on the calling thread (tests, scripts); the API plans in the
 * import worker and calls `writeImport` itself. Rows with errors block the import unless
 * `skipErrors`. Importing the same file again adds nothing.
 */
export function commitImport(
  db: DB,
  actor: Actor,
  projectId: string,
  input: { table: Table; mapping: ColumnMapping; edits?: RowEdits; contacts?: ContactChoices; skipErrors?: boolean },
): ImportResult {
  const { directory, key } = importDirectory(db, actor, projectId);
  const plan = planCommit(input, directory);
  if ("failure" in plan) throw new InvalidError(plan.failure.message);
  return { ...writeImport(db, actor, projectId, { rows: plan.rows, directoryKey: key }), entriesSkipped: plan.entriesSkipped, rowsWithErrors: plan.rowsWithErrors };
}
