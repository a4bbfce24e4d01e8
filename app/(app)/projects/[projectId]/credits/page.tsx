import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle, Info } from "lucide-react";
import { LockIcon } from "@/components/ui/icons";
import { getDb } from "@/db";
import { creditsReview, decisionToken } from "@/db/queries/credits";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { titleLabel } from "@/lib/credits/titles";
import type { Finding, FindingKind } from "@/lib/credits/types";
import { findingsCount } from "@/lib/decisions/dismissals";
import { parseReviewFilter, reviewQuery, type ReviewFilter, type ReviewRow } from "@/lib/decisions/credits-view";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { SegmentedNav } from "@/components/ui/segmented-nav";
import { AcceptAllButton, ActionButton, AddManualCreditDialog, CreditDialogs, DismissFindingButton, RowActions, type RowRef } from "@/components/credits/credit-controls";
import {
  acceptAllHighConfidenceAction,
  addManualCreditAction,
  decideCreditAction,
  dismissFindingAction,
  lockCreditAction,
  quickDecisionAction,
  removeManualCreditAction,
  restoreFindingAction,
  setFunctionNeededAction,
  undoAcceptAllAction,
} from "./actions";

export const metadata: Metadata = { title: "Credits" };

const CONFIDENCE_TONE = { high: "success", medium: "accent", low: "neutral" } as const;

const FINDING_TITLES: Record<FindingKind, string> = {
  "title-without-work": "Title without work",
  "title-not-explained": "Title the work doesn't explain",
  "duplicate-title": "Same title twice",
  "work-without-title": "Work without title",
  "uncovered-functions": "Nobody covers",
  "too-many-produced-by": "More Produced by than allowed",
  "single-point-of-failure": "Single point of failure",
};

/** Findings a page of the Credits health panel lists (a big crew can raise a thousand). */
const FINDINGS_PAGE_SIZE = 20;
/** Dismissed findings listed at most. */
const DISMISSED_SHOWN = 50;

const VIEW_LABELS: Record<ReviewFilter["view"], string> = { decide: "To decide", all: "All", held: "Held", rejected: "Rejected" };

function stateOf(row: ReviewRow): { label: string; tone: "neutral" | "accent" | "success" | "warning" | "danger" } {
  if (row.kind === "manual") return { label: "Typed by hand", tone: "accent" };
  if (row.kind === "withdrawn") return { label: "No longer suggested", tone: "warning" };
  const c = row.credit;
  if (!c) return { label: "Undecided", tone: "neutral" };
  if (c.status === "accepted") return { label: "Accepted", tone: "success" };
  if (c.status === "rejected") return { label: "Rejected", tone: "danger" };
  return { label: `Overridden as “${c.title}”`, tone: "accent" };
}

const date = (at: number) => new Date(at).toISOString().slice(0, 10);

export default async function CreditsPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { projectId } = await params;
  const query = await searchParams;
  const user = await requireUser(`/projects/${projectId}/credits`);
  const db = getDb();
  const asked = parseReviewFilter(query);
  const requested = { ...asked, view: typeof query.view === "string" ? asked.view : null };
  const data = orNotFound(() => creditsReview(db, requestActor(user.id), projectId, requested, asked.page));
  const { project, role, people, summary, filter, titles, paging, findings, dismissedBy, notNeeded, names, responsibilities, history, entryCount } = data;
  const canWrite = can(role, "project:write");
  const respName = new Map(responsibilities.map((r) => [r.id, r.name]));
  const base = `/projects/${project.id}`;
  const nameOf = (id: string) => names.get(id) ?? "Someone";
  const href = (f: ReviewFilter, page = 1) => `${base}/credits${reviewQuery(f, page)}`;
  const toDecide = summary.undecided + summary.changed;
  const { active, dismissed, reraised } = findings;
  const findingPages = Math.max(1, Math.ceil(active.length / FINDINGS_PAGE_SIZE));
  const findingPage = Math.min(Math.max(1, Number.parseInt(String(query.findings ?? "1"), 10) || 1), findingPages);
  const shownFindings = active.slice((findingPage - 1) * FINDINGS_PAGE_SIZE, findingPage * FINDINGS_PAGE_SIZE);
  const findingsHref = (n: number) => `${href(filter, paging.page)}${n > 1 ? `&findings=${n}` : ""}#health-heading`;

  const findingLinks = (f: Finding) => {
    const links: { href: string; label: string }[] = [];
    for (const id of f.personIds.slice(0, 6)) {
      if (f.kind !== "work-without-title" && f.kind !== "single-point-of-failure") links.push({ href: `${href({ view: "all", title: null, confidence: null })}#person-${id}`, label: `${nameOf(id)}'s credits` });
      links.push({ href: `${base}/work/people/${id}`, label: `${nameOf(id)}'s work` });
    }
    return links;
  };

  return (
    <CreditDialogs
      projectId={project.id}
      decide={decideCreditAction.bind(null, project.id)}
      lock={lockCreditAction.bind(null, project.id)}
      dismiss={dismissFindingAction.bind(null, project.id)}
      quick={quickDecisionAction}
      remove={removeManualCreditAction}
    >
      <div className="space-y-6">
        <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
          <div>
            <h2 className="text-lg font-semibold">Credits</h2>
            <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
              Titles suggested from the {entryCount} {entryCount === 1 ? "entry" : "entries"} in the{" "}
              <Link href={`${base}/work`} className="text-accent-700 underline dark:text-accent-300">
                work log
              </Link>
              , with the reasons, and the producer titles the roster states. Accept, reject or override each one; lock contractual credits.{" "}
              <Link href={`${base}/credits/how`} className="text-accent-700 underline dark:text-accent-300">
                How titles are suggested
              </Link>
            </p>
            <ul className="mt-2 flex flex-wrap gap-2 text-xs" aria-label="Summary">
              <li>
                <Badge>{summary.undecided} undecided</Badge>
              </li>
              <li>
                <Badge tone={summary.changed ? "warning" : "neutral"}>{summary.changed} changed since decided</Badge>
              </li>
              {summary.claims ? (
                <li>
                  <Badge tone="warning">
                    {summary.claims} roster {summary.claims === 1 ? "claim" : "claims"} to decide
                  </Badge>
                </li>
              ) : null}
              <li>
                <Badge tone="success">{summary.held} held</Badge>
              </li>
              <li>
                <Badge>{summary.locked} locked</Badge>
              </li>
            </ul>
          </div>
          <div className="flex flex-wrap items-start gap-2">
            {canWrite ? <AcceptAllButton projectId={project.id} count={summary.highConfidence} accept={acceptAllHighConfidenceAction} undo={undoAcceptAllAction} /> : null}
            <Link href={`${base}/credits/list`} className={buttonClass("primary")}>
              End-credit list
            </Link>
            {canWrite && names.size ? <AddManualCreditDialog action={addManualCreditAction.bind(null, project.id)} projectId={project.id} /> : null}
          </div>
        </div>

        <Card aria-labelledby="health-heading">
          <h2 id="health-heading" className="flex items-center gap-2 text-base font-semibold">
            Credits health
            <Badge tone={active.some((f) => f.severity === "warning") ? "warning" : active.length ? "neutral" : "success"}>{active.length === 0 ? "All clear" : findingsCount(active.length)}</Badge>
          </h2>
          {active.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Every held title has work behind it and every producing function this project needs is covered.</p>
          ) : (
            <ul className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Findings">
              {shownFindings.map((f) => {
                const before = reraised.get(f.id);
                return (
                  <li key={f.id} className="flex gap-3 py-3 text-sm" aria-label={FINDING_TITLES[f.kind]}>
                    {f.severity === "warning" ? (
                      <AlertTriangle className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" aria-label="Warning" />
                    ) : (
                      <Info className="mt-0.5 size-4 shrink-0 text-zinc-500" aria-label="Note" />
                    )}
                    <div className="min-w-0 flex-1">
                      <div className="font-medium">{FINDING_TITLES[f.kind]}</div>
                      {f.kind === "uncovered-functions" ? (
                        <>
                          <p className="text-zinc-700 dark:text-zinc-300">
                            A project of this kind and budget usually needs these, and no work is logged for them. Log who did them, or mark one not needed here.
                          </p>
                          <ul className="mt-1 space-y-1" aria-label="Uncovered functions">
                            {f.responsibilityIds.map((id) => (
                              <li key={id} className="flex flex-wrap items-center gap-x-2">
                                <Link href={`${base}/work?responsibility=${encodeURIComponent(id)}`} className="text-accent-700 underline dark:text-accent-300">
                                  {respName.get(id) ?? id}
                                </Link>
                                {canWrite ? (
                                  <ActionButton
                                    label="Not needed here"
                                    ariaLabel={`${respName.get(id) ?? id}: not needed on this project`}
                                    icon="hide"
                                    call={setFunctionNeededAction.bind(null, project.id, { responsibilityId: id, needed: false })}
                                  />
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : (
                        <p className="text-zinc-700 dark:text-zinc-300">{f.message}.</p>
                      )}
                      {before ? (
                        <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">
                          {dismissedBy.get(f.id) ?? "Someone"} dismissed this on {date(before.dismissedAt)} (“{before.reason}”); it is back because its facts changed.
                        </p>
                      ) : null}
                      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
                        {findingLinks(f).map((l) => (
                          <Link key={l.href + l.label} href={l.href} className="text-accent-700 underline dark:text-accent-300">
                            {l.label}
                          </Link>
                        ))}
                        {canWrite ? <DismissFindingButton finding={{ findingId: f.id, fingerprint: f.fingerprint, title: FINDING_TITLES[f.kind] }} /> : null}
                      </div>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {findingPages > 1 ? (
            <nav aria-label="Findings pages" className="mt-2 flex items-center justify-between gap-2 text-sm">
              {findingPage > 1 ? (
                <Link href={findingsHref(findingPage - 1)} className={buttonClass("secondary", "sm")}>
                  Previous findings
                </Link>
              ) : (
                <span />
              )}
              <span>
                Findings {(findingPage - 1) * FINDINGS_PAGE_SIZE + 1}–{Math.min(findingPage * FINDINGS_PAGE_SIZE, active.length)} of {active.length}
              </span>
              {findingPage < findingPages ? (
                <Link href={findingsHref(findingPage + 1)} className={buttonClass("secondary", "sm")}>
                  More findings
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
          {dismissed.length ? (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">Dismissed ({dismissed.length})</summary>
              <ul className="mt-2 space-y-2" aria-label="Dismissed findings">
                {dismissed.slice(0, DISMISSED_SHOWN).map(({ finding, dismissal }) => (
                  <li key={finding.id} className="rounded-lg border border-zinc-200 p-2 dark:border-zinc-800">
                    <div className="font-medium">{FINDING_TITLES[finding.kind]}</div>
                    <p className="text-zinc-700 dark:text-zinc-300">{finding.message}.</p>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">
                      Dismissed by {dismissedBy.get(finding.id) ?? "a former member"} on {date(dismissal.dismissedAt)}: “{dismissal.reason}”
                    </p>
                    {canWrite ? <ActionButton label="Show again" ariaLabel={`Show again: ${FINDING_TITLES[finding.kind]}`} call={restoreFindingAction.bind(null, project.id, finding.id)} /> : null}
                  </li>
                ))}
              </ul>
              {dismissed.length > DISMISSED_SHOWN ? <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">And {dismissed.length - DISMISSED_SHOWN} more dismissed findings.</p> : null}
            </details>
          ) : null}
          {notNeeded.length ? (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">Not needed on this project ({notNeeded.length})</summary>
              <ul className="mt-2 space-y-1" aria-label="Functions not needed on this project">
                {notNeeded.map((n) => (
                  <li key={n.responsibilityId} className="flex flex-wrap items-center gap-x-2">
                    <span>{respName.get(n.responsibilityId) ?? n.responsibilityId}</span>
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">
                      marked by {n.markedBy ?? "a former member"} on {date(n.markedAt.getTime())}
                      {n.reason ? `: “${n.reason}”` : ""}
                    </span>
                    {canWrite ? (
                      <ActionButton label="Needed after all" ariaLabel={`${respName.get(n.responsibilityId) ?? n.responsibilityId}: needed after all`} call={setFunctionNeededAction.bind(null, project.id, { responsibilityId: n.responsibilityId, needed: true })} />
                    ) : null}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </Card>

        <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
          <SegmentedNav
            label="Which credits"
            items={(["decide", "all", "held", "rejected"] as const).map((v) => ({
              href: href({ ...filter, view: v }),
              label: v === "decide" ? `${VIEW_LABELS[v]} (${toDecide})` : VIEW_LABELS[v],
              current: filter.view === v,
            }))}
          />
          <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter the credits">
            <input type="hidden" name="view" value={filter.view} />
            <label className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
              Title
              <Select name="title" defaultValue={filter.title ?? ""} className="mt-0.5 h-9 w-48">
                <option value="">Every title</option>
                {titles.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </Select>
            </label>
            <label className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
              Confidence
              <Select name="confidence" defaultValue={filter.confidence ?? ""} className="mt-0.5 h-9 w-36">
                <option value="">Any</option>
                <option value="high">High</option>
                <option value="medium">Medium</option>
                <option value="low">Low</option>
              </Select>
            </label>
            <button type="submit" className={buttonClass("secondary", "sm", "h-9")}>
              Filter
            </button>
            {filter.title || filter.confidence ? (
              <Link href={href({ view: filter.view, title: null, confidence: null })} className="pb-2 text-sm text-accent-700 underline dark:text-accent-300">
                Clear
              </Link>
            ) : null}
          </form>
        </div>

        {paging.allPeople === 0 ? (
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
        ) : people.length === 0 ? (
          <EmptyState
            title={filter.view === "decide" && !filter.title && !filter.confidence ? "Nothing left to decide" : "Nothing matches this filter"}
            action={
              <Link href={href({ view: "all", title: null, confidence: null })} className={buttonClass("secondary")}>
                Show every credit
              </Link>
            }
          >
            {filter.view === "decide" ? "Every suggestion and roster claim has a decision, and none changed since." : "Try another title or confidence."}
          </EmptyState>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
              {paging.people} {paging.people === 1 ? "person" : "people"}, in billing order
              {paging.pages > 1 ? ` — page ${paging.page} of ${paging.pages}` : ""}.
            </p>
            {people.map(({ personId, rows }) => {
              const name = nameOf(personId);
              return (
                <Card key={personId} id={`person-${personId}`} aria-labelledby={`h-${personId}`} className="scroll-mt-20">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 id={`h-${personId}`} className="text-base font-semibold">
                      {name}
                    </h3>
                    <div className="flex gap-3 text-xs">
                      <Link href={`${base}/review/people/${personId}`} className="text-accent-700 underline dark:text-accent-300">
                        Hats card
                      </Link>
                      <Link href={`${base}/work/people/${personId}`} className="text-accent-700 underline dark:text-accent-300">
                        Their work
                      </Link>
                    </div>
                  </div>
                  <ul className="mt-3 space-y-3">
                    {rows.map((row) => {
                      const state = stateOf(row);
                      const credit = row.credit;
                      const locked = credit?.locked ?? false;
                      const held = credit !== null && credit.status !== "rejected";
                      const alternativeTo = row.kind === "suggestion" ? row.suggestion.alternativeTo : null;
                      const claim = row.kind === "suggestion" || row.kind === "claim" ? row.claim : null;
                      const ref: RowRef = {
                        personId,
                        personName: name,
                        titleId: row.kind === "manual" ? null : row.titleId,
                        label: row.label,
                        expected: decisionToken(credit),
                        creditId: credit?.id ?? null,
                        creditTitle: credit?.title ?? null,
                        locked,
                        history: credit ? (history[credit.id] ?? []) : [],
                      };
                      return (
                        <li
                          key={row.key}
                          id={`credit-${row.key}`}
                          className={`scroll-mt-20 rounded-lg border p-3 target:ring-2 target:ring-accent-600 ${alternativeTo ? "ml-4 border-dashed border-zinc-300 dark:border-zinc-700" : "border-zinc-200 dark:border-zinc-800"}`}
                          aria-label={`${alternativeTo ? `Or instead: ${row.label}` : row.label} — ${name}`}
                        >
                          <div className="flex flex-wrap items-center gap-2">
                            {alternativeTo ? <span className="text-xs font-medium tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Or instead of {titleLabel(alternativeTo)}:</span> : null}
                            <span className="font-semibold">{row.label}</span>
                            {row.kind === "suggestion" ? <Badge tone={CONFIDENCE_TONE[row.suggestion.confidence]}>{row.suggestion.confidence} confidence</Badge> : null}
                            <Badge tone={state.tone}>{state.label}</Badge>
                            {claim ? <Badge tone={row.kind === "claim" ? "warning" : "neutral"}>Roster: {claim.role}</Badge> : null}
                            {locked ? (
                              <Badge tone="warning">
                                <LockIcon className="mr-1 size-3" /> Locked (contractual)
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
                                      <Link href={`${base}/work/people/${personId}`} className="text-xs text-zinc-600 underline dark:text-zinc-400">
                                        {r.entryIds.length} {r.entryIds.length === 1 ? "entry" : "entries"}
                                      </Link>
                                    </>
                                  ) : null}
                                </li>
                              ))}
                            </ul>
                          ) : row.kind === "claim" ? (
                            <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
                              The roster lists {name} as “{row.claim.role}”{row.claim.department ? ` (${row.claim.department})` : ""}, and the work log doesn&apos;t suggest it. Producer titles bill only once decided: accept it if it was agreed, or reject it.
                            </p>
                          ) : row.kind === "withdrawn" ? (
                            <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">The work log no longer supports this suggestion. {held ? "The title is still held." : ""}</p>
                          ) : null}
                          {row.changed && row.kind === "suggestion" ? (
                            <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">New work changed this suggestion since it was decided: review the reasons and decide again.</p>
                          ) : null}
                          <RowActions
                            row={ref}
                            canDecide={canWrite && !locked && row.kind !== "manual"}
                            canLock={canWrite && held}
                            canRemove={canWrite && row.kind === "manual" && !locked}
                            current={row.changed ? null : ((credit?.status as "accepted" | "rejected" | "overridden" | undefined) ?? null)}
                            initial={row.kind === "withdrawn" ? "reject" : "override"}
                          />
                        </li>
                      );
                    })}
                  </ul>
                </Card>
              );
            })}
            {paging.pages > 1 ? (
              <nav aria-label="Pages" className="flex items-center justify-between gap-2 text-sm">
                {paging.page > 1 ? (
                  <Link href={href(filter, paging.page - 1)} className={buttonClass("secondary", "sm")}>
                    Previous page
                  </Link>
                ) : (
                  <span />
                )}
                <span>
                  Page {paging.page} of {paging.pages}
                </span>
                {paging.page < paging.pages ? (
                  <Link href={href(filter, paging.page + 1)} className={buttonClass("secondary", "sm")}>
                    Next page
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </div>
        )}
      </div>
    </CreditDialogs>
  );
}
