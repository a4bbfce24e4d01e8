import { describe, expect, it } from "vitest";
import { guessDelimiter } from "@/lib/roster/import/delimiter";

describe("guessDelimiter", () => {
  it("picks the separator of the first record", () => {
    expect(guessDelimiter("Name,Role,Email\nA;B;C;D;E")).toBe(",");
    expect(guessDelimiter("Name;Role;Email\nA,B")).toBe(";");
    expect(guessDelimiter("Name\tRole\tEmail")).toBe("\t");
  });

  it("ignores separators inside quotes", () => {
    expect(guessDelimiter('"Name; full";"Role, main"')).toBe(";");
    expect(guessDelimiter('"a\tb\tc",Role')).toBe(",");
  });

  it("defaults to a comma for one column or a tie", () => {
    expect(guessDelimiter("Name\nMaya")).toBe(",");
    expect(guessDelimiter("Name,Role;Email")).toBe(",");
    expect(guessDelimiter("")).toBe(",");
  });

  it("stops at the end of the first line (CR, LF or CRLF)", () => {
    expect(guessDelimiter("Name\rA;B;C")).toBe(",");
    expect(guessDelimiter("Name;Role\r\nA,B,C,D")).toBe(";");
  });
});
