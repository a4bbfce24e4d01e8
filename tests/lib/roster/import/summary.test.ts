import { describe, expect, it } from "vitest";
import { summarize } from "@/lib/roster/import/summary";

const row = (fields: Partial<Parameters<typeof summarize>[0][number]> = {}) => ({
  errors: [],
  warnings: [],
  person: { match: "new" as const },
  outcome: "add" as const,
  ...fields,
});

describe("summarize", () => {
  it("counts rows by state, people once each, and entries", () => {
    const summary = summarize([
      row(),
      row({ warnings: ["Unknown role"] }),
      row({ duplicateOfRow: 2, warnings: ["Same person as row 2"], outcome: "skip" }),
      row({ person: { match: "existing", personId: "p1" }, warnings: ["in directory"], outcome: "skip" }),
      row({ person: { match: "existing", personId: "p1" }, duplicateOfRow: 5 }),
      row({ errors: ["The name is missing."], outcome: "error" }),
      row({ errors: ["bad email"], person: { match: "existing", personId: "p9" }, outcome: "error" }),
    ]);
    expect(summary).toEqual({ rows: 7, ok: 2, withWarnings: 3, withErrors: 2, newPeople: 2, existingPeople: 1, entriesToAdd: 3, entriesSkipped: 2, peopleUpdated: 0, contactConflicts: 0 });
    expect(summary.ok + summary.withWarnings + summary.withErrors).toBe(summary.rows);
  });

  it("is all zeros for no rows", () => {
    expect(summarize([])).toEqual({ rows: 0, ok: 0, withWarnings: 0, withErrors: 0, newPeople: 0, existingPeople: 0, entriesToAdd: 0, entriesSkipped: 0, peopleUpdated: 0, contactConflicts: 0 });
  });
});
