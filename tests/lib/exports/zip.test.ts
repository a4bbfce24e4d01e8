import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ZipWriter, zipFiles } from "@/lib/exports/zip";

describe("zipFiles", () => {
  it("writes an archive other tools read back byte for byte, names in UTF-8", async () => {
    const files = [
      { path: "Harbor Lights Cinecred/Credits.xlsx", data: new Uint8Array([1, 2, 3, 4]) },
      { path: "Harbor Lights Cinecred/Styling.toml", data: new TextEncoder().encode("[global]\n") },
      { path: "Café Δ/logo.png", data: new Uint8Array(70_000).fill(7) },
    ];
    const zip = await JSZip.loadAsync(zipFiles(files, new Date(Date.UTC(2026, 11, 3, 14, 5, 10))));
    expect(Object.keys(zip.files)).toEqual(files.map((f) => f.path));
    for (const f of files) expect(new Uint8Array(await zip.file(f.path)!.async("uint8array"))).toEqual(f.data);
    expect(zip.file(files[0]!.path)!.date.toISOString()).toBe("2026-12-03T14:05:10.000Z");
  });
});

describe("ZipWriter", () => {
  it("counts what it wrote", () => {
    const zip = new ZipWriter();
    const parts = [...zip.add("a.txt", new Uint8Array(10)), ...zip.finish()];
    expect(zip.size).toBe(parts.reduce((n, b) => n + b.byteLength, 0));
  });

  it("turns ZIP64 past 65,534 entries", async () => {
    const zip = new ZipWriter();
    const parts: Buffer[] = [];
    for (let i = 0; i < 65_540; i++) for (const part of zip.add(`f/${i}.png`, new Uint8Array([i & 0xff]))) parts.push(part);
    for (const part of zip.finish()) parts.push(part);
    const archive = Buffer.concat(parts);
    // The ZIP64 end record and its locator precede the classic end record.
    expect(archive.readUInt32LE(archive.byteLength - 22 - 20 - 56)).toBe(0x06064b50);
    expect(archive.readBigUInt64LE(archive.byteLength - 22 - 20 - 56 + 24)).toBe(65_540n);
    const read = await JSZip.loadAsync(archive);
    expect(Object.keys(read.files)).toHaveLength(65_540);
    expect(await read.file("f/65539.png")!.async("uint8array")).toEqual(new Uint8Array([65_539 & 0xff]));
  });
});
