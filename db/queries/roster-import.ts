import { eq } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { people, rosterEntries } from "@/db/schema";
import { ConflictError, InvalidError } from "@/lib/errors";
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
 * changes (the write compares it, so a preview built off the request thread is never
 * written over a directory that moved in the meantime).
 */
export function importDirectory(db: Conn, actor: Actor, projectId: string): { directory: ImportDirectory; key: string; teamId: string } {
  const { project } = requireProjectPermission(db, actor, projectId, "project:write");
  const directory = {
    people: db.select({ id: people.id, creditedName: people.creditedName, email: people.email }).from(people).where(eq(people.teamId, project.teamId)).orderBy(people.id).all(),
    entries: db
      .select({ personId: rosterEntries.personId, department: rosterEntries.department, role: rosterEntries.role })
      .from(rosterEntries)
      .where(eq(rosterEntries.projectId, projectId))
      .orderBy(rosterEntries.id)
      .all(),
  };
  return { directory, key: JSON.stringify(directory), teamId: project.teamId };
}

/** The preview of an import against the team's directory and the project's roster as they are now. */
export function previewImport(db: Conn, actor: Actor, projectId: string, table: Table, mapping: ColumnMapping, edits: RowEdits = {}): Preview {
  return buildPreview(table, mapping, hatrackImportContext(importDirectory(db, actor, projectId).directory), edits);
}

export type ImportResult = { peopleAdded: number; entriesAdded: number; entriesSkipped: number; rowsWithErrors: number };

/** Rows per INSERT statement: a multi-row insert of people (17 columns) stays far below SQLite's 32,766 variables. */
const BATCH = 500;

/**
 * Writes an import's rows (worked out by `planCommit`, usually in the import worker) in one
 * transaction, all or nothing, with multi-row inserts. Refuses with a conflict, writing
 * nothing, when the directory no longer matches `directoryKey` (someone added or changed
 * people or roster entries since the rows were planned).
 */
export function writeImport(db: DB, actor: Actor, projectId: string, plan: { rows: RowsToWrite; directoryKey: string }): { peopleAdded: number; entriesAdded: number } {
  return db.transaction((tx) => {
    const { key, teamId } = importDirectory(tx, actor, projectId);
    if (key !== plan.directoryKey) {
      throw new ConflictError("Someone changed the roster or the people directory while this import was being checked. Nothing was saved; check the rows again and import.");
    }
    const idOfRow = new Map<number, string>();
    const newPeople = plan.rows.people.map((p) => {
      const id = newId();
      idOfRow.set(p.rowNumber, id);
      return { id, teamId, updatedBy: actor.userId, ...p.columns };
    });
    for (let i = 0; i < newPeople.length; i += BATCH) tx.insert(people).values(newPeople.slice(i, i + BATCH)).run();
    const entries = plan.rows.entries.map((e) => {
      const personId = "personId" in e.person ? e.person.personId : idOfRow.get(e.person.newPersonRow);
      if (!personId) throw new Error(`Import plan names row ${"newPersonRow" in e.person ? e.person.newPersonRow : "?"} that creates nobody.`);
      const { person: _person, ...role } = e;
      return { id: newId(), projectId, personId, updatedBy: actor.userId, ...role };
    });
    for (let i = 0; i < entries.length; i += BATCH) tx.insert(rosterEntries).values(entries.slice(i, i + BATCH)).run();
    return { peopleAdded: newPeople.length, entriesAdded: entries.length };
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
  input: { table: Table; mapping: ColumnMapping; edits?: RowEdits; skipErrors?: boolean },
): ImportResult {
  const { directory, key } = importDirectory(db, actor, projectId);
  const plan = planCommit(input, directory);
  if ("failure" in plan) throw new InvalidError(plan.failure.message);
  return { ...writeImport(db, actor, projectId, { rows: plan.rows, directoryKey: key }), entriesSkipped: plan.entriesSkipped, rowsWithErrors: plan.rowsWithErrors };
}
