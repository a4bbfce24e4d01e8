import { eq } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { people, rosterEntries } from "@/db/schema";
import { InvalidError } from "@/lib/errors";
import { commitPlan } from "@/lib/roster/import/plan";
import { hatrackImportContext } from "@/lib/roster/import/hatrack-context";
import { buildPreview, type Preview } from "@/lib/roster/import/validate";
import type { RowEdits } from "@/lib/roster/import/edits";
import type { ColumnMapping } from "@/lib/roster/import/fields";
import type { Table } from "@/lib/roster/import/types";
import { newId } from "@/lib/tokens";
import { requireProjectPermission, type Actor } from "./access";
import { personColumns } from "./people";

/** The preview of an import against the team's directory and the project's roster as they are now. */
export function previewImport(db: Conn, actor: Actor, projectId: string, table: Table, mapping: ColumnMapping, edits: RowEdits = {}): Preview {
  const { project } = requireProjectPermission(db, actor, projectId, "project:write");
  const existingPeople = db.select({ id: people.id, creditedName: people.creditedName, email: people.email }).from(people).where(eq(people.teamId, project.teamId)).all();
  const existingEntries = db
    .select({ personId: rosterEntries.personId, department: rosterEntries.department, role: rosterEntries.role })
    .from(rosterEntries)
    .where(eq(rosterEntries.projectId, projectId))
    .all();
  return buildPreview(table, mapping, hatrackImportContext({ people: existingPeople, entries: existingEntries }), edits);
}

/**
 * Writes an import in one transaction: the preview is built again here (the client's copy is
 * never trusted), then its new people and roster entries are inserted. Rows with errors block
 * the import unless `skipErrors`. Importing the same file again adds nothing.
 */
export function commitImport(
  db: DB,
  actor: Actor,
  projectId: string,
  input: { table: Table; mapping: ColumnMapping; edits?: RowEdits; skipErrors?: boolean },
): { peopleAdded: number; entriesAdded: number; entriesSkipped: number; rowsWithErrors: number } {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    const preview = previewImport(tx, actor, projectId, input.table, input.mapping, input.edits);
    const rowsWithErrors = preview.summary.withErrors;
    if (rowsWithErrors > 0 && !input.skipErrors) {
      throw new InvalidError(`${rowsWithErrors} ${rowsWithErrors === 1 ? "row has" : "rows have"} errors. Fix them, or choose to skip them.`);
    }
    const plan = commitPlan(preview);
    const createdByRow = new Map<number, string>();
    for (const p of plan.people) {
      const id = newId();
      const v = p.values;
      tx.insert(people)
        .values({
          id,
          teamId: project.teamId,
          ...personColumns({
            creditedName: v.creditedName,
            sortName: null,
            familyNameFirst: false,
            legalName: v.legalName || null,
            pronouns: v.pronouns || null,
            email: v.email || null,
            phone: v.phone || null,
            unions: v.unions,
            notes: v.notes || null,
          }),
        })
        .run();
      createdByRow.set(p.rowNumber, id);
    }
    for (const e of plan.entries) {
      const personId = "personId" in e.person ? e.person.personId : createdByRow.get(e.person.newPersonRow);
      if (!personId) throw new Error(`Import plan names row ${"newPersonRow" in e.person ? e.person.newPersonRow : "?"} that creates nobody.`);
      tx.insert(rosterEntries)
        .values({
          id: newId(),
          projectId,
          personId,
          department: e.role.departmentName,
          departmentId: e.role.departmentId,
          role: e.role.roleName,
          roleId: e.role.roleId,
          sortKey: e.role.sortKey,
        })
        .run();
    }
    return { peopleAdded: plan.people.length, entriesAdded: plan.entries.length, entriesSkipped: preview.summary.entriesSkipped, rowsWithErrors };
  });
}
