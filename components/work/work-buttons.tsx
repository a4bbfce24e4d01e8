"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";
import type { Outcome } from "@/server/actions/outcome";
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
  remove: (projectId: string, ids: string[]) => Promise<Outcome<string>>;
  restore: (projectId: string, token: string) => Promise<Outcome>;
}) {
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label={label}
      className="h-7 px-2 text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40"
      disabled={pending}
      onClick={() =>
        start(async () => {
          const r = await remove(projectId, entryIds);
          if (!r.ok) {
            toast.error(r.message);
            return;
          }
          router.refresh();
          const token = r.data;
          toast.success(r.message, {
            action: token
              ? {
                  label: "Undo",
                  onClick: async () => {
                    const u = await restore(projectId, token);
                    if (u.ok) toast.success(u.message);
                    else toast.error(u.message);
                    router.refresh();
                  },
                }
              : undefined,
          });
        })
      }
    >
      <Trash2 className="size-3.5" aria-hidden />
    </Button>
  );
}

/** Adds a project-specific responsibility mapped to a lane. */
export function CustomResponsibilityForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialState);
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.status !== "success" || handled.current === state.at) return;
    handled.current = state.at;
    toast.success(state.message ?? "Added.");
    router.refresh();
  }, [state, router]);
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
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label={`Remove ${name}`}
      disabled={pending}
      className="h-7 px-2"
      onClick={() =>
        start(async () => {
          const r = await remove(projectId, id);
          if (r.ok) toast.success(r.message);
          else toast.error(r.message);
          router.refresh();
        })
      }
    >
      <Trash2 className="size-3.5" aria-hidden />
    </Button>
  );
}
