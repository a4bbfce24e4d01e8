import Link from "next/link";
import { ArrowDown, ArrowUp } from "lucide-react";
import type { HatsMatrix, HatsSort, MatrixQuery } from "@/lib/review";
import { matrixQueryString } from "@/lib/review";
import { DEGREE_LABELS } from "@/lib/validation/work";
import { WORK_STAGE_LABELS } from "@/lib/work/taxonomy";
import { DegreeMark } from "@/components/work/degree-mark";
import { cn } from "@/components/ui/cn";

const NATURAL: Record<HatsSort, "asc" | "desc"> = { hats: "desc", effort: "desc", name: "asc" };

function hours(h: number): string {
  return h.toLocaleString("en-US", { maximumFractionDigits: 1 });
}

/** A column header that sorts by it: first click its natural direction, again the other way. */
function SortHeader({ label, sort, query, path, className }: { label: string; sort: HatsSort; query: MatrixQuery; path: string; className?: string }) {
  const active = query.sort === sort;
  const dir = active ? (query.direction ?? NATURAL[sort]) : null;
  const next = active ? (dir === "asc" ? "desc" : "asc") : NATURAL[sort];
  const href = `${path}${matrixQueryString(query, { sort, direction: next === NATURAL[sort] ? null : next, page: 1 })}`;
  return (
    <th scope="col" aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : undefined} className={cn("px-2 py-2 align-bottom text-left font-semibold", className)}>
      <Link href={href} className="inline-flex items-center gap-1 hover:underline">
        {label}
        {dir === "asc" ? <ArrowUp className="size-3.5" aria-hidden /> : dir === "desc" ? <ArrowDown className="size-3.5" aria-hidden /> : null}
        <span className="sr-only">{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}; sort ${next === "asc" ? "ascending" : "descending"}` : ", sort"}</span>
      </Link>
    </th>
  );
}

/**
 * People × functions, grouped by lane. Each cell is the degree as a lettered mark (filled L,
 * tinted E, dashed S — never colour alone) with the hours under it; screen readers hear
 * "Lead, 12 hours, 3 entries, Production". The person column stays put while the functions
 * scroll sideways.
 */
export function HatsMatrixTable({ matrix, query, path, cardPath }: { matrix: HatsMatrix; query: MatrixQuery; path: string; cardPath: (personId: string) => string }) {
  const { groups, columns, rows } = matrix;
  return (
    <div className="space-y-1">
      {columns.length > 24 ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {columns.length} functions in {groups.length} {groups.length === 1 ? "lane" : "lanes"}: scroll sideways to see them all, or filter by lane.
        </p>
      ) : null}
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="min-w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">
          Hats matrix: {matrix.total} {matrix.total === 1 ? "person" : "people"} × {columns.length} functions. Each cell gives the strongest degree (lead, equal or supporting) and the hours logged.
        </caption>
        <thead>
          <tr>
            <td rowSpan={2} className="sticky left-0 z-20 border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" />
            <td colSpan={2} rowSpan={2} className="border-b border-zinc-200 dark:border-zinc-800" />
            {groups.map((g) => (
              <th key={g.lane} scope="colgroup" colSpan={g.columns.length} className="border-b border-l border-zinc-200 px-2 py-1.5 text-left text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
                {g.label}
              </th>
            ))}
          </tr>
          <tr>
            {groups.flatMap((g) =>
              g.columns.map((c, i) => (
                <th
                  key={c.id}
                  scope="col"
                  title={`${c.name}: ${c.people} ${c.people === 1 ? "person" : "people"}, ${hours(c.hours)} h`}
                  className={cn("h-40 w-8 border-b border-zinc-200 px-0.5 pb-2 align-bottom font-normal dark:border-zinc-800", i === 0 && "border-l")}
                >
                  <span className="mx-auto block max-h-36 overflow-hidden text-xs leading-tight text-ellipsis whitespace-nowrap text-zinc-700 [writing-mode:vertical-rl] rotate-180 dark:text-zinc-300">
                    {c.name}
                    {c.custom ? " *" : ""}
                  </span>
                </th>
              )),
            )}
          </tr>
          <tr>
            <SortHeader label="Person" sort="name" query={query} path={path} className="sticky left-0 z-20 min-w-44 border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" />
            <SortHeader label="Hats" sort="hats" query={query} path={path} className="border-b border-zinc-200 text-right dark:border-zinc-800" />
            <SortHeader label="Hours" sort="effort" query={query} path={path} className="border-b border-zinc-200 text-right dark:border-zinc-800" />
            <td colSpan={columns.length} className="border-b border-zinc-200 dark:border-zinc-800" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cells = new Map(row.cells.map((c) => [c.responsibilityId, c]));
            return (
              <tr key={row.personId} className="group">
                <th scope="row" className="sticky left-0 z-10 border-b border-zinc-100 bg-white px-2 py-1.5 text-left font-normal group-hover:bg-zinc-50 dark:border-zinc-800/70 dark:bg-zinc-900 dark:group-hover:bg-zinc-800">
                  <Link href={cardPath(row.personId)} className="font-medium text-zinc-900 hover:underline dark:text-zinc-100">
                    {row.name}
                  </Link>
                  {row.departments.length ? <div className="max-w-52 truncate text-xs text-zinc-500 dark:text-zinc-400">{row.departments.join(", ")}</div> : null}
                </th>
                <td className="border-b border-zinc-100 px-2 py-1.5 text-right font-semibold tabular-nums group-hover:bg-zinc-50 dark:border-zinc-800/70 dark:group-hover:bg-zinc-800">{row.hats}</td>
                <td className="border-b border-zinc-100 px-2 py-1.5 text-right tabular-nums group-hover:bg-zinc-50 dark:border-zinc-800/70 dark:group-hover:bg-zinc-800">{hours(row.effortHours)}</td>
                {columns.map((c, i) => {
                  const cell = cells.get(c.id);
                  const first = i === 0 || columns[i - 1]!.lane !== c.lane;
                  return (
                    <td key={c.id} className={cn("border-b border-zinc-100 px-0.5 py-1 text-center group-hover:bg-zinc-50 dark:border-zinc-800/70 dark:group-hover:bg-zinc-800", first && "border-l border-l-zinc-200 dark:border-l-zinc-800")}>
                      {cell ? (
                        <span className="flex flex-col items-center" title={`${row.name} — ${c.name}: ${DEGREE_LABELS[cell.degree]}, ${hours(cell.hours)} h, ${cell.stages.map((s) => WORK_STAGE_LABELS[s]).join(", ")}`}>
                          <DegreeMark degree={cell.degree} />
                          <span aria-hidden className="text-[10px] leading-3 text-zinc-500 tabular-nums dark:text-zinc-400">
                            {cell.hours ? hours(cell.hours) : "·"}
                          </span>
                          <span className="sr-only">
                            {DEGREE_LABELS[cell.degree]}, {hours(cell.hours)} hours, {cell.entries} {cell.entries === 1 ? "entry" : "entries"}, {cell.stages.map((s) => WORK_STAGE_LABELS[s]).join(", ")}
                          </span>
                        </span>
                      ) : (
                        <span className="sr-only">none</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    </div>
  );
}

/** What the marks mean, in words and shapes. */
export function HatsLegend({ hasCustom }: { hasCustom: boolean }) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-zinc-700 dark:text-zinc-300">
      <li className="flex items-center gap-1.5">
        <DegreeMark degree="lead" /> Lead
      </li>
      <li className="flex items-center gap-1.5">
        <DegreeMark degree="equal" /> Equal share
      </li>
      <li className="flex items-center gap-1.5">
        <DegreeMark degree="supporting" /> Supporting
      </li>
      <li>Number under a mark: hours logged (· when none)</li>
      <li>Strongest degree over the stages shown</li>
      {hasCustom ? <li>* a function this project added</li> : null}
    </ul>
  );
}
