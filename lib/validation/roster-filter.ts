import { z } from "zod";
import { GUILDS } from "@/lib/people/guilds";
import { NAME_STATUSES } from "@/lib/roster/name-status";

const ROSTER_SORT_VALUES = ["order", "name", "role", "status"] as const;

/** The roster page's URL: anything unknown falls back to the default rather than failing. */
export const rosterFilterSchema = z.object({
  view: z.enum(["departments", "table"]).catch("departments"),
  q: z.string().max(200).catch(""),
  department: z.string().max(120).catch(""),
  role: z.string().max(120).catch(""),
  union: z.union([z.enum(GUILDS), z.literal("")]).catch(""),
  status: z.union([z.enum(NAME_STATUSES), z.literal("")]).catch(""),
  sort: z.enum(ROSTER_SORT_VALUES).catch("order"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().refine((n) => [50, 100, 200].includes(n)).catch(100),
});
export type RosterFilterParams = z.output<typeof rosterFilterSchema>;

export function parseRosterFilter(params: Record<string, string | string[] | undefined>): RosterFilterParams {
  const flat: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(params)) flat[k] = Array.isArray(v) ? v[0] : v;
  return rosterFilterSchema.parse({
    view: flat.view,
    q: flat.q ?? "",
    department: flat.department ?? "",
    role: flat.role ?? "",
    union: flat.union ?? "",
    status: flat.status ?? "",
    sort: flat.sort,
    dir: flat.dir,
    page: flat.page ?? 1,
    pageSize: flat.pageSize ?? 100,
  });
}
