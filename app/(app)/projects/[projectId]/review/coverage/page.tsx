import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { getDb } from "@/db";
import { projectWork } from "@/db/queries/review";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { joinList } from "@/lib/credits/format";
import { formatShare } from "@/lib/review/format";
import { coverage } from "@/lib/review";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { CoverageCharts } from "@/components/review/coverage-charts";
import { ReviewHeader } from "@/components/review/review-header";

export const metadata: Metadata = { title: "Coverage" };

export default async function CoveragePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/review/coverage`);
  const db = getDb();
  const review = orNotFound(() => projectWork(db, requestActor(user.id), projectId));
  const { project, data, role } = review;
  const base = `/projects/${project.id}`;
  const cov = coverage(data, { threshold: review.threshold });
  const c = cov.concentration;
  const uncoveredProducing = cov.all.uncovered.filter((f) => f.producing);

  return (
    <div className="space-y-5">
      <ReviewHeader
        projectId={project.id}
        current="coverage"
        title="Where the work piles up"
        description={
          <p>
            Each PGA stage and lane: who leads it, how many people share it, what nobody covers, and how much of the producing work rests on one person. Work is weighted by
            degree (lead 3, equal 2, supporting 1) × hours, an entry without hours counting as one.
          </p>
        }
      />
      {cov.empty ? (
        <EmptyState
          title="No work logged yet"
          action={
            <Link href={`${base}/work/matrix`} className={buttonClass("primary")}>
              Log work in the matrix
            </Link>
          }
        >
          Coverage appears once the work log says who did what at each stage.
        </EmptyState>
      ) : (
        <>
          <Card aria-labelledby="concentration-heading" className={c.warning ? "border-amber-300 dark:border-amber-800" : undefined}>
            <h3 id="concentration-heading" className="flex items-center gap-2 text-base font-semibold">
              {c.warning ? <AlertTriangle className="size-4 text-amber-600 dark:text-amber-400" aria-hidden /> : null}
              {c.warning ? "Warning: the production rests on one person" : "Concentration"}
            </h3>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
              {c.busiest.length === 0
                ? "No producing work (financing, hiring, budgeting, scheduling…) is logged yet."
                : `${joinList(c.busiest.map((b) => b.name))} ${c.busiest.length === 1 ? "carries" : "each carry"} ${formatShare(c.share)} of the producing work. The warning is set above ${formatShare(c.threshold)}.`}{" "}
              {can(role, "credits:configure") ? (
                <Link href={`${base}/settings#review-settings`} className="text-accent-700 underline dark:text-accent-300">
                  Change the threshold
                </Link>
              ) : null}
            </p>
            {uncoveredProducing.length ? (
              <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
                Nobody covers {uncoveredProducing.length} producing {uncoveredProducing.length === 1 ? "function" : "functions"}: {joinList(uncoveredProducing.slice(0, 8).map((f) => f.name.toLowerCase()))}
                {uncoveredProducing.length > 8 ? ` and ${uncoveredProducing.length - 8} more` : ""}.{" "}
                <Link href={`${base}/work/matrix`} className="text-accent-700 underline dark:text-accent-300">
                  Log who did them
                </Link>
              </p>
            ) : null}
          </Card>
          <CoverageCharts coverage={cov} projectTitle={project.title} />
        </>
      )}
    </div>
  );
}
