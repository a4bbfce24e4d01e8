import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import { getCurrentUser } from "@/server/auth/session";
import { isDomainError } from "@/lib/errors";
import { crossSiteRefusal, hasContentType } from "@/lib/http/origin";
import { API_CONTENT_SECURITY_POLICY, isHttps, strictTransportSecurity } from "@/lib/http/security-headers";
import { parseMultipart, readBodyCapped } from "@/lib/uploads/body";
import { fieldErrorsOf, idSchema } from "@/lib/validation/common";
import type { ActionContext } from "./context";

/** A route handler's context: the same as a server action's. */
export type ApiContext = ActionContext;

/** A JSON error body: { error: { status, message, fields? } }. */
export function apiError(status: number, message: string, fields?: Record<string, string[] | undefined>): Response {
  return Response.json({ error: { status, message, ...(fields ? { fields } : {}) } }, { status });
}

/** The API's own security headers (the common ones come from next.config.ts). */
function secured(res: Response, req: Request): Response {
  try {
    res.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    const hsts = strictTransportSecurity(isHttps(req.headers));
    if (hsts) res.headers.set("Strict-Transport-Security", hsts);
  } catch {
    // A Response with immutable headers (e.g. a fetched one) keeps its own.
  }
  return res;
}

/** What a path segment that can't be an id answers: 404, as another team's id does. */
const NOT_FOUND: Record<string, string> = { projectId: "Project not found.", entryId: "Work entry not found.", assetId: "Logo not found.", jobId: "Export not found." };

/** The message for the first path segment named `…Id` that is not a well-formed id, or null. */
function malformedId(params: unknown): string | null {
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    if (name.endsWith("Id") && !idSchema.safeParse(value).success) return NOT_FOUND[name] ?? "Not found.";
  }
  return null;
}

/**
 * Every route handler goes through here: 401 without a session; 403 for a write another site
 * sent (see `crossSiteRefusal`); 404 for a path id (`[projectId]`, `[entryId]`…) that is not
 * well formed, before the handler runs; the data layer's NotFound/Forbidden/Invalid/Conflict
 * become 404/403/422/409 with a JSON body.
 */
export function apiRoute<P>(handler: (req: Request, ctx: ApiContext, params: P) => Promise<Response> | Response) {
  return async (req: Request, segment: { params: Promise<P> }): Promise<Response> => {
    const crossSite = crossSiteRefusal(req.method, req.headers);
    if (crossSite) return secured(apiError(403, crossSite), req);
    const user = await getCurrentUser();
    if (!user) return secured(apiError(401, "Sign in to use the API."), req);
    const params = await segment.params;
    const malformed = malformedId(params);
    if (malformed) return secured(apiError(404, malformed), req);
    try {
      return secured(await handler(req, { user, db: getDb() }, params), req);
    } catch (error) {
      if (isDomainError(error)) {
        return secured(apiError(error.status, error.message, (error as { fieldErrors?: Record<string, string[]> }).fieldErrors), req);
      }
      console.error("[api]", error);
      return secured(apiError(500, "Something went wrong on our side. Nothing was saved."), req);
    }
  };
}

/** The default largest JSON body: 100 kB. */
const JSON_MAX_BYTES = 100_000;

/**
 * A JSON body's bytes, read as a stream and abandoned as soon as it passes `maxBytes` (never
 * read whole first); a Response (415 not JSON, 413 too large) when it can't be had.
 */
export async function readJsonBytes(req: Request, maxBytes = JSON_MAX_BYTES): Promise<Uint8Array<ArrayBuffer> | Response> {
  if (!hasContentType(req.headers, "application/json")) return apiError(415, "Send the request body as JSON, with Content-Type: application/json.");
  const bytes = await readBodyCapped(req, maxBytes);
  if (!bytes) return apiError(413, "The request body is too large.");
  return bytes;
}

/** Reads a JSON body (see `readJsonBytes`) and parses it with zod; a Response (400/413/415/422) when it can't. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, maxBytes = JSON_MAX_BYTES): Promise<z.output<S> | Response> {
  const bytes = await readJsonBytes(req, maxBytes);
  if (bytes instanceof Response) return bytes;
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return apiError(400, "The request body must be JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return apiError(422, "Some fields are not valid.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * A multipart upload, streamed and abandoned past `maxBytes`; a Response (415 not multipart,
 * 413 too large, 400 unreadable; `unreadable` says how to send it) when it can't be had.
 */
export async function readMultipart(req: Request, maxBytes: number, messages: { tooLarge: () => Response; unreadable: string }): Promise<FormData | Response> {
  if (!hasContentType(req.headers, "multipart/form-data")) return apiError(415, messages.unreadable);
  const bytes = await readBodyCapped(req, maxBytes);
  if (!bytes) return messages.tooLarge();
  const form = await parseMultipart(bytes, req.headers.get("content-type"));
  return form ?? apiError(400, messages.unreadable);
}
