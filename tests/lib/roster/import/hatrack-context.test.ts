import { describe, expect, it } from "vitest";
import { hatrackImportContext } from "@/lib/roster/import/hatrack-context";
import { guessMapping } from "@/lib/roster/import/mapping";
import { parseRosterFile } from "@/lib/roster/import/parse";
import { isImportError } from "@/lib/roster/import/types";
import { buildPreview } from "@/lib/roster/import/validate";
import { contextAfterCommit, fixture } from "./fake-context";

describe("hatrackImportContext", () => {
  const ctx = hatrackImportContext({ people: [], entries: [] });
  const preview = (rows: string[][]) => buildPreview({ headers: ["Name", "Department", "Role"], rows }, { Name: "creditedName", Department: "department", Role: "role" }, ctx);

  it("resolves roles with the real catalogue", () => {
    const [row] = preview([["Maya Okafor", "", "DP"]]).rows;
    expect(row!.role).toMatchObject({ roleName: "Director of Photography", departmentName: "Camera", canonical: true });
    expect(row!.warnings).toEqual([]);
  });

  it("suggests the catalogue role for a misspelling", () => {
    const [row] = preview([["Maya Okafor", "Camera", "Direktor of Fotography"]]).rows;
    expect(row!.warnings).toEqual(['Unknown role "Direktor of Fotography" — did you mean "Director of Photography"?']);
  });

  it("matches people with the real name keys (accents and case ignored)", () => {
    const withMaya = hatrackImportContext({ people: [{ id: "p1", creditedName: "José García", email: null }], entries: [] });
    const { rows } = buildPreview({ headers: ["Name", "Role"], rows: [["jose  GARCIA", "Gaffer"]] }, { Name: "creditedName", Role: "role" }, withMaya);
    expect(rows[0]!.person).toEqual({ match: "existing", personId: "p1", reason: "name" });
  });

  it("adds nothing on a second import of the same file", async () => {
    const table = await parseRosterFile("duplicates.csv", fixture("duplicates.csv"));
    if (isImportError(table)) throw new Error(table.error);
    const mapping = guessMapping(table.headers);
    const first = buildPreview(table, mapping, ctx);
    expect(first.summary.entriesToAdd).toBe(5);
    const second = buildPreview(table, mapping, contextAfterCommit(first, ctx));
    expect(second.summary).toMatchObject({ entriesToAdd: 0, newPeople: 0 });
  });
});
