import type { Degree } from "@/lib/credits/types";
import { cn } from "@/components/ui/cn";

const STYLE: Record<Degree, string> = {
  lead: "bg-accent-700 text-white border-accent-700 dark:bg-accent-400 dark:text-zinc-950 dark:border-accent-400",
  equal: "bg-accent-100 text-accent-900 border-accent-700 dark:bg-accent-800/50 dark:text-accent-100 dark:border-accent-400",
  supporting: "bg-transparent text-zinc-700 border-zinc-400 border-dashed dark:text-zinc-300 dark:border-zinc-500",
};

const LETTER: Record<Degree, string> = { lead: "L", equal: "E", supporting: "S" };

/** A degree as shape and letter (never colour alone): filled L, tinted E, dashed S. Decorative: pair it with text. */
export function DegreeMark({ degree, className }: { degree: Degree; className?: string }) {
  return (
    <span aria-hidden className={cn("inline-flex size-5 shrink-0 items-center justify-center rounded-full border text-[10px] font-bold", STYLE[degree], className)}>
      {LETTER[degree]}
    </span>
  );
}
