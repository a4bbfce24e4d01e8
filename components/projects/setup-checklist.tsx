import { Check } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ChecklistStep } from "@/lib/projects/checklist";

/** A new project's next steps; each ticks itself off as the project gets there (lib/projects/checklist.ts). */
export function SetupChecklist({ steps, canWrite }: { steps: ChecklistStep[]; canWrite: boolean }) {
  const next = steps.find((s) => !s.done);
  const doneCount = steps.filter((s) => s.done).length;
  return (
    <Card aria-labelledby="next-steps-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="next-steps-heading" className="text-base font-semibold">
          Next steps
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {doneCount} of {steps.length} done
        </p>
      </div>
      <ol className="mt-3 space-y-2">
        {steps.map((s, i) => (
          <li key={s.id} className={cn("flex items-start gap-3 rounded-lg px-2 py-2", s === next && "bg-accent-50 dark:bg-accent-800/15")}>
            <span
              className={cn(
                "mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-semibold",
                s.done ? "border-emerald-600 bg-emerald-600 text-white dark:border-emerald-500 dark:bg-emerald-500 dark:text-zinc-950" : "border-zinc-300 text-zinc-600 dark:border-zinc-600 dark:text-zinc-300",
              )}
              aria-hidden
            >
              {s.done ? <Check className="size-3.5" /> : i + 1}
            </span>
            <div className="min-w-0 flex-1">
              <p className={cn("text-sm font-medium", s.done && "text-zinc-600 dark:text-zinc-400")}>
                {s.title}
                <span className="sr-only">{s.done ? " (done)" : " (to do)"}</span>
              </p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">{s.detail}</p>
            </div>
            {canWrite || s.done ? (
              // On a phone only the next step's button shows; the other steps are on the project's tabs.
              <Link href={s.href} className={cn(buttonClass(s === next ? "primary" : "ghost", "sm"), "shrink-0", s !== next && "hidden sm:inline-flex")} aria-label={`${s.action}: ${s.title}`}>
                {s.action}
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
