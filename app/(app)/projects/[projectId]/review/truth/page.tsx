import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AlertTriangle, CircleCheck, CircleDashed, Download, Users } from "lucide-react";
import { getDb } from "@/db";
import { projectReview, reviewSummary } from "@/db/queries/review";
import { orNotFound } from "@/server/actions/page";
import { requestActor, requireUser } from "@/server/auth/session";
import { TRUTH_CLASS_LABELS, type TruthPerson } from "@/lib/review";
import { choiceParam, pageParam, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Pager } from "@/components/review/pager";
import { ReviewHeader } from "@/components/review/review-header";
import { TruthFilter, type TruthShow } from "@/components/review/truth-filter";
import { TruthPersonCard } from "@/components/review/truth-person-card";

export const metadata: Metadata = { title: "Credit truth check" };

/** People per page (a team of 5,000 still gets a readable page). */
const PAGE_SIZE = 100;

const SHOWS = ["all", "title-without-work", "work-without-title", "match"] as const satisfies readonly TruthShow[];

/** ?show= picks which people to list (all when absent or unknown); ?page= pages through them. */
const truthParams = z.object({ show: choiceParam(z.enum(SHOWS)).transform((s) => s ?? "all"), page: pageParam });

/** 0: holds a title without work (the claim to check first); 1: has work without a title; 2: all matches. */
function urgency(p: TruthPerson): number {
  return p.counts.titleWithoutWork > 0 ? 0 : p.counts.workWithoutTitle > 0 ? 1 : 2;
}

export default async function TruthCheckPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/review/truth`);
  const db = getDb();
  const review = orNotFound(() => projectReview(db, requestActor(user.id), projectId));
  const { project, data } = review;
  const base = `/projects/${project.id}`;
  const path = `${base}/review/truth`;
  const { truth } = reviewSummary(review);
  const { summary } = truth;
  const sp = parseSearchParams(truthParams, await searchParams);
  const show: TruthShow = sp.show;

  // "All" lists titles without work first, then work without titles, then people whose credits
  // all match (each group stays in name order: the sort is stable).
  const people =
    show === "all" ? [...truth.people].sort((a, b) => urgency(a) - urgency(b)) : truth.people.filter((p) => p.items.some((i) => i.kind === show));
  const lastPage = Math.max(1, Math.ceil(people.length / PAGE_SIZE));
  // A page past the end (fewer people since the link was made) shows the last page.
  const page = Math.min(sp.page, lastPage);
  const offset = (page - 1) * PAGE_SIZE;
  const shown = people.slice(offset, offset + PAGE_SIZE);

  const href = (change: { show?: TruthShow; page?: number }) => {
    const q = new URLSearchParams();
    const s = change.show ?? show;
    const p = change.page ?? 1;
    if (s !== "all") q.set("show", s);
    if (p > 1) q.set("page", String(p));
    const str = q.toString();
    return str ? `${path}?${str}` : path;
  };
  const counts: Record<TruthShow, number> = {
    all: summary.match + summary.titleWithoutWork + summary.workWithoutTitle,
    match: summary.match,
    "title-without-work": summary.titleWithoutWork,
    "work-without-title": summary.workWithoutTitle,
  };
  const options = SHOWS.map((value) => ({ value, label: value === "all" ? "All" : TRUTH_CLASS_LABELS[value], count: counts[value], href: href({ show: value }) }));
  const allTrue = summary.people > 0 && summary.titleWithoutWork === 0 && summary.workWithoutTitle === 0;
  const fmt = (n: number) => n.toLocaleString("en-US");

  return (
    <div className="space-y-5">
      <ReviewHeader
        projectId={project.id}
        current="truth"
        title="Do the credits tell the truth?"
        description={
          <p>
            Person by person, the titles they hold beside the titles their logged work suggests. A <strong className="font-medium">title without work</strong> is held but not
            backed by enough logged work; <strong className="font-medium">work without title</strong> is a title the work suggests that nobody has credited yet. Decide both in{" "}
            <Link href={`${base}/credits`} className="text-accent-700 underline dark:text-accent-300">
              Credits
            </Link>
            .
          </p>
        }
        actions={
          summary.people > 0 ? (
            <a href={`/api/projects/${project.id}/review/export?what=truth`} download className={buttonClass("secondary")}>
              <Download className="size-4" aria-hidden /> Download CSV
            </a>
          ) : null
        }
      />

      {summary.people === 0 ? (
        <EmptyState
          title={data.entryCount === 0 ? "No work logged and no titles held yet" : "Nothing to check yet"}
          action={
            <Link href={`${base}/work/matrix`} className={buttonClass("primary")}>
              Log work in the matrix
            </Link>
          }
        >
          {data.entryCount === 0
            ? "Log who did what first: the truth check compares the titles people hold with the titles their work suggests."
            : "The work logged so far doesn't suggest a title for anyone, and nobody holds a title. Log more of who did what: financing, hiring, budgeting, scheduling, writing, directing, editing…"}
        </EmptyState>
      ) : (
        <>
          <ul className="flex flex-wrap gap-2" aria-label="Summary">
            <li>
              <Badge tone="success">
                <CircleCheck className="mr-1 size-3" aria-hidden /> Matches: {fmt(summary.match)}
              </Badge>
            </li>
            <li>
              <Badge tone={summary.titleWithoutWork ? "warning" : "neutral"}>
                <AlertTriangle className="mr-1 size-3" aria-hidden /> Titles without work: {fmt(summary.titleWithoutWork)}
              </Badge>
            </li>
            <li>
              <Badge tone={summary.workWithoutTitle ? "accent" : "neutral"}>
                <CircleDashed className="mr-1 size-3" aria-hidden /> Work without title: {fmt(summary.workWithoutTitle)}
              </Badge>
            </li>
            <li>
              <Badge>
                <Users className="mr-1 size-3" aria-hidden /> People checked: {fmt(summary.people)}
              </Badge>
            </li>
          </ul>

          {allTrue ? (
            <Card aria-labelledby="all-true-heading" className="border-emerald-300 dark:border-emerald-800">
              <h3 id="all-true-heading" className="flex items-center gap-2 text-base font-semibold">
                <CircleCheck className="size-4 text-emerald-700 dark:text-emerald-400" aria-hidden />
                The credits tell the truth
              </h3>
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                Every title held has logged work behind it, and every title the work suggests is credited. If new work is logged, check again.
              </p>
            </Card>
          ) : null}

          <section aria-labelledby="people-heading" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <div>
                <h3 id="people-heading" className="text-base font-semibold">
                  Person by person
                </h3>
                {show === "all" && !allTrue ? <p className="text-xs text-zinc-600 dark:text-zinc-400">Titles without work first, then work without a title, then matches.</p> : null}
              </div>
              <TruthFilter current={show} options={options} />
            </div>

            {people.length === 0 ? (
              <p className="rounded-xl border border-dashed border-zinc-300 px-4 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
                {show === "match" ? "No title held matches the work yet." : show === "all" ? "Nobody to show." : `Nothing here: no ${TRUTH_CLASS_LABELS[show].toLowerCase()}.`}{" "}
                <Link href={href({ show: "all" })} className="text-accent-700 underline dark:text-accent-300">
                  Show everyone
                </Link>
              </p>
            ) : (
              <>
                <div className="space-y-3">
                  {shown.map((person) => (
                    <TruthPersonCard key={person.personId} person={person} base={base} show={show} />
                  ))}
                </div>
                <Pager
                  offset={offset}
                  shown={shown.length}
                  total={people.length}
                  noun={["person", "people"]}
                  prev={page > 1 ? href({ page: page - 1 }) : null}
                  next={page < lastPage ? href({ page: page + 1 }) : null}
                />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
