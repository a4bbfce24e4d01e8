"use client";

import { Search, X } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import type { RosterFilterParams } from "@/lib/validation/roster-filter";
import { withParams } from "./url";

type Option = { value: string; count?: number; label?: string };

export function RosterFilters({
  filter,
  departments,
  roles,
  unions,
  statuses,
}: {
  filter: RosterFilterParams;
  departments: Option[];
  roles: Option[];
  unions: string[];
  statuses: Option[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  const go = (changes: Record<string, string | null>) => start(() => router.push(withParams(pathname, params, changes), { scroll: false }));
  const active = filter.q || filter.department || filter.role || filter.union || filter.status;

  const select = (id: string, label: string, value: string, options: Option[], key: string, all: string) => (
    <div className="min-w-0">
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => go({ [key]: e.target.value })} className={cn(inputClass, "h-9 py-1")}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value}
            {o.count !== undefined ? ` (${o.count})` : ""}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="space-y-3" aria-busy={pending}>
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end">
        <form
          role="search"
          className="relative min-w-0 flex-1"
          onSubmit={(e) => {
            e.preventDefault();
            go({ q: String(new FormData(e.currentTarget).get("q") ?? "") });
          }}
        >
          <label htmlFor="roster-search" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
            Search by name
          </label>
          <Search className="pointer-events-none absolute bottom-2.5 left-3 size-4 text-zinc-400" aria-hidden />
          <input id="roster-search" name="q" type="search" defaultValue={filter.q} key={filter.q} placeholder="e.g. Okafor" className={cn(inputClass, "h-9 pl-9")} />
        </form>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:flex-[2]">
          {select("filter-department", "Department", filter.department, departments, "department", "All departments")}
          {select("filter-role", "Role", filter.role, roles, "role", "All roles")}
          {select("filter-union", "Union", filter.union, unions.map((u) => ({ value: u })), "union", "Any union")}
          {select("filter-status", "Name check", filter.status, statuses, "status", "Any status")}
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="group" aria-label="View" className="flex gap-1 rounded-lg bg-zinc-100 p-1 dark:bg-zinc-900">
          {(
            [
              ["departments", "By department"],
              ["table", "Table"],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={filter.view === value}
              onClick={() => go({ view: value })}
              className={cn(
                "rounded-md px-3 py-1 text-sm font-medium",
                filter.view === value
                  ? "bg-white text-zinc-900 shadow-sm dark:bg-zinc-700 dark:text-white"
                  : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
              )}
            >
              {label}
            </button>
          ))}
        </div>
        {active ? (
          <button type="button" onClick={() => go({ q: null, department: null, role: null, union: null, status: null })} className="inline-flex items-center gap-1 text-sm text-zinc-700 underline-offset-4 hover:underline dark:text-zinc-300">
            <X className="size-4" aria-hidden /> Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
