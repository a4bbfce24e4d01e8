import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/roster/import/decode";
import { parseDelimited } from "@/lib/roster/import/delimited";
import { ImportFileError } from "@/lib/roster/import/file-error";
import { fixture } from "./fake-context";

const textOf = (name: string) => decodeText(fixture(name)).text;

describe("parseDelimited", () => {
  it("reads quoted commas, doubled quotes and line breaks inside cells (quotes-newlines.csv)", () => {
    const table = parseDelimited(textOf("quotes-newlines.csv"));
    expect(table.headers).toEqual(["Name", "Position", "Notes"]);
    expect(table.rows).toEqual([
      ["Okafor, Maya", "Director of Photography", 'Prefers "DP" in credits'],
      ['Sam "Sparks" Reed', "Gaffer", "Line one\r\nLine two, with a comma"],
      ["Lee Chen", "Editor", "plain"],
    ]);
    expect(table.rowNumbers).toEqual([2, 3, 4]);
  });

  it("pads short rows, names extra columns and skips blank rows (ragged.csv)", () => {
    const table = parseDelimited(textOf("ragged.csv"));
    expect(table.headers).toEqual(["Name", "Department", "Position", "Email", "Column 5", "Column 6"]);
    expect(table.rows[1]).toEqual(["Tomás Herrera", "Sound", "", "", "", ""]);
    expect(table.rows[2]).toEqual(["Ji-woo Park", "Art", "Production Designer", "jiwoo@example.com", "Prefers Ji-woo", "vegetarian"]);
    expect(table.rows).toHaveLength(4);
    expect(table.rowNumbers).toEqual([2, 3, 4, 6]);
  });

  it("guesses semicolons (semicolon.csv) and takes an explicit tab", () => {
    expect(parseDelimited(textOf("semicolon.csv")).rows[1]).toEqual(["Renée Ñandú", "Production Designer", "renee@example.com"]);
    expect(parseDelimited("Name\tRole, main\nMaya\tDP, 2nd unit", "\t").rows).toEqual([["Maya", "DP, 2nd unit"]]);
  });

  it("trims the header row but keeps data cells as written", () => {
    const table = parseDelimited(" Name , Role \n Maya ,DP");
    expect(table.headers).toEqual(["Name", "Role"]);
    expect(table.rows).toEqual([[" Maya ", "DP"]]);
  });

  it("accepts CR-only line ends (old Mac Excel) and no final newline", () => {
    expect(parseDelimited("Name,Role\rMaya,DP\rSam,Gaffer").rows).toEqual([["Maya", "DP"], ["Sam", "Gaffer"]]);
  });

  it("reads an empty text as an empty table", () => {
    expect(parseDelimited("")).toEqual({ headers: [], rows: [], rowNumbers: [] });
  });

  it("refuses an unclosed quote, naming its row (malformed.csv)", () => {
    expect(() => parseDelimited(textOf("malformed.csv"))).toThrow(ImportFileError);
    expect(() => parseDelimited(textOf("malformed.csv"))).toThrow(/row 3 has a quote mark \("\) that is never closed/);
  });

  it("refuses text after a closing quote instead of shifting cells", () => {
    expect(() => parseDelimited('Name,Role\n"Maya" Okafor,DP\n')).toThrow(/row 2 has a quote mark \("\) in the wrong place/);
  });

  it("keeps quotes inside an unquoted cell", () => {
    expect(parseDelimited('Name,Role\nMaya "Mo" Okafor,DP').rows).toEqual([['Maya "Mo" Okafor', "DP"]]);
  });
});
