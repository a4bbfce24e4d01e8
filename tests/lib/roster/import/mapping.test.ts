import { describe, expect, it } from "vitest";
import { guessMapping, headerKey, validateMapping } from "@/lib/roster/import/mapping";
import { EXPORT_HEADER } from "@/lib/roster/export-rows";

describe("headerKey", () => {
  it("ignores case, accents, spaces, punctuation and bracketed text", () => {
    expect(headerKey("Dept.")).toBe("dept");
    expect(headerKey("E-mail (work)")).toBe("email");
    expect(headerKey("  JOB   title ")).toBe("jobtitle");
    expect(headerKey("Rôle [required]")).toBe("role");
  });

  it("keeps letters of any script", () => {
    expect(headerKey("Имя")).toBe("имя");
  });
});

describe("guessMapping", () => {
  it.each([
    ["Name", "creditedName"],
    ["Full name", "creditedName"],
    ["Credited name", "creditedName"],
    ["Credit name", "creditedName"],
    ["Screen credit", "creditedName"],
    ["Crew member", "creditedName"],
    ["First name", "firstName"],
    ["Surname", "lastName"],
    ["Dept", "department"],
    ["Dept.", "department"],
    ["DEPARTMENT", "department"],
    ["Position", "role"],
    ["Title", "role"],
    ["Role", "role"],
    ["Job", "role"],
    ["Job title", "role"],
    ["Credit", "role"],
    ["Email", "email"],
    ["E-mail", "email"],
    ["Email address", "email"],
    ["Phone", "phone"],
    ["Mobile", "phone"],
    ["Cell", "phone"],
    ["Tel", "phone"],
    ["Pronouns", "pronouns"],
    ["Legal name", "legalName"],
    ["Union", "unions"],
    ["Guild", "unions"],
    ["Unions", "unions"],
    ["Notes", "notes"],
    ["Comments", "notes"],
  ])("%s → %s", (header, field) => {
    expect(guessMapping([header])).toEqual({ [header]: field });
  });

  it("leaves unknown headers unmapped", () => {
    expect(guessMapping(["Shirt size", "Column 5"])).toEqual({ "Shirt size": null, "Column 5": null });
  });

  it("maps each field once: the leftmost column wins", () => {
    expect(guessMapping(["Email", "E-mail (2)", "Name", "Full name"])).toEqual({ Email: "email", "E-mail (2)": null, Name: "creditedName", "Full name": null });
  });

  it("maps first and last name columns", () => {
    expect(guessMapping(["First name", "Last name", "Job title", "E-mail"])).toEqual({
      "First name": "firstName",
      "Last name": "lastName",
      "Job title": "role",
      "E-mail": "email",
    });
  });

  it("maps every imported column of a Hatrack export back", () => {
    const mapping = guessMapping(EXPORT_HEADER);
    expect(mapping).toEqual({
      "Credited name": "creditedName",
      "Sort name": null,
      Department: "department",
      Role: "role",
      Email: "email",
      Phone: "phone",
      Pronouns: "pronouns",
      Unions: "unions",
      "Legal name": "legalName",
      Notes: "notes",
      "Name check": null,
    });
  });
});

describe("validateMapping", () => {
  it("accepts a name and a role", () => {
    expect(validateMapping({ Name: "creditedName", Position: "role", Shoe: null })).toEqual([]);
  });

  it("accepts first/last names instead of a credited name", () => {
    expect(validateMapping({ First: "firstName", Job: "role" })).toEqual([]);
    expect(validateMapping({ Last: "lastName", Job: "role" })).toEqual([]);
  });

  it("asks for a name column", () => {
    expect(validateMapping({ Email: "email", Position: "role" })).toEqual(["Choose the column with each person's name (or their first and last names)."]);
  });

  it("asks for a role column", () => {
    expect(validateMapping({ Name: "creditedName" })).toEqual(['Choose the column with each person\'s role (for example "Position" or "Job title").']);
  });

  it("refuses a field chosen for two columns, naming them", () => {
    expect(validateMapping({ Name: "creditedName", Position: "role", Email: "email", "Work email": "email" })).toEqual([
      'Email is chosen for 2 columns ("Email", "Work email"). Choose it for one column only.',
    ]);
  });

  it("lists every problem of an empty mapping", () => {
    expect(validateMapping({})).toHaveLength(2);
  });
});
