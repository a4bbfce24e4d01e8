import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { nameCheckOverview } from "@/db/queries/name-checks";
import { getProject } from "@/db/queries/projects";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { NAME_STATUS_LABELS, type NameStatus } from "@/lib/roster/name-status";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { CreateLinkButton, DecideButtons, RequestAllButton, RevokeLinkButton } from "@/components/name-checks/name-check-controls";
import { createNameCheckAction, decideNameCheckAction, requestAllNameChecksAction, revokeNameCheckAction } from "./actions";

export const metadata: Metadata = { title: "Name checks" };

const TONE: Record<NameStatus, "success" | "warning" | "accent" | "neutral"> = { confirmed: "success", pending: "warning", awaiting: "accent", none: "neutral" };

export default async function NameChecksPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/roster/name-checks`);
  const db = getDb();
  const actor = requestActor(user.id);
  const { project, role } = orNotFound(() => getProject(db, actor, projectId));
  const canWrite = can(role, "project:write");
  const { people: crew, pending, counts } = nameCheckOverview(db, actor, projectId);

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${project.id}/roster`} className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
          ← Roster
        </Link>
        <h2 className="mt-1 text-lg font-semibold">Crew name check</h2>
        <p className="mt-1 max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          A forgotten or misspelled name is the most common credits mistake. Send each person a private link: they see their name and roles
          exactly as the credits will show them, and confirm or propose a correction — no account needed. Nothing changes until you accept.
          Links are emailed to people whose address you have; answers come back to you by email too (see the{" "}
          <Link href="/team/outbox" className="underline underline-offset-4">
            outbox
          </Link>
          ).
        </p>
        <p className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Summary">
          {(Object.keys(counts) as NameStatus[]).map((s) => (
            <Badge key={s} tone={TONE[s]}>
              {NAME_STATUS_LABELS[s]}: {counts[s]}
            </Badge>
          ))}
        </p>
      </div>

      {canWrite && crew.length > 0 ? (
        <RequestAllButton action={requestAllNameChecksAction.bind(null, project.id)} count={counts.none + counts.awaiting} />
      ) : null}

      {pending.length > 0 ? (
        <Card aria-labelledby="proposals-heading" className="border-amber-300 dark:border-amber-800">
          <h3 id="proposals-heading" className="text-base font-semibold">
            Corrections to review ({pending.length})
          </h3>
          <ul className="mt-3 divide-y divide-zinc-100 dark:divide-zinc-800">
            {pending.map((c) => (
              <li key={c.check.id} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0 text-sm">
                  <p>
                    <span className="text-zinc-600 dark:text-zinc-400">Now:</span> <span className="font-medium">{c.creditedName}</span>
                    {c.pronouns ? ` (${c.pronouns})` : ""}
                  </p>
                  <p>
                    <span className="text-zinc-600 dark:text-zinc-400">Proposed:</span> <span className="font-medium">{c.check.proposedName}</span>
                    {c.check.proposedPronouns ? ` (${c.check.proposedPronouns})` : ""}
                  </p>
                  {c.check.proposedNote ? <p className="mt-1 text-zinc-600 italic dark:text-zinc-400">“{c.check.proposedNote}”</p> : null}
                </div>
                {canWrite ? <DecideButtons action={decideNameCheckAction.bind(null, project.id)} checkId={c.check.id} name={c.creditedName} /> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {crew.length === 0 ? (
        <EmptyState title="Nobody to check yet">Put people on the roster first; then send each a name-check link.</EmptyState>
      ) : (
        <Card className="p-0">
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="People on the roster">
            {crew.map((p) => {
              const status = p.status;
              const open = p.openCheckId !== null;
              return (
                <li key={p.personId} className="flex flex-col gap-2 px-5 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <p className="truncate text-sm font-medium">{p.creditedName}</p>
                    <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">{p.roles}</p>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={TONE[status]}>{NAME_STATUS_LABELS[status]}</Badge>
                    {canWrite ? (
                      <>
                        {p.openCheckId ? <RevokeLinkButton action={revokeNameCheckAction.bind(null, project.id)} checkId={p.openCheckId} /> : null}
                        <CreateLinkButton action={createNameCheckAction.bind(null, project.id)} personId={p.personId} personName={p.creditedName} hasOpenLink={open} hasEmail={Boolean(p.email)} />
                      </>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </div>
  );
}
