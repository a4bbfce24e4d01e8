import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { CINECRED_COLUMNS, cinecredProject, cinecredRows, cinecredStyling } from "@/lib/exports/cinecred";
import { addManualBlock } from "@/lib/end-credits/edit";
import { indieList } from "../end-credits/fixtures";

const list = addManualBlock(indieList(), "names", { id: "braces", heading: "Sound", names: ["{{Pic secret.png}} Kim"] });
const options = { title: "Harbor Lights", fps: "23.976", pxPerFrame: 3, cards: { seconds: 4 } };
const rows = cinecredRows(list, options);
const col = (name: (typeof CINECRED_COLUMNS)[number]) => CINECRED_COLUMNS.indexOf(name);
const cell = (row: string[] | undefined, name: (typeof CINECRED_COLUMNS)[number]) => row?.[col(name)] ?? "";
const rowOf = (body: string) => rows.find((r) => cell(r, "@Body") === body)!;

describe("cinecredRows", () => {
  it("starts with Cinecred's header: the @Head @Body @Tail @Vertical Gap @Content Style @Spine Position @Page Style columns, in Cinecred's order", () => {
    expect(rows[0]).toEqual([...CINECRED_COLUMNS]);
    const wanted = ["@Head", "@Body", "@Tail", "@Vertical Gap", "@Content Style", "@Spine Position", "@Page Style"];
    expect(rows[0]!.filter((c) => wanted.includes(c))).toEqual(wanted);
  });

  it("makes each main title a Card page (head = heading, body = the names), then one Scroll page centred on the spine", () => {
    const maya = rowOf("Maya Okafor");
    expect([cell(maya, "@Head"), cell(maya, "@Content Style"), cell(maya, "@Page Style")]).toEqual(["Written, Directed and Edited by", "Card", "Card"]);
    const cards = rows.filter((r) => cell(r, "@Page Style") === "Card").map((r) => cell(r, "@Head"));
    expect(cards).toEqual(["Written, Directed and Edited by", "Story by", "Executive Producers", "Produced by", "Director of Photography"]);
    const scroll = rows.filter((r) => cell(r, "@Page Style") === "Scroll");
    expect(scroll).toHaveLength(1);
    expect([cell(scroll[0], "@Body"), cell(scroll[0], "@Spine Position"), cell(scroll[0], "@Content Style")]).toEqual(["Cast", "0", "Heading"]);
  });

  it("sets the crew and the cast as head | body Gutter blocks, a name a row, blocks apart by an empty row or a gap", () => {
    const zoe = rowOf("Zoë Adebayo");
    expect([cell(zoe, "@Head"), cell(zoe, "@Content Style")]).toEqual(["Maya", "Gutter"]);
    expect(cell(rowOf("Jon Bell"), "@Head")).toBe("The Landlord");
    const pa = rows.indexOf(rowOf("Ana María de la Cruz"));
    expect(rows.slice(pa, pa + 3).map((r) => [cell(r, "@Head"), cell(r, "@Body")])).toEqual([
      ["Production Assistants", "Ana María de la Cruz"],
      ["", 'Bo "Sparky" Chen'],
      ["", "Cy Park"],
    ]);
    // Before a block: an empty row (one unit), or two more units where the section changes.
    const before = rows[pa - 1]!;
    expect(before.every((c, i) => c === "" || i === col("@Vertical Gap"))).toBe(true);
    expect(cell(before, "@Vertical Gap")).toBe("2");
    expect(cell(rowOf("The Reed family"), "@Content Style")).toBe("Two Columns");
    expect(cell(rowOf("Performed by The Okafors"), "@Head")).toBe('"Night Bus"');
    expect(cell(rowOf("Written by Maya Okafor & Sam Reed"), "@Head")).toBe("");
  });

  it("keeps text that looks like a Cinecred tag literal", () => {
    expect(cell(rows.find((r) => cell(r, "@Body").includes("Kim")), "@Body")).toBe("{\u200b{Pic secret.png}\u200b} Kim");
  });

  it("crawls the main titles too without cards", () => {
    const crawled = cinecredRows(list, { ...options, cards: null });
    expect(crawled.slice(1).filter((r) => cell(r, "@Page Style")).map((r) => cell(r, "@Page Style"))).toEqual(["Scroll"]);
    expect(cell(crawled[1], "@Head")).toBe("Written, Directed and Edited by");
  });
});

describe("cinecredStyling", () => {
  it("defines every page and content style the spreadsheet names, the crawl's speed and the exact frame rate", () => {
    const toml = cinecredStyling(options);
    const names = new Set([...toml.matchAll(/^name = "([^"]+)"$/gm)].map((m) => m[1]));
    for (const r of rows.slice(1)) {
      for (const c of ["@Content Style", "@Page Style"] as const) if (cell(r, c)) expect(names).toContain(cell(r, c));
    }
    expect(toml).toMatch(/^fps = "24000\/1001"$/m);
    expect(toml).toMatch(/^scrollPxPerFrame = 3\.0$/m);
    expect(toml).toMatch(/^cardRuntimeFrames = 96$/m);
  });
});

describe("cinecredProject", () => {
  it("zips a project folder Cinecred opens: Credits.xlsx (the table, read back with exceljs), Styling.toml and the logos", async () => {
    const zip = await JSZip.loadAsync(await cinecredProject(list, options, "Harbor Lights Cinecred", [{ assetId: "asset-42", fileName: "asset-42.png", data: new Uint8Array([137, 80, 78, 71]) }]));
    expect(Object.keys(zip.files).sort()).toEqual(["Harbor Lights Cinecred/Credits.xlsx", "Harbor Lights Cinecred/Logos/asset-42.png", "Harbor Lights Cinecred/Styling.toml"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await zip.file("Harbor Lights Cinecred/Credits.xlsx")!.async("nodebuffer")) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const withLogo = cinecredRows(list, { ...options, logoFiles: new Map([["asset-42", "asset-42.png"]]) });
    const read = withLogo.map((_, r) => CINECRED_COLUMNS.map((__, c) => String(sheet.getRow(r + 1).getCell(c + 1).value ?? "")));
    expect(read).toEqual(withLogo);
    expect(read.some((r) => r[col("@Body")] === "{{Pic Logos/asset-42.png}}")).toBe(true);
    expect(await zip.file("Harbor Lights Cinecred/Styling.toml")!.async("string")).toContain('[[pageStyle]]\nname = "Scroll"');
  });
});
