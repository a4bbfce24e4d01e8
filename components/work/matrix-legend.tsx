import { Badge } from "@/components/ui/card";
import type { Degree } from "@/lib/work/degree";
import { CellMark } from "./matrix-grid";

const LEGEND: Array<{ degree: Degree | null; label: string }> = [
  { degree: null, label: "None" },
  { degree: "supporting", label: "Supporting" },
  { degree: "equal", label: "Equal" },
  { degree: "lead", label: "Lead" },
];

const kbd = "rounded border border-zinc-300 bg-zinc-50 px-1 font-sans text-[11px] text-zinc-800 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-200";

/** What the symbols mean and which keys work; `keysId` lets the grid use the key help as its description. */
export function MatrixLegend({ readOnly, keysId }: { readOnly: boolean; keysId?: string }) {
  return (
    <div className="space-y-2 rounded-lg border border-zinc-200 bg-white px-3 py-2.5 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <ul aria-label="Degrees of work" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-zinc-800 dark:text-zinc-200">
          {LEGEND.map(({ degree, label }) => (
            <li key={label} className="inline-flex items-center gap-1.5">
              <span className="inline-flex w-6 justify-center">
                <CellMark view={{ degree, count: 1, pending: false }} />
              </span>
              {label}
            </li>
          ))}
          <li className="inline-flex items-center gap-1.5">
            <span className="inline-flex w-6 justify-center">
              <CellMark view={{ degree: "equal", count: 2, pending: false }} />
            </span>
            <span className="ml-1">Number of entries, when more than one</span>
          </li>
        </ul>
        {readOnly ? <Badge tone="warning">View only</Badge> : null}
      </div>
      <p id={keysId} className="text-xs text-zinc-600 dark:text-zinc-400">
        {readOnly ? (
          <>
            View only: you can look but not change. Arrow keys, <kbd className={kbd}>Home</kbd>/<kbd className={kbd}>End</kbd>, <kbd className={kbd}>Page Up</kbd>/
            <kbd className={kbd}>Page Down</kbd> and <kbd className={kbd}>Ctrl</kbd>+<kbd className={kbd}>Home</kbd>/<kbd className={kbd}>End</kbd> move between cells.
          </>
        ) : (
          <>
            Arrow keys, <kbd className={kbd}>Home</kbd>/<kbd className={kbd}>End</kbd>, <kbd className={kbd}>Page Up</kbd>/<kbd className={kbd}>Page Down</kbd> and{" "}
            <kbd className={kbd}>Ctrl</kbd>+<kbd className={kbd}>Home</kbd>/<kbd className={kbd}>End</kbd> move between cells. <kbd className={kbd}>Space</kbd>,{" "}
            <kbd className={kbd}>Enter</kbd> or a click cycles none → supporting → equal → lead. Type <kbd className={kbd}>1</kbd> or <kbd className={kbd}>S</kbd> for
            supporting, <kbd className={kbd}>2</kbd> or <kbd className={kbd}>E</kbd> for equal, <kbd className={kbd}>3</kbd> or <kbd className={kbd}>L</kbd> for lead,{" "}
            <kbd className={kbd}>0</kbd> or <kbd className={kbd}>Delete</kbd> for none.
          </>
        )}
      </p>
    </div>
  );
}
