import { describe, expect, it } from "vitest";
import { cellText, dateText, numberText } from "@/lib/roster/import/cell-text";

describe("cellText", () => {
  it("gives strings as they are and empty cells as empty text", () => {
    expect(cellText("Maya Okafor")).toBe("Maya Okafor");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
  });

  it("joins rich text runs", () => {
    expect(cellText({ richText: [{ text: "Maya", font: { bold: true } }, { text: " Okafor" }] })).toBe("Maya Okafor");
  });

  it("gives a hyperlink's text, not its address", () => {
    expect(cellText({ text: "maya@example.com", hyperlink: "mailto:maya@example.com" })).toBe("maya@example.com");
  });

  it("gives a hyperlink whose text is rich text as plain text", () => {
    expect(cellText({ text: { richText: [{ text: "Ma" }, { text: "ya" }] }, hyperlink: "https://x.example" } as never)).toBe("Maya");
  });

  it("gives a formula's result, never the formula", () => {
    expect(cellText({ formula: "600*2", result: 1200 })).toBe("1200");
    expect(cellText({ formula: 'CONCAT("Ma","ya")', result: "Maya" })).toBe("Maya");
    expect(cellText({ sharedFormula: "A1", result: "Sam" })).toBe("Sam");
    expect(cellText({ formula: "A1" })).toBe("");
    expect(cellText({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
  });

  it("gives numbers, booleans, dates and errors as text", () => {
    expect(cellText(4155550100)).toBe("4155550100");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
    expect(cellText(new Date(Date.UTC(2024, 4, 3)))).toBe("2024-05-03");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });
});

describe("numberText", () => {
  it("prints plain digits without float noise", () => {
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(-5)).toBe("-5");
    expect(numberText(447700900123)).toBe("447700900123");
  });

  it("is empty for NaN and infinities", () => {
    expect(numberText(NaN)).toBe("");
    expect(numberText(Infinity)).toBe("");
  });
});

describe("dateText", () => {
  it("is the ISO date at midnight UTC and adds the time otherwise", () => {
    expect(dateText(new Date(Date.UTC(2024, 0, 31)))).toBe("2024-01-31");
    expect(dateText(new Date(Date.UTC(2024, 0, 31, 14, 30)))).toBe("2024-01-31T14:30:00");
  });

  it("is empty for an invalid date", () => {
    expect(dateText(new Date(NaN))).toBe("");
  });
});
