import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listWorkEntries, projectResponsibilities, workPeople } from "@/db/queries/work";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { workFilterSchema } from "@/lib/validation/work";
import { LANE_LABELS, WORK_STAGES, WORK_STAGE_LABELS, workStageOfProject } from "@/lib/work/taxonomy";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { CustomResponsibilityForm, DeleteCustomResponsibilityButton } from "@/components/work/work-buttons";
import { LogWorkDialog, type ResponsibilityOption } from "@/components/work/work-entry-form";
import { WorkLogTable } from "@/components/work/work-log-table";
import { WorkNav } from "@/components/work/work-nav";
import {
  addCustomResponsibilityAction,
  createWorkEntryAction,
  deleteCustomResponsibilityAction,
  deleteWorkEntriesAction,
  restoreWorkEntriesAction,
  updateWorkEntryAction,
} from "./actions";

export const metadata: Metadata = { title: "Work log" };

export default async function WorkPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/work`);
  const db = getDb();
  const actor = requestActor(user.id);
  const filter = parseSearchParams(workFilterSchema, await searchParams);
  const { project, role, rows } = orNotFound(() => listWorkEntries(db, actor, projectId, filter));
  const { all, custom } = projectResponsibilities(db, actor, projectId);
  const people = workPeople(db, projectId);
  const canWrite = can(role, "project:write");
  const options: ResponsibilityOption[] = all.map((r) => ({ id: r.id, name: r.name, lane: r.lane, description: r.description, stages: r.stages, tracksAmount: r.tracksAmount }));
  const filtered = Boolean(filter.personId || filter.responsibilityId || filter.stage);
  const base = `/projects/${project.id}/work`;
  const entryAction = createWorkEntryAction.bind(null, project.id);
  const editAction = updateWorkEntryAction.bind(null, project.id);

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">Work log</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Who did which work, at which stage and to what degree. <Link href={`/projects/${project.id}/credits`} className="text-accent-700 underline dark:text-accent-300">Credit titles</Link> are suggested from it.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <WorkNav projectId={project.id} current="entries" />
          {canWrite && people.length > 0 ? <LogWorkDialog action={entryAction} people={people} responsibilities={options} currency={project.currency} projectId={project.id} defaultStage={workStageOfProject(project.stage)} /> : null}
        </div>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter work entries">
        <div>
          <label htmlFor="f-person" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
            Person
          </label>
          <Select id="f-person" name="person" defaultValue={filter.personId ?? ""} className="w-48">
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="f-resp" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
            Responsibility
          </label>
          <Select id="f-resp" name="responsibility" defaultValue={filter.responsibilityId ?? ""} className="w-56">
            <option value="">All responsibilities</option>
            {all.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="f-stage" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
            Stage
          </label>
          <Select id="f-stage" name="stage" defaultValue={filter.stage ?? ""} className="w-48">
            <option value="">All stages</option>
            {WORK_STAGES.map((s) => (
              <option key={s} value={s}>
                {WORK_STAGE_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass("secondary", "md")}>
          Filter
        </button>
        {filtered ? (
          <Link href={base} className={buttonClass("ghost", "md")}>
            Clear
          </Link>
        ) : null}
      </form>

      {people.length === 0 ? (
        <EmptyState
          title="Nobody is on the roster yet"
          action={
            <Link href={`/projects/${project.id}/roster`} className={buttonClass()}>
              Go to the roster
            </Link>
          }
        >
          Work is logged for people on the project&apos;s roster. Add the crew first.
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title={filtered ? "No work matches the filter" : "No work logged yet"}>
          {filtered
            ? "Try another person, responsibility or stage."
            : "Log who secured the financing, who hired the crew, who solved the problems on set — in the form, or quickly in the matrix."}
        </EmptyState>
      ) : (
        <WorkLogTable
          rows={rows}
          responsibilities={options}
          people={people}
          currency={project.currency}
          base={base}
          projectId={project.id}
          actions={canWrite ? { edit: editAction, remove: deleteWorkEntriesAction, restore: restoreWorkEntriesAction } : null}
        />
      )}

      <Card aria-labelledby="custom-heading">
        <h2 id="custom-heading" className="text-base font-semibold">
          This project&apos;s own responsibilities
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          The standard list has {all.length - custom.length} responsibilities. Add work it doesn&apos;t name, mapped to the lane it belongs to: opportunity and execution work counts toward producing titles.
        </p>
        {custom.length ? (
          <ul className="mt-4 divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {custom.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                <div className="min-w-0">
                  <span className="font-medium">{c.name}</span> <Badge>{LANE_LABELS[c.lane]}</Badge>
                  {c.description ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{c.description}</p> : null}
                </div>
                <div className="flex shrink-0 items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                  {c.entries} {c.entries === 1 ? "entry" : "entries"}
                  {canWrite && c.entries === 0 ? <DeleteCustomResponsibilityButton projectId={project.id} id={c.id} name={c.name} remove={deleteCustomResponsibilityAction} /> : null}
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {canWrite ? (
          <div className="mt-4">
            <CustomResponsibilityForm action={addCustomResponsibilityAction.bind(null, project.id)} />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
