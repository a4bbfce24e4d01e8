import type { ReactNode } from "react";
import { AlertTriangle } from "lucide-react";
import { joinList } from "@/lib/credits/format";
import { formatShare } from "@/lib/review/format";
import type { Coverage, HatsMatrix } from "@/lib/review";

/** What the summary table shows of one project. */
export type CompareSide = {
  title: string;
  peopleWithWork: number;
  entries: number;
  functionsCovered: number;
  functions: number;
  maxHats: number;
  maxHatsNames: string[];
  averageHats: number;
  concentration: Coverage["concentration"];
  /** Names of the functions covered here and by nobody on the other project. */
  onlyHere: string[];
};

const NAMES_SHOWN = 3;

function names(list: readonly string[]): string {
  if (list.length <= NAMES_SHOWN) return joinList(list);
  return joinList([...list.slice(0, NAMES_SHOWN - 1), `${list.length - NAMES_SHOWN + 1} others`]);
}

/** One project's figures from its full (unpaged) hats matrix and its coverage. */
export function compareSide(title: string, matrix: Pick<HatsMatrix, "rows" | "columns" | "totals">, cov: Coverage, onlyHere: readonly string[]): CompareSide {
  const withWork = matrix.rows.filter((r) => r.hats > 0);
  const maxHats = withWork.reduce((m, r) => Math.max(m, r.hats), 0);
  const total = withWork.reduce((n, r) => n + r.hats, 0);
  const columnName = new Map(matrix.columns.map((c) => [c.id, c.name]));
  return {
    title,
    peopleWithWork: withWork.length,
    entries: matrix.totals.entries,
    functionsCovered: cov.all.functions - cov.all.uncovered.length,
    functions: cov.all.functions,
    maxHats,
    maxHatsNames: maxHats > 0 ? withWork.filter((r) => r.hats === maxHats).map((r) => r.name) : [],
    averageHats: withWork.length ? total / withWork.length : 0,
    concentration: cov.concentration,
    onlyHere: onlyHere.map((id) => columnName.get(id) ?? id),
  };
}

const fmt = (n: number) => n.toLocaleString("en-US");
const muted = "text-zinc-600 dark:text-zinc-400";

function Concentration({ c }: { c: Coverage["concentration"] }) {
  if (c.totalWeight <= 0 || c.busiest.length === 0) return <span className={muted}>No producing work logged</span>;
  return (
    <>
      <span className="font-semibold tabular-nums">{formatShare(c.share)}</span> <span className={muted}>({names(c.busiest.map((b) => b.name))})</span>
    </>
  );
}

function Warning({ c }: { c: Coverage["concentration"] }) {
  if (c.warning) {
    return (
      <span className="inline-flex items-start gap-1.5 font-medium text-amber-800 dark:text-amber-300">
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>Warning: the busiest person carries more than {formatShare(c.threshold)}</span>
      </span>
    );
  }
  return <span className={muted}>None (warns above {formatShare(c.threshold)})</span>;
}

const FUNCTIONS_SHOWN = 6;

/** Function names, comma-separated; a long list shows its first few and the rest on request (no JavaScript). */
function FunctionList({ list }: { list: readonly string[] }) {
  if (list.length === 0) return <span className={muted}>None</span>;
  const head = list.slice(0, FUNCTIONS_SHOWN);
  const rest = list.slice(FUNCTIONS_SHOWN);
  return (
    <div>
      <span className="font-semibold tabular-nums">{fmt(list.length)}</span> <span className={muted}>{list.length === 1 ? "function" : "functions"}:</span> {head.join(", ")}
      {rest.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-accent-700 dark:text-accent-300">{fmt(rest.length)} more</summary>
          <p className="mt-1">{rest.join(", ")}</p>
        </details>
      ) : null}
    </div>
  );
}

/** The two projects side by side: people, functions covered, hats per person, concentration, warnings, functions only one covers. */
export function CompareSummaryTable({ a, b }: { a: CompareSide; b: CompareSide }) {
  const rows: { label: string; cell: (s: CompareSide) => ReactNode }[] = [
    {
      label: "People with work",
      cell: (s) => (
        <>
          <span className="font-semibold tabular-nums">{fmt(s.peopleWithWork)}</span>{" "}
          <span className={muted}>
            ({fmt(s.entries)} {s.entries === 1 ? "entry" : "entries"})
          </span>
        </>
      ),
    },
    {
      label: "Functions covered",
      cell: (s) => (
        <span className="tabular-nums">
          <span className="font-semibold">{fmt(s.functionsCovered)}</span> of {fmt(s.functions)}
        </span>
      ),
    },
    {
      label: "Most hats on one person",
      cell: (s) =>
        s.maxHats > 0 ? (
          <>
            <span className="font-semibold tabular-nums">{s.maxHats}</span> <span className={muted}>({names(s.maxHatsNames)})</span>
          </>
        ) : (
          <span className={muted}>—</span>
        ),
    },
    {
      label: "Average hats per person",
      cell: (s) => (s.peopleWithWork ? <span className="font-semibold tabular-nums">{s.averageHats.toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 })}</span> : <span className={muted}>—</span>),
    },
    { label: "Busiest person's share of producing work", cell: (s) => <Concentration c={s.concentration} /> },
    { label: "Concentration warning", cell: (s) => <Warning c={s.concentration} /> },
    { label: "Functions covered here but by nobody on the other", cell: (s) => <FunctionList list={s.onlyHere} /> },
  ];
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full min-w-[22rem] text-sm">
        <caption className="sr-only">
          {a.title} and {b.title} side by side
        </caption>
        <thead className="text-left">
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="w-1/3 px-3 py-2 text-xs font-medium text-zinc-600 dark:text-zinc-400">
              Measure
            </th>
            <th scope="col" className="px-3 py-2 font-semibold break-words">
              {a.title} <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">this project</span>
            </th>
            <th scope="col" className="px-3 py-2 font-semibold break-words">
              {b.title}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-t border-zinc-100 align-top first:border-t-0 dark:border-zinc-800">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {r.label}
              </th>
              <td className="px-3 py-2">{r.cell(a)}</td>
              <td className="px-3 py-2">{r.cell(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
