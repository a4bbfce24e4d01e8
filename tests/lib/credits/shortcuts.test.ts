import { describe, expect, it } from "vitest";
import { suggestCredits, type EngineInput } from "@/lib/credits/engine";
import { TEXT_TABLES, TextMemo } from "@/lib/credits/columns/text-memo";
import { referenceSuggestCredits } from "@/lib/credits/reference";
import { RESPONSIBILITIES, type Responsibility } from "@/lib/work/taxonomy";

/**
 * The engine takes shortcuts for the usual cases — a single entry behind a cited function or
 * creative credit (no sort, no scan), reason texts worded once per call (TextMemo) — and the
 * general path otherwise. Both must word and cite exactly the same; the expectations here are
 * the reference engine's (lib/credits/reference.ts), which takes no shortcut.
 */
describe("single-entry shortcuts and the general path agree", () => {
  const secondUnit: Responsibility = {
    id: "custom:second-unit",
    name: "Second unit directing",
    lane: "creative",
    stages: ["production"],
    description: "",
    producing: false,
    creditHint: "directed-by",
    tracksAmount: false,
  };
  const input: EngineInput = {
    budget: { amount: 100_000, currency: "USD" },
    people: [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
    ],
    responsibilities: [...RESPONSIBILITIES, secondUnit],
    entries: [
      // a: two responsibilities hinting Directed by (two names), one of them twice.
      { id: "e3", personId: "a", responsibilityId: "directing", stage: "production", degree: "equal" },
      { id: "e1", personId: "a", responsibilityId: "custom:second-unit", stage: "production", degree: "lead" },
      { id: "e2", personId: "a", responsibilityId: "directing", stage: "production", degree: "supporting" },
      // b: a single directing entry; financing on two entries, the rest on one each.
      { id: "f1", personId: "b", responsibilityId: "directing", stage: "production", degree: "equal" },
      { id: "f9", personId: "b", responsibilityId: "securing-financing", stage: "development", degree: "lead", amountRaised: 30_000 },
      { id: "f4", personId: "b", responsibilityId: "securing-financing", stage: "pre-production", degree: "equal", amountRaised: 0 },
      { id: "f5", personId: "b", responsibilityId: "fundraising", stage: "development", degree: "lead" },
      { id: "f6", personId: "b", responsibilityId: "bringing-investors", stage: "development", degree: "equal", amountRaised: 100 },
    ],
  };

  it("words and cites every reason as before", () => {
    const out = suggestCredits(input);
    expect(out.suggestions.map((s) => [s.personId, s.title, s.confidence, s.reasons])).toEqual([
      [
        "b",
        "executive-producer",
        "high",
        [
          { text: "shared bringing investors: raised $100, 0% of the $100,000 budget", entryIds: ["f6"] },
          { text: "led fundraising (no amount recorded)", entryIds: ["f5"] },
          { text: "led securing financing: raised $30,000, 30% of the $100,000 budget", entryIds: ["f4", "f9"] },
          { text: "raised $30,100 in total, 30% of the budget (at least 25% needed)", entryIds: ["f6", "f9"] },
          { text: "performed 3 opportunity functions: led fundraising and securing financing; shared bringing investors", entryIds: ["f4", "f5", "f6", "f9"] },
        ],
      ],
      ["a", "directed-by", "high", [{ text: "led directing, second unit directing → Directed by", entryIds: ["e1", "e3"] }]],
      ["b", "directed-by", "medium", [{ text: "shared directing → Directed by", entryIds: ["f1"] }]],
    ]);
  });

  it("is the reference engine's output", () => {
    expect(suggestCredits(input)).toEqual(referenceSuggestCredits(input));
  });

  it("gives the same whatever order the entries come in", () => {
    const alone = JSON.stringify(suggestCredits(input));
    expect(JSON.stringify(suggestCredits({ ...input, entries: [...input.entries].reverse() }))).toBe(alone);
  });
});

describe("TextMemo", () => {
  it("keeps texts per table and key, small keys and others alike", () => {
    const memo = new TextMemo();
    expect(memo.get(TEXT_TABLES.creative, 7)).toBeUndefined();
    expect(memo.set(TEXT_TABLES.creative, 7, "led directing")).toBe("led directing");
    expect(memo.get(TEXT_TABLES.creative, 7)).toBe("led directing");
    expect(memo.get(TEXT_TABLES.noAmount, 7)).toBeUndefined(); // another table
    memo.set(TEXT_TABLES.raisedBelow, 1234.5, "raised $1,235");
    memo.set(TEXT_TABLES.raisedBelow, 2 ** 40, "raised a lot");
    expect(memo.get(TEXT_TABLES.raisedBelow, 1234.5)).toBe("raised $1,235");
    expect(memo.get(TEXT_TABLES.raisedBelow, 2 ** 40)).toBe("raised a lot");
  });

  it("never answers for -0 with the text kept under 0 (money formats them differently)", () => {
    const memo = new TextMemo();
    memo.set(TEXT_TABLES.raisedBelow, 0, "raised $0");
    expect(memo.get(TEXT_TABLES.raisedBelow, -0)).toBeUndefined();
    expect(memo.set(TEXT_TABLES.raisedBelow, -0, "raised -$0")).toBe("raised -$0");
    expect(memo.get(TEXT_TABLES.raisedBelow, 0)).toBe("raised $0");
  });
});
