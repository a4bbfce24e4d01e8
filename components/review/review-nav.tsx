import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type ReviewView = "matrix" | "coverage" | "truth" | "compare" | "person";

/** The multi-hat review's views: hats matrix, coverage, credit truth check, comparison. */
export function ReviewNav({ projectId, current }: { projectId: string; current: ReviewView }) {
  const base = `/projects/${projectId}/review`;
  const items = [
    { href: base, label: "Hats matrix", key: "matrix" },
    { href: `${base}/coverage`, label: "Coverage", key: "coverage" },
    { href: `${base}/truth`, label: "Truth check", key: "truth" },
    { href: `${base}/compare`, label: "Compare", key: "compare" },
  ] as const;
  return (
    <nav aria-label="Review views" className="inline-flex max-w-full overflow-x-auto rounded-lg border border-zinc-200 p-0.5 dark:border-zinc-800">
      {items.map((i) => (
        <Link
          key={i.key}
          href={i.href}
          aria-current={current === i.key ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1 text-sm font-medium whitespace-nowrap",
            current === i.key ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
          )}
        >
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
