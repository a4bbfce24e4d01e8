/**
 * Team roles and what each may do. Pure: used by the data layer (the real check)
 * and by the UI (to hide what a role cannot do).
 * Invariant: every permission an Editor has, an Owner has; a Viewer only reads.
 */
export const TEAM_ROLES = ["owner", "editor", "viewer"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const ROLE_LABELS: Record<TeamRole, string> = {
  owner: "Owner",
  editor: "Editor",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<TeamRole, string> = {
  owner: "Manages members, invitations and every project.",
  editor: "Creates and edits projects, rosters and credits.",
  viewer: "Reads everything, changes nothing.",
};

export type Permission =
  | "project:read"
  | "project:write"
  | "project:delete"
  | "team:read"
  | "team:rename"
  | "team:manage-members"
  /** Change how the credit engine judges work (a project's thresholds). */
  | "credits:configure"
  /** See crew contact details: email, phone, legal name and notes. Viewers see names and roles only. */
  | "people:contacts";

const GRANTS: Record<TeamRole, readonly Permission[]> = {
  viewer: ["project:read", "team:read"],
  editor: ["project:read", "team:read", "project:write", "project:delete", "people:contacts"],
  owner: ["project:read", "team:read", "project:write", "project:delete", "team:rename", "team:manage-members", "credits:configure", "people:contacts"],
};

export function can(role: TeamRole | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return GRANTS[role].includes(permission);
}

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === "string" && (TEAM_ROLES as readonly string[]).includes(value);
}

/**
 * Would this change leave the team without an Owner?
 * `owners` is the current number of Owners; `targetIsOwner` whether the member being
 * demoted, removed or leaving is one of them.
 */
export function removesLastOwner(owners: number, targetIsOwner: boolean, newRole: TeamRole | null): boolean {
  if (!targetIsOwner) return false;
  if (newRole === "owner") return false;
  return owners <= 1;
}
