import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvField, toCsv, toTsv, tsvCell } from "@/lib/exports/csv";
import { decodeText } from "@/lib/roster/import/decode";
import { parseDelimited } from "@/lib/roster/import/delimited";
import { fixture } from "../roster/import/fake-context";

describe("toCsv", () => {
  it("ends every record with CRLF and quotes only what needs it", () => {
    expect(toCsv([["Name", "Role"], ["Maya Okafor", "DP"]])).toBe("Name,Role\r\nMaya Okafor,DP\r\n");
  });

  it("quotes commas, quotes, semicolons and line breaks, doubling inner quotes", () => {
    expect(toCsv([["Okafor, Maya", 'Sam "Sparks" Reed', "a;b", "Line one\nLine two"]])).toBe('"Okafor, Maya","Sam ""Sparks"" Reed","a;b","Line one\nLine two"\r\n');
  });

  it("neutralizes formula cells", () => {
    expect(toCsv([["=1+1", "-5", "@SUM(A1)", "ok"]])).toBe("'=1+1,'-5,'@SUM(A1),ok\r\n");
  });

  it("adds a UTF-8 BOM only when asked", () => {
    expect(toCsv([["Zoë"]], { bom: true })).toBe("\uFEFFZoë\r\n");
    expect(toCsv([["Zoë"]]).charCodeAt(0)).not.toBe(0xfeff);
  });

  it("is empty for no rows", () => {
    expect(toCsv([])).toBe("");
  });

  it("round-trips through papaparse to the neutralized cells (formula-injection.csv, quotes-newlines.csv)", () => {
    for (const name of ["formula-injection.csv", "quotes-newlines.csv", "unicode-names.csv"]) {
      const { headers, rows } = parseDelimited(decodeText(fixture(name)).text);
      const cells = [headers, ...rows];
      const parsed = Papa.parse<string[]>(toCsv(cells), { skipEmptyLines: true, delimiter: "," }).data;
      expect(parsed).toEqual(cells.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
    }
  });

  it("round-trips through the import with a BOM", () => {
    const cells = [["Name", "Notes"], ["Renée Ñandú", "“Sparky” — €500, \"quoted\"\r\nsecond line"]];
    const bytes = new TextEncoder().encode(toCsv(cells, { bom: true }));
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe("utf-8-bom");
    expect(parseDelimited(text)).toMatchObject({ headers: cells[0], rows: [cells[1]] });
  });
});

describe("csvField", () => {
  it("leaves plain text unquoted", () => {
    expect(csvField("Maya Okafor")).toBe("Maya Okafor");
    expect(csvField("")).toBe("");
  });

  it("quotes a field with a carriage return alone", () => {
    expect(csvField("a\rb")).toBe('"a\rb"');
  });
});

describe("toTsv", () => {
  it("joins cells with tabs, ends rows with CRLF and keeps blank rows", () => {
    expect(toTsv([["Directed by", "Maya Okafor"], [], ["Cast", "Zoë Adebayo"]])).toBe("Directed by\tMaya Okafor\r\n\r\nCast\tZoë Adebayo\r\n");
    expect(toTsv([])).toBe("");
  });

  it("turns tabs and line breaks inside a cell into spaces and neutralizes formulas", () => {
    expect(toTsv([["a\tb", "Line one\r\nLine two\rthree\nfour", "=1+1"]])).toBe("a b\tLine one Line two three four\t'=1+1\r\n");
  });
});

describe("tsvCell", () => {
  it("leaves plain text as it is", () => {
    expect(tsvCell("Maya Okafor")).toBe("Maya Okafor");
    expect(tsvCell("")).toBe("");
  });

  it("turns a leading tab or line break into a space, which no spreadsheet reads as a formula", () => {
    expect(tsvCell("\n=cmd")).toBe(" =cmd");
    expect(tsvCell("\t=cmd")).toBe(" =cmd");
  });
});
