import { describe, expect, it } from "vitest";
import { claimsFromRoster, roleTitle, undecidedClaims } from "@/lib/decisions/claims";

describe("roleTitle", () => {
  it("reads catalogue roles by id and typed roles with their synonyms", () => {
    expect(roleTitle("Executive Producer", "producers.executive-producer")).toBe("executive-producer");
    expect(roleTitle("Exec Producer", null)).toBe("executive-producer");
    expect(roleTitle("Co-EP", null)).toBe("co-executive-producer");
    expect(roleTitle("Line Producer", null)).toBe("line-producer");
    expect(roleTitle("Assoc. Producer", null)).toBe("associate-producer");
    expect(roleTitle("Producer", null)).toBe("produced-by");
    expect(roleTitle("Screenplay", "writers.screenplay")).toBe("screenplay-by");
    expect(roleTitle("Gaffer", "electric.gaffer")).toBeNull();
    expect(roleTitle("Consulting Producer", null)).toBeNull();
    expect(roleTitle("Chief Hat Officer", null)).toBeNull();
  });
});

describe("claimsFromRoster", () => {
  it("keeps producer-family roles only, one per person and title (the first entry's wording), by person then title", () => {
    const claims = claimsFromRoster([
      { personId: "b", role: "Exec Producer", roleId: null, department: "Producers" },
      { personId: "a", role: "Line Producer", roleId: "producers.line-producer", department: "Producers " },
      { personId: "b", role: "Executive Producer", roleId: "producers.executive-producer", department: "Producers" },
      { personId: "a", role: "Director", roleId: "direction.director", department: "Direction" },
      { personId: "c", role: "Unit Production Manager", roleId: null, department: "Production" },
      { personId: "a", role: "Associate Producer", roleId: null, department: "" },
    ]);
    expect(claims).toEqual([
      { personId: "a", titleId: "associate-producer", role: "Associate Producer", department: "" },
      { personId: "a", titleId: "line-producer", role: "Line Producer", department: "Producers" },
      { personId: "b", titleId: "executive-producer", role: "Exec Producer", department: "Producers" },
    ]);
  });

  it("survives odd rows", () => {
    expect(claimsFromRoster([null as never, { personId: 3, role: "EP" } as never, { personId: "x", role: "EP", roleId: null, department: "" }])).toEqual([
      { personId: "x", titleId: "executive-producer", role: "EP", department: "" },
    ]);
  });
});

describe("undecidedClaims", () => {
  it("leaves out claims someone decided (accepted or rejected), and reads the rest as held titles for the truth check", () => {
    const claims = claimsFromRoster([
      { personId: "a", role: "Executive Producer", roleId: null, department: "Producers" },
      { personId: "b", role: "Line Producer", roleId: null, department: "Producers" },
      { personId: "c", role: "Associate Producer", roleId: null, department: "Producers" },
    ]);
    const out = undecidedClaims(claims, [
      { personId: "a", suggestedTitle: "executive-producer" },
      { personId: "b", suggestedTitle: null },
    ]);
    expect(out).toEqual([
      { id: "claim:b:line-producer", personId: "b", title: "Line Producer", status: "claim", locked: false, suggestedTitle: "line-producer" },
      { id: "claim:c:associate-producer", personId: "c", title: "Associate Producer", status: "claim", locked: false, suggestedTitle: "associate-producer" },
    ]);
  });
});
