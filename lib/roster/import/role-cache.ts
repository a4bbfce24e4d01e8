import type { ImportContext } from "./context";
import { previewRole, type PreviewRole } from "./role-preview";
import type { RowValues } from "./row-values";

type Cached = { role: PreviewRole; warnings: string[] };
const caches = new WeakMap<object, Map<string, Cached>>();

/**
 * `previewRole` remembered per (department, role) text for as long as `ctx` lives: a roster
 * repeats a few hundred pairs over thousands of rows, and the catalogue's fuzzy suggestions
 * cost milliseconds each. Reusing one context object across `buildPreview` calls (edits)
 * reuses the cache. Invariant: every call returns fresh objects, so callers may mutate them.
 */
export function rolePreviewer(ctx: Pick<ImportContext, "resolveRole" | "findDepartment" | "suggestRoles">) {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  const known = cache;
  return (values: Pick<RowValues, "department" | "role">): Cached => {
    const key = `${values.department}\u0000${values.role}`;
    let hit = known.get(key);
    if (!hit) {
      hit = previewRole(values, ctx);
      known.set(key, hit);
    }
    return { role: { ...hit.role, suggestions: [...hit.role.suggestions] }, warnings: [...hit.warnings] };
  };
}
