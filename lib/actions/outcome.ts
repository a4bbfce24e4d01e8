import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";

/** What a non-form server action answers (buttons, matrix cells, undo). */
export type Outcome<T = undefined> = { ok: true; message: string; data?: T } | { ok: false; message: string; data?: T };

/**
 * Runs a server action's body as the signed-in user; expected failures (403, 404, conflicts,
 * invalid input) become a message, anything else is logged and reported as our fault.
 * Access itself is checked by the db/queries function the body calls.
 */
export async function withUser<T>(label: string, body: (userId: string) => Outcome<T>, onError?: (error: unknown) => Outcome<T> | null): Promise<Outcome<T>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    return body(user.id);
  } catch (error) {
    const handled = onError?.(error);
    if (handled) return handled;
    if (isDomainError(error)) return { ok: false, message: error.message };
    console.error(`[${label}]`, error);
    return { ok: false, message: "Something went wrong on our side. Nothing was changed." };
  }
}
