import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getProject, rosterSummary } from "@/db/queries/projects";
import { creditsHealth } from "@/db/queries/credits";
import { getCreditList } from "@/db/queries/credit-list";
import { nameCheckOverview } from "@/db/queries/name-checks";
import { peopleWithWork } from "@/db/queries/work";
import { setupChecklist } from "@/lib/projects/checklist";
import { SetupChecklist } from "@/components/projects/setup-checklist";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from "@/lib/projects/catalog";
import { formatBudget, formatRuntime } from "@/lib/projects/format";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { FlashToast } from "@/components/ui/flash-toast";

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId } = await params;
  const user = await requireUser();
  try {
    return { title: getProject(getDb(), requestActor(user.id), projectId).project.title };
  } catch {
    return { title: "Project" };
  }
}

export default async function ProjectOverviewPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/projects/${projectId}`);
  const db = getDb();
  const actor = requestActor(user.id);
  const { project, role } = orNotFound(() => getProject(db, actor, projectId));
  const roster = rosterSummary(db, actor, projectId);
  const canWrite = can(role, "project:write");
  const health = creditsHealth(db, actor, projectId);
  const { working, versions, staleness } = getCreditList(db, actor, projectId);
  const lastVersion = versions[0];
  const steps = setupChecklist(project.id, {
    rosterPeople: roster.people,
    peopleWithWork: peopleWithWork(db, actor, projectId),
    workEntries: health.entryCount,
    undecided: health.summary.undecided,
    held: health.summary.held,
    list: !working ? "none" : (staleness?.state ?? "unknown"),
    namesConfirmed: nameCheckOverview(db, actor, projectId).counts.confirmed,
  });
  // The checklist shows until every step is done (an old project that has it all never sees it).
  const showChecklist = steps.some((s) => !s.done);

  const facts: Array<[string, string]> = [
    ["Kind", PROJECT_KIND_LABELS[project.kind]],
    ["Stage", PROJECT_STAGE_LABELS[project.stage]],
    ["Budget", formatBudget(project.budgetAmount, project.currency) ?? "Not set"],
    ["Target credits running time", formatRuntime(project.targetRuntimeSeconds) ?? "Not set"],
    ["Frame rate", `${project.frameRate} fps`],
  ];

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <FlashToast when={sp.created === "1"} message="Project created." />
      {showChecklist ? (
        <div className="lg:col-span-3">
          <SetupChecklist steps={steps} canWrite={canWrite} />
        </div>
      ) : null}
      <div className="space-y-6 lg:col-span-2">
        <Card aria-labelledby="about-heading">
          <h2 id="about-heading" className="text-base font-semibold">
            About
          </h2>
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
            {project.logline || <span className="text-zinc-500 dark:text-zinc-400">No logline yet.</span>}
          </p>
          <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
                <dd className="text-sm font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>

        <Card aria-labelledby="crew-heading">
          <div className="flex items-baseline justify-between gap-2">
            <h2 id="crew-heading" className="text-base font-semibold">
              Crew
            </h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {roster.people} {roster.people === 1 ? "person" : "people"} · {roster.entries} {roster.entries === 1 ? "role" : "roles"} ·{" "}
              <Link href={`/projects/${project.id}/roster`} className="font-medium text-zinc-900 underline underline-offset-4 dark:text-zinc-100">
                Open the roster
              </Link>
            </p>
          </div>
          {roster.byDepartment.length === 0 ? (
            <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
              Nobody is on this project&apos;s roster yet. The crew roster is where every credit starts:{" "}
              {canWrite ? (
                <Link href={`/projects/${project.id}/roster/import`} className="font-medium text-zinc-900 underline underline-offset-4 dark:text-zinc-100">
                  import your crew list
                </Link>
              ) : (
                "an Editor can import the crew list"
              )}
              .
            </p>
          ) : (
            <table className="mt-3 w-full text-sm">
              <caption className="sr-only">People per department</caption>
              <thead>
                <tr className="text-left text-xs text-zinc-600 dark:text-zinc-400">
                  <th scope="col" className="pb-2 font-medium">
                    Department
                  </th>
                  <th scope="col" className="pb-2 text-right font-medium">
                    People
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {roster.byDepartment.map((d) => (
                  <tr key={d.department}>
                    <td className="py-1.5">{d.department}</td>
                    <td className="py-1.5 text-right tabular-nums">{d.people}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>

      <div className="space-y-6">
        <Card aria-labelledby="credits-heading">
          <h2 id="credits-heading" className="text-base font-semibold">
            Credits
          </h2>
          {health.entryCount === 0 ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              No work logged yet. Titles are suggested from the{" "}
              <Link href={`/projects/${project.id}/work`} className="font-medium text-zinc-900 underline underline-offset-4 dark:text-zinc-100">
                work log
              </Link>
              .
            </p>
          ) : (
            <dl className="mt-3 grid grid-cols-2 gap-3 text-sm">
              <div>
                <dt className="text-xs text-zinc-600 dark:text-zinc-400">Work entries</dt>
                <dd className="font-medium tabular-nums">{health.entryCount}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-600 dark:text-zinc-400">Undecided suggestions</dt>
                <dd className="font-medium tabular-nums">{health.summary.undecided}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-600 dark:text-zinc-400">Titles held</dt>
                <dd className="font-medium tabular-nums">
                  {health.summary.held}
                  {health.summary.locked ? ` (${health.summary.locked} locked)` : ""}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-600 dark:text-zinc-400">Health findings</dt>
                <dd className="font-medium tabular-nums">{health.findings === 0 ? "All clear" : health.findings}</dd>
              </div>
            </dl>
          )}
          <div className="mt-3 border-t border-zinc-100 pt-3 text-sm dark:border-zinc-800">
            <h3 className="text-xs text-zinc-600 dark:text-zinc-400">End-credit list</h3>
            <p className="font-medium">
              {!working
                ? "Not built yet"
                : lastVersion
                  ? `Last version: ${lastVersion.name}${lastVersion.lockedAt ? " (sent to post, locked)" : " (not locked)"}`
                  : "Working list, no version saved yet"}
            </p>
          </div>
          <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
            <Link href={`/projects/${project.id}/credits`} className="font-medium text-zinc-900 underline underline-offset-4 dark:text-zinc-100">
              Review the credits
            </Link>
            <Link href={`/projects/${project.id}/credits/list`} className="font-medium text-zinc-900 underline underline-offset-4 dark:text-zinc-100">
              Open the credit list
            </Link>
          </p>
        </Card>
        <Card aria-labelledby="hats-heading">
          <h2 id="hats-heading" className="text-base font-semibold">
            Wearing several hats
          </h2>
          {roster.multiHat.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Everyone on the roster holds one role.</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {roster.multiHat.map((p) => (
                <li key={p.personId} className="flex items-center justify-between gap-2 text-sm">
                  <Link href={`/people/${p.personId}`} className="min-w-0 truncate hover:underline">
                    {p.name}
                  </Link>
                  <Badge tone="accent">{p.hats} roles</Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {project.archivedAt ? (
          <Card>
            <h2 className="text-base font-semibold">Archived</h2>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              This project is hidden from the project list.{canWrite ? " Restore it in Settings." : ""}
            </p>
          </Card>
        ) : null}
        {canWrite ? (
          <EmptyState title="Keep it current" action={<ButtonLink href={`/projects/${project.id}/settings`} variant="secondary">Edit project details</ButtonLink>}>
            Move the stage along as the production moves, and keep the budget and credits running time up to date.
          </EmptyState>
        ) : null}
      </div>
    </div>
  );
}
