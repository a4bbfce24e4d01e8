import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type TruthShow = "all" | "title-without-work" | "work-without-title" | "match";

/** Which items the truth check lists: plain links (shareable, no JavaScript), the active one marked with aria-current. */
export function TruthFilter({ current, options }: { current: TruthShow; options: { value: TruthShow; label: string; count: number; href: string }[] }) {
  return (
    <nav aria-label="Show items">
      <ul className="flex flex-wrap gap-1.5 text-sm">
        {options.map((o) => {
          const active = o.value === current;
          return (
            <li key={o.value}>
              <Link
                href={o.href}
                aria-current={active ? "true" : undefined}
                className={cn(
                  "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 font-medium whitespace-nowrap",
                  active
                    ? "border-zinc-900 bg-zinc-900 text-white dark:border-zinc-100 dark:bg-zinc-100 dark:text-zinc-900"
                    : "border-zinc-300 text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800",
                )}
              >
                {o.label}
                <span className={cn("rounded-full px-1.5 text-xs tabular-nums", active ? "bg-white/20 dark:bg-zinc-900/15" : "bg-zinc-100 dark:bg-zinc-800")}>{o.count.toLocaleString("en-US")}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
