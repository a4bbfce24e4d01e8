import { describe, expect, it } from "vitest";
import { CREDIT_TITLES, isCreditTitleId, isProducerFamilyId, matchTitle, PRODUCER_FAMILY, PRODUCING_TITLES, titleLabel, titleOrder } from "@/lib/credits/titles";
import { CREDIT_HINTS, RESPONSIBILITIES } from "@/lib/work/taxonomy";

describe("CREDIT_TITLES", () => {
  it("has unique ids and the requested labels", () => {
    expect(new Set(CREDIT_TITLES.map((t) => t.id)).size).toBe(CREDIT_TITLES.length);
    expect(titleLabel("executive-producer")).toBe("Executive Producer");
    expect(titleLabel("produced-by")).toBe("Produced by");
  });

  it("has a (creative, non-producing) title for every creditHint the taxonomy uses", () => {
    for (const hint of CREDIT_HINTS) {
      expect(isCreditTitleId(hint), hint).toBe(true);
      expect(PRODUCING_TITLES, hint).not.toContain(hint);
    }
    for (const r of RESPONSIBILITIES) if (r.creditHint !== null) expect(isCreditTitleId(r.creditHint), r.id).toBe(true);
  });

  it("labels the post and music heads of department and bills them after the other creative credits", () => {
    expect(titleLabel("sound-designer")).toBe("Sound Designer");
    expect(titleLabel("colorist")).toBe("Colorist");
    expect(titleLabel("music-supervisor")).toBe("Music Supervisor");
    expect(titleLabel("visual-effects-supervisor")).toBe("Visual Effects Supervisor");
    const last = titleOrder("costume-designer");
    for (const id of ["music-supervisor", "sound-designer", "visual-effects-supervisor", "colorist"]) {
      expect(titleOrder(id), id).toBeGreaterThan(last);
    }
    expect(titleOrder("directed-by")).toBeLessThan(titleOrder("sound-designer"));
  });
});

describe("PRODUCER_FAMILY", () => {
  it("bills EP, Co-EP, Produced by, Co-Producer, Line Producer, Associate Producer, in that order, first among the titles", () => {
    expect(PRODUCER_FAMILY.map(titleLabel)).toEqual(["Executive Producer", "Co-Executive Producer", "Produced by", "Co-Producer", "Line Producer", "Associate Producer"]);
    expect(PRODUCER_FAMILY.map(titleOrder)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const id of PRODUCER_FAMILY) expect(PRODUCING_TITLES, id).toContain(id);
  });
  it("tells family members from the rest (managers and creative titles are not in it)", () => {
    expect(isProducerFamilyId("co-executive-producer")).toBe(true);
    expect(isProducerFamilyId("unit-production-manager")).toBe(false);
    expect(isProducerFamilyId("directed-by")).toBe(false);
    expect(isProducerFamilyId(null)).toBe(false);
  });
});

describe("matchTitle", () => {
  it("matches ids, labels and common aliases", () => {
    expect(matchTitle("Produced by")).toBe("produced-by");
    expect(matchTitle(" executive producer ")).toBe("executive-producer");
    expect(matchTitle("Producer")).toBe("produced-by");
    expect(matchTitle("Co-Executive Producer")).toBe("co-executive-producer");
    expect(matchTitle("Co-EP")).toBe("co-executive-producer");
    expect(matchTitle("Boom Operator")).toBeNull();
    expect(matchTitle(42)).toBeNull();
  });
  it("matches the post and music heads of department by label and common spellings", () => {
    expect(matchTitle("Sound Designer")).toBe("sound-designer");
    expect(matchTitle("Sound Design by")).toBe("sound-designer");
    expect(matchTitle("Colorist")).toBe("colorist");
    expect(matchTitle("Colourist")).toBe("colorist");
    expect(matchTitle("Digital Colorist")).toBe("colorist");
    expect(matchTitle("Color Grading")).toBe("colorist");
    expect(matchTitle("Colour Grader")).toBe("colorist");
    expect(matchTitle("Music Supervisor")).toBe("music-supervisor");
    expect(matchTitle("Music Supervision by")).toBe("music-supervisor");
    expect(matchTitle("Visual Effects Supervisor")).toBe("visual-effects-supervisor");
    expect(matchTitle("VFX Supervisor")).toBe("visual-effects-supervisor");
    expect(matchTitle("Sound Mixer")).toBeNull();
  });
});

describe("titleOrder", () => {
  it("puts unknown titles last", () => {
    expect(titleOrder("executive-producer")).toBe(0);
    expect(titleOrder("zzz")).toBe(CREDIT_TITLES.length);
  });
});
