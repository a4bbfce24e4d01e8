"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import type { FormState } from "@/server/actions/form";
import { initialState } from "./state";

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export type FormActionOptions = {
  /** Toast the error message too, for forms without a message area of their own. */
  toastErrors?: boolean;
  /** Refresh the route after a success (for actions that neither redirect nor revalidate what this page shows). */
  refresh?: boolean;
  /** The success toast's text when the answer has no message. */
  fallback?: string;
  /** Called once per success, after the toast (e.g. to close the dialog the form is in). */
  onSuccess?: (state: FormState) => void;
};

/**
 * A form's server action with the house feedback, once per answer: its success message as a
 * toast (and, with `toastErrors`, its error message too), the route refreshed with `refresh`,
 * then `onSuccess`. Buttons and other non-form calls use useServerCall.
 */
export function useFormAction(action: FormAction, { toastErrors = false, refresh = false, fallback, onSuccess }: FormActionOptions = {}) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const router = useRouter();
  const handled = useRef<FormState>(initialState);
  useEffect(() => {
    if (handled.current === state) return;
    handled.current = state;
    if (state.status === "success") {
      const message = state.message ?? fallback;
      if (message) toast.success(message);
      if (refresh) router.refresh();
      onSuccess?.(state);
    }
    if (toastErrors && state.status === "error" && state.message) toast.error(state.message);
  }, [state, toastErrors, refresh, fallback, onSuccess, router]);
  return [state, formAction, pending] as const;
}
