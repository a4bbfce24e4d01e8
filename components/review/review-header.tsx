import type { ReactNode } from "react";
import { ReviewNav, type ReviewView } from "./review-nav";

/** The top of every review page: the title, what this view answers, its views, and page actions (exports). */
export function ReviewHeader({ projectId, current, title, description, actions }: { projectId: string; current: ReviewView; title: string; description: ReactNode; actions?: ReactNode }) {
  return (
    <div className="space-y-3">
      <ReviewNav projectId={projectId} current={current} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold">{title}</h2>
          <div className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">{description}</div>
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
