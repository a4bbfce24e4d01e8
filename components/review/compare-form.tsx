import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";

type Option = { id: string; title: string; archived: boolean };

/** Pick the project to compare with: a plain GET form (works without JavaScript; the result is a shareable link). */
export function CompareForm({ path, projects, selected }: { path: string; projects: Option[]; selected: string | null }) {
  const active = projects.filter((p) => !p.archived);
  const archived = projects.filter((p) => p.archived);
  const option = (p: Option) => (
    <option key={p.id} value={p.id}>
      {p.title}
      {p.archived ? " (archived)" : ""}
    </option>
  );
  const fallback = active[0]?.id ?? archived[0]?.id ?? "";
  return (
    <form method="get" action={path} aria-label="Choose a project to compare with" className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 sm:flex-row sm:items-end dark:border-zinc-800 dark:bg-zinc-900">
      <div className="min-w-0 flex-1 space-y-1.5 sm:max-w-md">
        <label htmlFor="compare-with" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
          Compare with
        </label>
        <select id="compare-with" name="with" defaultValue={selected && projects.some((p) => p.id === selected) ? selected : fallback} className={cn(inputClass, "pr-8")}>
          {archived.length && active.length ? (
            <>
              <optgroup label="Current projects">{active.map(option)}</optgroup>
              <optgroup label="Archived projects">{archived.map(option)}</optgroup>
            </>
          ) : (
            projects.map(option)
          )}
        </select>
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Compare
      </button>
    </form>
  );
}
