import { describe, expect, it } from "vitest";
import { formatDateRange, formatDay, formatHours } from "@/lib/work/format";

describe("work formatting", () => {
  it("formats days and leaves non-dates alone", () => {
    expect(formatDay("2026-03-09")).toBe("9 Mar 2026");
    expect(formatDay("2026-13-01")).toBe("2026-13-01");
    expect(formatDay("soon")).toBe("soon");
  });
  it("formats ranges compactly", () => {
    expect(formatDateRange(null, null)).toBe("");
    expect(formatDateRange("2026-03-12", null)).toBe("12 Mar 2026");
    expect(formatDateRange("2026-03-12", "2026-03-12")).toBe("12 Mar 2026");
    expect(formatDateRange("2026-03-12", "2026-03-20")).toBe("12–20 Mar 2026");
    expect(formatDateRange("2026-02-28", "2026-03-03")).toBe("28 Feb – 3 Mar 2026");
    expect(formatDateRange("2025-12-30", "2026-01-02")).toBe("30 Dec 2025 – 2 Jan 2026");
  });
  it("formats hours", () => {
    expect(formatHours(null)).toBe("");
    expect(formatHours(1)).toBe("1 hour");
    expect(formatHours(12.5)).toBe("12.5 hours");
    expect(formatHours(0.25)).toBe("0.25 hours");
    expect(formatHours(2120)).toBe("2,120 hours");
    expect(formatHours(0)).toBe("0 hours");
  });
});
