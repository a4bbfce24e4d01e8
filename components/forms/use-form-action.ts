"use client";

import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import type { FormState } from "@/server/actions/form";
import { initialState } from "./state";

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form's server action with the house feedback: its success message as a toast (and, with
 * `toastErrors`, its error message too, for forms without a message area of their own).
 */
export function useFormAction(action: FormAction, { toastErrors = false }: { toastErrors?: boolean } = {}) {
  const [state, formAction, pending] = useActionState(action, initialState);
  useEffect(() => {
    if (state.status === "success" && state.message) toast.success(state.message);
    if (toastErrors && state.status === "error" && state.message) toast.error(state.message);
  }, [state, toastErrors]);
  return [state, formAction, pending] as const;
}
