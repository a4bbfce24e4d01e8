"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";
import { DuplicatePrompt, duplicateCandidates } from "@/components/people/duplicate-prompt";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * Adds a person to the roster. When the name or email matches someone already in the team's
 * directory, the server answers with those people and the form asks: use one of them, or
 * create a new person anyway. Nothing is written until that is decided.
 */
/** The catalogue suggestions come from the page's <CatalogDatalists />. */
export function AddToRosterDialog({ action }: { action: Action }) {
  const [open, setOpen] = useState(false);
  const [keepOpen, setKeepOpen] = useState(false);
  const [state, formAction] = useActionState(action, initialState);
  const [handled, setHandled] = useState<number | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const personIdRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const candidates = duplicateCandidates(state);
  const added = state.status === "success" && !state.data?.candidates;

  // Close after a real addition (state adjusted during render, once per answer), unless kept open for the next one.
  if (added && state.at !== handled) {
    setHandled(state.at);
    if (!keepOpen) setOpen(false);
  }
  useEffect(() => {
    if (added && state.message) toast.success(state.message);
  }, [added, state]);

  const v = (key: string) => (state.status !== "idle" && !added ? state.values?.[key] : undefined);
  // Kept open: the next person usually joins the same department.
  const next = (key: string) => v(key) ?? (added && keepOpen && key === "department" ? state.values?.department : undefined);
  const resubmit = (personId: string, confirmNew: boolean) => {
    if (personIdRef.current) personIdRef.current.value = personId;
    if (confirmRef.current) confirmRef.current.value = confirmNew ? "1" : "";
    formRef.current?.requestSubmit();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Add to roster"
      description="The person's role (the catalogue knows crew shorthand such as DP, 1st AC, HMU or UPM, and the department that goes with it); a character for the cast."
      trigger={<Button size="sm">Add to roster</Button>}
    >
      <form ref={formRef} action={formAction} className="space-y-4" noValidate key={added ? state.at : "form"}>
        <input ref={personIdRef} type="hidden" name="personId" defaultValue="" />
        <input ref={confirmRef} type="hidden" name="confirmNew" defaultValue="" />
        {state.status === "error" ? <FormMessage state={state} /> : null}
        <DuplicatePrompt
          message={state.message}
          candidates={candidates}
          action={(c) => (
            <Button size="sm" variant="secondary" onClick={() => resubmit(c.id, false)}>
              Use {c.creditedName}
            </Button>
          )}
          createNewLabel="No, create a new person"
          onCreateNew={() => resubmit("", true)}
        />
        <Field id="add-name" label="Credited name" errors={state.fieldErrors?.creditedName} hint="Exactly as it should read in the credits.">
          {(p) => <TextInput {...p} name="creditedName" required maxLength={200} defaultValue={v("creditedName")} autoComplete="off" autoFocus={added && keepOpen} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="add-role" label="Role" errors={state.fieldErrors?.role} hint="e.g. DP, 1st AC, Lead.">
            {(p) => <TextInput {...p} name="role" list="catalog-roles" required maxLength={120} defaultValue={v("role")} autoComplete="off" />}
          </Field>
          <Field id="add-department" label="Department" errors={state.fieldErrors?.department} hint="Optional: a catalogue role knows its own.">
            {(p) => <TextInput {...p} name="department" list="catalog-departments" maxLength={120} defaultValue={next("department")} autoComplete="off" />}
          </Field>
        </div>
        <Field id="add-character" label="Character" errors={state.fieldErrors?.character} hint="Cast only: the part they play, shown before their name in the cast list.">
          {(p) => <TextInput {...p} name="character" maxLength={200} defaultValue={v("character")} autoComplete="off" placeholder="e.g. Captain Ida Marsh" />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="add-email" label="Email" errors={state.fieldErrors?.email} hint="Optional.">
            {(p) => <TextInput {...p} name="email" type="email" maxLength={254} defaultValue={v("email")} autoComplete="off" />}
          </Field>
          <Field id="add-pronouns" label="Pronouns" errors={state.fieldErrors?.pronouns} hint="Optional, e.g. she/her.">
            {(p) => <TextInput {...p} name="pronouns" maxLength={60} defaultValue={v("pronouns")} autoComplete="off" />}
          </Field>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={keepOpen} onChange={(e) => setKeepOpen(e.target.checked)} className="size-4 accent-accent-600" />
            Keep open for the next one
          </label>
          <SubmitButton pendingText="Adding…">Add to roster</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
