import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { suggestCredits, type WorkEntryInput } from "@/lib/credits/engine";
import { cmp } from "@/lib/credits/normalize";
import { project } from "./fixtures";

/** Directing entries of person "a" with the given ids: the Directed by reason cites them all. */
const directing = (ids: readonly string[]): WorkEntryInput[] =>
  ids.map((id) => ({ id, personId: "a", responsibilityId: "directing", stage: "production", degree: "lead" }));

const cited = (ids: readonly string[]) =>
  suggestCredits(project(directing(ids))).suggestions.find((s) => s.title === "directed-by")?.reasons[0]?.entryIds;

describe("cited entry ids come out in code-unit order", () => {
  it("ids sharing long prefixes, prefixes of each other, and characters beyond Latin-1", () => {
    const ids = ["entry-000010", "entry-00001", "entry-0000", "b", "", "a\u0000", "a", "é", "\u4e00x", "\u4e00", "\u{1f600}", "zz\u4e00", "zz"];
    expect(cited(ids)).toEqual([...ids].sort(cmp));
  });

  it("any ids, few (insertion sort) or many (the built-in sort)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 }), fc.uuid()), { minLength: 1, maxLength: 80 }), (ids) => {
        expect(cited(ids)).toEqual([...ids].sort(cmp));
      }),
      { numRuns: 200 },
    );
  });
});

describe("calls do not leak into each other", () => {
  it("a small input after a large one gives what it gives alone", () => {
    const small = project(directing(["x2", "x1"]));
    const alone = JSON.stringify(suggestCredits(small));
    const large = Array.from({ length: 3000 }, (_, i) => `big-${i}`);
    suggestCredits(project([...directing(large), ...directing(["dup", "dup"])]));
    expect(JSON.stringify(suggestCredits(small))).toBe(alone);
  });
});
