import type { Metadata } from "next";
import Link from "next/link";
import { Lock } from "lucide-react";
import { getDb } from "@/db";
import { getCreditList } from "@/db/queries/credit-list";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { visibleBlocks } from "@/lib/end-credits";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { CreditListEditor } from "@/components/credits/list-editor";
import { GenerateButton, SaveVersionForm, VersionButtons } from "@/components/credits/list-controls";
import { ExportLinks } from "@/components/credits/export-links";
import { StaleNotice } from "@/components/credits/stale-notice";
import { LogoUpload } from "@/components/credits/logo-upload";
import {
  deleteVersionAction,
  editListAction,
  generateListAction,
  lockVersionAction,
  restoreVersionAction,
  saveVersionAction,
} from "./actions";

export const metadata: Metadata = { title: "Credit list" };

export default async function CreditListPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/credits/list`);
  const { project, role, working, staleness, versions, undecidedClaims } = orNotFound(() => getCreditList(getDb(), requestActor(user.id), projectId));
  const canWrite = can(role, "project:write");
  const base = `/projects/${project.id}/credits`;
  const names = working ? visibleBlocks(working.list).reduce((n, b) => n + ("lines" in b ? b.lines.filter((l) => !l.hidden).length : 0), 0) : 0;

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <div>
          <nav aria-label="Credits" className="mb-1 text-sm">
            <Link href={base} className="text-accent-700 hover:underline dark:text-accent-300">
              ← Titles and decisions
            </Link>
          </nav>
          <h2 className="text-lg font-semibold">End-credit list</h2>
          <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
            Built from the accepted, overridden, hand-typed and locked titles plus the roster, in the conventional order: main titles, the UPM and ADs, cast, crew by department (heads first), post-production, then music, thanks, legal text and logos.
            {working ? ` ${working.list.blocks.length} blocks, ${names} names shown. Last saved by ${working.updatedByName ?? "someone"}.` : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canWrite ? <GenerateButton projectId={project.id} revision={working?.revision ?? null} generate={generateListAction} first={!working} /> : null}
          {working ? (
            <Link href={`${base}/list/preview`} className="inline-flex items-center rounded-lg border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
              Preview the crawl
            </Link>
          ) : null}
        </div>
      </div>

      {undecidedClaims.length ? (
        <div role="note" aria-label="Titles nobody decided" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100">
          <p className="font-medium">
            {undecidedClaims.length === 1 ? "1 producer title from the roster is" : `${undecidedClaims.length} producer titles from the roster are`} not decided, so {undecidedClaims.length === 1 ? "it doesn't" : "they don't"} bill:{" "}
            {undecidedClaims.map((c) => `${c.name} (${c.title})`).join(", ")}.
          </p>
          <p className="mt-1">
            Nothing is blocked; decide them on the{" "}
            <Link href={`${base}?view=decide`} className="font-medium underline">
              Credits page
            </Link>{" "}
            before you export if they should be credited.
          </p>
        </div>
      ) : null}

      {working ? (
        <StaleNotice
          staleness={staleness}
          action={canWrite ? <GenerateButton projectId={project.id} revision={working.revision} generate={generateListAction} first={false} label="Regenerate now" variant="primary" /> : <p className="text-xs">An Editor can regenerate it.</p>}
        />
      ) : null}

      {!working ? (
        <EmptyState title="No credit list yet">
          {canWrite ? "Build it from the credits you accepted and the roster; you can reorder, rename and hide anything afterwards." : "An Editor builds it from the accepted credits and the roster."}
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <CreditListEditor projectId={project.id} list={working.list} revision={working.revision} readOnly={!canWrite} edit={editListAction} />
          <div className="space-y-4">
            <Card aria-labelledby="export-heading">
              <h3 id="export-heading" className="text-sm font-semibold">
                Export the working list
              </h3>
              <ExportLinks
                projectId={project.id}
                versionId={null}
                staleness={staleness}
                regenerate={canWrite ? { revision: working.revision, generate: generateListAction } : null}
                undecided={undecidedClaims}
                crawl={{ frameRate: project.frameRate, targetRuntimeSeconds: project.targetRuntimeSeconds }}
              />
            </Card>
            {canWrite ? (
              <Card aria-labelledby="logo-heading">
                <h3 id="logo-heading" className="text-sm font-semibold">
                  Add a logo
                </h3>
                <p className="mt-1 mb-2 text-xs text-zinc-600 dark:text-zinc-400">PNG or SVG, up to 2 MB. SVGs are cleaned of scripts and outside links.</p>
                <LogoUpload projectId={project.id} revision={working.revision} />
              </Card>
            ) : null}
            <Card aria-labelledby="versions-heading">
              <h3 id="versions-heading" className="text-sm font-semibold">
                Versions
              </h3>
              {canWrite ? (
                <div className="mt-2">
                  <SaveVersionForm action={saveVersionAction.bind(null, project.id)} />
                </div>
              ) : null}
              {versions.length === 0 ? (
                <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No versions saved yet.</p>
              ) : (
                <ul className="mt-3 space-y-3" aria-label="Saved versions">
                  {versions.map((v) => (
                    <li key={v.id} className="rounded-lg border border-zinc-200 p-2 text-sm dark:border-zinc-800" aria-label={v.name}>
                      <div className="flex flex-wrap items-center gap-2">
                        <Link href={`${base}/list/versions/${v.id}`} className="font-medium hover:underline">
                          {v.name}
                        </Link>
                        {v.lockedAt ? (
                          <Badge tone="warning">
                            <Lock className="mr-1 size-3" aria-hidden /> Sent to post
                          </Badge>
                        ) : null}
                      </div>
                      <div className="text-xs text-zinc-600 dark:text-zinc-400">
                        {v.createdByName ?? "Someone"}, <time dateTime={v.createdAt.toISOString()}>{v.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
                      </div>
                      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
                        <Link href={`${base}/list/compare?a=${v.id}&b=working`} className="text-accent-700 underline dark:text-accent-300">
                          Compare with working list
                        </Link>
                      </div>
                      {canWrite ? (
                        <VersionButtons
                          projectId={project.id}
                          versionId={v.id}
                          name={v.name}
                          locked={Boolean(v.lockedAt)}
                          revision={working.revision}
                          lock={lockVersionAction}
                          restore={restoreVersionAction}
                          remove={deleteVersionAction}
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        </div>
      )}
    </div>
  );
}
