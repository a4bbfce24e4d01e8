import { describe, expect, it } from "vitest";
import { neutralizeFormula } from "@/lib/exports/formula";

describe("neutralizeFormula", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["-5", "'-5"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["＝1+1", "'＝1+1"],
  ])("%j → %j", (cell, expected) => {
    expect(neutralizeFormula(cell)).toBe(expected);
  });

  it.each(["Maya Okafor", "", " =1+1", "a=b", "maya@example.com", "'=already", "Jean-Luc", "5"])("leaves %j alone", (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });
});
