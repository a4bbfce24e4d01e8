import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { Degree } from "@/lib/work/degree";
import { DEGREE_SYMBOLS } from "@/lib/work/matrix";

/** One look for a degree everywhere (matrix, legend, hats review): solid lead, outlined equal, light supporting. */
const STYLE: Record<Degree, string> = {
  lead: "bg-zinc-900 text-white dark:bg-accent-500 dark:text-zinc-950",
  equal: "border-2 border-accent-700 bg-accent-100 text-accent-800 dark:border-accent-500 dark:bg-accent-800/40 dark:text-accent-100",
  supporting: "border border-zinc-500 bg-white text-zinc-800 dark:border-zinc-400 dark:bg-zinc-900 dark:text-zinc-100",
};

/** Stronger degrees draw a little larger in the matrix, so the eye finds the leads first. */
const SIZE: Record<"sm" | "md", Record<Degree, string>> = {
  sm: { lead: "size-5 text-[10px]", equal: "size-5 text-[10px]", supporting: "size-5 text-[10px]" },
  md: { lead: "size-6 text-xs", equal: "size-6 text-xs", supporting: "size-5 text-[11px]" },
};

/**
 * A degree as shape and letter (never colour alone): L, E, S. Decorative: pair it with text
 * (a cell's name, a legend's word). `children` draws on top (the matrix's entry count).
 */
export function DegreeMark({ degree, size = "sm", className, children }: { degree: Degree; size?: "sm" | "md"; className?: string; children?: ReactNode }) {
  return (
    <span aria-hidden className={cn("relative inline-flex shrink-0 items-center justify-center rounded-full leading-none font-bold", STYLE[degree], SIZE[size][degree], className)}>
      {DEGREE_SYMBOLS[degree]}
      {children}
    </span>
  );
}
