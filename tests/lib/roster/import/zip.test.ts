import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { zipInflatedSize } from "@/lib/roster/import/zip";
import { fixture } from "./fake-context";

const LIMITS = { maxBytes: 100 * 1024 * 1024, maxEntries: 5_000 };

/** A minimal ZIP of one entry holding `data`, deflated (method 8) or stored (0), declaring `declared` as its size. */
function zipOf(data: Uint8Array, options: { method?: 0 | 8; declared?: number; count?: number } = {}): Uint8Array {
  const method = options.method ?? 8;
  const body = method === 8 ? new Uint8Array(deflateRawSync(data)) : data;
  const name = new TextEncoder().encode("a.txt");
  const local = new Uint8Array(30 + name.length);
  const l = new DataView(local.buffer);
  l.setUint32(0, 0x04034b50, true);
  l.setUint16(8, method, true);
  l.setUint32(18, body.length, true);
  l.setUint32(22, options.declared ?? data.length, true);
  l.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint16(10, method, true);
  c.setUint32(20, body.length, true);
  c.setUint32(24, options.declared ?? data.length, true);
  c.setUint16(28, name.length, true);
  c.setUint32(42, 0, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, options.count ?? 1, true);
  e.setUint16(10, options.count ?? 1, true);
  e.setUint32(12, central.length, true);
  e.setUint32(16, local.length + body.length, true);
  const out = new Uint8Array(local.length + body.length + central.length + end.length);
  out.set(local);
  out.set(body, local.length);
  out.set(central, local.length + body.length);
  out.set(end, local.length + body.length + central.length);
  return out;
}

describe("zipInflatedSize", () => {
  it("counts what a real workbook unpacks to", async () => {
    const size = await zipInflatedSize(fixture("several-sheets.xlsx"), LIMITS);
    expect(size).not.toBeTypeOf("string");
    expect((size as { bytes: number }).bytes).toBeGreaterThan(fixture("several-sheets.xlsx").length);
  });

  it("counts the real size, not the declared one, for deflated and stored entries", async () => {
    expect(await zipInflatedSize(zipOf(new Uint8Array(50_000), { declared: 10 }), LIMITS)).toEqual({ bytes: 50_000 });
    expect(await zipInflatedSize(zipOf(new Uint8Array(700), { method: 0, declared: 10 }), LIMITS)).toEqual({ bytes: 700 });
  });

  it("stops at the limit: a zip bomb that claims 1 KB (zip-bomb.xlsx) is too big, with its memory bounded", async () => {
    const used = () => process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed;
    const before = used();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, used() - before)), 1);
    expect(await zipInflatedSize(fixture("zip-bomb.xlsx"), LIMITS)).toBe("too-big");
    clearInterval(sampler);
    // Inflated chunk by chunk and thrown away: the 100 MB it counted past (and the 150 MB the
    // entry holds) never sit in memory; unpacking the workbook took +1 GB before.
    expect(Math.max(peak, used() - before)).toBeLessThan(64 * 1024 * 1024);
    expect(await zipInflatedSize(zipOf(new Uint8Array(2_000)), { maxBytes: 1_999, maxEntries: 10 })).toBe("too-big");
  });

  it("refuses more entries than allowed", async () => {
    expect(await zipInflatedSize(zipOf(new Uint8Array(1), { count: 3 }), { maxBytes: 10, maxEntries: 2 })).toBe("too-big");
  });

  it("is unreadable without a central directory, with damaged data, or an entry pointing outside the file", async () => {
    expect(await zipInflatedSize(fixture("not-really.xlsx"), LIMITS)).toBe("unreadable");
    expect(await zipInflatedSize(new Uint8Array(), LIMITS)).toBe("unreadable");
    const damaged = zipOf(new TextEncoder().encode("hello hello hello"));
    damaged.fill(0xff, 35, 40);
    expect(await zipInflatedSize(damaged, LIMITS)).toBe("unreadable");
    const pointing = zipOf(new Uint8Array(10));
    new DataView(pointing.buffer).setUint32(pointing.length - 22 + 16, 9_999, true);
    expect(await zipInflatedSize(pointing, LIMITS)).toBe("unreadable");
  });
});
