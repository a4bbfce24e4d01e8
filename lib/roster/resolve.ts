import { findDepartment, findRole, getDepartment, type CatalogRole, type Department } from "./catalog";
import { normalizeName } from "@/lib/people/names";

/**
 * What a roster entry stores about its department and role: display names, the catalogue
 * ids when they are canonical, and a sort key in end-crawl order (departments in catalogue
 * order, roles in catalogue order within them, free-text roles after the canonical ones and
 * free-text departments after every catalogue department).
 */
export type ResolvedRole = {
  departmentId: string | null;
  department: string;
  roleId: string | null;
  role: string;
  sortKey: number;
  /** True when the typed role matched a canonical role or one of its synonyms. */
  canonical: boolean;
};

const DEPARTMENT_STRIDE = 10_000;
const FREE_ROLE = DEPARTMENT_STRIDE - 1;
const FREE_DEPARTMENT = 999;

export function sortKeyFor(department: Department | null | undefined, role: CatalogRole | null | undefined): number {
  const d = department ? department.order : FREE_DEPARTMENT;
  const r = role ? Math.min(role.order, FREE_ROLE - 1) : FREE_ROLE;
  return d * DEPARTMENT_STRIDE + r;
}

/**
 * Maps typed text to the catalogue: "DoP" → Camera / Director of Photography. A typed
 * department wins over the role's own department only when it is a known one and the role
 * is free text; a canonical role always files under its own department.
 */
export function resolveRole(input: { department?: string | null; role: string }): ResolvedRole {
  const typedRole = normalizeName(input.role);
  const typedDepartment = normalizeName(input.department ?? "");
  const department = typedDepartment ? findDepartment(typedDepartment) : null;
  const role = typedRole ? findRole(typedRole, department?.id) : null;
  if (role) {
    const own = getDepartment(role.departmentId) ?? null;
    return {
      departmentId: role.departmentId,
      department: own?.name ?? typedDepartment,
      roleId: role.id,
      role: role.name,
      sortKey: sortKeyFor(own, role),
      canonical: true,
    };
  }
  return {
    departmentId: department?.id ?? null,
    department: department?.name ?? (typedDepartment || "Other"),
    roleId: null,
    role: typedRole,
    sortKey: sortKeyFor(department, null),
    canonical: false,
  };
}

/**
 * An entry moved to another department keeps its role's wording. It stays canonical only when
 * the catalogue has that role in the new department; otherwise it becomes free text there.
 */
export function moveToDepartment(entry: { role: string }, department: string): ResolvedRole {
  const typed = normalizeName(department);
  const target = findDepartment(typed);
  const role = findRole(entry.role, target?.id);
  const canonical = Boolean(role && target && role.departmentId === target.id);
  return {
    departmentId: target?.id ?? null,
    department: target?.name ?? (typed || "Other"),
    roleId: canonical ? role!.id : null,
    role: canonical ? role!.name : normalizeName(entry.role),
    sortKey: sortKeyFor(target, canonical ? role : null),
    canonical,
  };
}
