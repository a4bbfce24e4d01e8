import "server-only";
import type { z } from "zod";
import { getDb, type DB } from "@/db";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/common";

export type ApiContext = { user: CurrentUser; db: DB };

/** A JSON error body: { error: { status, message, fields? } }. */
export function apiError(status: number, message: string, fields?: Record<string, string[] | undefined>): Response {
  return Response.json({ error: { status, message, ...(fields ? { fields } : {}) } }, { status });
}

/**
 * Every route handler goes through here: 401 without a session; the data layer's
 * NotFound/Forbidden/Invalid/Conflict become 404/403/422/409 with a JSON body.
 */
export function apiRoute<P>(handler: (req: Request, ctx: ApiContext, params: P) => Promise<Response> | Response) {
  return async (req: Request, segment: { params: Promise<P> }): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return apiError(401, "Sign in to use the API.");
    try {
      return await handler(req, { user, db: getDb() }, await segment.params);
    } catch (error) {
      if (isDomainError(error)) {
        return apiError(error.status, error.message, (error as { fieldErrors?: Record<string, string[]> }).fieldErrors);
      }
      console.error("[api]", error);
      return apiError(500, "Something went wrong on our side. Nothing was saved.");
    }
  };
}

/** Reads a JSON body and parses it with zod; a Response (400/422) when it can't. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, maxBytes = 100_000): Promise<z.output<S> | Response> {
  const text = await req.text();
  if (text.length > maxBytes) return apiError(413, "The request body is too large.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return apiError(400, "The request body must be JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return apiError(422, "Some fields are not valid.", fieldErrorsOf(parsed.error));
  return parsed.data;
}
