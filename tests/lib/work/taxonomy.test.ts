import { describe, expect, it } from "vitest";
import { InvalidError } from "@/lib/errors";
import {
  CREDIT_HINTS,
  customResponsibility,
  getResponsibility,
  LANE_LABELS,
  LANES,
  RESPONSIBILITIES,
  responsibilitiesByLane,
  STAGE_WEIGHTS,
  TAXONOMY_VERSION,
  WORK_STAGE_LABELS,
  WORK_STAGES,
  type Lane,
  type WorkStage,
} from "@/lib/work/taxonomy";

type Expected = { lane: Lane; producing?: boolean; creditHint?: string | null; tracksAmount?: boolean; stages?: WorkStage[] };

/** The ids the suggestion engine is written against, with the flags the brief states. */
const REQUIRED: Record<string, Expected> = {
  "securing-financing": { lane: "opportunity", producing: true, tracksAmount: true, stages: ["development", "pre-production"] },
  "bringing-investors": { lane: "opportunity", producing: true, tracksAmount: true },
  fundraising: { lane: "opportunity", producing: true, tracksAmount: true },
  "packaging-talent": { lane: "opportunity", tracksAmount: false },
  "securing-distribution": { lane: "opportunity", stages: ["marketing-distribution"] },
  "business-legal-affairs": { lane: "opportunity" },
  "major-business-decisions": { lane: "opportunity" },
  "industry-relationships": { lane: "opportunity" },
  sponsorship: { lane: "opportunity", tracksAmount: false },
  "festival-strategy": { lane: "opportunity", stages: ["marketing-distribution"] },
  "release-planning": { lane: "opportunity", stages: ["marketing-distribution"] },
  "casting-outreach": { lane: "opportunity" },
  "business-setup": { lane: "opportunity" },
  "rights-acquisition": { lane: "opportunity", stages: ["development"] },
  "protecting-vision": { lane: "opportunity" },
  "hiring-crew": { lane: "execution" },
  budgeting: { lane: "execution" },
  scheduling: { lane: "execution" },
  "locking-locations": { lane: "execution" },
  logistics: { lane: "execution" },
  "securing-equipment": { lane: "execution" },
  "cast-communication": { lane: "execution" },
  "on-set-problem-solving": { lane: "execution", stages: ["production"] },
  "department-coordination": { lane: "execution" },
  "keeping-on-track": { lane: "execution" },
  "choosing-key-team": { lane: "execution", stages: ["pre-production"] },
  "daily-reports": { lane: "execution", stages: ["production"] },
  "below-the-line-deals": { lane: "execution" },
  "choosing-writer": { lane: "execution", stages: ["development"] },
  "liaising-financiers": { lane: "execution" },
  "developing-concept": { lane: "creative", producing: true, creditHint: null, stages: ["development"] },
  writing: { lane: "creative", producing: false, creditHint: "written-by" },
  story: { lane: "creative", producing: false, creditHint: "story-by" },
  directing: { lane: "creative", producing: false, creditHint: "directed-by" },
  cinematography: { lane: "creative", producing: false, creditHint: "director-of-photography" },
  "production-design": { lane: "creative", producing: false, creditHint: "production-designer" },
  "costume-design": { lane: "creative", producing: false, creditHint: "costume-designer" },
  music: { lane: "creative", producing: false, creditHint: "music-by" },
  casting: { lane: "creative", producing: false, creditHint: "casting-by" },
  "final-script": { lane: "creative", producing: true, creditHint: null, stages: ["pre-production"] },
  "post-supervision": { lane: "post", producing: true, creditHint: null },
  editing: { lane: "post", producing: false, creditHint: "edited-by" },
  "sound-post": { lane: "post", producing: false },
  "visual-effects": { lane: "post", producing: false },
  delivery: { lane: "post", producing: true, creditHint: null },
  "music-supervision": { lane: "post", producing: false },
};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const stageIndex = (s: WorkStage) => WORK_STAGES.indexOf(s);

describe("LANES and LANE_LABELS", () => {
  it("labels every lane, naming the producing lanes after their credit", () => {
    expect(Object.keys(LANE_LABELS).sort()).toEqual([...LANES].sort());
    expect(LANE_LABELS.opportunity).toBe("Opportunity (Executive Producer lane)");
    expect(LANE_LABELS.execution).toBe("Execution (Producer lane)");
    expect(LANE_LABELS.post).toBe("Post-production");
  });
});

describe("WORK_STAGES and WORK_STAGE_LABELS", () => {
  it("lists the five PGA stages in production order, each labelled", () => {
    expect(WORK_STAGES).toEqual(["development", "pre-production", "production", "post-production", "marketing-distribution"]);
    expect(Object.keys(WORK_STAGE_LABELS).sort()).toEqual([...WORK_STAGES].sort());
    for (const s of WORK_STAGES) expect(WORK_STAGE_LABELS[s].trim()).not.toBe("");
  });
});

describe("STAGE_WEIGHTS", () => {
  it("sums to 100 with the PGA 2004 figures", () => {
    expect(Object.values(STAGE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(STAGE_WEIGHTS.development).toBe(30);
    expect(STAGE_WEIGHTS["pre-production"]).toBe(20);
    expect(STAGE_WEIGHTS.production).toBe(20);
    expect(STAGE_WEIGHTS["post-production"] + STAGE_WEIGHTS["marketing-distribution"]).toBe(30);
  });

  it("splits post + marketing 15 / 15 and weighs only known stages", () => {
    expect(STAGE_WEIGHTS["post-production"]).toBe(15);
    expect(STAGE_WEIGHTS["marketing-distribution"]).toBe(15);
    expect(Object.keys(STAGE_WEIGHTS).sort()).toEqual([...WORK_STAGES].sort());
  });
});

describe("TAXONOMY_VERSION", () => {
  it("is the year.month of the current data", () => {
    expect(TAXONOMY_VERSION).toBe("2026.11");
  });
});

describe("RESPONSIBILITIES", () => {
  it("has at least 45 entries with unique kebab-case ids and unique names", () => {
    expect(RESPONSIBILITIES.length).toBeGreaterThanOrEqual(45);
    const ids = RESPONSIBILITIES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
    const names = RESPONSIBILITIES.map((r) => r.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(Object.entries(REQUIRED))("has %s with its lane and flags", (id, expected) => {
    const r = RESPONSIBILITIES.find((x) => x.id === id);
    expect(r, id).toBeDefined();
    expect(r!.lane).toBe(expected.lane);
    if (expected.producing !== undefined) expect(r!.producing).toBe(expected.producing);
    if (expected.creditHint !== undefined) expect(r!.creditHint).toBe(expected.creditHint);
    if (expected.tracksAmount !== undefined) expect(r!.tracksAmount).toBe(expected.tracksAmount);
    if (expected.stages !== undefined) expect(r!.stages).toEqual(expected.stages);
  });

  it("gives every lane at least one responsibility", () => {
    for (const lane of LANES) expect(RESPONSIBILITIES.some((r) => r.lane === lane), lane).toBe(true);
  });

  it("has non-empty, valid stages in production order without duplicates", () => {
    for (const r of RESPONSIBILITIES) {
      expect(r.stages.length, r.id).toBeGreaterThan(0);
      for (const s of r.stages) expect(WORK_STAGES, r.id).toContain(s);
      const order = r.stages.map(stageIndex);
      expect(order, r.id).toEqual([...new Set(order)].sort((a, b) => a - b));
    }
  });

  it("has one-line, non-empty names and descriptions", () => {
    for (const r of RESPONSIBILITIES) {
      expect(r.name.trim(), r.id).toBe(r.name);
      expect(r.name, r.id).not.toBe("");
      expect(r.description, r.id).toMatch(/^\S[^\n\r\t]*\.$/);
      expect(r.description.length, r.id).toBeLessThanOrEqual(120);
    }
  });

  it("counts every opportunity and execution function as producing, and no 'other' one", () => {
    for (const r of RESPONSIBILITIES) {
      if (r.lane === "opportunity" || r.lane === "execution") expect(r.producing, r.id).toBe(true);
      if (r.lane === "other") expect(r.producing, r.id).toBe(false);
    }
  });

  it("gives credit hints only to non-producing creative/post hats, from CREDIT_HINTS", () => {
    for (const r of RESPONSIBILITIES) {
      if (r.creditHint === null) continue;
      expect(["creative", "post"], r.id).toContain(r.lane);
      expect(r.producing, r.id).toBe(false);
      expect(CREDIT_HINTS as readonly string[], r.id).toContain(r.creditHint);
    }
    const used = new Set(RESPONSIBILITIES.map((r) => r.creditHint).filter((h) => h !== null));
    expect([...used].sort()).toEqual([...CREDIT_HINTS].sort());
  });

  it("tracks amounts only for producing opportunity-lane (financing) functions", () => {
    const tracking = RESPONSIBILITIES.filter((r) => r.tracksAmount);
    expect(tracking.map((r) => r.id)).toEqual(expect.arrayContaining(["securing-financing", "bringing-investors", "fundraising"]));
    for (const r of tracking) {
      expect(r.lane, r.id).toBe("opportunity");
      expect(r.producing, r.id).toBe(true);
    }
  });

  it("is frozen, so callers can't change the shared data", () => {
    const r = RESPONSIBILITIES[0]!;
    expect(Object.isFrozen(RESPONSIBILITIES)).toBe(true);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.stages)).toBe(true);
  });
});

describe("getResponsibility", () => {
  it("finds an entry by its exact id", () => {
    expect(getResponsibility("securing-financing")?.name).toBe("Securing financing");
    expect(getResponsibility("editing")?.creditHint).toBe("edited-by");
  });

  it("is undefined for unknown, differently cased, custom or prototype ids", () => {
    expect(getResponsibility("nope")).toBeUndefined();
    expect(getResponsibility("")).toBeUndefined();
    expect(getResponsibility("Editing")).toBeUndefined();
    expect(getResponsibility(" editing")).toBeUndefined();
    expect(getResponsibility("custom:editing")).toBeUndefined();
    expect(getResponsibility("constructor")).toBeUndefined();
    expect(getResponsibility("__proto__")).toBeUndefined();
  });

  it("returns the same object RESPONSIBILITIES holds, for every id", () => {
    for (const r of RESPONSIBILITIES) expect(getResponsibility(r.id)).toBe(r);
  });
});

describe("responsibilitiesByLane", () => {
  it("has every lane as a key and partitions the taxonomy in order", () => {
    const grouped = responsibilitiesByLane();
    expect(Object.keys(grouped)).toEqual([...LANES]);
    expect(LANES.flatMap((lane) => grouped[lane]).length).toBe(RESPONSIBILITIES.length);
    for (const lane of LANES) {
      expect(grouped[lane].length, lane).toBeGreaterThan(0);
      for (const r of grouped[lane]) expect(r.lane).toBe(lane);
      const positions = grouped[lane].map((r) => RESPONSIBILITIES.indexOf(r));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it("returns fresh arrays, so changing one result does not change the next", () => {
    const first = responsibilitiesByLane();
    first.opportunity.length = 0;
    expect(responsibilitiesByLane().opportunity.length).toBeGreaterThan(0);
  });
});

describe("customResponsibility", () => {
  it("trims, collapses whitespace and NFC-normalizes the name", () => {
    const decomposed = "Caf\u0065\u0301  outreach\n";
    const r = customResponsibility({ name: `  ${decomposed}`, lane: "opportunity" });
    expect(r.name).toBe("Caf\u00e9 outreach");
    expect(r.name.normalize("NFC")).toBe(r.name);
  });

  it("gives a 'custom:' id made from a kebab-case slug of the name", () => {
    expect(customResponsibility({ name: "Drone Permits & Insurance", lane: "execution" }).id).toBe("custom:drone-permits-and-insurance");
    expect(customResponsibility({ name: "Café outreach", lane: "opportunity" }).id).toBe("custom:cafe-outreach");
  });

  it("is deterministic for the same name, whatever its case, accents or spacing", () => {
    const a = customResponsibility({ name: "Drone permits", lane: "execution" });
    const b = customResponsibility({ name: "  DRONE   permits ", lane: "other" });
    const c = customResponsibility({ name: "Drône permits", lane: "execution" });
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
    expect(customResponsibility({ name: "Drone permit", lane: "execution" }).id).not.toBe(a.id);
  });

  it("never equals a taxonomy id, even when named like a taxonomy entry", () => {
    for (const r of RESPONSIBILITIES) {
      const custom = customResponsibility({ name: r.id, lane: r.lane });
      expect(custom.id.startsWith("custom:")).toBe(true);
      expect(custom.id).toBe(`custom:${r.id}`);
      expect(getResponsibility(custom.id)).toBeUndefined();
    }
  });

  it("gives a stable hashed id to names without letters or digits", () => {
    const a = customResponsibility({ name: "🎬🎬", lane: "other" });
    expect(a.id).toMatch(/^custom:x-[0-9a-f]{8}$/);
    expect(customResponsibility({ name: " 🎬🎬 ", lane: "post" }).id).toBe(a.id);
    expect(customResponsibility({ name: "🎥", lane: "other" }).id).not.toBe(a.id);
  });

  it("keeps letters of any script in the id", () => {
    expect(customResponsibility({ name: "資金 調達", lane: "opportunity" }).id).toBe("custom:資金-調達");
  });

  it.each([
    ["an empty name", ""],
    ["a blank name", "   \n\t "],
  ])("rejects %s with a readable message", (_label, name) => {
    expect(() => customResponsibility({ name, lane: "other" })).toThrow("Give the responsibility a name.");
    expect(() => customResponsibility({ name, lane: "other" })).toThrow(InvalidError);
  });

  it("accepts 120 characters and rejects 121, counting an emoji as one", () => {
    expect(customResponsibility({ name: "a".repeat(120), lane: "other" }).name).toHaveLength(120);
    expect(customResponsibility({ name: "🎬".repeat(120), lane: "other" }).name).toBe("🎬".repeat(120));
    expect(() => customResponsibility({ name: "a".repeat(121), lane: "other" })).toThrow(
      "Keep the responsibility name to 120 characters or fewer.",
    );
  });

  it("measures the length after trimming", () => {
    expect(customResponsibility({ name: ` ${"a".repeat(120)}  `, lane: "other" }).name).toHaveLength(120);
  });

  it("puts the field in the error so forms can show it", () => {
    try {
      customResponsibility({ name: "", lane: "other" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as InvalidError).fieldErrors).toEqual({ name: ["Give the responsibility a name."] });
    }
  });

  it("rejects control characters, an unknown lane and an unknown stage", () => {
    expect(() => customResponsibility({ name: "Bad\u0000name", lane: "other" })).toThrow(/can't be shown/);
    expect(() => customResponsibility({ name: "Ok", lane: "nope" as Lane })).toThrow("Choose a lane for the responsibility.");
    expect(() => customResponsibility({ name: "Ok", lane: "other", stages: ["wrap" as WorkStage] })).toThrow(/"wrap" is not a stage/);
  });

  it("orders and de-duplicates the given stages, and defaults them by lane", () => {
    const r = customResponsibility({ name: "Ok", lane: "other", stages: ["production", "development", "production"] });
    expect(r.stages).toEqual(["development", "production"]);
    expect(customResponsibility({ name: "Ok", lane: "post" }).stages).toEqual(["post-production"]);
    expect(customResponsibility({ name: "Ok", lane: "post", stages: [] }).stages).toEqual(["post-production"]);
    expect(customResponsibility({ name: "Ok", lane: "execution" }).stages).toEqual(["pre-production", "production"]);
    expect(customResponsibility({ name: "Ok", lane: "other" }).stages).toEqual([...WORK_STAGES]);
  });

  it("defaults producing by lane and lets the caller override it", () => {
    expect(customResponsibility({ name: "Ok", lane: "opportunity" }).producing).toBe(true);
    expect(customResponsibility({ name: "Ok", lane: "execution" }).producing).toBe(true);
    expect(customResponsibility({ name: "Ok", lane: "creative" }).producing).toBe(false);
    expect(customResponsibility({ name: "Ok", lane: "other" }).producing).toBe(false);
    expect(customResponsibility({ name: "Ok", lane: "post", producing: true }).producing).toBe(true);
    expect(customResponsibility({ name: "Ok", lane: "execution", producing: false }).producing).toBe(false);
  });

  it("cleans the description to one line, defaults it, and caps it", () => {
    expect(customResponsibility({ name: "Ok", lane: "other", description: "  Two\nlines  " }).description).toBe("Two lines");
    expect(customResponsibility({ name: "Ok", lane: "execution", description: "  " }).description).toBe(
      "A project-specific responsibility (Execution (Producer lane)).",
    );
    expect(() => customResponsibility({ name: "Ok", lane: "other", description: "d".repeat(241) })).toThrow(/240 characters/);
  });

  it("has no credit hint and tracks no amount", () => {
    const r = customResponsibility({ name: "Grant reporting", lane: "opportunity" });
    expect(r.creditHint).toBeNull();
    expect(r.tracksAmount).toBe(false);
    expect(r.lane).toBe("opportunity");
  });
});
