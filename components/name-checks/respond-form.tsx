"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextArea, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";

export function RespondForm({ action, creditedName, pronouns }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; creditedName: string; pronouns: string | null }) {
  const [state, formAction] = useActionState(action, initialState);
  const [proposing, setProposing] = useState(false);
  if (state.status === "success") {
    return (
      <p role="status" className="rounded-lg bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-300">
        {state.message}
      </p>
    );
  }
  const showProposal = proposing || Boolean(state.fieldErrors?.proposedName);
  return (
    <div className="space-y-4">
      {state.status === "error" && !state.fieldErrors ? <FormMessage state={state} /> : null}
      {!showProposal ? (
        <div className="flex flex-col gap-2 sm:flex-row">
          <form action={formAction} className="w-full sm:w-auto">
            <input type="hidden" name="answer" value="confirm" />
            <SubmitButton pendingText="Sending…" className="w-full sm:w-auto">
              Yes, that&apos;s right
            </SubmitButton>
          </form>
          <Button variant="secondary" onClick={() => setProposing(true)}>
            Something needs fixing
          </Button>
        </div>
      ) : (
        <form action={formAction} className="space-y-4" noValidate>
          <input type="hidden" name="answer" value="propose" />
          <Field id="proposedName" label="Your name as it should appear" errors={state.fieldErrors?.proposedName} hint="Spelling, accents, a middle initial: exactly as you want it on screen.">
            {(p) => <TextInput {...p} name="proposedName" required maxLength={200} defaultValue={state.values?.proposedName ?? creditedName} />}
          </Field>
          <Field id="proposedPronouns" label="Pronouns" errors={state.fieldErrors?.proposedPronouns} hint="Optional.">
            {(p) => <TextInput {...p} name="proposedPronouns" maxLength={60} defaultValue={state.values?.proposedPronouns ?? pronouns ?? ""} />}
          </Field>
          <Field id="proposedNote" label="Anything else the production should know" errors={state.fieldErrors?.proposedNote} hint="Optional, e.g. a role that is missing.">
            {(p) => <TextArea {...p} name="proposedNote" rows={3} maxLength={1000} defaultValue={state.values?.proposedNote} />}
          </Field>
          <div className="flex gap-2">
            <SubmitButton pendingText="Sending…">Send correction</SubmitButton>
            <Button variant="ghost" onClick={() => setProposing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
