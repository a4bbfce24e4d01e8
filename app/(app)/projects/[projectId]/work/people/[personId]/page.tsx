import { personCreditsHref } from "@/lib/decisions/credits-view";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { personTimeline, workPeople } from "@/db/queries/work";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { formatMoney } from "@/lib/credits/format";
import { DEGREE_LABELS } from "@/lib/validation/work";
import { formatDateRange, formatHours } from "@/lib/work/format";
import { LANE_SHORT_LABELS, WORK_STAGES, WORK_STAGE_LABELS, workStageOfProject } from "@/lib/work/taxonomy";
import { Card } from "@/components/ui/card";
import { DegreeMark } from "@/components/work/degree-mark";
import { DeleteWorkButton } from "@/components/work/work-buttons";
import { workEntryFormValues } from "@/lib/work/format";
import { EditWorkDialog, LogWorkDialog, type ResponsibilityOption } from "@/components/work/work-entry-form";
import { createWorkEntryAction, deleteWorkEntriesAction, restoreWorkEntriesAction, updateWorkEntryAction } from "../../actions";

export const metadata: Metadata = { title: "Timeline" };

export default async function PersonTimelinePage({ params }: { params: Promise<{ projectId: string; personId: string }> }) {
  const { projectId, personId } = await params;
  const user = await requireUser(`/projects/${projectId}/work/people/${personId}`);
  const db = getDb();
  const { project, role, person, roles, entries, responsibilities } = orNotFound(() => personTimeline(db, requestActor(user.id), projectId, personId));
  const canWrite = can(role, "project:write");
  const people = workPeople(db, projectId);
  const onRoster = roles.length > 0;
  const byId = new Map(responsibilities.map((r) => [r.id, r]));
  const options: ResponsibilityOption[] = responsibilities.map((r) => ({ id: r.id, name: r.name, lane: r.lane, description: r.description, stages: r.stages, tracksAmount: r.tracksAmount }));
  const hours = entries.reduce((sum, e) => sum + (e.effortHours ?? 0), 0);
  const raised = entries.reduce((sum, e) => sum + (e.amountRaised ?? 0), 0);
  const functions = new Set(entries.map((e) => e.responsibilityId)).size;
  const base = `/projects/${project.id}/work`;

  return (
    <div className="space-y-6">
      <nav aria-label="Work log" className="text-sm">
        <Link href={base} className="text-accent-700 hover:underline dark:text-accent-300">
          ← Work log
        </Link>
      </nav>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="text-xl font-semibold">{person.name}</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{onRoster ? roles.map((r) => r.role).join(", ") : "No longer on this project's roster."}</p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            {entries.length} {entries.length === 1 ? "entry" : "entries"} across {functions} {functions === 1 ? "responsibility" : "responsibilities"}
            {hours > 0 ? ` · ${formatHours(hours)}` : ""}
            {raised > 0 ? ` · raised ${formatMoney(raised, project.currency)}` : ""}
            {" · "}
            <Link href={personCreditsHref(`/projects/${project.id}`, person.id)} className="text-accent-700 underline dark:text-accent-300">
              their credits
            </Link>
          </p>
        </div>
        {canWrite && onRoster ? (
          <LogWorkDialog action={createWorkEntryAction.bind(null, project.id)} people={people} responsibilities={options} currency={project.currency} preset={{ personId: person.id }} label={`Log work for ${person.name}`} projectId={project.id} defaultStage={workStageOfProject(project.stage)} />
        ) : null}
      </div>

      <ol className="space-y-4" aria-label="Work by stage">
        {WORK_STAGES.map((stage) => {
          const list = entries.filter((e) => e.stage === stage);
          return (
            <li key={stage}>
              <Card className="p-4">
                <h3 className="flex items-baseline justify-between text-sm font-semibold">
                  {WORK_STAGE_LABELS[stage]}
                  <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">
                    {list.length} {list.length === 1 ? "entry" : "entries"}
                  </span>
                </h3>
                {list.length === 0 ? (
                  <p className="mt-2 text-sm text-zinc-500 dark:text-zinc-400">Nothing logged at this stage.</p>
                ) : (
                  <ul className="mt-3 space-y-2 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700">
                    {list.map((e) => {
                      const r = byId.get(e.responsibilityId);
                      const details = [formatDateRange(e.startDate, e.endDate), formatHours(e.effortHours), e.amountRaised !== null ? `raised ${formatMoney(e.amountRaised, project.currency)}` : ""].filter(Boolean);
                      return (
                        <li key={e.id} className="flex items-start justify-between gap-3 text-sm">
                          <div className="flex min-w-0 gap-2">
                            <DegreeMark degree={e.degree} className="mt-0.5" />
                            <div className="min-w-0">
                              <div>
                                <span className="font-medium">{r?.name ?? e.responsibilityId}</span>{" "}
                                <span className="text-zinc-600 dark:text-zinc-400">— {DEGREE_LABELS[e.degree].toLowerCase()}</span>
                              </div>
                              <div className="text-xs text-zinc-500 dark:text-zinc-400">{[r ? `${LANE_SHORT_LABELS[r.lane]} lane` : null, ...details].filter(Boolean).join(" · ")}</div>
                              {e.note ? <p className="mt-0.5 text-xs break-words whitespace-pre-line text-zinc-700 dark:text-zinc-300">{e.note}</p> : null}
                            </div>
                          </div>
                          {canWrite ? (
                            <div className="shrink-0">
                              <EditWorkDialog
                                action={updateWorkEntryAction.bind(null, project.id)}
                                people={people}
                                responsibilities={options}
                                currency={project.currency}
                                label={`Edit ${r?.name ?? "work"} (${WORK_STAGE_LABELS[stage]})`}
                                entry={workEntryFormValues(e)}
                              />
                              <DeleteWorkButton projectId={project.id} entryIds={[e.id]} label={`Delete ${r?.name ?? "work"} (${WORK_STAGE_LABELS[stage]})`} remove={deleteWorkEntriesAction} restore={restoreWorkEntriesAction} />
                            </div>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </Card>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
