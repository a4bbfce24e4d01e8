import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprintOf, heldKey, heldLabel, isPossessoryTitle, isProducingHeldTitle } from "@/lib/credits/held-titles";

/** FNV-1a of the joined text: what fingerprintOf computes piece by piece. */
function joinedFingerprint(kind: string, message: string, personIds: readonly string[], responsibilityIds: readonly string[]): string {
  const text = [kind, message, personIds.join(","), responsibilityIds.join(",")].join("\n");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

describe("fingerprintOf", () => {
  it("hashes the joined facts: eight hex digits, the same as hashing the text joined first", () => {
    expect(fingerprintOf("uncovered-functions", "", [], [])).toMatch(/^[0-9a-f]{8}$/);
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string({ maxLength: 5 })), fc.array(fc.string({ maxLength: 5 })), (kind, message, people, resps) => {
        expect(fingerprintOf(kind, message, people, resps)).toBe(joinedFingerprint(kind, message, people, resps));
      }),
      { numRuns: 300 },
    );
  });
  it("changes when a fact changes", () => {
    const base = fingerprintOf("work-without-title", "Ann logged 5 producing entries", ["a"], ["budgeting"]);
    expect(fingerprintOf("work-without-title", "Ann logged 6 producing entries", ["a"], ["budgeting"])).not.toBe(base);
    expect(fingerprintOf("work-without-title", "Ann logged 5 producing entries", ["a"], ["budgeting", "scheduling"])).not.toBe(base);
  });
});

describe("held titles", () => {
  it("keys and labels a known title by its id, an unknown one as typed (spaces and case folded for the key)", () => {
    expect(heldKey("Exec Producer")).toBe("executive-producer");
    expect(heldKey("  Key   Grip ")).toBe("key grip");
    expect(heldLabel("producer")).toBe("Produced by");
    expect(heldLabel("Key Grip")).toBe("Key Grip");
  });
  it("reads possessory credits and producing titles", () => {
    expect(isPossessoryTitle(" A Film by ")).toBe(true);
    expect(isPossessoryTitle("A Rosa Diaz Film")).toBe(true);
    expect(isPossessoryTitle("Film Editor")).toBe(false);
    expect(isProducingHeldTitle("Co-EP")).toBe(true);
    expect(isProducingHeldTitle("Assistant Producer")).toBe(true);
    expect(isProducingHeldTitle("Directed by")).toBe(false);
  });
});
