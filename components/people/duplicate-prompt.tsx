"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/server/actions/form";

export type DuplicateCandidate = { id: string; creditedName: string; email: string | null; reason: "email" | "name" };

/** The people a "possible duplicate" answer names (the server sends them as JSON in `data.candidates`). */
export function duplicateCandidates(state: FormState): DuplicateCandidate[] {
  if (state.status !== "success" || !state.data?.candidates) return [];
  try {
    return JSON.parse(state.data.candidates) as DuplicateCandidate[];
  } catch {
    return [];
  }
}

/**
 * Asks, before anything is written, whether a new person is one the team already has:
 * `action(candidate)` renders what to do with each (use, open…), `onCreateNew` makes a new one anyway.
 */
export function DuplicatePrompt({
  message,
  candidates,
  action,
  createNewLabel,
  onCreateNew,
}: {
  message?: string;
  candidates: DuplicateCandidate[];
  action: (candidate: DuplicateCandidate) => ReactNode;
  createNewLabel: string;
  onCreateNew: () => void;
}) {
  if (candidates.length === 0) return null;
  return (
    <div role="alert" className="space-y-2 rounded-lg border border-amber-400/60 bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
      <p className="font-medium">{message}</p>
      <ul className="space-y-1.5">
        {candidates.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {c.creditedName}
              {c.email ? <span className="text-zinc-600 dark:text-zinc-400"> · {c.email}</span> : null}
              <span className="text-zinc-600 dark:text-zinc-400"> (same {c.reason})</span>
            </span>
            {action(c)}
          </li>
        ))}
      </ul>
      <Button size="sm" variant="ghost" onClick={onCreateNew}>
        {createNewLabel}
      </Button>
    </div>
  );
}
