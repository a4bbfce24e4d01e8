import { describe, expect, it } from "vitest";
import { formatShare } from "@/lib/review";

describe("formatShare", () => {
  it("shows a 0–1 share as a percent with at most one decimal", () => {
    expect(formatShare(0.6234)).toBe("62.3%");
    expect(formatShare(0.5)).toBe("50%");
    expect(formatShare(0.34449)).toBe("34.4%");
    expect(formatShare(1)).toBe("100%");
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(Number.NaN)).toBe("0%");
  });
});
