import type { ImportContext } from "./context";
import { previewRole, type PreviewRole } from "./role-preview";
import type { RowValues } from "./row-values";

type Cached = { role: PreviewRole; warnings: string[] };
const caches = new WeakMap<object, Map<string, Cached>>();

/**
 * Distinct (department, role) pairs whose unknown roles get "did you mean" suggestions in one
 * context: a suggestion is a fuzzy search of the whole catalogue (about 1.5 ms), and a file of
 * 20,000 different free-text roles took half a minute. A roster repeats a few hundred pairs;
 * unknown roles past the first 500 pairs are reported as kept as typed, without a suggestion.
 */
export const MAX_SUGGESTED_ROLES = 500;
const noSuggestions = () => [];

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
  const withoutSuggestions = { ...ctx, suggestRoles: noSuggestions };
  return (values: Pick<RowValues, "department" | "role">): Cached => {
    const key = `${values.department}\u0000${values.role}`;
    let hit = known.get(key);
    if (!hit) {
      hit = previewRole(values, known.size < MAX_SUGGESTED_ROLES ? ctx : withoutSuggestions);
      known.set(key, hit);
    }
    return { role: { ...hit.role, suggestions: [...hit.role.suggestions] }, warnings: [...hit.warnings] };
  };
}
