import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listWorkEntries, projectResponsibilities, workPeople } from "@/db/queries/work";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { formatMoney } from "@/lib/credits/format";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { DEGREE_LABELS, workFilterSchema } from "@/lib/validation/work";
import { formatDateRange, formatHours } from "@/lib/work/format";
import { LANE_LABELS, LANE_SHORT_LABELS, WORK_STAGES, WORK_STAGE_LABELS, workStageOfProject } from "@/lib/work/taxonomy";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { DegreeMark } from "@/components/work/degree-mark";
import { CustomResponsibilityForm, DeleteCustomResponsibilityButton, DeleteWorkButton } from "@/components/work/work-buttons";
import { workEntryFormValues } from "@/lib/work/format";
import { EditWorkDialog, LogWorkDialog, type ResponsibilityOption } from "@/components/work/work-entry-form";
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
  const byId = new Map(all.map((r) => [r.id, r]));
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
        <div className="overflow-x-auto rounded-xl border border-zinc-200 dark:border-zinc-800">
          <table className="w-full min-w-[56rem] text-sm">
            <caption className="sr-only">Work entries, most recently changed first</caption>
            <thead className="bg-zinc-50 text-left text-xs font-medium tracking-wide text-zinc-600 uppercase dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-3 py-2">Person</th>
                <th scope="col" className="px-3 py-2">Responsibility</th>
                <th scope="col" className="px-3 py-2">Stage</th>
                <th scope="col" className="px-3 py-2">Degree</th>
                <th scope="col" className="px-3 py-2">Details</th>
                <th scope="col" className="px-3 py-2">Logged</th>
                {canWrite ? <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {rows.map(({ entry, personName, createdByName, updatedByName }) => {
                const r = byId.get(entry.responsibilityId);
                const details = [
                  formatDateRange(entry.startDate, entry.endDate),
                  formatHours(entry.effortHours),
                  entry.amountRaised !== null ? `raised ${formatMoney(entry.amountRaised, project.currency)}` : "",
                ].filter(Boolean);
                const edited = entry.updatedAt.getTime() - entry.createdAt.getTime() > 1000;
                return (
                  <tr key={entry.id} className="align-top">
                    <td className="px-3 py-2 font-medium whitespace-nowrap">
                      <Link href={`${base}/people/${entry.personId}`} className="hover:underline">
                        {personName}
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      <div>{r?.name ?? entry.responsibilityId}</div>
                      {r ? <div className="text-xs text-zinc-500 dark:text-zinc-400">{LANE_SHORT_LABELS[r.lane]} lane</div> : null}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{WORK_STAGE_LABELS[entry.stage]}</td>
                    <td className="px-3 py-2">
                      <span className="inline-flex items-center gap-1.5">
                        <DegreeMark degree={entry.degree} />
                        {DEGREE_LABELS[entry.degree]}
                      </span>
                    </td>
                    <td className="max-w-xs px-3 py-2">
                      {details.length ? <div className="text-zinc-700 dark:text-zinc-300">{details.join(" · ")}</div> : null}
                      {entry.note ? <p className="mt-0.5 text-xs break-words whitespace-pre-line text-zinc-600 dark:text-zinc-400">{entry.note}</p> : null}
                      {!details.length && !entry.note ? <span className="text-zinc-400 dark:text-zinc-500">—</span> : null}
                    </td>
                    <td className="px-3 py-2 text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                      <div>
                        {createdByName ?? "Someone"}, <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString().slice(0, 10)}</time>
                      </div>
                      {edited ? (
                        <div>
                          edited by {updatedByName ?? "someone"}, <time dateTime={entry.updatedAt.toISOString()}>{entry.updatedAt.toISOString().slice(0, 10)}</time>
                        </div>
                      ) : null}
                    </td>
                    {canWrite ? (
                      <td className="px-3 py-2 text-right whitespace-nowrap">
                        <EditWorkDialog
                          action={editAction}
                          people={people}
                          responsibilities={options}
                          currency={project.currency}
                          label={`Edit ${personName}: ${r?.name ?? "work"}`}
                          entry={workEntryFormValues(entry)}
                        />
                        <DeleteWorkButton
                          projectId={project.id}
                          entryIds={[entry.id]}
                          label={`Delete ${personName}: ${r?.name ?? "work"}`}
                          remove={deleteWorkEntriesAction}
                          restore={restoreWorkEntriesAction}
                        />
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
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
