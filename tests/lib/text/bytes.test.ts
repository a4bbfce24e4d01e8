import { describe, expect, it } from "vitest";
import { formatBytes } from "@/lib/text/bytes";

describe("formatBytes", () => {
  it("counts bytes below a kilobyte, singular for one", () => {
    expect(formatBytes(0)).toBe("0 bytes");
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(1023)).toBe("1023 bytes");
  });

  it("rounds kilobytes to whole numbers", () => {
    expect(formatBytes(1024)).toBe("1 KB");
    expect(formatBytes(512 * 1024 + 300)).toBe("512 KB");
  });

  it("gives megabytes and gigabytes one decimal below ten, whole numbers from ten", () => {
    expect(formatBytes(2 * 1024 ** 2)).toBe("2 MB");
    expect(formatBytes(2.44 * 1024 ** 2)).toBe("2.4 MB");
    expect(formatBytes(12.6 * 1024 ** 2)).toBe("13 MB");
    expect(formatBytes(1024 ** 3 - 1)).toBe("1024 MB");
    expect(formatBytes(1.26 * 1024 ** 3)).toBe("1.3 GB");
    expect(formatBytes(25 * 1024 ** 3)).toBe("25 GB");
  });
});
