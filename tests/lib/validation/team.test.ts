import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/common";
import { inviteSchema, memberRoleSchema, roleSchema, teamNameSchema } from "@/lib/validation/team";

describe("teamNameSchema", () => {
  it("trims and NFC-normalizes the name", () => {
    expect(teamNameSchema.parse({ name: "  Lighthouse Pictures " })).toEqual({ name: "Lighthouse Pictures" });
    expect(teamNameSchema.parse({ name: "Cine\u0301" }).name).toBe("Cin\u00e9");
  });

  it("refuses a blank name", () => {
    expect(fieldErrorsOf(teamNameSchema.safeParse({ name: "   " }).error!)).toEqual({ name: ["Team name is required."] });
    expect(fieldErrorsOf(teamNameSchema.safeParse({}).error!)).toEqual({ name: ["Team name is required."] });
  });

  it("refuses more than 120 characters", () => {
    expect(teamNameSchema.safeParse({ name: "t".repeat(120) }).success).toBe(true);
    expect(fieldErrorsOf(teamNameSchema.safeParse({ name: "t".repeat(121) }).error!)).toEqual({
      name: ["Team name must be at most 120 characters."],
    });
  });
});

describe("roleSchema", () => {
  it("accepts the three roles only", () => {
    for (const role of ["owner", "editor", "viewer"]) expect(roleSchema.parse(role)).toBe(role);
    expect(roleSchema.safeParse("admin").error?.issues[0]?.message).toBe("Choose Owner, Editor or Viewer.");
    expect(roleSchema.safeParse("Owner").success).toBe(false);
  });
});

describe("inviteSchema", () => {
  it("accepts a role and refuses an unknown one with the human message", () => {
    expect(inviteSchema.parse({ role: "editor" })).toEqual({ role: "editor", email: "" });
    expect(fieldErrorsOf(inviteSchema.safeParse({ role: "superuser" }).error!)).toEqual({ role: ["Choose Owner, Editor or Viewer."] });
    expect(inviteSchema.safeParse({}).success).toBe(false);
  });

  it("takes an optional email to send the invitation to, lower-cased, and refuses one that isn't an address", () => {
    expect(inviteSchema.parse({ role: "viewer", email: "  Financier@Example.TEST " })).toEqual({ role: "viewer", email: "financier@example.test" });
    expect(inviteSchema.parse({ role: "viewer", email: "" })).toEqual({ role: "viewer", email: "" });
    expect(fieldErrorsOf(inviteSchema.safeParse({ role: "viewer", email: "financier" }).error!)).toEqual({ email: ["Enter an email address, or leave it empty for a link only."] });
  });
});

describe("memberRoleSchema", () => {
  it("accepts a user id and a role", () => {
    expect(memberRoleSchema.parse({ userId: "0b6e2e8c-5c55-4d0e-9a52-3b1f7c1c2d4e", role: "viewer" })).toEqual({
      userId: "0b6e2e8c-5c55-4d0e-9a52-3b1f7c1c2d4e",
      role: "viewer",
    });
  });

  it("refuses a malformed user id and an unknown role", () => {
    const errors = fieldErrorsOf(memberRoleSchema.safeParse({ userId: "x y", role: "god" }).error!);
    expect(errors.userId).toEqual(["Unknown id."]);
    expect(errors.role).toEqual(["Choose Owner, Editor or Viewer."]);
  });
});
