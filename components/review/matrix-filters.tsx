import Link from "next/link";
import type { MatrixQuery } from "@/lib/review";
import { LANE_SHORT_LABELS, LANES, WORK_STAGE_LABELS, WORK_STAGES } from "@/lib/work/taxonomy";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

const box = "size-4 rounded border-zinc-300 accent-accent-700 dark:border-zinc-600";

/** A filter group: one checkbox per value, all submitted under `name`. */
function CheckboxGroup({ legend, name, options, checked }: { legend: string; name: string; options: { value: string; label: string }[]; checked: readonly string[] }) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5 md:flex-col">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className={box} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The matrix's filters as a plain GET form: every view is a link (shareable, back button
 * works) and it works without JavaScript. Sort stays as it is; the page goes back to 1.
 */
export function MatrixFilters({ query, path, departments, filtered }: { query: MatrixQuery; path: string; departments: string[]; filtered: boolean }) {
  return (
    <form method="get" action={path} aria-label="Filter the matrix" className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      {query.sort !== "hats" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.direction ? <input type="hidden" name="dir" value={query.direction} /> : null}
      <div className="grid gap-4 md:grid-cols-[auto_auto_minmax(12rem,1fr)]">
        <CheckboxGroup legend="Stage" name="stage" options={WORK_STAGES.map((s) => ({ value: s, label: WORK_STAGE_LABELS[s] }))} checked={query.stages} />
        <CheckboxGroup legend="Lane" name="lane" options={LANES.map((l) => ({ value: l, label: LANE_SHORT_LABELS[l] }))} checked={query.lanes} />
        <div className="space-y-4">
          <div className="space-y-1.5">
            <label htmlFor="matrix-dept" className="block text-sm font-medium">
              Department
            </label>
            <select id="matrix-dept" name="dept" defaultValue={query.departments[0] ?? ""} className={inputClass}>
              <option value="">All departments</option>
              {departments.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="producing" value="1" defaultChecked={query.producingOnly} className={box} />
            Producing functions only
          </label>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">No box ticked in a group means all of it.</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass("primary", "sm")}>
              Apply filters
            </button>
            {filtered ? (
              <Link href={path} className={buttonClass("secondary", "sm")}>
                Clear filters
              </Link>
            ) : null}
          </div>
        </div>
      </div>
    </form>
  );
}
