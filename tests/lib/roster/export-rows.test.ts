import { describe, expect, it } from "vitest";
import { EXPORT_HEADER, rosterExportRows, type ExportEntry } from "@/lib/roster/export-rows";

const entry = (fields: Partial<ExportEntry> = {}): ExportEntry => ({
  creditedName: "Maya Okafor",
  sortName: "Okafor, Maya",
  department: "Camera",
  role: "Director of Photography",
  email: "maya@example.com",
  phone: "+1 415 555 0100",
  pronouns: "she/her",
  unions: ["IATSE", "SAG-AFTRA"],
  legalName: "Maya A. Okafor",
  notes: "Prefers DP",
  confirmed: "Confirmed",
  ...fields,
});

describe("rosterExportRows", () => {
  it("writes the header then one row per entry in the given order", () => {
    const rows = rosterExportRows([entry(), entry({ creditedName: "Sam Reed", sortName: "Reed, Sam" })]);
    expect(rows[0]).toEqual(EXPORT_HEADER);
    expect(rows[1]).toEqual(["Maya Okafor", "Okafor, Maya", "Camera", "Director of Photography", "maya@example.com", "+1 415 555 0100", "she/her", "IATSE, SAG-AFTRA", "Maya A. Okafor", "Prefers DP", "Confirmed"]);
    expect(rows[2]![0]).toBe("Sam Reed");
  });

  it("leaves the contact columns out of a Viewer's export", () => {
    const rows = rosterExportRows([entry()], { contacts: false });
    expect(rows[0]).toEqual(["Credited name", "Sort name", "Department", "Role", "Pronouns", "Unions", "Name check"]);
    expect(rows[1]).toEqual(["Maya Okafor", "Okafor, Maya", "Camera", "Director of Photography", "she/her", "IATSE, SAG-AFTRA", "Confirmed"]);
  });

  it("writes missing values as empty cells", () => {
    const [, row] = rosterExportRows([entry({ email: null, phone: null, pronouns: null, legalName: null, notes: null, unions: [] })]);
    expect(row).toEqual(["Maya Okafor", "Okafor, Maya", "Camera", "Director of Photography", "", "", "", "", "", "", "Confirmed"]);
  });

  it("is the header alone for an empty roster", () => {
    expect(rosterExportRows([])).toEqual([EXPORT_HEADER]);
  });

  it("gives every row as many cells as the header", () => {
    expect(rosterExportRows([entry()]).every((r) => r.length === EXPORT_HEADER.length)).toBe(true);
  });
});
