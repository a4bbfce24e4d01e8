import { z } from "zod";

/**
 * Search params as pages get them (`Record<string, string | string[] | undefined>`) and route
 * handlers read them (`URLSearchParams`), parsed by one zod schema on both sides. A key sent
 * several times counts by its first value, as `URLSearchParams.get` reads it.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A route handler's query as the same record a page gets. */
export function searchParamsOf(params: URLSearchParams): SearchParams {
  const out: Record<string, string[]> = {};
  for (const [key, value] of params) (out[key] ??= []).push(value);
  return out;
}

/** One search param as text: its first value, "" when absent. */
export const param = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v) ?? "");

/** One search param cut to `max` characters; undefined when absent or empty. */
export function optionalParam(max: number) {
  return param.transform((s) => s.slice(0, max) || undefined);
}

/** One search param that must be one of `schema`'s values; undefined otherwise (a stale link is not an error). */
export function choiceParam<T>(schema: z.ZodType<T>) {
  return param.transform((s) => {
    const parsed = schema.safeParse(s);
    return parsed.success ? parsed.data : undefined;
  });
}

/** A page's or route's search params parsed by `schema` (whose fields never fail: see above). */
export function parseSearchParams<S extends z.ZodType>(schema: S, params: SearchParams | URLSearchParams): z.output<S> {
  return schema.parse(params instanceof URLSearchParams ? searchParamsOf(params) : params);
}

/** A page number from ?page= (1 when absent, not a number or below 1; at most 100,000). */
export const pageParam = param.transform((s) => {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 100_000) : 1;
});
