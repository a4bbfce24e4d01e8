"use client";

import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";

/** The project's merge settings for the end-credit list: creative credits merge by default; Produced by only if the project opts in. */
export function MergeSettingsForm({
  action,
  mergeCreativeCredits,
  mergeProducedBy,
  readOnly,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  mergeCreativeCredits: boolean;
  mergeProducedBy: boolean;
  readOnly: boolean;
}) {
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
    <form action={formAction} className="space-y-3" aria-label="End-credit list settings">
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <fieldset className="space-y-3" disabled={readOnly}>
        <legend className="sr-only">Merged credits</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="mergeCreativeCredits" defaultChecked={mergeCreativeCredits} className="mt-0.5 accent-accent-600" />
          <span>
            <span className="font-medium">Merge one person&apos;s creative credits</span>
            <span className="block text-zinc-600 dark:text-zinc-400">“Written and Directed by”, “Written, Directed and Edited by” instead of separate cards.</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="mergeProducedBy" defaultChecked={mergeProducedBy} className="mt-0.5 accent-accent-600" />
          <span>
            <span className="font-medium">Let a sole producer&apos;s “Produced by” join the merge</span>
            <span className="block text-zinc-600 dark:text-zinc-400">
              “Written, Produced and Directed by”. Off by default: Produced by bills on its own card, and never merges when the film has more than one producer.
            </span>
          </span>
        </label>
      </fieldset>
      {readOnly ? <p className="text-sm text-zinc-600 dark:text-zinc-400">You are a Viewer in this team, so these settings are read-only.</p> : (
        <div className="flex justify-end">
          <SubmitButton>Save</SubmitButton>
        </div>
      )}
    </form>
  );
}
