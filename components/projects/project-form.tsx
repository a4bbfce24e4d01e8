"use client";

import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";
import {
  CURRENCIES,
  FRAME_RATES,
  PROJECT_KINDS,
  PROJECT_KIND_LABELS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
} from "@/lib/projects/catalog";
import { formatRuntime } from "@/lib/projects/format";
import { LOGLINE_MAX, TITLE_MAX } from "@/lib/validation/project";

export type ProjectFormValues = {
  title: string;
  kind: string;
  logline: string;
  stage: string;
  budgetAmount: number | null;
  currency: string;
  targetRuntimeSeconds: number | null;
  frameRate: string;
  /** Editing: the revision the project was opened at (a save from an older one is refused). */
  revision?: number;
};

const EMPTY: ProjectFormValues = {
  title: "",
  kind: "feature",
  logline: "",
  stage: "development",
  budgetAmount: null,
  currency: "USD",
  targetRuntimeSeconds: null,
  frameRate: "24",
};

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Create or edit a project. On an error the form keeps what was typed. */
export function ProjectForm({
  action,
  project,
  submitLabel,
  readOnly = false,
}: {
  action: Action;
  project?: ProjectFormValues;
  submitLabel: string;
  readOnly?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const saved = project ?? EMPTY;
  // After an error show what was typed; otherwise what is saved.
  const v = state.status === "error" && state.values ? state.values : null;
  const value = (key: keyof ProjectFormValues, fromSaved: string) => v?.[key] ?? fromSaved;
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.status === "success" && state.message) toast.success(state.message);
  }, [state]);

  return (
    <form action={formAction} className="space-y-5" noValidate aria-label={submitLabel}>
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <fieldset key={state.at ?? 0} disabled={readOnly} className="space-y-5">
        {saved.revision ? <input type="hidden" name="revision" value={value("revision", String(saved.revision))} /> : null}
        <Field id="title" label="Title" errors={errors.title}>
          {(p) => <TextInput {...p} name="title" required maxLength={TITLE_MAX} defaultValue={value("title", saved.title)} />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="kind" label="Kind" errors={errors.kind}>
            {(p) => (
              <Select {...p} name="kind" defaultValue={value("kind", saved.kind)}>
                {PROJECT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {PROJECT_KIND_LABELS[k]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="stage" label="Stage" errors={errors.stage}>
            {(p) => (
              <Select {...p} name="stage" defaultValue={value("stage", saved.stage)}>
                {PROJECT_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {PROJECT_STAGE_LABELS[s]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field id="logline" label="Logline" errors={errors.logline} hint="One or two sentences. Optional.">
          {(p) => <TextArea {...p} name="logline" rows={3} maxLength={LOGLINE_MAX} defaultValue={value("logline", saved.logline)} />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
          <Field id="budgetAmount" label="Budget" errors={errors.budgetAmount} hint="Whole amount, e.g. 600,000 or 1.2m. Optional.">
            {(p) => (
              <TextInput
                {...p}
                name="budgetAmount"
                inputMode="decimal"
                defaultValue={value("budgetAmount", saved.budgetAmount === null ? "" : saved.budgetAmount.toLocaleString("en-US"))}
              />
            )}
          </Field>
          <Field id="currency" label="Currency" errors={errors.currency}>
            {(p) => (
              <Select {...p} name="currency" defaultValue={value("currency", saved.currency)}>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            id="targetRuntimeSeconds"
            label="Target credits running time"
            errors={errors.targetRuntimeSeconds}
            hint="Minutes:seconds, e.g. 4:30. Optional."
          >
            {(p) => (
              <TextInput
                {...p}
                name="targetRuntimeSeconds"
                placeholder="4:30"
                defaultValue={value("targetRuntimeSeconds", formatRuntime(saved.targetRuntimeSeconds) ?? "")}
              />
            )}
          </Field>
          <Field id="frameRate" label="Frame rate" errors={errors.frameRate} hint="Frames per second of the finished picture.">
            {(p) => (
              <Select {...p} name="frameRate" defaultValue={value("frameRate", saved.frameRate)}>
                {FRAME_RATES.map((f) => (
                  <option key={f} value={f}>
                    {f} fps
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      </fieldset>
      {readOnly ? null : (
        <div className="flex justify-end">
          <SubmitButton>{submitLabel}</SubmitButton>
        </div>
      )}
    </form>
  );
}
