import { asc, eq, sql } from "drizzle-orm";
import type { Conn } from "@/db";
import { customResponsibilities, people, rosterEntries, workEntries, type CustomResponsibility } from "@/db/schema";
import type { WorkEntryInput } from "@/lib/credits/types";
import { DEGREES, type Degree } from "@/lib/work/degree";
import { WORK_STAGES, type WorkStage } from "@/lib/work/taxonomy";


/** `case <column> when 'a' then 0 when 'b' then 1 … else <column> end`: a known value as its index. */
function indexOf(column: typeof workEntries.stage | typeof workEntries.degree, values: readonly string[]) {
  const whens = values.map((v, i) => sql`when ${v} then ${sql.raw(String(i))}`);
  return sql`case ${column} ${sql.join(whens, sql` `)} else ${column} end`;
}

const STAGE_INDEX = indexOf(workEntries.stage, WORK_STAGES);
const DEGREE_INDEX = indexOf(workEntries.degree, DEGREES);

type Row = [string, string, string, number | string, number | string, number | null, number | null];

/**
 * Everything the credit engine reads for a project, straight from SQLite:
 * - people: everyone on the project's roster (once, however many hats they wear) plus anyone
 *   with work logged on the project, as { id, name: credited name }, sorted by id;
 * - entries: every work entry of the project as the engine's WorkEntryInput;
 * - custom: the project's custom responsibilities (oldest first).
 *
 * No access check: callers check (e.g. with requireProjectPermission) before calling.
 *
 * Built for 100,000-entry projects: only the columns the engine needs; rows come back as
 * arrays (drizzle's `values`, no per-row mapping) and become plain objects here; stage and
 * degree come back as their index in WORK_STAGES / DEGREES and are mapped to shared strings,
 * so SQLite creates two strings fewer per row (an unknown value comes back as itself); person
 * and responsibility ids share one string per distinct id.
 */
export function loadEngineRows(
  db: Conn,
  projectId: string,
): { people: { id: string; name: string }[]; entries: WorkEntryInput[]; custom: CustomResponsibility[] } {
  const onProject = sql`select ${rosterEntries.personId} from ${rosterEntries} where ${rosterEntries.projectId} = ${projectId}
    union select ${workEntries.personId} from ${workEntries} where ${workEntries.projectId} = ${projectId}`;
  const crew = db
    .select({ id: people.id, name: people.creditedName })
    .from(people)
    .where(sql`${people.id} in (${onProject})`)
    .orderBy(asc(people.id))
    .all();

  const rows = db.values<Row>(sql`
    select ${workEntries.id}, ${workEntries.personId}, ${workEntries.responsibilityId}, ${STAGE_INDEX}, ${DEGREE_INDEX},
           ${workEntries.effortHours}, ${workEntries.amountRaised}
    from ${workEntries}
    where ${workEntries.projectId} = ${projectId}`);
  // SQLite hands back a new string per row; 100,000 rows name only a few thousand people and a
  // few dozen responsibilities, so each row points at one shared string instead (less memory,
  // and look-ups by id then compare the same string).
  const personIds = new Map(crew.map((p) => [p.id, p.id]));
  const responsibilityIds = new Map<string, string>();
  const entries = new Array<WorkEntryInput>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, personId, responsibilityId, stage, degree, effortHours, amountRaised] = rows[i] as Row;
    let rid = responsibilityIds.get(responsibilityId);
    if (rid === undefined) responsibilityIds.set(responsibilityId, (rid = responsibilityId));
    entries[i] = {
      id,
      personId: personIds.get(personId) ?? personId,
      responsibilityId: rid,
      stage: (typeof stage === "number" ? WORK_STAGES[stage] : stage) as WorkStage,
      degree: (typeof degree === "number" ? DEGREES[degree] : degree) as Degree,
      effortHours,
      amountRaised,
    };
  }

  const custom = db
    .select()
    .from(customResponsibilities)
    .where(eq(customResponsibilities.projectId, projectId))
    .orderBy(asc(customResponsibilities.createdAt), asc(customResponsibilities.id))
    .all();
  return { people: crew, entries, custom };
}
