import { findDepartment, findRole, getDepartment, ROLES, type CatalogRole, type Department } from "./catalog";
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
/** A catalogue role filed under another department sorts after that department's own roles, in catalogue order. */
const FOREIGN_ROLE = 5_000;
const rolePosition = new Map(ROLES.map((r, i) => [r.id, i]));

export function sortKeyFor(department: Department | null | undefined, role: CatalogRole | null | undefined): number {
  const d = department ? department.order : FREE_DEPARTMENT;
  const foreign = Boolean(role && department && role.departmentId !== department.id);
  const r = !role ? FREE_ROLE : foreign ? Math.min(FOREIGN_ROLE + (rolePosition.get(role.id) ?? 0), FREE_ROLE - 1) : Math.min(role.order, FOREIGN_ROLE - 1);
  return d * DEPARTMENT_STRIDE + r;
}

/**
 * Maps typed text to the catalogue: "DoP" → Camera / Director of Photography. A role keeps
 * its own department unless a catalogue department is typed: crew lists file a "Drone Op"
 * under Camera and a colorist under Editorial, and the entry stays where the sheet put it
 * (still the catalogue's role, sorted after that department's own roles). An unknown or
 * misspelled department ("Camra", "Puppetry") gives way to the role's own.
 */
export function resolveRole(input: { department?: string | null; role: string }): ResolvedRole {
  const typedRole = normalizeName(input.role);
  const typedDepartment = normalizeName(input.department ?? "");
  const department = typedDepartment ? findDepartment(typedDepartment) : null;
  const role = typedRole ? findRole(typedRole, department?.id) : null;
  if (role) {
    const filed = department ?? getDepartment(role.departmentId) ?? null;
    return {
      departmentId: filed?.id ?? role.departmentId,
      department: filed?.name ?? typedDepartment,
      roleId: role.id,
      role: role.name,
      sortKey: sortKeyFor(filed, role),
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
 * An entry moved to another department keeps its role's wording. In a catalogue department a
 * catalogue role stays canonical, filed there (the rule of `resolveRole`); in an unknown one
 * it becomes free text.
 */
export function moveToDepartment(entry: { role: string }, department: string): ResolvedRole {
  const typed = normalizeName(department);
  const target = findDepartment(typed);
  const role = target ? findRole(entry.role, target.id) : null;
  return {
    departmentId: target?.id ?? null,
    department: target?.name ?? (typed || "Other"),
    roleId: role?.id ?? null,
    role: role ? role.name : normalizeName(entry.role),
    sortKey: sortKeyFor(target, role),
    canonical: Boolean(role),
  };
}
