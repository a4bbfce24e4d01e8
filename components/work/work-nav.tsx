import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** The work log's views: the list of entries and the fast-entry matrix. */
export function WorkNav({ projectId, current }: { projectId: string; current: "entries" | "matrix" | "person" }) {
  const base = `/projects/${projectId}/work`;
  const items = [
    { href: base, label: "Entries", key: "entries" },
    { href: `${base}/matrix`, label: "Matrix", key: "matrix" },
  ] as const;
  return (
    <nav aria-label="Work log views" className="inline-flex rounded-lg border border-zinc-200 p-0.5 dark:border-zinc-800">
      {items.map((i) => (
        <Link
          key={i.key}
          href={i.href}
          aria-current={current === i.key ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1 text-sm font-medium",
            current === i.key ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
          )}
        >
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
