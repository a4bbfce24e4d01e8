import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import { isDomainError } from "@/lib/errors";
import { getCurrentUser } from "@/server/auth/session";
import type { ActionContext } from "./context";

/** What a non-form server action answers (buttons, matrix cells, undo). */
export type Outcome<T = undefined> = { ok: true; message: string; data?: T } | { ok: false; message: string; data?: T };

export type ActionOptions<T> = {
  /** Names the action in the server log when it fails unexpectedly. */
  label: string;
  /** The answer to arguments the schema refuses; by default the first problem zod found. */
  invalid?: string;
  /** Turns an error the body expects into an answer (null: not one of those). */
  onError?: (error: unknown) => Outcome<T> | null;
};

/**
 * Every server action that is not a form post goes through here — the counterpart of
 * `formAction`, with the same context: it resolves the signed-in user, parses the action's
 * arguments (a tuple, as the client passes them: `z.tuple([idSchema, z.number()])`) with zod and
 * turns expected failures (403, 404, conflicts, invalid input) into a message; anything else is
 * logged and reported as our fault. Access itself is checked by the db/queries function the
 * body calls.
 */
export function action<A extends unknown[], O, T = undefined>(
  args: z.ZodType<O, A>,
  body: (input: O, ctx: ActionContext) => Outcome<T> | Promise<Outcome<T>>,
  options: ActionOptions<T>,
): (...args: A) => Promise<Outcome<T>> {
  return (...raw: A) => run(args, raw, body, options);
}

/**
 * The same for actions whose first argument is the record they act in (a project, as forms bind
 * it with `formActionWithId`); the id reaches the body as text and the data layer checks it.
 */
export function actionWithId<A extends unknown[], O, T = undefined>(
  args: z.ZodType<O, A>,
  body: (id: string, input: O, ctx: ActionContext) => Outcome<T> | Promise<Outcome<T>>,
  options: ActionOptions<T>,
): (id: string, ...args: A) => Promise<Outcome<T>> {
  return (id: string, ...raw: A) => run(args, raw, (input, ctx) => body(boundId(id), input, ctx), options);
}

async function run<A extends unknown[], O, T>(
  args: z.ZodType<O, A>,
  raw: A,
  body: (input: O, ctx: ActionContext) => Outcome<T> | Promise<Outcome<T>>,
  options: ActionOptions<T>,
): Promise<Outcome<T>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  const parsed = args.safeParse(raw);
  if (!parsed.success) return { ok: false, message: options.invalid ?? parsed.error.issues[0]?.message ?? "Invalid request." };
  try {
    return await body(parsed.data, { user, db: getDb() });
  } catch (error) {
    const handled = options.onError?.(error);
    if (handled) return handled;
    if (isDomainError(error)) return { ok: false, message: error.message };
    console.error(`[${options.label}]`, error);
    return { ok: false, message: "Something went wrong on our side. Nothing was changed." };
  }
}

/** The id an action or form is bound to, as text of at most 64 characters (the data layer checks it). */
export function boundId(id: unknown): string {
  return String(id).slice(0, 64);
}
