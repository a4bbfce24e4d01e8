"use client";

import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { useServerCall } from "@/components/forms/use-server-call";
import type { Outcome } from "@/server/actions/outcome";
import type { Undoable, UndoAction } from "@/lib/undo";
import { LANES, LANE_LABELS } from "@/lib/work/taxonomy";

/** Deletes work entries at once, with an Undo in the toast that puts them back. */
export function DeleteWorkButton({
  projectId,
  entryIds,
  label,
  remove,
  restore,
}: {
  projectId: string;
  entryIds: string[];
  label: string;
  remove: (projectId: string, ids: string[]) => Promise<Outcome<Undoable>>;
  restore: UndoAction;
}) {
  const { pending, call } = useServerCall();
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label={label}
      className="h-7 px-2 text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40"
      disabled={pending}
      onClick={() => call(() => remove(projectId, entryIds), { undo: (token) => restore(projectId, token) })}
    >
      <Trash2 className="size-3.5" aria-hidden />
    </Button>
  );
}

/** Adds a project-specific responsibility mapped to a lane. */
export function CustomResponsibilityForm({ action }: { action: FormAction }) {
  const [state, formAction] = useFormAction(action, { refresh: true, fallback: "Added." });
  const v = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-label="Add a responsibility" className="space-y-3">
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <div key={state.at ?? 0} className="grid gap-3 sm:grid-cols-[2fr_1.5fr_3fr_auto] sm:items-start">
        <Field id="cr-name" label="Name" errors={errors.name}>
          {(p) => <TextInput {...p} name="name" maxLength={120} defaultValue={v?.name ?? ""} placeholder="e.g. Drone permits" />}
        </Field>
        <Field id="cr-lane" label="Lane" errors={errors.lane}>
          {(p) => (
            <Select {...p} name="lane" defaultValue={v?.lane ?? "execution"}>
              {LANES.map((l) => (
                <option key={l} value={l}>
                  {LANE_LABELS[l]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="cr-desc" label="Description (optional)" errors={errors.description}>
          {(p) => <TextInput {...p} name="description" maxLength={240} defaultValue={v?.description ?? ""} placeholder="One line users will see" />}
        </Field>
        <div className="sm:pt-7">
          <SubmitButton variant="secondary">Add</SubmitButton>
        </div>
      </div>
    </form>
  );
}

export function DeleteCustomResponsibilityButton({
  projectId,
  id,
  name,
  remove,
}: {
  projectId: string;
  id: string;
  name: string;
  remove: (projectId: string, id: string) => Promise<Outcome>;
}) {
  const { pending, call } = useServerCall();
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label={`Remove ${name}`}
      disabled={pending}
      className="h-7 px-2"
      onClick={() => call(() => remove(projectId, id))}
    >
      <Trash2 className="size-3.5" aria-hidden />
    </Button>
  );
}
