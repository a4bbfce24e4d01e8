import Link from "next/link";
import { cn } from "./cn";

export type SegmentedNavItem = { href: string; label: string; current: boolean };

/** A few views of one page as a segmented control of links; the current one carries aria-current="page". */
export function SegmentedNav({ label, items, className }: { label: string; items: readonly SegmentedNavItem[]; className?: string }) {
  return (
    <nav aria-label={label} className={cn("inline-flex max-w-full overflow-x-auto rounded-lg border border-zinc-200 p-0.5 dark:border-zinc-800", className)}>
      {items.map((i) => (
        <Link
          key={i.href}
          href={i.href}
          aria-current={i.current ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1 text-sm font-medium whitespace-nowrap",
            i.current ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
          )}
        >
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
