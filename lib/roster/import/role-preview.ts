import type { ImportContext, RoleSuggestion } from "./context";
import type { RowValues } from "./row-values";

/** The department and role a row's roster entry will get, as `resolveRole` decides them. */
export type PreviewRole = {
  roleId: string | null;
  roleName: string;
  departmentId: string | null;
  departmentName: string;
  /** True when the typed role is a catalogue role or one of its synonyms. */
  canonical: boolean;
  sortKey: number;
  /** For a free-text role: catalogue roles it may have meant, best first (the UI offers them). */
  suggestions: RoleSuggestion[];
};

const SUGGESTIONS = 3;

/**
 * Resolves the typed role through the catalogue (preferring the typed department; the
 * department comes from the role when none is typed) and explains what the user may not
 * expect: an unknown role (kept as free text, with the closest catalogue role offered) and
 * an unknown department. A catalogue role stays in the department the sheet names.
 */
export function previewRole(values: Pick<RowValues, "department" | "role">, ctx: Pick<ImportContext, "resolveRole" | "findDepartment" | "suggestRoles">): { role: PreviewRole; warnings: string[] } {
  const resolved = ctx.resolveRole({ department: values.department || null, role: values.role });
  const typedDepartment = values.department ? ctx.findDepartment(values.department) : null;
  const suggestions = values.role && !resolved.canonical ? [...ctx.suggestRoles(values.role, SUGGESTIONS)] : [];
  const warnings: string[] = [];
  if (values.department && !typedDepartment) {
    warnings.push(
      resolved.canonical
        ? `Unknown department "${values.department}" — filed under ${resolved.department}, the department of ${resolved.role}.`
        : `Unknown department "${values.department}" — kept as typed.`,
    );
  }
  if (values.role && !resolved.canonical) {
    warnings.push(suggestions[0] ? `Unknown role "${values.role}" — did you mean "${suggestions[0].name}"?` : `Unknown role "${values.role}" — kept as typed.`);
  }
  return {
    role: {
      roleId: resolved.roleId,
      roleName: resolved.role,
      departmentId: resolved.departmentId,
      departmentName: resolved.department,
      canonical: resolved.canonical,
      sortKey: resolved.sortKey,
      suggestions,
    },
    warnings,
  };
}
