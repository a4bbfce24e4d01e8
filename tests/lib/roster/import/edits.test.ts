import { describe, expect, it } from "vitest";
import { withRowEdit } from "@/lib/roster/import/edits";

describe("withRowEdit", () => {
  it("adds a row's correction without changing the original", () => {
    const before = { 3: { email: "sam@example.com" } };
    const after = withRowEdit(before, 3, { role: "Gaffer" });
    expect(after).toEqual({ 3: { email: "sam@example.com", role: "Gaffer" } });
    expect(before).toEqual({ 3: { email: "sam@example.com" } });
  });

  it("lets a later value replace an earlier one and keeps other rows", () => {
    const edits = withRowEdit(withRowEdit({ 2: { creditedName: "Maya" } }, 4, { email: "a@x.io" }), 4, { email: "b@x.io" });
    expect(edits).toEqual({ 2: { creditedName: "Maya" }, 4: { email: "b@x.io" } });
  });
});
