import { asc, eq } from "drizzle-orm";
import type { Conn } from "@/db";
import { customResponsibilities, people, rosterEntries, workEntries, type CustomResponsibility } from "@/db/schema";
import type { WorkEntryInput } from "@/lib/credits/types";

/**
 * The rows the credit engine reads for a project: its people (on the roster, or with work
 * logged), its work entries and its custom responsibilities. No access check: callers check.
 */
export function loadEngineRows(db: Conn, projectId: string): { people: { id: string; name: string }[]; entries: WorkEntryInput[]; custom: CustomResponsibility[] } {
  const entries = db
    .select({
      id: workEntries.id,
      personId: workEntries.personId,
      responsibilityId: workEntries.responsibilityId,
      stage: workEntries.stage,
      degree: workEntries.degree,
      effortHours: workEntries.effortHours,
      amountRaised: workEntries.amountRaised,
    })
    .from(workEntries)
    .where(eq(workEntries.projectId, projectId))
    .all();
  const onRoster = db
    .selectDistinct({ id: people.id, name: people.creditedName })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(eq(rosterEntries.projectId, projectId))
    .all();
  const known = new Set(onRoster.map((p) => p.id));
  const missing = [...new Set(entries.map((e) => e.personId))].filter((id) => !known.has(id));
  const extra = missing.length
    ? db
        .selectDistinct({ id: people.id, name: people.creditedName })
        .from(workEntries)
        .innerJoin(people, eq(people.id, workEntries.personId))
        .where(eq(workEntries.projectId, projectId))
        .all()
        .filter((p) => !known.has(p.id))
    : [];
  const custom = db.select().from(customResponsibilities).where(eq(customResponsibilities.projectId, projectId)).orderBy(asc(customResponsibilities.createdAt)).all();
  return { people: [...onRoster, ...extra], entries, custom };
}
