import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { listRoster, rosterFacets } from "@/db/queries/roster";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { GUILDS } from "@/lib/people/guilds";
import { NAME_STATUSES, NAME_STATUS_LABELS } from "@/lib/roster/name-status";
import { parseRosterFilter } from "@/lib/validation/roster-filter";
import { EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { AddToRosterDialog } from "@/components/roster/add-to-roster";
import { PasteRosterDialog } from "@/components/roster/paste-roster";
import { CatalogDatalists } from "@/components/roster/catalog-datalists";
import { RosterTable } from "@/components/roster/roster-table";
import { RosterFilters } from "@/components/roster/roster-filters";
import { addToRosterAction, bulkDepartmentAction, removeEntriesAction, restoreEntriesAction, updateEntryAction } from "./actions";

export const metadata: Metadata = { title: "Roster" };

export default async function RosterPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/roster`);
  const db = getDb();
  const actor = requestActor(user.id);
  const { project, role } = orNotFound(() => getProject(db, actor, projectId));
  const filter = parseRosterFilter(await searchParams);
  const result = listRoster(db, actor, projectId, {
    q: filter.q,
    department: filter.department || undefined,
    role: filter.role || undefined,
    union: filter.union || undefined,
    status: filter.status || undefined,
    sort: filter.view === "departments" ? "order" : filter.sort,
    dir: filter.view === "departments" ? "asc" : filter.dir,
    page: filter.page,
    pageSize: filter.pageSize,
  });
  const facets = rosterFacets(db, actor, projectId);
  const canWrite = can(role, "project:write");
  const filtered = Boolean(filter.q || filter.department || filter.role || filter.union || filter.status);
  const base = `/projects/${project.id}/roster`;

  return (
    <div className="space-y-5">
      {/* Suggestions for every department and role field on this page (add, edit, move), drawn in the browser. */}
      <CatalogDatalists />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {result.total} {result.total === 1 ? "entry" : "entries"}
          {filtered ? (result.total === 1 ? " matches these filters" : " match these filters") : " on the roster"}. One person can hold several entries — one per hat.
        </p>
        <div className="flex flex-wrap gap-2">
          <a className={buttonClass("secondary", "sm")} href={`/api/projects/${project.id}/roster/export?format=csv`} download>
            Export CSV
          </a>
          <a className={buttonClass("secondary", "sm")} href={`/api/projects/${project.id}/roster/export?format=xlsx`} download>
            Export XLSX
          </a>
          <Link className={buttonClass("secondary", "sm")} href={`${base}/name-checks`}>
            Name checks
          </Link>
          {canWrite ? (
            <>
              <Link className={buttonClass("secondary", "sm")} href={`${base}/import`}>
                Import…
              </Link>
              <PasteRosterDialog projectId={project.id} />
              <AddToRosterDialog action={addToRosterAction.bind(null, project.id)} />
            </>
          ) : null}
        </div>
      </div>

      <RosterFilters
        filter={filter}
        departments={facets.departments.map((d) => ({ value: d.department, count: d.entries }))}
        roles={facets.roles.map((r) => ({ value: r.role, count: r.entries }))}
        unions={[...GUILDS]}
        statuses={NAME_STATUSES.map((s) => ({ value: s, label: NAME_STATUS_LABELS[s] }))}
      />

      {result.total === 0 ? (
        filtered ? (
          <EmptyState title="Nobody matches these filters" action={<Link className={buttonClass("secondary")} href={`${base}?view=${filter.view}`}>Clear filters</Link>}>
            Try another name, or clear the filters to see the whole roster.
          </EmptyState>
        ) : (
          <EmptyState title="The roster is empty" action={canWrite ? <Link className={buttonClass("primary")} href={`${base}/import`}>Import a crew list</Link> : null}>
            {canWrite
              ? "Paste several people and roles at once with “Add several…”, add them one by one with “Add to roster”, or import the crew list you already keep as a spreadsheet (CSV, TSV or XLSX)."
              : "Nobody is on this project's roster yet."}
          </EmptyState>
        )
      ) : (
        <RosterTable
          projectId={project.id}
          view={filter.view}
          rows={result.rows}
          page={result.page}
          pages={result.pages}
          total={result.total}
          pageSize={result.pageSize}
          sort={filter.sort}
          dir={filter.dir}
          canWrite={canWrite}
          actions={{ bulkDepartment: bulkDepartmentAction, remove: removeEntriesAction, restore: restoreEntriesAction, updateEntry: updateEntryAction.bind(null, project.id) }}
        />
      )}
    </div>
  );
}
