import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle, Info, Lock } from "lucide-react";
import { getDb } from "@/db";
import { creditsReview } from "@/db/queries/credits";
import { orNotFound } from "@/lib/actions/page";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import type { Finding } from "@/lib/credits/types";
import type { ReviewRow } from "@/lib/decisions/review";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import {
  AddManualCreditDialog,
  DecisionDialog,
  HistoryDialog,
  LockDialog,
  QuickDecision,
  RemoveManualCreditButton,
} from "@/components/credits/credit-controls";
import { addManualCreditAction, decideCreditAction, lockCreditAction, quickDecisionAction, removeManualCreditAction } from "./actions";

export const metadata: Metadata = { title: "Credits" };

const CONFIDENCE_TONE = { high: "success", medium: "accent", low: "neutral" } as const;

const FINDING_TITLES: Record<Finding["kind"], string> = {
  "title-without-work": "Title without work",
  "work-without-title": "Work without title",
  "uncovered-function": "Nobody covers",
  "too-many-executive-producers": "More Executive Producers than the financing explains",
  "too-many-produced-by": "More than three Produced by",
  "single-point-of-failure": "Single point of failure",
};

function stateOf(row: ReviewRow): { label: string; tone: "neutral" | "accent" | "success" | "warning" | "danger" } {
  if (row.kind === "manual") return { label: "Typed by hand", tone: "accent" };
  if (row.kind === "withdrawn") return { label: "No longer suggested", tone: "warning" };
  const c = row.credit;
  if (!c) return { label: "Undecided", tone: "neutral" };
  if (c.status === "accepted") return { label: "Accepted", tone: "success" };
  if (c.status === "rejected") return { label: "Rejected", tone: "danger" };
  return { label: `Overridden as “${c.title}”`, tone: "accent" };
}

export default async function CreditsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/credits`);
  const db = getDb();
  const { project, role, review, findings, names, responsibilities, history, entryCount } = orNotFound(() => creditsReview(db, { userId: user.id }, projectId));
  const canWrite = can(role, "project:write");
  const respName = new Map(responsibilities.map((r) => [r.id, r.name]));
  const base = `/projects/${project.id}`;
  const { summary } = review;
  const roster = Object.entries(names).map(([id, name]) => ({ id, name }));
  const nameOf = (id: string) => names[id] ?? "Someone";

  // "Nobody covers" is one finding per function: shown as one item listing them, so the
  // panel stays readable while every function still links to where it is logged.
  const uncovered = findings.filter((f) => f.kind === "uncovered-function");
  const others = findings.filter((f) => f.kind !== "uncovered-function");
  const findingLinks = (f: Finding) => {
    const links: { href: string; label: string }[] = [];
    for (const id of f.personIds.slice(0, 6)) {
      if (f.kind === "title-without-work" || f.kind.startsWith("too-many")) links.push({ href: `#person-${id}`, label: `${nameOf(id)}'s credits` });
      links.push({ href: `${base}/work/people/${id}`, label: `${nameOf(id)}'s work` });
    }
    return links;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">Credits</h2>
          <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
            Titles suggested from the {entryCount} {entryCount === 1 ? "entry" : "entries"} in the <Link href={`${base}/work`} className="text-accent-700 underline dark:text-accent-300">work log</Link>, with the reasons. Accept, reject or override each one; lock contractual credits.{" "}
            <Link href={`${base}/credits/how`} className="text-accent-700 underline dark:text-accent-300">How titles are suggested</Link>
          </p>
          <ul className="mt-2 flex flex-wrap gap-2 text-xs" aria-label="Summary">
            <li><Badge>{summary.undecided} undecided</Badge></li>
            <li><Badge tone={summary.changed ? "warning" : "neutral"}>{summary.changed} changed since decided</Badge></li>
            <li><Badge tone="success">{summary.held} held</Badge></li>
            <li><Badge>{summary.locked} locked</Badge></li>
          </ul>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`${base}/credits/list`} className={buttonClass("primary")}>
            End-credit list
          </Link>
          {canWrite && roster.length ? <AddManualCreditDialog action={addManualCreditAction.bind(null, project.id)} people={roster} /> : null}
        </div>
      </div>

      <Card aria-labelledby="health-heading">
        <h2 id="health-heading" className="flex items-center gap-2 text-base font-semibold">
          Credits health
          <Badge tone={findings.some((f) => f.severity === "warning") ? "warning" : findings.length ? "neutral" : "success"}>
            {findings.length === 0 ? "All clear" : `${findings.length} ${findings.length === 1 ? "finding" : "findings"}`}
          </Badge>
        </h2>
        {findings.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Every held title has work behind it and every producing function is covered.</p>
        ) : (
          <ul className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Findings">
            {uncovered.length ? (
              <li className="flex gap-3 py-3 text-sm">
                <Info className="mt-0.5 size-4 shrink-0 text-zinc-500" aria-label="Note" />
                <div className="min-w-0">
                  <div className="font-medium">
                    Nobody covers {uncovered.length} producing {uncovered.length === 1 ? "function" : "functions"}
                  </div>
                  <p className="text-zinc-700 dark:text-zinc-300">No work is logged for these yet. If someone did them, log it; if the film didn&apos;t need them, nothing to do.</p>
                  <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="Uncovered functions">
                    {uncovered.flatMap((f) => f.responsibilityIds).map((id) => (
                      <li key={id}>
                        <Link href={`${base}/work?responsibility=${encodeURIComponent(id)}`} className="text-accent-700 underline dark:text-accent-300">
                          {respName.get(id) ?? id}
                        </Link>
                      </li>
                    ))}
                    <li>
                      <Link href={`${base}/work/matrix`} className="font-medium text-accent-700 underline dark:text-accent-300">
                        Log work in the matrix
                      </Link>
                    </li>
                  </ul>
                </div>
              </li>
            ) : null}
            {others.map((f) => (
              <li key={f.id} className="flex gap-3 py-3 text-sm">
                {f.severity === "warning" ? (
                  <AlertTriangle className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" aria-label="Warning" />
                ) : (
                  <Info className="mt-0.5 size-4 shrink-0 text-zinc-500" aria-label="Note" />
                )}
                <div className="min-w-0">
                  <div className="font-medium">{FINDING_TITLES[f.kind]}</div>
                  <p className="text-zinc-700 dark:text-zinc-300">{f.message}.</p>
                  <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs">
                    {findingLinks(f).map((l) => (
                      <Link key={l.href + l.label} href={l.href} className="text-accent-700 underline dark:text-accent-300">
                        {l.label}
                      </Link>
                    ))}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      {review.people.length === 0 ? (
        <EmptyState
          title="No suggestions yet"
          action={
            <Link href={`${base}/work/matrix`} className={buttonClass()}>
              Log work in the matrix
            </Link>
          }
        >
          Suggestions appear once the work log says who did what: financing, hiring, scheduling, writing, directing, editing…
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {review.people.map(({ personId, rows }) => {
            const name = nameOf(personId);
            return (
              <Card key={personId} id={`person-${personId}`} aria-labelledby={`h-${personId}`} className="scroll-mt-20">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`h-${personId}`} className="text-base font-semibold">
                    {name}
                  </h3>
                  <Link href={`${base}/work/people/${personId}`} className="text-xs text-accent-700 underline dark:text-accent-300">
                    Their work
                  </Link>
                </div>
                <ul className="mt-3 space-y-3">
                  {rows.map((row) => {
                    const state = stateOf(row);
                    const credit = row.credit;
                    const locked = credit?.locked ?? false;
                    const held = credit && credit.status !== "rejected";
                    return (
                      <li key={row.key} id={`credit-${row.key}`} className="scroll-mt-20 rounded-lg border border-zinc-200 p-3 target:ring-2 target:ring-accent-600 dark:border-zinc-800" aria-label={`${row.label} — ${name}`}>
                        <div className="flex flex-wrap items-center gap-2">
                          <span className="font-semibold">{row.kind === "manual" ? row.label : row.label}</span>
                          {row.kind === "suggestion" ? <Badge tone={CONFIDENCE_TONE[row.suggestion.confidence]}>{row.suggestion.confidence} confidence</Badge> : null}
                          <Badge tone={state.tone}>{state.label}</Badge>
                          {locked ? (
                            <Badge tone="warning">
                              <Lock className="mr-1 size-3" aria-hidden /> Locked (contractual)
                            </Badge>
                          ) : null}
                          {row.changed ? <Badge tone="warning">Changed since decided</Badge> : null}
                        </div>
                        {row.kind === "suggestion" ? (
                          <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-zinc-700 dark:text-zinc-300" aria-label="Reasons">
                            {row.suggestion.reasons.map((r) => (
                              <li key={r.text}>
                                {r.text}
                                {r.entryIds.length ? (
                                  <>
                                    {" "}
                                    <Link href={`${base}/work/people/${personId}`} className="text-xs text-zinc-500 underline dark:text-zinc-400">
                                      {r.entryIds.length} {r.entryIds.length === 1 ? "entry" : "entries"}
                                    </Link>
                                  </>
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        ) : row.kind === "withdrawn" ? (
                          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">The work log no longer supports this suggestion. {held ? "The title is still held." : ""}</p>
                        ) : null}
                        {row.changed && row.kind === "suggestion" ? (
                          <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">New work changed this suggestion since it was decided: review the reasons and decide again.</p>
                        ) : null}
                        <div className="mt-2 flex flex-wrap items-center gap-1">
                          {canWrite && !locked && row.kind !== "manual" ? (
                            <>
                              {row.kind === "suggestion" ? (
                                <QuickDecision
                                  projectId={project.id}
                                  personId={personId}
                                  titleId={row.titleId}
                                  label={row.label}
                                  personName={name}
                                  current={row.changed ? null : (credit?.status as "accepted" | "rejected" | "overridden" | undefined) ?? null}
                                  decide={quickDecisionAction}
                                />
                              ) : null}
                              <DecisionDialog
                                action={decideCreditAction.bind(null, project.id)}
                                personId={personId}
                                titleId={row.titleId}
                                label={row.label}
                                personName={name}
                                initialAction={row.kind === "withdrawn" ? "reject" : "override"}
                              />
                            </>
                          ) : null}
                          {canWrite && credit && held ? (
                            <LockDialog action={lockCreditAction.bind(null, project.id)} creditId={credit.id} title={credit.title} personName={name} locked={locked} />
                          ) : null}
                          {canWrite && row.kind === "manual" && !locked ? (
                            <RemoveManualCreditButton projectId={project.id} creditId={row.credit.id} title={row.credit.title} personName={name} remove={removeManualCreditAction} />
                          ) : null}
                          {credit ? <HistoryDialog title={credit.title} personName={name} items={history[credit.id] ?? []} /> : null}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </Card>
            );
          })}
        </div>
      )}
    </div>
  );
}
