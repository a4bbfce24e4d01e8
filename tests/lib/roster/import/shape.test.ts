import { describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/roster/import/file-error";
import { MAX_RAW_FIELDS, MAX_RAW_RECORDS } from "@/lib/roster/import/limits";
import { checkDelimitedShape } from "@/lib/roster/import/shape";

describe("checkDelimitedShape", () => {
  it("lets an ordinary file through", () => {
    expect(() => checkDelimitedShape("Name,Role\r\nMaya,DP\r\n", ",")).not.toThrow();
  });

  it("refuses a record wider than a spreadsheet, before any cell is built", () => {
    expect(() => checkDelimitedShape("a" + ",a".repeat(16_383), ",")).not.toThrow();
    expect(() => checkDelimitedShape("a" + ",a".repeat(16_384), ",")).toThrow("The file has more than 16,384 columns");
  });

  it("refuses too many lines, blank ones included", () => {
    expect(() => checkDelimitedShape("x\n".repeat(MAX_RAW_RECORDS - 1), ",")).not.toThrow();
    expect(() => checkDelimitedShape("x\n".repeat(MAX_RAW_RECORDS), ",")).toThrow(ImportFileError);
  });

  it("refuses too many fields in all", () => {
    const line = ";".repeat(999) + "\n";
    expect(() => checkDelimitedShape(line.repeat(Math.ceil(MAX_RAW_FIELDS / 1_000)), ";")).toThrow(/far more cells than a crew list/);
  });

  it("does not count separators and line breaks inside quotes; CRLF is one break", () => {
    expect(() => checkDelimitedShape(`"${",".repeat(20_000)}"\r\n`, ",")).not.toThrow();
    expect(() => checkDelimitedShape(`"a\n`.repeat(MAX_RAW_RECORDS), ",")).not.toThrow();
    expect(() => checkDelimitedShape("x\r\n".repeat(MAX_RAW_RECORDS - 1), ",")).not.toThrow();
  });
});
