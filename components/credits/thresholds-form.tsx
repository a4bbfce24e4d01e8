"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export type ThresholdField = { key: string; label: string; description: string; value: number; defaultValue: string; min: number; max: number; step: number; suffix: string };

function useToastOnSuccess(state: FormState) {
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.status !== "success" || handled.current === state.at) return;
    handled.current = state.at;
    toast.success(state.message ?? "Saved.");
    router.refresh();
  }, [state, router]);
}

/** The Owner's thresholds, in display units (percentages for shares), with "restore defaults". */
type Labels = { form: string; save: string; restoreForm: string; restore: string; atDefaults: string; noun: [string, string] };

const CREDIT_LABELS: Labels = {
  form: "Credit thresholds",
  save: "Save thresholds",
  restoreForm: "Restore default thresholds",
  restore: "Restore defaults",
  atDefaults: "All thresholds are at their defaults.",
  noun: ["threshold differs", "thresholds differ"],
};

export function ThresholdsForm({ action, restore, fields, changed, labels = CREDIT_LABELS }: { action: Action; restore: Action; fields: ThresholdField[]; changed: number; labels?: Labels }) {
  const [state, formAction] = useActionState(action, initialState);
  const [restored, restoreAction] = useActionState(restore, initialState);
  useToastOnSuccess(state);
  useToastOnSuccess(restored);
  const v = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      <form action={formAction} noValidate aria-label={labels.form} className="space-y-4">
        <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
        <div key={`${state.at ?? 0}-${restored.at ?? 0}`} className="grid gap-4 sm:grid-cols-2">
          {fields.map((f) => (
            <Field key={f.key} id={`t-${f.key}`} label={f.label} errors={errors[f.key]} hint={`${f.description} Default: ${f.defaultValue}.`}>
              {(p) => (
                <div className="flex items-center gap-2">
                  <TextInput {...p} name={f.key} inputMode="decimal" defaultValue={v?.[f.key] ?? String(f.value)} className="w-28" />
                  {f.suffix ? <span className="text-sm text-zinc-600 dark:text-zinc-400">{f.suffix}</span> : null}
                </div>
              )}
            </Field>
          ))}
        </div>
        <div className="flex justify-end">
          <SubmitButton>{labels.save}</SubmitButton>
        </div>
      </form>
      <form action={restoreAction} className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800" aria-label={labels.restoreForm}>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{changed === 0 ? labels.atDefaults : `${changed} ${changed === 1 ? labels.noun[0] : labels.noun[1]} from the defaults.`}</p>
        <FormMessage state={restored.status === "error" ? restored : { status: "idle" }} />
        <SubmitButton variant="secondary" disabled={changed === 0}>
          {labels.restore}
        </SubmitButton>
      </form>
    </div>
  );
}
