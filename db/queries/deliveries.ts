import { and, asc, eq, ne } from "drizzle-orm";
import type { DB } from "@/db";
import { credits, people, rosterEntries, teams, users, workEntries } from "@/db/schema";
import type { PgaSource } from "@/lib/exports/pga";
import { parseFrameRate } from "@/lib/end-credits/crawl";
import { getResponsibility } from "@/lib/work/taxonomy";
import type { Actor } from "./access";
import { listForExport, workingListOrVersion } from "./credit-list";
import { responsibilitiesOf } from "./work";

/**
 * What the delivery exports need beyond the list (issue 17): the credits locked as
 * contractual, for the title house's notes column; and everything a PGA notice packet says.
 * Access is workingListOrVersion's: any member of the project's team (another team's project, or a
 * version of it, is 404).
 */

/** Person id → the titles locked as contractual on the Credits page. No access check. */
export function contractualTitlesOf(db: DB, projectId: string): Map<string, string[]> {
  const rows = db
    .select({ personId: credits.personId, title: credits.title })
    .from(credits)
    .where(and(eq(credits.projectId, projectId), eq(credits.locked, true), ne(credits.status, "rejected")))
    .all();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.personId, [...(out.get(r.personId) ?? []), r.title]);
  return out;
}

/** A delivery export's list and project (see listForExport), with the contractual titles. */
export function deliveryFor(db: DB, actor: Actor, projectId: string, versionId: string | null, now = new Date()) {
  const found = listForExport(db, actor, projectId, versionId, now);
  return { ...found, contractual: contractualTitlesOf(db, projectId), fps: parseFrameRate(found.project.frameRate).label };
}

/** Everything the PGA notice packet is made of (lib/exports/pga.ts), for a member of the project's team. */
export function pgaSource(db: DB, actor: Actor, projectId: string, versionId: string | null, now = new Date()): PgaSource {
  // A notice can be prepared before the credit list is built: then its credits part says so.
  const { project, list, version } = workingListOrVersion(db, actor, projectId, versionId);
  const versionName = version?.name ?? null;
  const team = db.select({ name: teams.name }).from(teams).where(eq(teams.id, project.teamId)).get();
  const me = db.select({ name: users.name }).from(users).where(eq(users.id, actor.userId)).get();
  const held = db
    .select({ personId: credits.personId, title: credits.title, locked: credits.locked, name: people.creditedName, unions: people.unions })
    .from(credits)
    .innerJoin(people, eq(people.id, credits.personId))
    .where(and(eq(credits.projectId, projectId), ne(credits.status, "rejected")))
    .orderBy(asc(credits.createdAt), asc(credits.id))
    .all();
  const custom = new Map(responsibilitiesOf(db, projectId).map((r) => [r.id, r.name]));
  const work = db
    .select()
    .from(workEntries)
    .where(eq(workEntries.projectId, projectId))
    .orderBy(asc(workEntries.startDate), asc(workEntries.createdAt), asc(workEntries.id))
    .all();
  const roster = db
    .select({ personId: rosterEntries.personId, name: people.creditedName, department: rosterEntries.department, role: rosterEntries.role })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(eq(rosterEntries.projectId, projectId))
    .orderBy(asc(rosterEntries.sortKey), asc(people.sortKey))
    .all();
  return {
    project: {
      title: project.title,
      kind: project.kind,
      stage: project.stage,
      logline: project.logline,
      budgetAmount: project.budgetAmount,
      currency: project.currency,
      frameRate: project.frameRate,
      targetRuntimeSeconds: project.targetRuntimeSeconds,
    },
    company: team?.name ?? "",
    list,
    listName: versionName ?? "Working list",
    heldCredits: held.map((c) => ({ personId: c.personId, name: c.name, title: c.title, locked: c.locked, guilds: c.unions })),
    work: work.map((w) => ({
      personId: w.personId,
      responsibility: custom.get(w.responsibilityId) ?? getResponsibility(w.responsibilityId)?.name ?? w.responsibilityId,
      stage: w.stage,
      degree: w.degree,
      effortHours: w.effortHours,
      startDate: w.startDate,
      endDate: w.endDate,
      note: w.note,
    })),
    roster,
    preparedBy: me?.name ?? "",
    preparedAt: now,
  };
}
