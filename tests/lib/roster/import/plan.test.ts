import { describe, expect, it } from "vitest";
import { commitPlan } from "@/lib/roster/import/plan";
import { buildPreview } from "@/lib/roster/import/validate";
import { fakeContext } from "./fake-context";

describe("commitPlan", () => {
  const ctx = fakeContext({ people: [{ id: "p-sam", creditedName: "Sam Reed", email: "sam@example.com" }] });
  const preview = buildPreview(
    {
      headers: ["Name", "Role", "Email"],
      rows: [
        ["Maya Okafor", "DP", "maya@example.com"],
        ["Sam Reed", "Gaffer", ""],
        ["Maya Okafor", "Director", ""],
        ["Maya Okafor", "DP", ""],
        ["", "Editor", ""],
      ],
    },
    { Name: "creditedName", Role: "role", Email: "email" },
    ctx,
  );

  it("creates each new person once, from their first row", () => {
    expect(commitPlan(preview).people).toEqual([{ rowNumber: 2, values: preview.rows[0]!.values }]);
  });

  it("points entries at directory people or at the row that creates the person, leaving out skips and errors", () => {
    const { entries } = commitPlan(preview);
    expect(entries.map((e) => [e.rowNumber, e.person, e.role.roleName])).toEqual([
      [2, { newPersonRow: 2 }, "Director of Photography"],
      [3, { personId: "p-sam" }, "Gaffer"],
      [4, { newPersonRow: 2 }, "Director"],
    ]);
  });

  it("plans as many entries as the summary announces", () => {
    expect(commitPlan(preview).entries).toHaveLength(preview.summary.entriesToAdd);
    expect(commitPlan(preview).people).toHaveLength(preview.summary.newPeople);
  });

  it("plans nothing for an empty preview", () => {
    expect(commitPlan({ rows: [], summary: preview.summary })).toEqual({ people: [], entries: [] });
  });
});
