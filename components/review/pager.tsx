import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** "Showing 51–100 of 5,000 people" with Previous / Next links (hrefs built by the page). */
export function Pager({ offset, shown, total, noun, prev, next }: { offset: number; shown: number; total: number; noun: [string, string]; prev: string | null; next: string | null }) {
  if (total === 0) return null;
  const fmt = (n: number) => n.toLocaleString("en-US");
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400" aria-live="polite">
        Showing {fmt(offset + 1)}–{fmt(offset + shown)} of {fmt(total)} {total === 1 ? noun[0] : noun[1]}
      </p>
      {prev || next ? (
        <div className="flex gap-2">
          {prev ? (
            <Link href={prev} className={buttonClass("secondary", "sm")} rel="prev">
              Previous
            </Link>
          ) : (
            <span aria-disabled className={buttonClass("secondary", "sm", "pointer-events-none opacity-50")}>Previous</span>
          )}
          {next ? (
            <Link href={next} className={buttonClass("secondary", "sm")} rel="next">
              Next
            </Link>
          ) : (
            <span aria-disabled className={buttonClass("secondary", "sm", "pointer-events-none opacity-50")}>Next</span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
