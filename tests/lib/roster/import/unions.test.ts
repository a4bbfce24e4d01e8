import { describe, expect, it } from "vitest";
import { parseUnions, unionKey } from "@/lib/roster/import/unions";

describe("unionKey", () => {
  it("drops case, spaces and punctuation", () => {
    expect(unionKey("SAG / AFTRA")).toBe("sagaftra");
    expect(unionKey("Local 700")).toBe("local700");
  });
});

describe("parseUnions", () => {
  it.each([
    ["DGA", ["DGA"]],
    ["pga", ["PGA"]],
    ["WGA West", ["WGA"]],
    ["SAG", ["SAG-AFTRA"]],
    ["SAG AFTRA", ["SAG-AFTRA"]],
    ["sag-aftra", ["SAG-AFTRA"]],
    ["SAG/AFTRA", ["SAG-AFTRA"]],
    ["IATSE", ["IATSE"]],
    ["IATSE Local 80", ["IATSE"]],
    ["Local 600", ["IATSE"]],
    ["MPEG", ["Editors Guild"]],
    ["Local 700", ["Editors Guild"]],
    ["IATSE Local 700", ["Editors Guild"]],
    ["Editors Guild", ["Editors Guild"]],
    ["Other", ["Other"]],
  ])("%s → %j", (cell, unions) => {
    expect(parseUnions(cell)).toEqual({ unions, unknown: [] });
  });

  it("splits on commas, semicolons and slashes, keeping list order and each guild once", () => {
    expect(parseUnions("WGA; DGA / sag, DGA")).toEqual({ unions: ["WGA", "DGA", "SAG-AFTRA"], unknown: [] });
  });

  it("keeps SAG/AFTRA together inside a list", () => {
    expect(parseUnions("DGA, SAG/AFTRA")).toEqual({ unions: ["DGA", "SAG-AFTRA"], unknown: [] });
  });

  it.each(["", "  ", "none", "None", "non-union", "Non union", "N/A", "-"])("%j means no union", (cell) => {
    expect(parseUnions(cell)).toEqual({ unions: [], unknown: [] });
  });

  it("files unknown values as Other and reports them", () => {
    expect(parseUnions("DGA, Teamsters Local 399, BECTU")).toEqual({ unions: ["DGA", "Other"], unknown: ["Teamsters Local 399", "BECTU"] });
  });

  it("does not guess that a bare local number is IATSE", () => {
    expect(parseUnions("Local 399")).toEqual({ unions: ["Other"], unknown: ["Local 399"] });
  });

  it("ignores empty list items", () => {
    expect(parseUnions("DGA,, ;")).toEqual({ unions: ["DGA"], unknown: [] });
  });
});
