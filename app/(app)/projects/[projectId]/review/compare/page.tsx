import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { compareReviews, teamProjectsFor, type ProjectWork } from "@/db/queries/review";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { compareProjects, coverage, hatsMatrix } from "@/lib/review";
import { idSchema } from "@/lib/validation/common";
import { pageParam, param, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { CompareForm } from "@/components/review/compare-form";
import { comparePeopleRows, ComparePeopleTable } from "@/components/review/compare-people-table";
import { compareSide, CompareSummaryTable } from "@/components/review/compare-summary-table";
import { Pager } from "@/components/review/pager";
import { ReviewHeader } from "@/components/review/review-header";

export const metadata: Metadata = { title: "Compare projects" };

/** People per page of the per-person table. */
const PAGE_SIZE = 100;
/** Sentences of each kind (hats moved, a person's hats changed) shown before "more". */
const HEADLINES = 8;
/** Sentences listed under "more" at most (the per-person table has everyone). */
const MORE_MAX = 300;

/** ?with= is the project to compare with; ?page= pages through the comparison. */
const compareParams = z.object({ with: param.transform((s) => s.trim() || null), page: pageParam });

/** A project's full matrix (every row) and coverage: what the comparison and the summary read. */
function sideOf(review: ProjectWork) {
  return { review, matrix: hatsMatrix(review.data, { limit: null }), cov: coverage(review.data, { threshold: review.threshold }) };
}

export default async function ComparePage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/review/compare`);
  const db = getDb();
  const actor = requestActor(user.id);
  const { project, role } = orNotFound(() => getProject(db, actor, projectId));
  const others = orNotFound(() => teamProjectsFor(db, actor, project.id));
  const base = `/projects/${project.id}`;
  const path = `${base}/review/compare`;
  const sp = parseSearchParams(compareParams, await searchParams);
  const withId = sp.with;
  if (withId !== null && !idSchema.safeParse(withId).success) notFound();
  const pair = withId !== null ? orNotFound(() => compareReviews(db, actor, project.id, withId)) : null;

  const header = (
    <ReviewHeader
      projectId={project.id}
      current="compare"
      title="Compare two projects"
      description={
        <p>
          How the hats moved between this project and another of the team&apos;s: who covered functions alone, who took hats on or gave them up, what only one project covered,
          and how much of the producing work rested on one person. The same person on both projects is matched, whatever their role.
        </p>
      }
    />
  );

  if (others.length === 0) {
    return (
      <div className="space-y-5">
        {header}
        <EmptyState
          title="No other project to compare with"
          action={
            can(role, "project:write") ? (
              <Link href="/projects/new" className={buttonClass("primary")}>
                Create a project
              </Link>
            ) : null
          }
        >
          A comparison needs a second project in the team. Create one and log who did what on it, then come back to see how the hats moved.
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="space-y-5">
      {header}
      <CompareForm path={path} projects={others} selected={pair ? pair.b.project.id : null} />
      {pair ? <Comparison a={pair.a} b={pair.b} page={sp.page} path={path} /> : <p className="text-sm text-zinc-600 dark:text-zinc-400">Choose a project and select Compare.</p>}
    </div>
  );
}

function Comparison({ a, b, page: requestedPage, path }: { a: ProjectWork; b: ProjectWork; page: number; path: string }) {
  const A = sideOf(a);
  const B = sideOf(b);
  const titleA = a.project.title;
  const titleB = b.project.title;

  if (a.data.entryCount === 0 && b.data.entryCount === 0) {
    return (
      <EmptyState
        title="Neither project has work logged"
        action={
          <Link href={`/projects/${a.project.id}/work/matrix`} className={buttonClass("primary")}>
            Log work in the matrix
          </Link>
        }
      >
        The comparison reads who did what on each project. Log the work of {titleA} and {titleB} first.
      </EmptyState>
    );
  }

  const comparison = compareProjects({ title: titleA, matrix: A.matrix, coverage: A.cov }, { title: titleB, matrix: B.matrix, coverage: B.cov });
  const sideA = compareSide(titleA, A.matrix, A.cov, comparison.coveredOnlyInA);
  const sideB = compareSide(titleB, B.matrix, B.cov, comparison.coveredOnlyInB);

  // Headlines: the biggest moves and changes first; the rest one click away.
  const moves = comparison.moves.map((m) => m.sentence);
  const changes = comparison.people
    .map((c, i) => ({ c, i }))
    .sort((x, y) => y.c.gained.length + y.c.lost.length - (x.c.gained.length + x.c.lost.length) || x.i - y.i)
    .map(({ c }) => c.sentence);
  const tail = comparison.sentences.slice(comparison.moves.length + comparison.people.length);
  const headlines = [...moves.slice(0, HEADLINES), ...changes.slice(0, HEADLINES), ...tail];
  const more = [...moves.slice(HEADLINES), ...changes.slice(HEADLINES)];

  const people = comparePeopleRows(A.matrix, B.matrix, comparison);
  const lastPage = Math.max(1, Math.ceil(people.length / PAGE_SIZE));
  const page = Math.min(requestedPage, lastPage);
  const offset = (page - 1) * PAGE_SIZE;
  const shown = people.slice(offset, offset + PAGE_SIZE);
  const pageHref = (n: number) => `${path}?${new URLSearchParams(n > 1 ? { with: b.project.id, page: String(n) } : { with: b.project.id })}`;
  const oneEmpty = a.data.entryCount === 0 ? a.project : b.data.entryCount === 0 ? b.project : null;

  return (
    <div className="space-y-5">
      {oneEmpty ? (
        <p className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
          {oneEmpty.title} has no work logged yet, so everything below reads as covered only on the other project.{" "}
          <Link href={`/projects/${oneEmpty.id}/work/matrix`} className="font-medium underline">
            Log work on {oneEmpty.title}
          </Link>
        </p>
      ) : null}

      <Card aria-labelledby="changes-heading">
        <h3 id="changes-heading" className="text-base font-semibold">
          What changed from {titleA} to {titleB}
        </h3>
        {headlines.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">The same people wore the same hats on both projects.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-zinc-800 dark:text-zinc-200">
            {headlines.map((s, i) => (
              <li key={`${i}:${s}`}>{s}</li>
            ))}
          </ul>
        )}
        {more.length ? (
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium text-accent-700 dark:text-accent-300">
              {more.length.toLocaleString("en-US")} more {more.length === 1 ? "change" : "changes"}
            </summary>
            <ul className="mt-2 list-disc space-y-1.5 pl-5 text-zinc-800 dark:text-zinc-200">
              {more.slice(0, MORE_MAX).map((s, i) => (
                <li key={`${i}:${s}`}>{s}</li>
              ))}
            </ul>
            {more.length > MORE_MAX ? (
              <p className="mt-2 text-zinc-600 dark:text-zinc-400">And {(more.length - MORE_MAX).toLocaleString("en-US")} more: the per-person table below has everyone.</p>
            ) : null}
          </details>
        ) : null}
      </Card>

      <section aria-labelledby="summary-heading" className="space-y-3">
        <h3 id="summary-heading" className="text-base font-semibold">
          Side by side
        </h3>
        <CompareSummaryTable a={sideA} b={sideB} />
      </section>

      <section aria-labelledby="people-heading" className="space-y-3">
        <div>
          <h3 id="people-heading" className="text-base font-semibold">
            Hats per person
          </h3>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Everyone with work on either project, biggest change first. A name opens their hats card.</p>
        </div>
        <ComparePeopleTable rows={shown} a={{ id: a.project.id, title: titleA }} b={{ id: b.project.id, title: titleB }} />
        <Pager
          offset={offset}
          shown={shown.length}
          total={people.length}
          noun={["person", "people"]}
          prev={page > 1 ? pageHref(page - 1) : null}
          next={page < lastPage ? pageHref(page + 1) : null}
        />
      </section>
    </div>
  );
}
