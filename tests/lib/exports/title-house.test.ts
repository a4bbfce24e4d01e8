import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { titleHouseRows, toTitleHouseTsv, toTitleHouseXlsx, TITLE_HOUSE_COLUMNS } from "@/lib/exports/title-house";
import { neutralizeFormula } from "@/lib/exports/formula";
import { indieList } from "../end-credits/fixtures";

const list = indieList();
const contractual = new Map([["p-sam", ["Produced by"]]]);
const rows = titleHouseRows(list, contractual);
const find = (name: string) => rows.find((r) => r[1] === name || r[2] === name)!;

describe("titleHouseRows", () => {
  it("names its four columns, then sets role | name with the role on a block's first row only", () => {
    expect(rows[0]).toEqual([...TITLE_HOUSE_COLUMNS]);
    const pa = rows.findIndex((r) => r[0] === "Production Assistants");
    expect(rows.slice(pa, pa + 3).map((r) => r.slice(0, 2))).toEqual([
      ["Production Assistants", "Ana María de la Cruz"],
      ["", 'Bo "Sparky" Chen'],
      ["", "Cy Park"],
    ]);
  });

  it("sets the cast in two columns, character | actor, under its heading", () => {
    const cast = rows.findIndex((r) => r[0] === "Cast");
    expect(rows.slice(cast, cast + 3).map((r) => r.slice(0, 2))).toEqual([
      ["Cast", ""],
      ["Maya", "Zoë Adebayo"],
      ["The Landlord", "Jon Bell"],
    ]);
  });

  it("puts a two-column block's names in pairs across both name columns", () => {
    expect(find("The Reed family").slice(0, 3)).toEqual(["Special Thanks", "The Reed family", "Café Δ"]);
    expect(find("山田 太郎").slice(0, 3)).toEqual(["", "山田 太郎", "Городской архив"]);
  });

  it("leaves exactly one blank row between blocks, none inside one", () => {
    const blank = (r: string[]) => r.every((c) => c === "");
    rows.forEach((r, i) => {
      if (blank(r)) expect(blank(rows[i + 1]!)).toBe(false);
    });
    const blocks = rows.slice(1).filter(blank).length + 1;
    expect(blocks).toBe(list.blocks.filter((b) => !b.hidden).length);
  });

  it("notes main-title cards, contractual credits, per-credit names and merged credits that may need a waiver", () => {
    expect(find("Sam Reed")[3]).toBe("Main title (card); Contractual credit (locked)");
    expect(find("Maya Okafor")[3]).toMatch(/^Main title \(card\); Merged credit: may need a guild waiver$/);
    expect(find('Bo "Sparky" Chen')[3]).toBe("Credited as shown; name on file: Bo Chen");
    expect(find("Jon Bell")[3]).toBe("");
    // The story team "&" row gathers both people; the "and" row has no note.
    expect(find("Sam Reed & Λένα Παπαδοπούλου")[0]).toBe("Story by");
    expect(rows[rows.indexOf(find("Sam Reed & Λένα Παπαδοπούλου")) + 1]!.slice(1)).toEqual(["and", "", ""]);
  });
});

describe("toTitleHouseTsv", () => {
  it("reads back with papaparse as the same grid: one tab between columns, no quoting, formulas defused", () => {
    const tsv = toTitleHouseTsv(list, contractual);
    expect(tsv.split("\r\n")[0]).toBe(TITLE_HOUSE_COLUMNS.join("\t"));
    // A cell is the text between two tabs: quotes are text (a song's "title").
    const parsed = Papa.parse<string[]>(tsv, { delimiter: "\t", newline: "\r\n", quoteChar: "\u0000", skipEmptyLines: false }).data.slice(0, -1);
    expect(parsed).toEqual(rows.map((r) => r.map((c) => neutralizeFormula(c))));
    expect(find("=Sam Formula")).toBeDefined();
    expect(tsv).toContain("\t'=Sam Formula\t");
  });
});

describe("toTitleHouseXlsx", () => {
  it("reads back with exceljs as the same grid, every cell text, header bold", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await toTitleHouseXlsx(list, contractual)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Credits")!;
    const read: string[][] = [];
    for (let r = 1; r <= rows.length; r++) read.push([1, 2, 3, 4].map((c) => String(sheet.getRow(r).getCell(c).value ?? "")));
    expect(read).toEqual(rows);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(rows.indexOf(find("=Sam Formula")) + 1).getCell(2).value).toBe("=Sam Formula");
  });
});
