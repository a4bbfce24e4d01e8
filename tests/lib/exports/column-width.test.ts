import { describe, expect, it } from "vitest";
import { columnWidths, displayWidth } from "@/lib/exports/column-width";

describe("displayWidth", () => {
  it("counts characters, wide ones twice", () => {
    expect(displayWidth("Maya")).toBe(4);
    expect(displayWidth("黒澤 明")).toBe(7);
    expect(displayWidth("봉준호")).toBe(6);
  });

  it("takes the longest line of multi-line text", () => {
    expect(displayWidth("ab\r\nabcdef\nabc")).toBe(6);
  });

  it("counts an astral character once", () => {
    expect(displayWidth("🎬")).toBe(1);
  });
});

describe("columnWidths", () => {
  it("fits each column to its widest cell plus padding", () => {
    expect(columnWidths([["Name", "Email"], ["Maya Okafor", "maya.okafor@example.com"]])).toEqual([13, 25]);
  });

  it("keeps widths between 8 and 60", () => {
    expect(columnWidths([["a", "x".repeat(200)]])).toEqual([8, 60]);
  });

  it("handles ragged rows and no rows", () => {
    expect(columnWidths([["a"], ["b", "longer text"]])).toEqual([8, 13]);
    expect(columnWidths([])).toEqual([]);
  });
});
