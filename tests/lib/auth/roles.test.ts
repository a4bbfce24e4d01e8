import { describe, expect, it } from "vitest";
import { can, isTeamRole, removesLastOwner, TEAM_ROLES, type Permission, type TeamRole } from "@/lib/auth/roles";

const PERMISSIONS: Permission[] = ["project:read", "project:write", "project:delete", "team:read", "team:rename", "team:manage-members", "credits:configure", "people:contacts"];

const EXPECTED: Record<TeamRole, Record<Permission, boolean>> = {
  viewer: {
    "project:read": true,
    "project:write": false,
    "project:delete": false,
    "team:read": true,
    "team:rename": false,
    "team:manage-members": false,
    "credits:configure": false,
    "people:contacts": false,
  },
  editor: {
    "project:read": true,
    "project:write": true,
    "project:delete": true,
    "team:read": true,
    "team:rename": false,
    "team:manage-members": false,
    "credits:configure": false,
    "people:contacts": true,
  },
  owner: {
    "project:read": true,
    "project:write": true,
    "project:delete": true,
    "team:read": true,
    "team:rename": true,
    "team:manage-members": true,
    "credits:configure": true,
    "people:contacts": true,
  },
};

describe("can", () => {
  const cases = TEAM_ROLES.flatMap((role) => PERMISSIONS.map((permission) => [role, permission, EXPECTED[role][permission]] as const));

  it.each(cases)("%s → %s is %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it.each(PERMISSIONS)("no role (null or undefined) grants nothing: %s", (permission) => {
    expect(can(null, permission)).toBe(false);
    expect(can(undefined, permission)).toBe(false);
  });

  it("gives an owner every permission an editor has, and an editor every permission a viewer has", () => {
    for (const p of PERMISSIONS) {
      if (can("editor", p)) expect(can("owner", p)).toBe(true);
      if (can("viewer", p)) expect(can("editor", p)).toBe(true);
    }
  });
});

describe("removesLastOwner", () => {
  it("is true when the only owner is demoted, removed or leaves", () => {
    expect(removesLastOwner(1, true, "editor")).toBe(true);
    expect(removesLastOwner(1, true, "viewer")).toBe(true);
    expect(removesLastOwner(1, true, null)).toBe(true);
  });

  it("is false when another owner remains", () => {
    expect(removesLastOwner(2, true, "editor")).toBe(false);
    expect(removesLastOwner(2, true, null)).toBe(false);
  });

  it("is false when the target is not an owner", () => {
    expect(removesLastOwner(1, false, null)).toBe(false);
    expect(removesLastOwner(1, false, "viewer")).toBe(false);
  });

  it("is false when the owner stays an owner", () => {
    expect(removesLastOwner(1, true, "owner")).toBe(false);
  });

  it("is true for an owner when the count is somehow zero", () => {
    expect(removesLastOwner(0, true, null)).toBe(true);
  });
});

describe("isTeamRole", () => {
  it.each(["owner", "editor", "viewer"])("accepts %s", (role) => {
    expect(isTeamRole(role)).toBe(true);
  });

  it.each([["Owner"], ["admin"], [""], [" owner"], [null], [undefined], [1], [{}]])("refuses %j", (value) => {
    expect(isTeamRole(value)).toBe(false);
  });
});
