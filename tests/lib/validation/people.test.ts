import { describe, expect, it } from "vitest";
import { GUILDS } from "@/lib/people/guilds";
import { fieldErrorsOf } from "@/lib/validation/common";
import { addToRosterSchema, bulkSchema, personSchema, rosterEntrySchema } from "@/lib/validation/people";

/** The messages for one field when `fields` are parsed (undefined when the parse succeeds). */
function errorsFor(fields: Record<string, unknown>, field: string): string[] | undefined {
  const r = personSchema.safeParse({ creditedName: "Maya Okafor", ...fields });
  if (r.success) return undefined;
  return fieldErrorsOf(r.error)[field];
}
const parsed = (fields: Record<string, unknown>) => personSchema.parse({ creditedName: "Maya Okafor", ...fields });

describe("personSchema", () => {
  it("parses a minimal form to nulls, no unions and family name last", () => {
    expect(personSchema.parse({ creditedName: "Maya Okafor" })).toEqual({
      creditedName: "Maya Okafor",
      sortName: null,
      familyNameFirst: false,
      legalName: null,
      pronouns: null,
      email: null,
      phone: null,
      unions: [],
      notes: null,
    });
  });

  it("trims and NFC-normalizes the credited name, keeping its wording", () => {
    expect(parsed({ creditedName: "  Jose\u0301 García  " }).creditedName).toBe("Jos\u00e9 García");
    expect(parsed({ creditedName: "bell hooks" }).creditedName).toBe("bell hooks");
  });

  it("requires a credited name", () => {
    expect(errorsFor({ creditedName: undefined }, "creditedName")).toEqual(["Credited name is required."]);
    expect(errorsFor({ creditedName: "   " }, "creditedName")).toEqual(["Credited name is required."]);
  });

  it("allows 200 characters of credited name, not 201", () => {
    expect(parsed({ creditedName: "a".repeat(200) }).creditedName).toHaveLength(200);
    expect(errorsFor({ creditedName: "a".repeat(201) }, "creditedName")).toEqual(["Credited name must be at most 200 characters."]);
  });

  it("turns an empty or blank email into null", () => {
    expect(parsed({ email: "" }).email).toBeNull();
    expect(parsed({ email: "   " }).email).toBeNull();
    expect(parsed({}).email).toBeNull();
  });

  it("trims and lower-cases the email", () => {
    expect(parsed({ email: "  Maya.Okafor@Harbor.FILM " }).email).toBe("maya.okafor@harbor.film");
  });

  it("refuses an invalid email with a message that says it may be left empty", () => {
    expect(errorsFor({ email: "maya at harbor" }, "email")).toEqual(["Enter a valid email address, or leave it empty."]);
    expect(errorsFor({ email: "maya@" }, "email")).toEqual(["Enter a valid email address, or leave it empty."]);
  });

  it("takes unions from a single string (one select value)", () => {
    expect(parsed({ unions: "DGA" }).unions).toEqual(["DGA"]);
    expect(parsed({ unions: "" }).unions).toEqual([]);
  });

  it("takes unions from an array and removes duplicates, keeping the first order", () => {
    expect(parsed({ unions: ["IATSE", "DGA", "IATSE", "DGA"] }).unions).toEqual(["IATSE", "DGA"]);
    expect(parsed({ unions: [...GUILDS] }).unions).toEqual([...GUILDS]);
  });

  it("refuses a union that is not in the list", () => {
    expect(errorsFor({ unions: "Teamsters" }, "unions")).toEqual(["Choose unions from the list."]);
    expect(errorsFor({ unions: ["DGA", "dga"] }, "unions")).toEqual(["Choose unions from the list."]);
  });

  it("reads familyNameFirst from a checkbox, a boolean or nothing", () => {
    expect(parsed({ familyNameFirst: "on" }).familyNameFirst).toBe(true);
    expect(parsed({ familyNameFirst: true }).familyNameFirst).toBe(true);
    expect(parsed({ familyNameFirst: "true" }).familyNameFirst).toBe(true);
    expect(parsed({ familyNameFirst: false }).familyNameFirst).toBe(false);
    expect(parsed({ familyNameFirst: "false" }).familyNameFirst).toBe(false);
    expect(parsed({ familyNameFirst: "" }).familyNameFirst).toBe(false);
    expect(parsed({ familyNameFirst: undefined }).familyNameFirst).toBe(false);
  });

  it("refuses other familyNameFirst values", () => {
    expect(personSchema.safeParse({ creditedName: "Bong Joon-ho", familyNameFirst: "yes" }).success).toBe(false);
  });

  it("refuses 10,000 characters of notes and accepts 2,000", () => {
    expect(errorsFor({ notes: "n".repeat(10_000) }, "notes")).toEqual(["Notes must be at most 2000 characters."]);
    expect(parsed({ notes: "n".repeat(2000) }).notes).toHaveLength(2000);
  });

  it("turns blank optional text into null and trims the rest", () => {
    expect(parsed({ pronouns: "  she/her ", phone: " ", legalName: "", sortName: " Okafor, Maya " })).toMatchObject({
      pronouns: "she/her",
      phone: null,
      legalName: null,
      sortName: "Okafor, Maya",
    });
  });

  it("limits pronouns and phone", () => {
    expect(errorsFor({ pronouns: "p".repeat(61) }, "pronouns")).toEqual(["Pronouns must be at most 60 characters."]);
    expect(errorsFor({ phone: "1".repeat(41) }, "phone")).toEqual(["Phone must be at most 40 characters."]);
  });
});

describe("rosterEntrySchema", () => {
  it("requires a role and allows an empty department", () => {
    expect(rosterEntrySchema.parse({ role: " DP " })).toEqual({ department: "", role: "DP" });
    expect(fieldErrorsOf(rosterEntrySchema.safeParse({ department: "Camera", role: " " }).error!).role).toEqual(["Role is required."]);
  });
});

describe("addToRosterSchema", () => {
  it("reads an existing person", () => {
    expect(addToRosterSchema.parse({ mode: "existing", personId: "abc_123", role: "Gaffer" })).toEqual({ mode: "existing", personId: "abc_123", department: "", role: "Gaffer" });
  });

  it("reads a new person with the person's fields and confirmNew", () => {
    const r = addToRosterSchema.parse({ mode: "new", creditedName: " Maya Okafor ", email: "MAYA@X.TEST", role: "Director", confirmNew: "on" });
    expect(r).toMatchObject({ mode: "new", creditedName: "Maya Okafor", email: "maya@x.test", role: "Director", department: "", confirmNew: true });
  });

  it("refuses an unknown mode and a bad person id", () => {
    expect(addToRosterSchema.safeParse({ mode: "other", role: "Gaffer" }).success).toBe(false);
    expect(addToRosterSchema.safeParse({ mode: "existing", personId: "../etc", role: "Gaffer" }).success).toBe(false);
  });
});

describe("bulkSchema", () => {
  it("accepts one to 5000 ids", () => {
    expect(bulkSchema.parse({ entryIds: ["a"] })).toEqual({ entryIds: ["a"] });
    const many = Array.from({ length: 5000 }, (_, i) => `id-${i}`);
    expect(bulkSchema.parse({ entryIds: many }).entryIds).toHaveLength(5000);
  });

  it("refuses an empty selection with a message", () => {
    expect(fieldErrorsOf(bulkSchema.safeParse({ entryIds: [] }).error!).entryIds).toEqual(["Select at least one roster entry."]);
  });

  it("refuses more than 5000 ids", () => {
    expect(bulkSchema.safeParse({ entryIds: Array.from({ length: 5001 }, (_, i) => `id-${i}`) }).success).toBe(false);
  });

  it("refuses a malformed id", () => {
    const r = bulkSchema.safeParse({ entryIds: ["good-id", "bad id!"] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Unknown id.");
    expect(bulkSchema.safeParse({ entryIds: ["x".repeat(65)] }).success).toBe(false);
    expect(bulkSchema.safeParse({ entryIds: "abc" }).success).toBe(false);
  });
});
