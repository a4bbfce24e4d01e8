/**
 * Test doubles for what the import takes from the rest of Hatrack: a small crew catalogue
 * with `resolveRole` following lib/roster/resolve.ts (a canonical role files under its own
 * department; a free-text role under the typed department, or "Other"), and name keys
 * like lib/people/names.ts. Also reads the fixture corpus.
 */
import { readFileSync } from "node:fs";
import { distance } from "fastest-levenshtein";
import type { ExistingEntry, ExistingPerson, ImportContext, ResolvedRole } from "@/lib/roster/import/context";
import type { Preview } from "@/lib/roster/import/validate";
import { commitPlan } from "@/lib/roster/import/plan";

type Dept = { id: string; name: string; order: number; synonyms: string[] };
type Role = { id: string; departmentId: string; name: string; order: number; synonyms: string[] };

export const DEPARTMENTS: Dept[] = [
  { id: "directing", name: "Directing", order: 1, synonyms: [] },
  { id: "production", name: "Production", order: 2, synonyms: [] },
  { id: "camera", name: "Camera", order: 3, synonyms: [] },
  { id: "electric", name: "Electric", order: 4, synonyms: ["Lighting", "G&E"] },
  { id: "art", name: "Art", order: 5, synonyms: ["Art Department"] },
  { id: "sound", name: "Sound", order: 6, synonyms: [] },
  { id: "editorial", name: "Editorial", order: 7, synonyms: ["Post"] },
];

export const ROLES: Role[] = [
  { id: "director", departmentId: "directing", name: "Director", order: 1, synonyms: [] },
  { id: "prod-coordinator", departmentId: "production", name: "Production Coordinator", order: 5, synonyms: ["Coordinator"] },
  { id: "dp", departmentId: "camera", name: "Director of Photography", order: 1, synonyms: ["DP", "DoP", "Cinematographer"] },
  { id: "camera-operator", departmentId: "camera", name: "Camera Operator", order: 2, synonyms: ["Cam Op"] },
  { id: "gaffer", departmentId: "electric", name: "Gaffer", order: 1, synonyms: ["Chief Lighting Technician"] },
  { id: "production-designer", departmentId: "art", name: "Production Designer", order: 1, synonyms: [] },
  { id: "art-coordinator", departmentId: "art", name: "Art Department Coordinator", order: 9, synonyms: ["Coordinator"] },
  { id: "sound-mixer", departmentId: "sound", name: "Production Sound Mixer", order: 1, synonyms: ["Sound Mixer"] },
  { id: "editor", departmentId: "editorial", name: "Editor", order: 1, synonyms: ["Film Editor"] },
];

const key = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

export function findDepartment(text: string) {
  const k = key(text);
  return DEPARTMENTS.find((d) => key(d.name) === k || d.synonyms.some((s) => key(s) === k)) ?? null;
}

export function findRole(text: string, departmentId?: string) {
  const k = key(text);
  const hits = ROLES.filter((r) => key(r.name) === k || r.synonyms.some((s) => key(s) === k));
  return hits.find((r) => r.departmentId === departmentId) ?? hits[0] ?? null;
}

export function suggestRoles(text: string, limit = 5) {
  const k = key(text);
  return ROLES.map((r) => ({ r, d: distance(k, key(r.name)) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(k.length * 0.4)))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map(({ r }) => r);
}

export const normalizeName = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
export const nameMatchKey = (text: string) => key(text);
export const emailKey = (email: string | null | undefined) => (email ? email.trim().toLowerCase() || null : null);

export function resolveRole(input: { department?: string | null; role: string }): ResolvedRole {
  const typedRole = normalizeName(input.role);
  const typedDepartment = normalizeName(input.department ?? "");
  const department = typedDepartment ? findDepartment(typedDepartment) : null;
  const role = typedRole ? findRole(typedRole, department?.id) : null;
  if (role) {
    const own = DEPARTMENTS.find((d) => d.id === role.departmentId)!;
    return { departmentId: own.id, department: own.name, roleId: role.id, role: role.name, sortKey: own.order * 10_000 + role.order, canonical: true };
  }
  return {
    departmentId: department?.id ?? null,
    department: department?.name ?? (typedDepartment || "Other"),
    roleId: null,
    role: typedRole,
    sortKey: (department?.order ?? 999) * 10_000 + 9_999,
    canonical: false,
  };
}

export function fakeContext(existing: { people?: ExistingPerson[]; entries?: ExistingEntry[] } = {}): ImportContext {
  return {
    resolveRole,
    findDepartment,
    suggestRoles,
    normalizeName,
    nameMatchKey,
    emailKey,
    existingPeople: existing.people ?? [],
    existingEntries: existing.entries ?? [],
  };
}

/**
 * The context after committing `preview` the way the commit step would (people created
 * with ids "p<row>"), for testing that a second import adds nothing.
 */
export function contextAfterCommit(preview: Preview, before: ImportContext): ImportContext {
  const plan = commitPlan(preview);
  const created = plan.people.map((p) => ({ id: `p${p.rowNumber}`, creditedName: p.values.creditedName, email: p.values.email || null }));
  const entries = plan.entries.map((e) => ({
    personId: "personId" in e.person ? e.person.personId : `p${e.person.newPersonRow}`,
    department: e.role.departmentName,
    role: e.role.roleName,
  }));
  return { ...before, existingPeople: [...before.existingPeople, ...created], existingEntries: [...before.existingEntries, ...entries] };
}

/** The bytes of a file in tests/fixtures/roster. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../fixtures/roster/${name}`, import.meta.url)));
}
