import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle, Download } from "lucide-react";
import { getDb } from "@/db";
import { projectWork } from "@/db/queries/review";
import { orNotFound } from "@/server/actions/page";
import { requestActor, requireUser } from "@/server/auth/session";
import { formatShare } from "@/lib/review/format";
import { coverage, hatsMatrix, isFiltered, MATRIX_PAGE_SIZE, matrixOptions, matrixQueryString, parseMatrixQuery } from "@/lib/review";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { HatsLegend, HatsMatrixTable } from "@/components/review/hats-matrix-table";
import { MatrixFilters } from "@/components/review/matrix-filters";
import { Pager } from "@/components/review/pager";
import { ReviewHeader } from "@/components/review/review-header";

export const metadata: Metadata = { title: "Hats review" };

function Stat({ label, value, note }: { label: string; value: React.ReactNode; note?: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold">{value}</dd>
      {note ? <dd className="text-xs text-zinc-600 dark:text-zinc-400">{note}</dd> : null}
    </div>
  );
}

export default async function HatsReviewPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/review`);
  const db = getDb();
  const review = orNotFound(() => projectWork(db, requestActor(user.id), projectId));
  const { project, data } = review;
  const base = `/projects/${project.id}`;
  const path = `${base}/review`;
  const query = parseMatrixQuery(await searchParams);
  let matrix = hatsMatrix(data, matrixOptions(query));
  if (matrix.rows.length === 0 && matrix.total > 0) {
    // A page past the end (fewer people since the link was made): show the last page.
    query.page = Math.ceil(matrix.total / MATRIX_PAGE_SIZE);
    matrix = hatsMatrix(data, matrixOptions(query));
  }
  const filtered = isFiltered(query);
  const cov = coverage(data, { threshold: review.threshold });
  const busiest = cov.concentration.busiest;
  const everyone = hatsMatrix(data, { limit: 1 });
  const top = everyone.rows[0];
  const csvParams = new URLSearchParams(matrixQueryString(query, { page: 1 }).slice(1));
  csvParams.set("what", "matrix");
  const csvHref = `/api/projects/${project.id}/review/export?${csvParams}`;
  const pageHref = (page: number) => `${path}${matrixQueryString(query, { page })}`;
  const lastPage = Math.max(1, Math.ceil(matrix.total / MATRIX_PAGE_SIZE));

  return (
    <div className="space-y-5">
      <ReviewHeader
        projectId={project.id}
        current="matrix"
        title="Who wears which hats"
        description={
          <p>
            Everyone&apos;s logged work, person by function: the strongest degree and the hours. Open a person for their titles and their history on the team&apos;s other projects.
          </p>
        }
        actions={
          data.entryCount > 0 ? (
            <a href={csvHref} download className={buttonClass("secondary")}>
              <Download className="size-4" aria-hidden /> Download CSV
            </a>
          ) : null
        }
      />

      {data.entryCount === 0 ? (
        <EmptyState
          title="No work logged yet"
          action={
            <Link href={`${base}/work/matrix`} className={buttonClass("primary")}>
              Log work in the matrix
            </Link>
          }
        >
          The review shows who carries which producing functions once the work log says who did what. Start with the big ones: who raised the money, who hired the crew, who
          ran the budget and the schedule, who wrote, directed and edited.
        </EmptyState>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <Stat label="People with work" value={cov.all.people.toLocaleString("en-US")} note={`${data.entryCount.toLocaleString("en-US")} ${data.entryCount === 1 ? "entry" : "entries"}`} />
            <Stat label="Functions covered" value={`${cov.all.functions - cov.all.uncovered.length} of ${cov.all.functions}`} note={<Link href={`${path}/coverage`} className="underline">Coverage by stage and lane</Link>} />
            <Stat label="Most hats" value={top ? `${top.hats}` : "—"} note={top ? top.name : null} />
            <Stat
              label="Busiest person's share"
              value={
                <span className="inline-flex items-center gap-1.5">
                  {cov.concentration.warning ? <AlertTriangle className="size-4 text-amber-600 dark:text-amber-400" aria-label="Warning" /> : null}
                  {busiest.length ? formatShare(cov.concentration.share) : "—"}
                </span>
              }
              note={busiest.length ? `${busiest.map((b) => b.name).join(", ")} · warning above ${formatShare(cov.concentration.threshold)}` : "No producing work yet"}
            />
          </dl>

          <MatrixFilters query={query} path={path} departments={review.departments} filtered={filtered} />

          {matrix.empty === "filtered-out" ? (
            <EmptyState
              title="Nobody's work matches these filters"
              action={
                <Link href={path} className={buttonClass("secondary")}>
                  Clear filters
                </Link>
              }
            >
              Try another stage or lane, or all departments.
            </EmptyState>
          ) : (
            <section aria-labelledby="matrix-heading" className="space-y-3">
              <div className="flex flex-wrap items-end justify-between gap-3">
                <h3 id="matrix-heading" className="text-base font-semibold">
                  Hats matrix
                </h3>
                <HatsLegend hasCustom={matrix.columns.some((c) => c.custom)} />
              </div>
              <HatsMatrixTable matrix={matrix} query={query} path={path} cardPath={(id) => `${path}/people/${id}`} />
              <Pager
                offset={matrix.offset}
                shown={matrix.rows.length}
                total={matrix.total}
                noun={["person", "people"]}
                prev={query.page > 1 ? pageHref(query.page - 1) : null}
                next={query.page < lastPage ? pageHref(query.page + 1) : null}
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
