import { describe, expect, it } from "vitest";
import { mergedHeading, pluralizeHeading, withCurrentHeading } from "@/lib/end-credits/headings";
import { ROLES } from "@/lib/roster/catalog";
import type { NamesBlock } from "@/lib/end-credits/types";

describe("pluralizeHeading", () => {
  it("pluralizes the head noun for two or more names", () => {
    expect(pluralizeHeading("Executive Producer", 2)).toBe("Executive Producers");
    expect(pluralizeHeading("Gaffer", 3)).toBe("Gaffers");
    expect(pluralizeHeading("Production Secretary", 2)).toBe("Production Secretaries");
    expect(pluralizeHeading("Special Effects Foreman", 2)).toBe("Special Effects Foremen");
    expect(pluralizeHeading("Dialect Coach", 2)).toBe("Dialect Coaches");
    expect(pluralizeHeading("Cutter/Fitter", 2)).toBe("Cutter/Fitters");
    expect(pluralizeHeading("Stand-in", 2)).toBe("Stand-ins");
  });

  it("pluralizes the noun before of / to / in / for", () => {
    expect(pluralizeHeading("Director of Photography", 2)).toBe("Directors of Photography");
    expect(pluralizeHeading("Assistant to the Director", 2)).toBe("Assistants to the Director");
    expect(pluralizeHeading("Executive in Charge of Production", 2)).toBe("Executives in Charge of Production");
  });

  it("keeps one name (or none) singular", () => {
    expect(pluralizeHeading("Executive Producer", 1)).toBe("Executive Producer");
    expect(pluralizeHeading("Executive Producer", 0)).toBe("Executive Producer");
  });

  it("never changes … by credits, mass nouns, plurals or non-Latin headings", () => {
    for (const heading of ["Produced by", "Written and Directed by", "Casting by", "Cast", "Additional Music", "Loop Group", "Utility Stunts", "First Assistant Camera", "Location Casting", "Craft Service", "Special Thanks", "Régie générale?", "撮影", "Операторы", ""]) {
      expect(pluralizeHeading(heading, 5)).toBe(heading);
    }
  });

  it("gives acronyms a lower-case s and keeps capitals", () => {
    expect(pluralizeHeading("Set PA", 2)).toBe("Set PAs");
    expect(pluralizeHeading("GAFFER", 2)).toBe("GAFFERS");
    expect(pluralizeHeading("BOSS", 2)).toBe("BOSSES");
  });

  it("keeps surrounding whitespace", () => {
    expect(pluralizeHeading("Gaffer  ", 2)).toBe("Gaffers  ");
  });

  it("makes no catalogue role name end in a doubled or odd plural", () => {
    for (const role of ROLES) {
      const plural = pluralizeHeading(role.name, 2);
      expect(plural).not.toMatch(/(?:sss|[^aeiou]ys|ss)$/i);
      expect(plural.length).toBeGreaterThanOrEqual(role.name.length);
    }
  });
});

describe("mergedHeading", () => {
  it("reads Written, Produced, Directed, Edited in that order", () => {
    expect(mergedHeading(["directed-by", "written-by"])).toBe("Written and Directed by");
    expect(mergedHeading(["edited-by", "directed-by", "written-by"])).toBe("Written, Directed and Edited by");
    expect(mergedHeading(["directed-by", "produced-by"])).toBe("Produced and Directed by");
    expect(mergedHeading(["written-by", "produced-by", "directed-by", "edited-by"])).toBe("Written, Produced, Directed and Edited by");
  });

  it("handles one and no title", () => {
    expect(mergedHeading(["edited-by"])).toBe("Edited by");
    expect(mergedHeading([])).toBe("");
  });
});

describe("withCurrentHeading", () => {
  const block: NamesBlock = {
    id: "crew:electric:electric.gaffer",
    kind: "names",
    section: "crew",
    heading: "Gaffer",
    baseHeading: "Gaffer",
    headingEdited: false,
    columns: 1,
    hidden: false,
    flags: [],
    origin: "generated",
    lines: [
      { key: "a", personId: "a", name: "A", asCredited: null, hidden: false },
      { key: "b", personId: "b", name: "B", asCredited: null, hidden: false },
    ],
  };

  it("counts visible names only", () => {
    expect(withCurrentHeading(block).heading).toBe("Gaffers");
    expect(withCurrentHeading({ ...block, lines: [block.lines[0]!, { ...block.lines[1]!, hidden: true }] }).heading).toBe("Gaffer");
  });

  it("leaves renamed and manual headings alone", () => {
    expect(withCurrentHeading({ ...block, headingEdited: true }).heading).toBe("Gaffer");
    expect(withCurrentHeading({ ...block, origin: "manual" }).heading).toBe("Gaffer");
  });

  it("returns the same object when nothing changes", () => {
    const current = withCurrentHeading(block);
    expect(withCurrentHeading(current)).toBe(current);
  });
});
