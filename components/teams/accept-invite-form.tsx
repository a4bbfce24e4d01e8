"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";

export function AcceptInviteForm({ action, userName }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; userName: string }) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton pendingText="Joining…">Join as {userName}</SubmitButton>
    </form>
  );
}
