import { describe, expect, it } from "vitest";
import { compareNames, sortCollationKey } from "@/lib/people/names";

const sorted = (names: string[]) => [...names].sort(compareNames);
const byKey = (names: string[]) => [...names].sort((a, b) => (sortCollationKey(a) < sortCollationKey(b) ? -1 : sortCollationKey(a) > sortCollationKey(b) ? 1 : 0));

describe("sortCollationKey: natural name order", () => {
  it("compares numbers as numbers (issue 13: 'Crew Person 102' after '1017')", () => {
    const names = ["Crew Person 1017", "Crew Person 102", "Crew Person 2", "Crew Person 10", "Crew Person 1"];
    expect(sorted(names)).toEqual(["Crew Person 1", "Crew Person 2", "Crew Person 10", "Crew Person 102", "Crew Person 1017"]);
    // Byte order of the stored keys is the same order, so SQLite's ORDER BY agrees.
    expect(byKey(names)).toEqual(sorted(names));
    expect(sorted(["Take10", "Take9", "Take09", "Take 1"])).toEqual(["Take 1", "Take09", "Take9", "Take10"]);
  });

  it("reads digits of other scripts by their value, and full-width ones", () => {
    expect(sorted(["Unit ١٠", "Unit ٢", "Unit 3"])).toEqual(["Unit ٢", "Unit 3", "Unit ١٠"]);
    expect(sorted(["Ｚ ２０", "z 3"])).toEqual(["z 3", "Ｚ ２０"]);
    expect(sortCollationKey("007")).toBe(sortCollationKey("7"));
  });

  it("folds accents and case, and sorts numbers before letters", () => {
    expect(sorted(["Zoë", "ábrego", "Abrams", "3rd Unit", "Åsa"])).toEqual(["3rd Unit", "Abrams", "ábrego", "Åsa", "Zoë"]);
    expect(sortCollationKey("Ábrego, Ana")).toBe("abrego, ana");
  });

  it("orders names of other scripts alphabetically within their script", () => {
    expect(sorted(["Ωμέγα", "Άλφα", "Βήτα", "Σίσυφος", "Γεώργιος"])).toEqual(["Άλφα", "Βήτα", "Γεώργιος", "Σίσυφος", "Ωμέγα"]);
    // Final sigma is sigma: "Νίκος" sorts with "Νίκοσ", before "Νίκοτ".
    expect(sortCollationKey("Νίκος")).toBe(sortCollationKey("ΝΊΚΟΣ"));
    expect(sorted(["Νίκοτ", "Νίκος"])).toEqual(["Νίκος", "Νίκοτ"]);
    expect(sorted(["Яна", "Ёлка", "Борис", "Анна", "Елена"])).toEqual(["Анна", "Борис", "Елена", "Ёлка", "Яна"]);
    expect(sorted(["תמר", "אבי", "מִרְיָם", "דוד"])).toEqual(["אבי", "דוד", "מִרְיָם", "תמר"]);
    expect(sorted(["يوسف", "أحمد", "محمد", "بشير"])).toEqual(["أحمد", "بشير", "محمد", "يوسف"]);
    expect(sorted(["최수아", "김민준", "박지훈", "이서연"])).toEqual(["김민준", "박지훈", "이서연", "최수아"]);
    expect(sorted(["たなか", "さとう", "あべ", "がくと"])).toEqual(["あべ", "がくと", "さとう", "たなか"]);
  });
});
