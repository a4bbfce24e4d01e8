import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/db";
import { listOutbox } from "@/db/queries/outbox";
import { getCurrentTeam } from "@/db/queries/teams";
import type { OutboxKind, OutboxStatus } from "@/db/schema";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/server/auth/session";
import { smtpUrl } from "@/lib/env";
import { pageParam, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";

export const metadata: Metadata = { title: "Outbox" };

const outboxParams = z.object({ page: pageParam });

const KIND_LABELS: Record<OutboxKind, string> = { invite: "Invitation", "name-check-request": "Name check", "name-check-answer": "Name-check answer" };
const STATUS: Record<OutboxStatus, { label: string; tone: "success" | "warning" | "neutral" | "accent" }> = {
  sent: { label: "Sent", tone: "success" },
  queued: { label: "Waiting to send", tone: "accent" },
  failed: { label: "Could not send", tone: "warning" },
  held: { label: "Not sent: copy the link", tone: "neutral" },
  expired: { label: "Not sent: link expired", tone: "neutral" },
};
const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/team/outbox");
  const db = getDb();
  const actor = { userId: user.id };
  const team = getCurrentTeam(db, actor);
  if (!team) {
    return <EmptyState title="You are not in a team yet">Create one, or open an invitation link an Owner sent you.</EmptyState>;
  }
  if (!can(team.role, "people:contacts")) {
    return <EmptyState title="The outbox is for Owners and Editors">It shows crew email addresses, which your role does not see.</EmptyState>;
  }
  const { page } = parseSearchParams(outboxParams, await searchParams);
  const result = orNotFound(() => listOutbox(db, actor, team.id, { page }));

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/team" className="hover:underline">
          Team
        </Link>{" "}
        / Outbox
      </nav>
      <PageHeader
        title="Outbox"
        description={
          smtpUrl
            ? "Emails from this team: invitations, name-check requests and answers. Messages that could not go yet are tried again."
            : "Email is not set up on this server (SMTP_URL), so nothing is sent. Here is what would have been, with the links to copy and send yourself."
        }
      />
      {result.total === 0 ? (
        <EmptyState title="Nothing yet">Invitations with an email address and name-check requests appear here.</EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Messages">
          {result.rows.map((m) => (
            <li key={m.id}>
              <Card className="space-y-2 p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge>
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">{KIND_LABELS[m.kind]}</span>
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">· {when.format(m.createdAt)}</span>
                </div>
                <p className="text-sm font-medium break-words">{m.subject}</p>
                <p className="text-xs break-words text-zinc-600 dark:text-zinc-400">
                  From “{m.fromName}” to {m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress}
                  {m.status === "sent" && m.sentAt ? `, sent ${when.format(m.sentAt)}` : ""}
                  {m.status === "queued" && m.attempts > 0 ? `, ${m.attempts} ${m.attempts === 1 ? "attempt" : "attempts"}; next try ${when.format(m.nextAttemptAt)}` : ""}
                  {m.lastError && m.status !== "sent" ? ` (${m.lastError})` : ""}
                </p>
                {m.link && m.status !== "sent" && m.kind !== "name-check-answer" ? <CopyField id={`link-${m.id}`} label={`Link in “${m.subject}”`} value={m.link} /> : null}
                <details className="text-sm">
                  <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">Message</summary>
                  <pre className="mt-2 overflow-x-auto rounded-md bg-zinc-50 p-3 text-xs whitespace-pre-wrap break-words dark:bg-zinc-950/50" tabIndex={0} aria-label="Message text">
                    {m.textBody}
                  </pre>
                </details>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {result.pages > 1 ? (
        <nav aria-label="Outbox pages" className="mt-4 flex items-center justify-end gap-2 text-sm">
          {result.page > 1 ? (
            <Link className={buttonClass("secondary", "sm")} href={`/team/outbox?page=${result.page - 1}`}>
              Previous
            </Link>
          ) : null}
          <span className="tabular-nums">
            {result.page} / {result.pages}
          </span>
          {result.page < result.pages ? (
            <Link className={buttonClass("secondary", "sm")} href={`/team/outbox?page=${result.page + 1}`}>
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
