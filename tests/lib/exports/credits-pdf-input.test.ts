import { describe, expect, it } from "vitest";
import { pdfBlocks } from "@/lib/exports/credits-pdf-input";
import { CREDIT_LIST_SCHEMA_VERSION, type CreditList, type LogoBlock } from "@/lib/end-credits/types";

const logo = (id: string, assetId: string, hidden = false): LogoBlock => ({
  id,
  kind: "logo",
  section: "logos",
  heading: "",
  baseHeading: "",
  headingEdited: false,
  columns: 1,
  hidden,
  lines: [],
  flags: [],
  origin: "manual",
  assetId,
  alt: `Logo ${assetId}`,
  width: 300,
  height: 100,
});

const list: CreditList = { schemaVersion: CREDIT_LIST_SCHEMA_VERSION, blocks: [logo("manual:a", "png-1"), logo("manual:b", "svg-1"), logo("manual:c", "gone"), logo("manual:d", "png-1", true)] };

describe("pdfBlocks: logos", () => {
  it("gives a PNG its bytes, an SVG its markup, and a logo without a file its text alternative", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const files = new Map([
      ["png-1", { mime: "image/png" as const, data: png }],
      ["svg-1", { mime: "image/svg+xml" as const, data: Buffer.from("<svg/>", "utf8") }],
    ]);
    const blocks = pdfBlocks(list, files);
    expect(blocks).toHaveLength(3); // the hidden one is left out
    expect(blocks[0]).toMatchObject({ kind: "logo", logo: { png, width: 300, height: 100 } });
    expect(blocks[1]).toMatchObject({ kind: "logo", logo: { svg: "<svg/>", width: 300, height: 100 } });
    expect(blocks[2]).toMatchObject({ kind: "names", names: [{ name: "Logo gone" }] });
  });

  it("prints every logo's text alternative when no files are given", () => {
    expect(pdfBlocks(list).map((b) => b.names[0]?.name)).toEqual(["Logo png-1", "Logo svg-1", "Logo gone"]);
  });
});
