import { and, eq, sql } from "drizzle-orm";
import type Database from "better-sqlite3";
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
import { withRevisionsHeld } from "./project-cache";

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
 * The import's two inserts as better-sqlite3 statements, prepared once per connection: 40,000
 * rows through drizzle's placeholder mapping cost a fifth of the write. The column lists are
 * the schema's (db/schema.ts `people`, `rosterEntries`); what is left out takes its SQL default
 * (created_at, updated_at, revision). Checked against the schema by roster-import.test.ts.
 */
const statements = new WeakMap<Database.Database, { insertPerson: Database.Statement; insertEntry: Database.Statement }>();
function importStatements(client: Database.Database) {
  let prepared = statements.get(client);
  if (!prepared) {
    prepared = {
      insertPerson: client.prepare(
        `insert into people (id, team_id, credited_name, sort_name, sort_name_custom, sort_key, family_name_first, name_key, legal_name, pronouns, email, phone, unions, notes, updated_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertEntry: client.prepare(
        `insert into roster_entries (id, project_id, person_id, department, department_id, role, role_id, sort_key, character, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    statements.set(client, prepared);
  }
  return prepared;
}

/**
 * Writes an import's rows (worked out by `planCommit`, usually in the import worker) in one
 * transaction, all or nothing, through two prepared statements. Refuses with a conflict, writing nothing, when the directory no longer
 * matches `directoryKey` (someone added or changed people or roster entries since the rows
 * were planned).
 */
export function writeImport(db: DB, actor: Actor, projectId: string, plan: { rows: RowsToWrite; directoryKey: string }): { peopleAdded: number; peopleUpdated: number; entriesAdded: number } {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    if (directoryKey(tx, project.teamId, projectId) !== plan.directoryKey) {
      throw new ConflictError("Someone changed the roster or the people directory while this import was being checked. Nothing was saved; check the rows again and import.");
    }
    const { insertPerson, insertEntry } = importStatements(db.$client);
    const idOfRow = new Map<number, string>();
    withRevisionsHeld(tx, projectId, () => {
      for (const { rowNumber, columns: p } of plan.rows.people) {
        const id = newId();
        idOfRow.set(rowNumber, id);
        insertPerson.run(
          id, project.teamId, p.creditedName, p.sortName, p.sortNameCustom ? 1 : 0, p.sortKey, p.familyNameFirst ? 1 : 0, p.nameKey,
          p.legalName, p.pronouns, p.email, p.phone, JSON.stringify(p.unions), p.notes, actor.userId,
        );
      }
      for (const e of plan.rows.entries) {
        const personId = "personId" in e.person ? e.person.personId : idOfRow.get(e.person.newPersonRow);
        if (!personId) throw new Error(`Import plan names row ${"newPersonRow" in e.person ? e.person.newPersonRow : "?"} that creates nobody.`);
        insertEntry.run(newId(), projectId, personId, e.department, e.departmentId, e.role, e.roleId, e.sortKey, e.character, actor.userId);
      }
    });
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
