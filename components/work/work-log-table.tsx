import type { ComponentProps } from "react";
import Link from "next/link";
import { DegreeMark } from "@/components/work/degree-mark";
import { DeleteWorkButton } from "@/components/work/work-buttons";
import { EditWorkDialog, type PersonOption, type ResponsibilityOption } from "@/components/work/work-entry-form";
import { formatMoney } from "@/lib/credits/format";
import { DEGREE_LABELS, type Degree } from "@/lib/work/degree";
import { formatDateRange, formatHours, workEntryFormValues } from "@/lib/work/format";
import { LANE_SHORT_LABELS, WORK_STAGE_LABELS, type WorkStage } from "@/lib/work/taxonomy";

/** One line of the work log as the page reads it (db/queries/work.ts listWorkEntries). */
export type WorkLogRow = {
  entry: Parameters<typeof workEntryFormValues>[0] & { stage: WorkStage; degree: Degree; createdAt: Date; updatedAt: Date };
  personName: string;
  createdByName: string | null;
  updatedByName: string | null;
};

/** What an Editor can do on a line; null for a Viewer (no actions column). */
export type WorkLogActions = {
  edit: ComponentProps<typeof EditWorkDialog>["action"];
  remove: ComponentProps<typeof DeleteWorkButton>["remove"];
  restore: ComponentProps<typeof DeleteWorkButton>["restore"];
};

/**
 * The work log as a table, most recently changed first: person (linked to their timeline),
 * responsibility and lane, stage, degree, details (dates, hours, amount raised, note), who
 * logged and edited it; with `actions`, an edit dialog and a delete with undo per line.
 */
export function WorkLogTable({
  rows,
  responsibilities,
  people,
  currency,
  base,
  projectId,
  actions,
}: {
  rows: readonly WorkLogRow[];
  responsibilities: ResponsibilityOption[];
  people: PersonOption[];
  currency: string;
  /** The work log's path, /projects/:id/work. */
  base: string;
  projectId: string;
  actions: WorkLogActions | null;
}) {
  const byId = new Map(responsibilities.map((r) => [r.id, r]));
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 dark:border-zinc-800">
      <table className="w-full min-w-[56rem] text-sm">
        <caption className="sr-only">Work entries, most recently changed first</caption>
        <thead className="bg-zinc-50 text-left text-xs font-medium tracking-wide text-zinc-600 uppercase dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-3 py-2">Person</th>
            <th scope="col" className="px-3 py-2">Responsibility</th>
            <th scope="col" className="px-3 py-2">Stage</th>
            <th scope="col" className="px-3 py-2">Degree</th>
            <th scope="col" className="px-3 py-2">Details</th>
            <th scope="col" className="px-3 py-2">Logged</th>
            {actions ? <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {rows.map(({ entry, personName, createdByName, updatedByName }) => {
            const r = byId.get(entry.responsibilityId);
            const details = [
              formatDateRange(entry.startDate, entry.endDate),
              formatHours(entry.effortHours),
              entry.amountRaised !== null ? `raised ${formatMoney(entry.amountRaised, currency)}` : "",
            ].filter(Boolean);
            const edited = entry.updatedAt.getTime() - entry.createdAt.getTime() > 1000;
            return (
              <tr key={entry.id} className="align-top">
                <td className="px-3 py-2 font-medium whitespace-nowrap">
                  <Link href={`${base}/people/${entry.personId}`} className="hover:underline">
                    {personName}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <div>{r?.name ?? entry.responsibilityId}</div>
                  {r ? <div className="text-xs text-zinc-500 dark:text-zinc-400">{LANE_SHORT_LABELS[r.lane]} lane</div> : null}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{WORK_STAGE_LABELS[entry.stage]}</td>
                <td className="px-3 py-2">
                  <span className="inline-flex items-center gap-1.5">
                    <DegreeMark degree={entry.degree} />
                    {DEGREE_LABELS[entry.degree]}
                  </span>
                </td>
                <td className="max-w-xs px-3 py-2">
                  {details.length ? <div className="text-zinc-700 dark:text-zinc-300">{details.join(" · ")}</div> : null}
                  {entry.note ? <p className="mt-0.5 text-xs break-words whitespace-pre-line text-zinc-600 dark:text-zinc-400">{entry.note}</p> : null}
                  {!details.length && !entry.note ? <span className="text-zinc-400 dark:text-zinc-500">—</span> : null}
                </td>
                <td className="px-3 py-2 text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                  <div>
                    {createdByName ?? "Someone"}, <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString().slice(0, 10)}</time>
                  </div>
                  {edited ? (
                    <div>
                      edited by {updatedByName ?? "someone"}, <time dateTime={entry.updatedAt.toISOString()}>{entry.updatedAt.toISOString().slice(0, 10)}</time>
                    </div>
                  ) : null}
                </td>
                {actions ? (
                  <td className="px-3 py-2 text-right whitespace-nowrap">
                    <EditWorkDialog
                      action={actions.edit}
                      people={people}
                      responsibilities={responsibilities}
                      currency={currency}
                      label={`Edit ${personName}: ${r?.name ?? "work"}`}
                      entry={workEntryFormValues(entry)}
                    />
                    <DeleteWorkButton
                      projectId={projectId}
                      entryIds={[entry.id]}
                      label={`Delete ${personName}: ${r?.name ?? "work"}`}
                      remove={actions.remove}
                      restore={actions.restore}
                    />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
