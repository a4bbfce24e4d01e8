import { describe, expect, it } from "vitest";
import { PASTE_MAX_LINES, pastedRoster } from "@/lib/roster/paste";

const ok = (text: string) => {
  const r = pastedRoster(text);
  if ("error" in r) throw new Error(r.error);
  return r;
};

describe("pastedRoster", () => {
  it("reads lines pasted from a spreadsheet: name, role, department, character, with the email wherever it is", () => {
    const r = ok("Rosa Delgado\tLead\tCast\tIda Marsh\trosa@example.test\nTomas Ruiz\tDP\n\nAna Silva\tana@example.test\tEditor\n");
    expect(r.header).toBe(false);
    expect(r.table.headers).toEqual(["Name", "Role", "Department", "Character", "Email"]);
    expect(r.table.rows).toEqual([
      ["Rosa Delgado", "Lead", "Cast", "Ida Marsh", "rosa@example.test"],
      ["Tomas Ruiz", "DP", "", "", ""],
      ["Ana Silva", "Editor", "", "", "ana@example.test"],
    ]);
    expect(r.table.rowNumbers).toEqual([1, 2, 4]);
    expect(r.mapping).toMatchObject({ Name: "creditedName", Role: "role", Email: "email", Character: "character" });
  });

  it("reads typed lines with commas, and semicolons when there are no commas", () => {
    expect(ok("Rosa Delgado, Producer\nRosa Delgado, Writer").table.rows).toEqual([
      ["Rosa Delgado", "Producer", "", "", ""],
      ["Rosa Delgado", "Writer", "", "", ""],
    ]);
    expect(ok("Rosa Delgado; Producer").table.rows[0]!.slice(0, 2)).toEqual(["Rosa Delgado", "Producer"]);
  });

  it("takes a first line of column names as the header", () => {
    const r = ok("Position,Name,E-mail\nGaffer,Kofi Mensah,kofi@example.test");
    expect(r.header).toBe(true);
    expect(r.mapping).toEqual({ Position: "role", Name: "creditedName", "E-mail": "email" });
    expect(r.table.rows).toEqual([["Gaffer", "Kofi Mensah", "kofi@example.test"]]);
    expect(r.table.rowNumbers).toEqual([2]);
  });

  it("refuses an empty paste, too many lines and a line too long, with a message", () => {
    expect(pastedRoster(" \n\n")).toEqual({ error: "Paste or type at least one line: a name and a role." });
    expect(pastedRoster(Array.from({ length: PASTE_MAX_LINES + 1 }, (_, i) => `P${i}, Grip`).join("\n"))).toMatchObject({ error: expect.stringContaining("At most 200 lines") });
    expect(pastedRoster(`A, ${"x".repeat(2_001)}`)).toMatchObject({ error: expect.stringContaining("Line 1 is longer") });
  });
});
