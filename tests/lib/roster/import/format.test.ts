import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectFormat, extensionOf, unsupportedFormatMessage } from "@/lib/roster/import/format";
import { fixture } from "./fake-context";

const text = (s: string) => new TextEncoder().encode(s);

describe("extensionOf", () => {
  it("is the lower-cased extension of the base name", () => {
    expect(extensionOf("Crew List.CSV")).toBe("csv");
    expect(extensionOf("C:\\Users\\me\\crew.v2.xlsx")).toBe("xlsx");
    expect(extensionOf("/tmp/crew.tsv")).toBe("tsv");
  });

  it("is empty for no extension or a dot file", () => {
    expect(extensionOf("crew")).toBe("");
    expect(extensionOf(".csv")).toBe("");
  });
});

describe("detectFormat", () => {
  it("reads a real workbook as xlsx (several-sheets.xlsx)", () => {
    expect(detectFormat("several-sheets.xlsx", fixture("several-sheets.xlsx"))).toBe("xlsx");
  });

  it("trusts the ZIP content over a spreadsheet-text extension", () => {
    expect(detectFormat("crew.csv", fixture("several-sheets.xlsx"))).toBe("xlsx");
  });

  it("refuses a ZIP that is not named like a spreadsheet (a .docx)", () => {
    expect(detectFormat("contract.docx", fixture("several-sheets.xlsx"))).toBeNull();
  });

  it("refuses a text file renamed .xlsx (not-really.xlsx)", () => {
    expect(detectFormat("not-really.xlsx", fixture("not-really.xlsx"))).toBeNull();
  });

  it("reads .tsv and .tab as TSV whatever the first line holds", () => {
    expect(detectFormat("crew.tsv", text("Name,Role"))).toBe("tsv");
    expect(detectFormat("crew.tab", text("Name"))).toBe("tsv");
  });

  it("reads Excel's Unicode text (.txt, UTF-16, tabs) as TSV (utf16.txt)", () => {
    expect(detectFormat("utf16.txt", fixture("utf16.txt"))).toBe("tsv");
  });

  it("reads a .csv whose first line is tab-separated as TSV", () => {
    expect(detectFormat("crew.csv", text("Name\tRole\tEmail\nMaya,Okafor\tDP\t"))).toBe("tsv");
  });

  it("reads comma or semicolon text as CSV, including a .txt and no extension", () => {
    expect(detectFormat("crew.csv", fixture("ragged.csv"))).toBe("csv");
    expect(detectFormat("crew.csv", fixture("semicolon.csv"))).toBe("csv");
    expect(detectFormat("crew.txt", text("Name,Role"))).toBe("csv");
    expect(detectFormat("crew", text("Name,Role"))).toBe("csv");
  });

  it("reads a one-column .txt as TSV and a one-column .csv as CSV", () => {
    expect(detectFormat("names.txt", text("Name\nMaya"))).toBe("tsv");
    expect(detectFormat("names.csv", text("Name\nMaya"))).toBe("csv");
  });

  it("detects tabs in UTF-16 text without a BOM", () => {
    expect(detectFormat("crew.txt", iconv.encode("Name\tRole\r\nMaya\tDP", "utf-16le"))).toBe("tsv");
  });

  it("refuses other file types and legacy .xls", () => {
    expect(detectFormat("crew.pdf", text("%PDF-1.7"))).toBeNull();
    expect(detectFormat("crew.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull();
    expect(detectFormat("crew.csv", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull();
  });
});

describe("unsupportedFormatMessage", () => {
  it("explains a text file renamed .xlsx", () => {
    expect(unsupportedFormatMessage("not-really.xlsx", fixture("not-really.xlsx"))).toBe(
      '"not-really.xlsx" is not a real Excel workbook — it looks like a text file renamed to .xlsx. Rename it to .csv, or open it and save it as .xlsx.',
    );
  });

  it("asks to re-save an old .xls", () => {
    expect(unsupportedFormatMessage("crew.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toMatch(/old Excel 97–2003 file/);
  });

  it("names Numbers and OpenDocument files", () => {
    expect(unsupportedFormatMessage("crew.numbers", new Uint8Array([0x50, 0x4b, 3, 4]))).toBe("Hatrack can't read .numbers files. Export the sheet as .xlsx or CSV and upload that.");
  });

  it("lists the accepted types otherwise, with the file's base name", () => {
    expect(unsupportedFormatMessage("/home/me/crew.pdf", new Uint8Array())).toBe('"crew.pdf" is not a file type Hatrack can import. Upload a .csv, .tsv, .txt or .xlsx file.');
  });
});
