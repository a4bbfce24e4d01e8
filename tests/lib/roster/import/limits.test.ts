import { describe, expect, it } from "vitest";
import { cellTooLongMessage, formatMegabytes, MAX_BYTES, MAX_CELL_CHARS, MAX_ROWS, tooBigMessage, tooManyRowsMessage } from "@/lib/roster/import/limits";

describe("limits", () => {
  it("are 10 MB, 20,000 rows and 1,000 characters a cell", () => {
    expect(MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_ROWS).toBe(20_000);
    expect(MAX_CELL_CHARS).toBe(1_000);
  });
});

describe("formatMegabytes", () => {
  it("rounds up to one decimal", () => {
    expect(formatMegabytes(12.4 * 1024 * 1024)).toBe("12.4 MB");
    expect(formatMegabytes(12.41 * 1024 * 1024)).toBe("12.5 MB");
  });

  it("never shows a file just over the limit as the limit", () => {
    expect(formatMegabytes(MAX_BYTES)).toBe("10 MB");
    expect(formatMegabytes(MAX_BYTES + 1)).toBe("10.1 MB");
  });
});

describe("tooBigMessage", () => {
  it("names the size and the limit", () => {
    expect(tooBigMessage(Math.round(12.4 * 1024 * 1024))).toBe("The file is 12.4 MB; the limit is 10 MB.");
  });
});

describe("tooManyRowsMessage", () => {
  it("names the count and the limit with thousands separators", () => {
    expect(tooManyRowsMessage(20_001)).toBe("The file has 20,001 rows; the limit is 20,000. Split it into smaller files.");
  });
});

describe("cellTooLongMessage", () => {
  it("names the field, its length and the limit", () => {
    expect(cellTooLongMessage("Notes", 10_000)).toBe("Notes is 10,000 characters long; the limit is 1,000.");
  });
});
