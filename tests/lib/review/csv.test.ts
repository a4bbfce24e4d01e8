import { describe, expect, it } from "vitest";
import type { WorkEntryInput } from "@/lib/credits/types";
import { hatsMatrix, hatsMatrixCsv, truthCheck, truthCheckCsv } from "@/lib/review";
import { RESPONSIBILITIES } from "@/lib/work/taxonomy";

const entries: WorkEntryInput[] = [
  { id: "1", personId: "evil", responsibilityId: "budgeting", stage: "production", degree: "lead", effortHours: 12 },
  { id: "2", personId: "evil", responsibilityId: "budgeting", stage: "pre-production", degree: "equal", effortHours: 1.5 },
  { id: "3", personId: "zoe", responsibilityId: "editing", stage: "post-production", degree: "supporting", effortHours: null },
];
const people = [
  { id: "evil", name: '=HYPERLINK("http://x","click")', departments: ["Production, Office"] },
  { id: "zoe", name: "Zoë \"Z\" Laurent\nII", departments: [] },
];

describe("hatsMatrixCsv", () => {
  const csv = hatsMatrixCsv(hatsMatrix({ people, responsibilities: RESPONSIBILITIES, entries }, { sort: "name" }));

  it("is UTF-8 with a BOM, CRLF records, a header and one row per person", () => {
    expect(csv.startsWith("\uFEFFPerson,Departments,Hats,Effort (hours),Entries,Lanes,Execution: Managing the budget,Post: Editing\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes per RFC 4180 and neutralizes formulas", () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click"")","Production, Office",1,13.5,2,Execution,"lead, 13.5 h, 2 entries",\r\n`);
    expect(csv).toContain(`"Zoë ""Z"" Laurent\nII",,1,0,1,Post,,"supporting, 0 h, 1 entry"\r\n`);
  });

  it("an empty matrix is just the header", () => {
    expect(hatsMatrixCsv(hatsMatrix({ people: [], responsibilities: [], entries: [] }))).toBe("\uFEFFPerson,Departments,Hats,Effort (hours),Entries,Lanes\r\n");
  });
});

describe("truthCheckCsv", () => {
  it("one row per item, classes in words, formulas neutralized", () => {
    const check = truthCheck(
      [{ id: "a", name: "@Ann" }],
      [{ id: "c1", personId: "a", title: "+Producer", status: "manual", locked: true }],
      [{ personId: "a", title: "edited-by", confidence: "medium", score: 0.5 }],
    );
    expect(truthCheckCsv(check)).toBe(
      "\uFEFFPerson,Check,Credited title,Credit status,Locked,Suggested title,Confidence\r\n" +
        "'@Ann,Title without work,'+Producer,manual,yes,,\r\n" +
        "'@Ann,Work without title,,,,Edited by,medium\r\n",
    );
  });
});
