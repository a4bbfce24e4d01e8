"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/server/actions/form";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ProfileForm({ action, name }: { action: Action; name: string }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <Field id="profile-name" label="Your name" errors={state.fieldErrors?.name}>
        {(p) => (
          <TextInput key={state.at ?? 0} {...p} name="name" required maxLength={120} autoComplete="name" defaultValue={state.status === "error" ? state.values?.name : name} />
        )}
      </Field>
      <div className="flex justify-end">
        <SubmitButton>Save name</SubmitButton>
      </div>
    </form>
  );
}

export function PasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state.status === "success" || !state.fieldErrors ? state : { status: "idle" }} />
      <Field id="currentPassword" label="Current password" errors={state.fieldErrors?.currentPassword}>
        {(p) => <TextInput {...p} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="newPassword" label="New password" errors={state.fieldErrors?.newPassword} hint="At least 10 characters, not a common password.">
        {(p) => <TextInput {...p} name="newPassword" type="password" autoComplete="new-password" required minLength={10} />}
      </Field>
      <div className="flex justify-end">
        <SubmitButton>Change password</SubmitButton>
      </div>
    </form>
  );
}

export function SignOutEverywhereForm({ action }: { action: () => Promise<void> }) {
  return (
    <Dialog
      title="Sign out everywhere?"
      description="Every browser signed in to your account, this one included, is signed out at once."
      trigger={<Button variant="secondary">Sign out everywhere…</Button>}
    >
      <form action={action} className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <SubmitButton variant="danger" pendingText="Signing out…">
          Sign out everywhere
        </SubmitButton>
      </form>
    </Dialog>
  );
}
