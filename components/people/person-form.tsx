"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { Field, FormMessage, TextArea, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";
import { GUILDS } from "@/lib/people/guilds";
import { DuplicatePrompt, duplicateCandidates } from "./duplicate-prompt";

export type PersonValues = {
  creditedName: string;
  sortName: string;
  sortNameCustom: boolean;
  familyNameFirst: boolean;
  legalName: string | null;
  pronouns: string | null;
  email: string | null;
  phone: string | null;
  unions: string[];
  notes: string | null;
  /** Editing: the revision the person was opened at (a save from an older one is refused). */
  revision?: number;
};

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Create or edit a person of the team's directory. */
/** `contacts` false (a Viewer's read-only view) leaves out the email, phone, legal name and notes. */
export function PersonForm({
  action,
  person,
  submitLabel,
  readOnly = false,
  contacts = true,
}: {
  action: Action;
  person?: PersonValues;
  submitLabel: string;
  readOnly?: boolean;
  contacts?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const candidates = duplicateCandidates(state);
  useEffect(() => {
    if (state.status === "success" && state.message && !state.data?.candidates) toast.success(state.message);
  }, [state]);
  const typed = state.status !== "idle" && (state.status === "error" || candidates.length > 0) ? state.values : undefined;
  const val = (key: keyof PersonValues, saved: string | null | undefined) => typed?.[key] ?? saved ?? "";
  const errors = state.fieldErrors ?? {};
  // What was ticked when the server refused the form (checkbox values come back one per line), else what is saved.
  const checkedUnions = new Set(typed ? (typed.unions ?? "").split("\n") : (person?.unions ?? []));

  return (
    <form ref={formRef} action={formAction} className="space-y-5" noValidate>
      <input ref={confirmRef} type="hidden" name="confirmNew" defaultValue="" />
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <DuplicatePrompt
        message={state.message}
        candidates={candidates}
        action={(c) => (
          <Link href={`/people/${c.id}`} className="font-medium underline underline-offset-4">
            Open {c.creditedName}
          </Link>
        )}
        createNewLabel="It's someone else: create a new person"
        onCreateNew={() => {
          if (confirmRef.current) confirmRef.current.value = "1";
          formRef.current?.requestSubmit();
        }}
      />
      <fieldset disabled={readOnly} className="space-y-5" key={state.at ?? 0}>
        {person?.revision ? <input type="hidden" name="revision" value={val("revision", String(person.revision))} /> : null}
        <Field id="creditedName" label="Credited name" errors={errors.creditedName} hint="Exactly as it will appear on screen, with every accent.">
          {(p) => <TextInput {...p} name="creditedName" required maxLength={200} defaultValue={val("creditedName", person?.creditedName)} />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="sortName" label="Sort name" errors={errors.sortName} hint="Leave empty to derive “Last, First” from the credited name.">
            {(p) => <TextInput {...p} name="sortName" maxLength={200} defaultValue={val("sortName", person?.sortNameCustom ? person.sortName : "")} placeholder={person?.sortName} />}
          </Field>
          <div className="flex items-start gap-2 pt-7">
            <input
              id="familyNameFirst"
              name="familyNameFirst"
              type="checkbox"
              defaultChecked={typed ? typed.familyNameFirst === "on" : person?.familyNameFirst}
              className="mt-0.5 size-4 accent-zinc-900 dark:accent-amber-500"
            />
            <label htmlFor="familyNameFirst" className="text-sm">
              Family name comes first <span className="block text-xs text-zinc-600 dark:text-zinc-400">e.g. Bong Joon-ho sorts as “Bong, Joon-ho”.</span>
            </label>
          </div>
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          {contacts ? (
            <Field id="legalName" label="Legal name" errors={errors.legalName} hint="Optional; for contracts, never shown in credits.">
              {(p) => <TextInput {...p} name="legalName" maxLength={200} defaultValue={val("legalName", person?.legalName)} />}
            </Field>
          ) : null}
          <Field id="pronouns" label="Pronouns" errors={errors.pronouns}>
            {(p) => <TextInput {...p} name="pronouns" maxLength={60} defaultValue={val("pronouns", person?.pronouns)} placeholder="e.g. they/them" />}
          </Field>
          {contacts ? (
            <>
              <Field id="email" label="Email" errors={errors.email}>
                {(p) => <TextInput {...p} name="email" type="email" maxLength={254} defaultValue={val("email", person?.email)} />}
              </Field>
              <Field id="phone" label="Phone" errors={errors.phone}>
                {(p) => <TextInput {...p} name="phone" type="tel" maxLength={40} defaultValue={val("phone", person?.phone)} />}
              </Field>
            </>
          ) : null}
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Guilds and unions</legend>
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {GUILDS.map((g) => (
              <label key={g} className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="unions" value={g} defaultChecked={checkedUnions.has(g)} className="size-4 accent-zinc-900 dark:accent-amber-500" />
                {g}
              </label>
            ))}
          </div>
          {errors.unions ? <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.unions[0]}</p> : null}
        </fieldset>
        {contacts ? (
          <Field id="notes" label="Notes" errors={errors.notes} hint="Only Owners and Editors see these.">
            {(p) => <TextArea {...p} name="notes" rows={3} maxLength={2000} defaultValue={val("notes", person?.notes)} />}
          </Field>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Contact details are visible to the team&apos;s Owners and Editors.</p>
        )}
      </fieldset>
      {readOnly ? null : (
        <div className="flex justify-end">
          <SubmitButton>{submitLabel}</SubmitButton>
        </div>
      )}
    </form>
  );
}
