"use client";

import { unstable_rethrow, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { toast } from "sonner";
import type { FormState } from "@/server/actions/form";
import type { Undoable } from "@/lib/undo";
import { initialState } from "./state";

/** What a non-form server action answers (the shape of server/actions/outcome's Outcome). */
export type Answer<T = unknown> = { ok: boolean; message: string; data?: T };

/** How long a toast offering "Undo" stays up. */
export const UNDO_TOAST_MS = 10_000;

const UNREACHABLE = "The server could not be reached (is the connection down?). Nothing was changed.";

export type CallOptions<T> = {
  /** Undoes the change with the answer's `data.undoToken` (lib/undo.ts): the success toast offers "Undo". */
  undo?: (undoToken: string) => Promise<Answer>;
  /** The success toast's text instead of the answer's message. */
  success?: (message: string) => string;
  /** The error toast offers "Reload" (for edits refused because the page is out of date). */
  reloadOnError?: boolean;
  /** Called after the answer is toasted and the page refreshed, ok or not. */
  onDone?: (answer: Answer<T>) => void;
};

/**
 * The house way to call a server action from a button, a select or a drag (forms use
 * useFormAction): `pending` while it runs; its answer toasted (success or error); the route
 * refreshed once per answer from the server, so the page shows what the server now holds; and,
 * when the change can be undone, "Undo" in the toast. The toast is raised by the awaiting code,
 * not by an effect, so it shows even when the answer removes the component that asked.
 */
export function useServerCall() {
  const router = useRouter();
  const [pending, start] = useTransition();

  /** Toasts `message` with an "Undo" that calls `undo(token)`, toasts its answer and refreshes. */
  const offerUndo = useCallback(
    (message: string, token: string, undo: (undoToken: string) => Promise<Answer>, id?: string) => {
      toast.success(message, {
        id,
        duration: UNDO_TOAST_MS,
        action: {
          label: "Undo",
          onClick: async () => {
            const back = await settle(() => undo(token));
            if (back.ok) toast.success(back.message);
            else toast.error(back.message);
            router.refresh();
          },
        },
      });
    },
    [router],
  );

  const call = useCallback(
    <T>(fn: () => Promise<Answer<T>>, options: CallOptions<T> = {}) =>
      start(async () => {
        const answer = await settle(fn);
        if (answer.ok) {
          const message = options.success ? options.success(answer.message) : answer.message;
          const token = (answer.data as Undoable | undefined)?.undoToken;
          if (token && options.undo) offerUndo(message, token, options.undo);
          else if (message) toast.success(message);
        } else {
          toast.error(answer.message, options.reloadOnError ? { action: { label: "Reload", onClick: () => router.refresh() } } : undefined);
        }
        router.refresh();
        options.onDone?.(answer);
      }),
    [router, offerUndo],
  );

  return { pending, call, offerUndo };
}

/**
 * The answer, or a failure saying the server was not reached when the call throws. An action
 * that redirects rejects with Next's redirect error: that one goes on to the router.
 */
async function settle<T>(fn: () => Promise<Answer<T>>): Promise<Answer<T>> {
  try {
    return await fn();
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, message: UNREACHABLE };
  }
}

type FormCall = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form's server action called from a button: `fields` sent as its form data, its FormState
 * answered as an Answer (the first field error, when there is one, is the message).
 */
export async function callFormAction(action: FormCall, fields: Record<string, string>): Promise<Answer<FormState>> {
  const formData = new FormData();
  for (const [k, v] of Object.entries(fields)) formData.set(k, v);
  const state = await action(initialState, formData);
  if (state.status === "success") return { ok: true, message: state.message ?? "", data: state };
  const detail = Object.values(state.fieldErrors ?? {}).flat()[0];
  return { ok: false, message: detail ?? state.message ?? "That did not work. Nothing was changed.", data: state };
}
