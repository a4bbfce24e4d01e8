import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { bomEncoding, decodeText, utf16WithoutBom } from "@/lib/roster/import/decode";
import { fixture } from "./fake-context";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("reads plain UTF-8", () => {
    expect(decodeText(utf8("Name\nAmélie 黒澤"))).toEqual({ text: "Name\nAmélie 黒澤", encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM (bom.csv)", () => {
    const { text, encoding } = decodeText(fixture("bom.csv"));
    expect(encoding).toBe("utf-8-bom");
    expect(text.startsWith("Name,")).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("reads Excel's Unicode text: UTF-16 LE with a BOM (utf16.txt)", () => {
    const { text, encoding } = decodeText(fixture("utf16.txt"));
    expect(encoding).toBe("utf-16le");
    expect(text.startsWith("Name\tDepartment")).toBe(true);
    expect(text).toContain("Zoë Kravitz-Lee");
    expect(text).toContain("李小龍");
  });

  it("reads UTF-16 BE with a BOM", () => {
    const bytes = iconv.encode("\uFEFFName,Role\r\nZoë,DP", "utf-16be");
    expect(decodeText(bytes)).toEqual({ text: "Name,Role\r\nZoë,DP", encoding: "utf-16be" });
  });

  it("detects UTF-16 without a BOM from its NUL bytes, both byte orders", () => {
    expect(decodeText(iconv.encode("Name\tRole\r\nJosé\tDP", "utf-16le"))).toEqual({ text: "Name\tRole\r\nJosé\tDP", encoding: "utf-16le" });
    expect(decodeText(iconv.encode("Name\tRole", "utf-16be"))).toEqual({ text: "Name\tRole", encoding: "utf-16be" });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8 (win1252.csv)", () => {
    const { text, encoding } = decodeText(fixture("win1252.csv"));
    expect(encoding).toBe("windows-1252");
    expect(text).toContain("José Núñez");
    expect(text).toContain("“Sparky” — day rate €500");
    expect(text).toContain("Renée Ñandú");
  });

  it("maps the 0x80–0x9F range to Windows-1252 characters, not C1 controls", () => {
    expect(decodeText(new Uint8Array([0x80, 0x93, 0x94, 0x97, 0x85])).text).toBe("€“”—…");
  });

  it("is empty for no bytes", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("bomEncoding", () => {
  it("recognises the three byte-order marks and their lengths", () => {
    expect(bomEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: "utf-8-bom", length: 3 });
    expect(bomEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ encoding: "utf-16le", length: 2 });
    expect(bomEncoding(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toEqual({ encoding: "utf-16be", length: 2 });
  });

  it("is null without a mark, or with only part of one", () => {
    expect(bomEncoding(utf8("Name"))).toBeNull();
    expect(bomEncoding(new Uint8Array([0xef, 0xbb]))).toBeNull();
    expect(bomEncoding(new Uint8Array())).toBeNull();
  });
});

describe("utf16WithoutBom", () => {
  it("is null for UTF-8 and Windows-1252 text", () => {
    expect(utf16WithoutBom(utf8("Name,Role\nMaya,DP"))).toBeNull();
    expect(utf16WithoutBom(fixture("win1252.csv"))).toBeNull();
  });

  it("is null for mostly non-Latin UTF-16 (no NUL pattern to go on)", () => {
    expect(utf16WithoutBom(iconv.encode("黒澤明黒澤明", "utf-16le"))).toBeNull();
  });

  it("tells the byte order from where the NULs fall", () => {
    expect(utf16WithoutBom(iconv.encode("Name", "utf-16le"))).toBe("utf-16le");
    expect(utf16WithoutBom(iconv.encode("Name", "utf-16be"))).toBe("utf-16be");
  });
});
