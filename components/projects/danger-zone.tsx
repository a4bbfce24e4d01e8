"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/server/actions/form";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ArchiveProjectForm({ action, archived }: { action: Action; archived: boolean }) {
  const [, formAction] = useFormAction(action, { toastErrors: true });
  return (
    <form action={formAction}>
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <SubmitButton variant="secondary" pendingText={archived ? "Restoring…" : "Archiving…"}>
        {archived ? "Restore project" : "Archive project"}
      </SubmitButton>
    </form>
  );
}

/** Deleting asks for the exact title, so a slip of the mouse can't delete a production. */
export function DeleteProjectDialog({ action, title }: { action: Action; title: string }) {
  const [state, formAction] = useActionState(action, initialState);
  const [typed, setTyped] = useState("");
  return (
    <Dialog
      title="Delete this project?"
      description={
        <>
          This deletes <strong className="break-words">{title}</strong> and everything in it. Type the project&apos;s title to confirm.
        </>
      }
      trigger={<Button variant="danger">Delete project…</Button>}
      onOpenChange={(open) => {
        if (!open) setTyped("");
      }}
    >
      <form action={formAction} className="space-y-4">
        <FormMessage state={state.status === "error" && !state.fieldErrors?.confirmTitle ? state : { status: "idle" }} />
        <Field id="confirmTitle" label="Project title" errors={state.fieldErrors?.confirmTitle}>
          {(p) => (
            <TextInput {...p} name="confirmTitle" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={title} />
          )}
        </Field>
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <SubmitButton variant="danger" disabled={typed.trim() !== title} pendingText="Deleting…">
            Delete forever
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
