import { describe, expect, it } from "vitest";
import { deriveSortName } from "@/lib/people/sort-name";

describe("deriveSortName", () => {
  it.each([
    ["Maya Okafor", "Okafor, Maya"],
    ["Sofia van der Berg", "van der Berg, Sofia"],
    ["Ana María de la Cruz", "de la Cruz, Ana María"],
    ["Ludwig van Beethoven", "van Beethoven, Ludwig"],
    ["Mary Jane Watson", "Watson, Mary Jane"],
    ["Ji-woo Park", "Park, Ji-woo"],
  ])("%s → %s", (name, expected) => {
    expect(deriveSortName(name)).toBe(expected);
  });

  it("keeps a single name as it is", () => {
    expect(deriveSortName("Madonna")).toBe("Madonna");
    expect(deriveSortName("  Madonna  ")).toBe("Madonna");
  });

  it("is empty for an empty or blank name", () => {
    expect(deriveSortName("")).toBe("");
    expect(deriveSortName("   ")).toBe("");
  });

  it("collapses extra whitespace, tabs and newlines", () => {
    expect(deriveSortName("  Maya \t  Okafor \n")).toBe("Okafor, Maya");
  });

  it("keeps capitalised particles (De, Van, Del) with the family name", () => {
    expect(deriveSortName("Marco De Luca")).toBe("De Luca, Marco");
  });

  it("always keeps at least one given name, even when the name starts with particles", () => {
    expect(deriveSortName("van Gogh")).toBe("Gogh, van");
  });

  it("NFC-normalizes the result", () => {
    const decomposed = "Tom" + "a\u0301" + "s Herrera"; // "á" as a + combining accent
    const result = deriveSortName(decomposed);
    expect(result).toBe("Herrera, Tom\u00e1s");
    expect(result.normalize("NFC")).toBe(result);
  });
});
