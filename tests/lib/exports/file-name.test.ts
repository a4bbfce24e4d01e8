import { describe, expect, it } from "vitest";
import { attachmentDisposition, exportFileName } from "@/lib/exports/file-name";

describe("exportFileName", () => {
  it("joins title, kind and extension", () => {
    expect(exportFileName("Harbor Lights", "roster", "csv")).toEqual({ ascii: "Harbor Lights roster.csv", utf8: "Harbor Lights roster.csv" });
  });

  it("replaces characters that are unsafe in file names or headers", () => {
    const name = exportFileName('Harbor Lights: "Director\'s Cut" / v2\\final', "roster", "xlsx");
    expect(name.utf8).toBe("Harbor Lights- -Director's Cut- - v2-final roster.xlsx");
    expect(name.ascii).not.toMatch(/["\\/:]/);
  });

  it("gives an ASCII fallback without accents", () => {
    expect(exportFileName("Café Noir", "roster", "csv")).toEqual({ ascii: "Cafe Noir roster.csv", utf8: "Café Noir roster.csv" });
  });

  it("falls back to the kind when the title has no ASCII letters", () => {
    expect(exportFileName("黒澤", "roster", "csv")).toEqual({ ascii: "roster.csv", utf8: "黒澤 roster.csv" });
  });

  it("drops control characters and leading dots, and caps the length", () => {
    expect(exportFileName("..\u0000Secret\nfilm", "roster", "csv").utf8).toBe("Secret film roster.csv");
    expect(exportFileName("x".repeat(300), "roster", "csv").utf8.length).toBeLessThanOrEqual(104);
  });

  it("uses the kind for a blank title", () => {
    expect(exportFileName("  ", "roster", "xlsx")).toEqual({ ascii: "roster.xlsx", utf8: "roster.xlsx" });
  });
});

describe("attachmentDisposition", () => {
  it("gives the ASCII fallback quoted and the real name percent-encoded (RFC 6266)", () => {
    const name = exportFileName("Café Noir: 100% «vrai»", "roster", "csv");
    const value = attachmentDisposition(name);
    expect(value).toBe(`attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`);
    expect(value).toMatch(/^attachment; filename="Cafe Noir- 100% vrai roster\.csv"; filename\*=UTF-8''Caf%C3%A9%20Noir-%20100%25%20%C2%ABvrai%C2%BB%20roster\.csv$/);
    // Nothing in it can end the quoted value or start a new parameter.
    expect(value.match(/"/g)).toHaveLength(2);
  });
});
