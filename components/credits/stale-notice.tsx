import { Info, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import type { Staleness } from "@/lib/end-credits/sources";

/**
 * Says plainly that the credit list is out of date (the roster, the decided credits, the cast
 * characters or a project setting changed since it was built), with the differences, and
 * offers what `action` holds (a Regenerate button for Editors). Nothing for a current list.
 */
export function StaleNotice({ staleness, action }: { staleness: Staleness | null; action?: ReactNode }) {
  if (!staleness || staleness.state === "current") return null;
  if (staleness.state === "unknown") {
    return (
      <section aria-labelledby="stale-heading" className="flex flex-wrap items-start gap-3 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
        <Info className="mt-0.5 size-4 shrink-0 text-zinc-500" aria-hidden />
        <div className="min-w-0 flex-1 basis-64">
          <h3 id="stale-heading" className="font-semibold">
            May be out of date
          </h3>
          <p className="text-zinc-700 dark:text-zinc-300">{staleness.summary}</p>
        </div>
        {action}
      </section>
    );
  }
  return (
    <section
      aria-labelledby="stale-heading"
      className="flex flex-wrap items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <TriangleAlert className="mt-0.5 size-4 shrink-0 text-amber-700 dark:text-amber-300" aria-hidden />
      <div className="min-w-0 flex-1 basis-64">
        <h3 id="stale-heading" className="font-semibold">
          This list is out of date
        </h3>
        <p>{staleness.summary} since it was built. Regenerate it to bring the changes in; your order and edits are kept.</p>
        <details className="mt-1">
          <summary className="cursor-pointer font-medium underline underline-offset-2">Show the differences</summary>
          <ul className="mt-1 space-y-1" aria-label="Differences since the list was built">
            {staleness.changes.map((c) => (
              <li key={c.kind}>
                <span className="font-medium">{c.phrase.charAt(0).toUpperCase() + c.phrase.slice(1)}</span>
                {c.details.length ? (
                  <ul className="list-disc pl-5 [overflow-wrap:anywhere]">
                    {c.details.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                    {c.count > c.details.length ? <li>and {c.count - c.details.length} more</li> : null}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      </div>
      {action}
    </section>
  );
}
