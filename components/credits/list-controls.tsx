"use client";

import { Lock, RefreshCw, RotateCcw, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormMessage, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";
import type { Outcome } from "@/server/actions/outcome";

function useRun() {
  const [pending, start] = useTransition();
  const router = useRouter();
  const run = (call: () => Promise<Outcome<unknown>>) =>
    start(async () => {
      const r = await call();
      if (r.ok) toast.success(r.message);
      else toast.error(r.message, { action: { label: "Reload", onClick: () => router.refresh() } });
      router.refresh();
    });
  return [pending, run] as const;
}

/** Builds the list the first time, or regenerates it keeping the manual order; the toast says what is new. */
export function GenerateButton({
  projectId,
  revision,
  generate,
  first,
  label,
  variant,
}: {
  projectId: string;
  revision: number | null;
  generate: (projectId: string, revision: number | null) => Promise<Outcome<unknown>>;
  first: boolean;
  label?: string;
  variant?: "primary" | "secondary";
}) {
  const [pending, run] = useRun();
  return (
    <Button variant={variant ?? (first ? "primary" : "secondary")} disabled={pending} onClick={() => run(() => generate(projectId, revision))}>
      <RefreshCw className="size-4" aria-hidden /> {label ?? (first ? "Build the credit list" : "Regenerate from credits and roster")}
    </Button>
  );
}

export function SaveVersionForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialState);
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.status !== "success" || handled.current === state.at) return;
    handled.current = state.at;
    toast.success(state.message ?? "Saved.");
    router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} noValidate aria-label="Save a version" className="space-y-2">
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <div className="flex gap-2">
        <label htmlFor="version-name" className="sr-only">
          Version name
        </label>
        <TextInput key={state.at ?? 0} id="version-name" name="name" maxLength={120} placeholder="e.g. Picture lock v1" defaultValue={state.status === "error" ? (state.values?.name ?? "") : ""} />
        <SubmitButton variant="secondary">Save version</SubmitButton>
      </div>
    </form>
  );
}

export function VersionButtons({
  projectId,
  versionId,
  name,
  locked,
  revision,
  lock,
  restore,
  remove,
}: {
  projectId: string;
  versionId: string;
  name: string;
  locked: boolean;
  revision: number | null;
  lock: (projectId: string, versionId: string) => Promise<Outcome>;
  restore: (projectId: string, versionId: string, revision: number | null) => Promise<Outcome>;
  remove: (projectId: string, versionId: string) => Promise<Outcome>;
}) {
  const [pending, run] = useRun();
  return (
    <span className="flex flex-wrap gap-0.5">
      {!locked ? (
        <Button size="sm" variant="ghost" disabled={pending} aria-label={`Lock ${name} as sent to post`} onClick={() => run(() => lock(projectId, versionId))}>
          <Lock className="size-3.5" aria-hidden /> Lock
        </Button>
      ) : null}
      <Button size="sm" variant="ghost" disabled={pending} aria-label={`Restore ${name} as the working list`} onClick={() => run(() => restore(projectId, versionId, revision))}>
        <RotateCcw className="size-3.5" aria-hidden /> Restore
      </Button>
      {!locked ? (
        <Button size="sm" variant="ghost" disabled={pending} aria-label={`Delete ${name}`} onClick={() => run(() => remove(projectId, versionId))}>
          <Trash2 className="size-3.5" aria-hidden />
        </Button>
      ) : null}
    </span>
  );
}
