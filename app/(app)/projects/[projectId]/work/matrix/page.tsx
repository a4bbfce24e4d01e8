import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/db";
import { matrixData, workFocus } from "@/db/queries/work";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { choiceParam, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { stageSchema } from "@/lib/validation/work";
import type { WorkStage } from "@/lib/work/taxonomy";
import { EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { WorkMatrix } from "@/components/work/work-matrix";
import { WorkNav } from "@/components/work/work-nav";
import { restoreWorkEntriesAction, setMatrixCellAction } from "../actions";

export const metadata: Metadata = { title: "Work matrix" };

/** ?stage= opens the matrix at that stage. */
const matrixParams = z.object({ stage: choiceParam(stageSchema) });

export default async function WorkMatrixPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/work/matrix`);
  const { stage: chosen } = parseSearchParams(matrixParams, await searchParams);
  const db = getDb();
  const actor = requestActor(user.id);
  // Without a stage in the URL, open where the project's work is (the busiest stage and lane).
  const focus = orNotFound(() => workFocus(db, actor, projectId));
  const stage: WorkStage = chosen ?? focus.stage;
  const data = matrixData(db, actor, projectId, stage);
  const project = data.project;
  const readOnly = !can(data.role, "project:write");

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">Work matrix</h2>
          <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
            Fast entry: one row per person, one column per responsibility, at one stage. Details such as hours, dates, amounts and notes go in the{" "}
            <Link href={`/projects/${project.id}/work`} className="text-accent-700 underline dark:text-accent-300">
              entry list
            </Link>
            .
          </p>
        </div>
        <WorkNav projectId={project.id} current="matrix" />
      </div>
      {data.people.length === 0 ? (
        <EmptyState
          title="Nobody is on the roster yet"
          action={
            <Link href={`/projects/${project.id}/roster`} className={buttonClass()}>
              Go to the roster
            </Link>
          }
        >
          The matrix has a row for everyone on the project&apos;s roster.
        </EmptyState>
      ) : (
        <WorkMatrix
          stage={stage}
          people={data.people}
          responsibilities={data.responsibilities.map((r) => ({ id: r.id, name: r.name, lane: r.lane, description: r.description }))}
          cells={data.cells}
          readOnly={readOnly}
          setCell={setMatrixCellAction.bind(null, project.id)}
          undo={restoreWorkEntriesAction.bind(null, project.id)}
          openAtLane={stage === focus.stage ? (focus.lane ?? undefined) : undefined}
        />
      )}
    </div>
  );
}
