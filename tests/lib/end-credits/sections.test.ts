import { describe, expect, it } from "vitest";
import { buildCreditList } from "@/lib/end-credits/build";
import { addManualBlock, moveBlock, moveBlockToSection, updateManualBlock } from "@/lib/end-credits/edit";
import { toCreditsCsv } from "@/lib/end-credits/export-text";
import { parseCreditList } from "@/lib/end-credits/schema";
import { departmentSection } from "@/lib/end-credits/departments";
import { sectionBetween, sectionsInOrder, settleSections } from "@/lib/end-credits/sections";
import type { CreditList, CreditSection } from "@/lib/end-credits/types";
import { actor, block, crew, held, ids, input } from "./fixtures";

const data = input({
  heldCredits: [held("d", "Dov", "Directed by"), held("p", "Pat", "Produced by"), held("c", "Cam", "Director of Photography")],
  roster: [crew("u", "Una", "UPM"), crew("f", "Fay", "1st AD"), crew("a", "Ann", "Script Supervisor"), crew("g", "Gus", "Gaffer"), crew("o", "Col", "Colorist"), crew("v", "Vic", "Vibe Curator", "Vibes")],
  cast: [actor("z", "Zoë", "Maya")],
});
const ASSOCIATE = "crew:direction:direction.script-supervisor";
const GAFFER = "crew:electric:electric.gaffer";
const sections = (list: CreditList) => list.blocks.map((b) => `${b.section} ${b.id}`);

describe("buildCreditList: sections", () => {
  it("bills main titles, the UPM and ADs before the cast, the cast, the crew, then post-production", () => {
    expect(sections(buildCreditList(data))).toEqual([
      "main main:directed-by",
      "main main:produced-by",
      "main main:director-of-photography",
      "opening crew:production:production.unit-production-manager",
      "opening crew:direction:direction.first-assistant-director",
      "cast cast",
      `crew ${ASSOCIATE}`,
      `crew ${GAFFER}`,
      // A free-text department bills with the crew, before post-production.
      "crew crew:vibes:vibe-curator",
      "post crew:post-production:post-production.colorist",
    ]);
  });
});

describe("departmentSection", () => {
  it("puts post-production and the departments after it in the catalogue in post", () => {
    expect(["camera", "electric", "cast", "production", "marine"].map(departmentSection)).toEqual(["crew", "crew", "crew", "crew", "crew"]);
    expect(["post-production", "editorial", "visual-effects", "sound-post", "music", "legal"].map(departmentSection)).toEqual(["post", "post", "post", "post", "post", "post"]);
    expect(departmentSection("vibes")).toBe("crew");
  });
});

describe("sectionBetween", () => {
  it("keeps the block's own section when its neighbours allow it", () => {
    expect(sectionBetween("crew", "cast", "crew")).toBe("crew");
    expect(sectionBetween("crew", "main", "cast")).toBe("cast");
    expect(sectionBetween("crew", "main", "main")).toBe("main");
    expect(sectionBetween("main", "post", null)).toBe("post");
    expect(sectionBetween("logos", null, "main")).toBe("main");
    expect(sectionBetween("thanks", null, null)).toBe("thanks");
  });
});

describe("moveBlock across sections", () => {
  it("makes a crew card moved between two main titles a main title, and exports say so", () => {
    const list = moveBlock(buildCreditList(data), ASSOCIATE, 2);
    expect(block(list, ASSOCIATE).section).toBe("main");
    expect(sectionsInOrder(list.blocks)).toBe(true);
    expect(toCreditsCsv(list)).toContain("main,Script Supervisor,Ann");
  });

  it("keeps a block's section at the edge of its own section", () => {
    const built = buildCreditList(data);
    const list = moveBlock(built, GAFFER, ids(built).indexOf(ASSOCIATE)); // first of the crew, right after the cast
    expect(block(list, GAFFER).section).toBe("crew");
    expect(ids(list).indexOf(GAFFER)).toBe(ids(built).indexOf("cast") + 1);
  });

  it("moves a block to the near end of another section with moveBlockToSection", () => {
    const built = buildCreditList(data);
    const up = moveBlockToSection(built, GAFFER, "main");
    expect(ids(up).slice(0, 4)).toEqual(["main:directed-by", "main:produced-by", "main:director-of-photography", GAFFER]);
    expect(block(up, GAFFER).section).toBe("main");
    const down = moveBlockToSection(built, GAFFER, "thanks");
    expect(ids(down).at(-1)).toBe(GAFFER);
    expect(block(down, GAFFER).section).toBe("thanks");
    // Beside the section already: only the label changes.
    const relabelled = moveBlockToSection(built, ASSOCIATE, "cast");
    expect(ids(relabelled)).toEqual(ids(built));
    expect(block(relabelled, ASSOCIATE).section).toBe("cast");
    expect(() => moveBlockToSection(built, GAFFER, "credits" as CreditSection)).toThrow(/not a section/);
    expect(() => moveBlockToSection(built, "nope", "main")).toThrow(/no block "nope"/);
  });

  it("fits a manual block added at an index, and moves one given a new section", () => {
    let list = addManualBlock(buildCreditList(data), "group", { id: "film-by", heading: "A Film by", names: ["Dov"] }, 0);
    expect(block(list, "film-by").section).toBe("main");
    list = updateManualBlock(list, "film-by", { section: "thanks" });
    expect(ids(list).at(-1)).toBe("film-by");
    expect(sectionsInOrder(list.blocks)).toBe(true);
  });
});

describe("settleSections and the version 1 upgrade", () => {
  it("changes as few sections as it can and never moves a block", () => {
    const built = buildCreditList(data);
    const messy: CreditList = { ...built, blocks: built.blocks.map((b) => (b.id === ASSOCIATE ? b : b)) };
    // The Script Supervisor card sitting among the main titles with its old section.
    const blocks = messy.blocks.filter((b) => b.id !== ASSOCIATE);
    blocks.splice(2, 0, block(built, ASSOCIATE));
    const settled = settleSections({ ...messy, blocks });
    expect(ids(settled)).toEqual(blocks.map((b) => b.id));
    expect(block(settled, ASSOCIATE).section).toBe("main");
    expect(settled.blocks.filter((b) => b.id !== ASSOCIATE).map((b) => b.section)).toEqual(blocks.filter((b) => b.id !== ASSOCIATE).map((b) => b.section));
    expect(settleSections(built)).toBe(built);
  });

  it("reads a version 1 list: the crawl openers before the cast, post departments in post", () => {
    const v2 = buildCreditList(data);
    const v1 = JSON.parse(JSON.stringify({ ...v2, schemaVersion: 1 }));
    for (const b of v1.blocks) if (b.section === "opening" || b.section === "post") b.section = "crew";
    // A free-text department after post-production, as version 1 built it.
    v1.blocks.push(v1.blocks.splice(v1.blocks.findIndex((b: { id: string }) => b.id === "crew:vibes:vibe-curator"), 1)[0]);
    const read = parseCreditList(v1);
    expect(read.schemaVersion).toBe(2);
    expect(sectionsInOrder(read.blocks)).toBe(true);
    expect(sections(read)).toEqual([
      "main main:directed-by",
      "main main:produced-by",
      "main main:director-of-photography",
      "opening crew:production:production.unit-production-manager",
      "opening crew:direction:direction.first-assistant-director",
      "cast cast",
      `crew ${ASSOCIATE}`,
      `crew ${GAFFER}`,
      "post crew:post-production:post-production.colorist",
      "post crew:vibes:vibe-curator",
    ]);
  });
});
