import type { Metadata } from "next";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { Card } from "@/components/ui/card";
import { ProjectForm } from "@/components/projects/project-form";
import { ArchiveProjectForm, DeleteProjectDialog } from "@/components/projects/danger-zone";
import { ThresholdsForm } from "@/components/credits/thresholds-form";
import { DEFAULT_THRESHOLDS, resolveThresholds, THRESHOLD_DESCRIPTIONS, type Thresholds } from "@/lib/credits/thresholds";
import { changedThresholds, displayRange, formatThreshold, THRESHOLD_KEYS, THRESHOLD_LABELS, thresholdUnit, toDisplay, UNIT_SUFFIX } from "@/lib/decisions/threshold-fields";
import Link from "next/link";
import { archiveProjectAction, deleteProjectAction, updateProjectAction } from "../../actions";
import { restoreThresholdsAction, updateMergeSettingsAction, updateThresholdsAction } from "../credits/actions";
import { MergeSettingsForm } from "@/components/credits/merge-settings-form";
import { restoreConcentrationAction, updateConcentrationAction } from "../review/actions";
import { DEFAULT_CONCENTRATION_THRESHOLD, resolveConcentrationThreshold } from "@/lib/review";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/settings`);
  const { project, role } = orNotFound(() => getProject(getDb(), requestActor(user.id), projectId));
  const canWrite = can(role, "project:write");
  const canDelete = can(role, "project:delete");
  const canConfigure = can(role, "credits:configure");
  const values = resolveThresholds(project.creditThresholds as Partial<Thresholds>);
  const concentration = resolveConcentrationThreshold(project.concentrationThreshold);
  const fields = THRESHOLD_KEYS.map((key) => ({
    key,
    label: THRESHOLD_LABELS[key],
    description: THRESHOLD_DESCRIPTIONS[key],
    value: toDisplay(key, values[key]),
    defaultValue: formatThreshold(key, DEFAULT_THRESHOLDS[key]),
    ...displayRange(key),
    suffix: UNIT_SUFFIX[thresholdUnit(key)],
  }));
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Card aria-labelledby="details-heading">
        <h2 id="details-heading" className="mb-1 text-base font-semibold">
          Project details
        </h2>
        {!canWrite ? (
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">You are a Viewer in this team, so these details are read-only.</p>
        ) : (
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">Everyone in the team sees these details.</p>
        )}
        <ProjectForm action={updateProjectAction.bind(null, project.id)} project={project} submitLabel="Save changes" readOnly={!canWrite} />
      </Card>
      <Card id="thresholds" aria-labelledby="thresholds-heading" className="scroll-mt-20">
        <h2 id="thresholds-heading" className="text-base font-semibold">
          Credit thresholds
        </h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          The numbers the credit suggestions are judged by.{" "}
          <Link href={`/projects/${project.id}/credits/how`} className="text-accent-700 underline dark:text-accent-300">
            How titles are suggested
          </Link>
          {canConfigure ? "" : " — only the team's Owners can change them."}
        </p>
        {canConfigure ? (
          <ThresholdsForm
            action={updateThresholdsAction.bind(null, project.id)}
            restore={restoreThresholdsAction.bind(null, project.id)}
            fields={fields}
            changed={changedThresholds(project.creditThresholds).length}
          />
        ) : (
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[1fr_auto]">
            {THRESHOLD_KEYS.map((k) => (
              <div key={k} className="contents">
                <dt className="text-zinc-700 dark:text-zinc-300">{THRESHOLD_LABELS[k]}</dt>
                <dd className="font-medium">{formatThreshold(k, values[k])}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
      <Card id="credit-list-settings" aria-labelledby="credit-list-settings-heading" className="scroll-mt-20">
        <h2 id="credit-list-settings-heading" className="text-base font-semibold">
          End-credit list
        </h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          How one person&apos;s several credits read on screen. Guild members get a waiver reminder on any merged credit.
        </p>
        <MergeSettingsForm
          action={updateMergeSettingsAction.bind(null, project.id)}
          mergeCreativeCredits={project.mergeCreativeCredits}
          mergeProducedBy={project.mergeProducedBy}
          readOnly={!canWrite}
        />
      </Card>
      <Card id="review-settings" aria-labelledby="review-settings-heading" className="scroll-mt-20">
        <h2 id="review-settings-heading" className="text-base font-semibold">
          Hats review
        </h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          When one person carries more than this share of the producing work, the{" "}
          <Link href={`/projects/${project.id}/review/coverage`} className="text-accent-700 underline dark:text-accent-300">
            coverage review
          </Link>{" "}
          warns that one absence would stall the production.
          {canConfigure ? "" : " Only the team's Owners can change it."}
        </p>
        {canConfigure ? (
          <ThresholdsForm
            action={updateConcentrationAction.bind(null, project.id)}
            restore={restoreConcentrationAction.bind(null, project.id)}
            fields={[
              {
                key: "concentration",
                label: "Concentration warning",
                description: "The busiest person's share of all producing work (lead-weighted) above which the review warns.",
                value: Math.round(concentration * 10_000) / 100,
                defaultValue: `${DEFAULT_CONCENTRATION_THRESHOLD * 100}%`,
                min: 1,
                max: 100,
                step: 1,
                suffix: "%",
              },
            ]}
            changed={project.concentrationThreshold === null ? 0 : 1}
            labels={{
              form: "Hats review settings",
              save: "Save warning",
              restoreForm: "Restore the default concentration warning",
              restore: "Restore default",
              atDefaults: "The warning is at its default.",
              noun: ["setting differs", "settings differ"],
            }}
          />
        ) : (
          <p className="text-sm">
            Concentration warning: <span className="font-medium">{Math.round(concentration * 1000) / 10}%</span>
          </p>
        )}
      </Card>
      {canWrite ? (
        <Card aria-labelledby="archive-heading">
          <h2 id="archive-heading" className="text-base font-semibold">
            {project.archivedAt ? "Restore project" : "Archive project"}
          </h2>
          <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            {project.archivedAt
              ? "Bring the project back to the active list."
              : "Finished or on hold? Archiving hides the project from the active list; nothing is deleted."}
          </p>
          <ArchiveProjectForm action={archiveProjectAction.bind(null, project.id)} archived={Boolean(project.archivedAt)} />
        </Card>
      ) : null}
      {canDelete ? (
        <Card aria-labelledby="delete-heading" className="border-red-200 dark:border-red-900/60">
          <h2 id="delete-heading" className="text-base font-semibold text-red-700 dark:text-red-400">
            Delete project
          </h2>
          <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            Deletes the project with its roster and everything logged in it, for everyone in the team. This cannot be undone.
          </p>
          <DeleteProjectDialog action={deleteProjectAction.bind(null, project.id)} title={project.title} />
        </Card>
      ) : null}
    </div>
  );
}
