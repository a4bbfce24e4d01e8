import { describe, expect, it } from "vitest";
import { zipUncompressedSize } from "@/lib/roster/import/zip";
import { fixture } from "./fake-context";

/** A minimal ZIP: one stored entry, with `size` declared as its uncompressed size. */
function zipWith(size: number, name = "a.txt"): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const central = new Uint8Array(46 + nameBytes.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint32(24, size, true);
  c.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, 1, true);
  e.setUint16(10, 1, true);
  e.setUint32(12, central.length, true);
  e.setUint32(16, 4, true);
  const out = new Uint8Array(4 + central.length + end.length);
  out.set([0x50, 0x4b, 0x03, 0x04]);
  out.set(central, 4);
  out.set(end, 4 + central.length);
  return out;
}

describe("zipUncompressedSize", () => {
  it("sums the declared sizes of a real workbook", () => {
    const size = zipUncompressedSize(fixture("several-sheets.xlsx"));
    expect(size).toBeGreaterThan(fixture("several-sheets.xlsx").length);
    expect(size).toBeLessThan(200_000);
  });

  it("reads the size a central directory declares", () => {
    expect(zipUncompressedSize(zipWith(123_456))).toBe(123_456);
  });

  it("treats a ZIP64 size as infinite", () => {
    expect(zipUncompressedSize(zipWith(0xffffffff))).toBe(Infinity);
  });

  it("treats a central directory pointing nowhere as infinite", () => {
    const bytes = zipWith(10);
    new DataView(bytes.buffer).setUint32(bytes.length - 22 + 16, 9999, true);
    expect(zipUncompressedSize(bytes)).toBe(Infinity);
  });

  it("is null without an end-of-central-directory record", () => {
    expect(zipUncompressedSize(fixture("not-really.xlsx"))).toBeNull();
    expect(zipUncompressedSize(new Uint8Array())).toBeNull();
  });
});
