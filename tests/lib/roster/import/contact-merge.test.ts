import { describe, expect, it } from "vitest";
import { createContactMerger, directoryUpdates, mergeWarnings } from "@/lib/roster/import/contact-merge";

const values = (over: Partial<Record<"email" | "phone" | "legalName" | "pronouns", string>> = {}) => ({ email: "", phone: "", legalName: "", pronouns: "", ...over });

describe("createContactMerger", () => {
  const directory = [{ id: "p1", creditedName: "Rosa Delgado", email: null, phone: "555-0100", legalName: null, pronouns: "she/her" }];

  it("fills empty fields and reports differing ones as conflicts", () => {
    const merger = createContactMerger(directory);
    expect(merger.merge("p1", values({ email: "rosa@example.test", phone: "555-0199", pronouns: "she/her" }))).toEqual({
      fills: [{ field: "email", directory: "", sheet: "rosa@example.test" }],
      conflicts: [{ field: "phone", directory: "555-0100", sheet: "555-0199" }],
      choice: "keep",
    });
  });

  it("changes nothing for equal values (email without case) or blank cells, and for unknown people", () => {
    const merger = createContactMerger([{ ...directory[0]!, email: "rosa@example.test" }]);
    expect(merger.merge("p1", values({ email: "ROSA@example.test", phone: "555-0100" }))).toBeUndefined();
    expect(merger.merge("p1", values())).toBeUndefined();
    expect(merger.merge("nobody", values({ email: "x@example.test" }))).toBeUndefined();
  });

  it("compares later rows with what earlier rows left", () => {
    const merger = createContactMerger(directory);
    expect(merger.merge("p1", values({ legalName: "Rosa M. Delgado" }))?.fills).toHaveLength(1);
    expect(merger.merge("p1", values({ legalName: "Rosa M. Delgado" }))).toBeUndefined();
    expect(merger.merge("p1", values({ phone: "555-0199" }), "sheet")?.conflicts).toHaveLength(1);
    expect(merger.merge("p1", values({ phone: "555-0199" }))).toBeUndefined();
  });
});

describe("mergeWarnings", () => {
  it("says what is added and what differs", () => {
    const merge = { fills: [{ field: "email" as const, directory: "", sheet: "a@b.test" }], conflicts: [{ field: "phone" as const, directory: "1", sheet: "2" }], choice: "sheet" as const };
    expect(mergeWarnings(merge, "Rosa")).toEqual(['Adds the email to "Rosa" in your people directory.', 'The phone differs from "Rosa" in your people directory — will use the sheet\'s.']);
    expect(mergeWarnings(undefined, "Rosa")).toEqual([]);
  });
});

describe("directoryUpdates", () => {
  it("gathers one update per person; conflicts only where the sheet was chosen", () => {
    const fill = { field: "email" as const, directory: "", sheet: "a@b.test" };
    const conflict = { field: "phone" as const, directory: "1", sheet: "2" };
    expect(
      directoryUpdates([
        { person: { personId: "p1" }, contacts: { fills: [fill], conflicts: [conflict], choice: "keep" } },
        { person: { personId: "p2" }, contacts: { fills: [], conflicts: [conflict], choice: "keep" } },
        { person: { personId: "p1" }, contacts: { fills: [], conflicts: [{ ...conflict, field: "legalName" }], choice: "sheet" } },
        { person: {} },
      ]),
    ).toEqual([{ personId: "p1", fields: { email: "a@b.test", legalName: "2" } }]);
  });
});
