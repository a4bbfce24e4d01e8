import { and, asc, eq, sql } from "drizzle-orm";
import type { DB } from "@/db";
import { people, rosterEntries, workEntries } from "@/db/schema";
import { nameMatchKey } from "@/lib/people/names";
import { requireProjectPermission, type Actor } from "./access";

/** The most people one search answers. */
export const PEOPLE_SEARCH_LIMIT = 20;
/** The longest search text read (longer input is cut). */
export const PEOPLE_SEARCH_MAX_QUERY = 100;

/**
 * People on a project — on its roster or with work logged, the people the credit engine reads
 * — whose name contains `q` (case, accents and punctuation ignored, as the roster's search), in
 * name order, at most `limit` (1–PEOPLE_SEARCH_LIMIT); `more` says whether others match too.
 * An empty `q` lists the first names. Readers of the project only (another team's: NotFound).
 */
export function searchProjectPeople(db: DB, actor: Actor, projectId: string, q: string, limit = PEOPLE_SEARCH_LIMIT): { people: { id: string; name: string }[]; more: boolean } {
  const { project } = requireProjectPermission(db, actor, projectId, "project:read");
  const n = Math.min(Math.max(Math.floor(limit) || PEOPLE_SEARCH_LIMIT, 1), PEOPLE_SEARCH_LIMIT);
  const key = nameMatchKey(q.slice(0, PEOPLE_SEARCH_MAX_QUERY));
  const onProject = sql`(exists (select 1 from ${rosterEntries} where ${rosterEntries.projectId} = ${projectId} and ${rosterEntries.personId} = ${people.id})
    or exists (select 1 from ${workEntries} where ${workEntries.projectId} = ${projectId} and ${workEntries.personId} = ${people.id}))`;
  const rows = db
    .select({ id: people.id, name: people.creditedName })
    .from(people)
    .where(and(eq(people.teamId, project.teamId), onProject, key ? sql`instr(${people.nameKey}, ${key}) > 0` : undefined))
    .orderBy(asc(people.sortKey), asc(people.id))
    .limit(n + 1)
    .all();
  return { people: rows.slice(0, n), more: rows.length > n };
}
