import { describe, expect, it } from "vitest";
import { suggestCredits, type EngineInput, type WorkEntryInput } from "@/lib/credits/engine";
import { entry, project } from "./fixtures";

const titlesOf = (input: EngineInput, personId: string) =>
  suggestCredits(input).suggestions.filter((s) => s.personId === personId).map((s) => s.title);
const find = (input: EngineInput, personId: string, title: string) =>
  suggestCredits(input).suggestions.find((s) => s.personId === personId && s.title === title);

/** The seed article: one person builds the opportunity, another builds the movie. */
function seed(budget: number | null): EngineInput {
  return project(
    [
      entry("eve", "securing-financing", "development", "lead", { amountRaised: 250_000 }),
      entry("eve", "packaging-talent", "development"),
      entry("eve", "securing-distribution", "marketing-distribution"),
      entry("eve", "major-business-decisions", "production"),
      entry("pat", "hiring-crew", "pre-production"),
      entry("pat", "securing-equipment", "pre-production"),
      entry("pat", "scheduling", "pre-production"),
      entry("pat", "cast-communication", "production"),
      entry("pat", "locking-locations", "production"),
      entry("pat", "on-set-problem-solving", "production"),
    ],
    { budget: { amount: budget, currency: "USD" } },
  );
}

describe("suggestCredits: seed article scenario", () => {
  it("financier/packager is Executive Producer, the one in the trenches is Produced by", () => {
    const input = seed(600_000);
    expect(titlesOf(input, "eve")).toEqual(["executive-producer"]);
    expect(titlesOf(input, "pat")).toEqual(["produced-by"]);
    const ep = find(input, "eve", "executive-producer");
    expect(ep?.confidence).toBe("high");
    expect(ep?.reasons.map((r) => r.text)).toContain("led securing financing: raised $250,000, 42% of the $600,000 budget");
    const pb = find(input, "pat", "produced-by");
    expect(pb?.reasons[0]?.text).toMatch(/^performed 6 of 10 producing functions/);
    expect(pb?.reasons[0]?.entryIds).toHaveLength(6);
  });
  it("with no budget the EP is judged by functions only, at low confidence, and says so", () => {
    const ep = find(seed(null), "eve", "executive-producer");
    expect(ep?.confidence).toBe("low");
    expect(ep?.reasons.some((r) => r.text.includes("no budget recorded"))).toBe(true);
  });
});

describe("suggestCredits: indie filmmaker with many hats", () => {
  it("writes, directs, edits and produces → four titles", () => {
    const input = project([
      entry("ana", "writing", "development"),
      entry("ana", "directing", "production"),
      entry("ana", "editing", "post-production"),
      entry("ana", "hiring-crew", "pre-production"),
      entry("ana", "scheduling", "pre-production"),
      entry("ana", "on-set-problem-solving", "production"),
      entry("ana", "developing-concept", "development"),
    ]);
    expect(titlesOf(input, "ana")).toEqual(["produced-by", "written-by", "directed-by", "edited-by"]);
    expect(find(input, "ana", "produced-by")?.confidence).toBe("high"); // 30 + 20 + 20 = 70
  });
});

describe("suggestExecutiveProducer (via suggestCredits)", () => {
  const withRaised = (amount: number) =>
    project([entry("eve", "securing-financing", "development", "lead", { amountRaised: amount })], {
      budget: { amount: 1_000_000, currency: "USD" },
    });
  it("just under epFinancingShare (24.9999%) with one function → no EP", () => {
    expect(titlesOf(withRaised(249_999), "eve")).not.toContain("executive-producer");
  });
  it("at and over epFinancingShare → high-confidence EP", () => {
    expect(find(withRaised(250_000), "eve", "executive-producer")?.confidence).toBe("high");
    expect(find(withRaised(250_001), "eve", "executive-producer")?.confidence).toBe("high");
  });
  const opp = (n: number) =>
    project(
      ["securing-financing", "packaging-talent", "securing-distribution", "industry-relationships"]
        .slice(0, n)
        .map((id) => entry("eve", id, "development")),
      { budget: { amount: 1_000_000, currency: "EUR" } },
    );
  it("epMinOpportunityFunctions: 2 → none, 3 → medium, 4 → medium (budget known, nothing raised)", () => {
    expect(titlesOf(opp(2), "eve")).not.toContain("executive-producer");
    expect(find(opp(3), "eve", "executive-producer")?.confidence).toBe("medium");
    expect(find(opp(4), "eve", "executive-producer")?.confidence).toBe("medium");
  });
  it("formats money in the budget currency", () => {
    const input = project([entry("eve", "fundraising", "development", "equal", { amountRaised: 500_000 })], {
      budget: { amount: 1_000_000, currency: "EUR" },
    });
    expect(find(input, "eve", "executive-producer")?.reasons[0]?.text).toBe("shared fundraising: raised €500,000, 50% of the €1,000,000 budget");
  });
});

/** A leads `a` functions of `a + b` (B leads the rest), all in pre-production + production. */
function split(aEntries: WorkEntryInput[], bCount: number): EngineInput {
  const bIds = ["budgeting", "logistics", "securing-equipment", "daily-reports", "choosing-key-team"];
  return project([...aEntries, ...bIds.slice(0, bCount).map((id) => entry("b", id, "production"))]);
}

describe("suggestProducedBy (via suggestCredits)", () => {
  const a2 = () => [entry("a", "hiring-crew", "pre-production"), entry("a", "scheduling", "production")];
  it("producerMajority: just under (2 of 5), at (2 of 4), over (2 of 3)", () => {
    expect(titlesOf(split(a2(), 3), "a")).not.toContain("produced-by");
    expect(titlesOf(split(a2(), 2), "a")).toContain("produced-by");
    expect(titlesOf(split(a2(), 1), "a")).toContain("produced-by");
  });
  it("degree weights count: lead + equal of 4 = 1.75/4 < 50%", () => {
    const a = [entry("a", "hiring-crew", "pre-production"), entry("a", "scheduling", "production", "equal")];
    expect(titlesOf(split(a, 2), "a")).not.toContain("produced-by");
  });
  it("producerMinStageCoverage: 35 → none, 40 → medium, 50 → medium, 60 → high", () => {
    const at = (s1: "pre-production" | "development", s2: "production", d2: "lead" | "equal") =>
      project([entry("a", "hiring-crew", s1), entry("a", "scheduling", s2, d2)]);
    expect(titlesOf(at("pre-production", "production", "equal"), "a")).not.toContain("produced-by"); // 20 + 15
    expect(find(at("pre-production", "production", "lead"), "a", "produced-by")?.confidence).toBe("medium"); // 40
    expect(find(at("development", "production", "lead"), "a", "produced-by")?.confidence).toBe("medium"); // 50
    const high = project([
      entry("a", "hiring-crew", "development"),
      entry("a", "scheduling", "pre-production"),
      entry("a", "logistics", "production"),
    ]);
    expect(find(high, "a", "produced-by")?.confidence).toBe("high"); // 70
  });
});

describe("suggestCoProducer (via suggestCredits)", () => {
  const base = () => [
    entry("p", "hiring-crew", "pre-production"),
    entry("p", "scheduling", "production"),
    entry("p", "budgeting", "pre-production"),
  ];
  it("coProducerShare: under (supporting 0.4/4 = 10%) → none; at (1/4) → Co-Producer; over (2/5) → Co-Producer", () => {
    const under = project([...base(), entry("c", "logistics", "production", "supporting")]);
    expect(titlesOf(under, "c")).not.toContain("co-producer");
    const at = project([...base(), entry("c", "logistics", "production")]);
    expect(titlesOf(at, "c")).toContain("co-producer");
    const over = project([...base(), entry("c", "logistics", "production"), entry("c", "daily-reports", "production")]);
    expect(titlesOf(over, "c")).toContain("co-producer");
    expect(titlesOf(over, "p")).toContain("produced-by");
  });
  it("needs a producer alongside", () => {
    const alone = project([entry("c", "logistics", "production"), entry("x", "writing", "development")]);
    expect(titlesOf(alone, "c")).not.toContain("co-producer");
  });
});

describe("suggestLineProducer (via suggestCredits)", () => {
  const producer = () =>
    ["securing-financing", "packaging-talent", "securing-distribution", "industry-relationships", "sponsorship", "festival-strategy", "release-planning", "business-setup"].map(
      (id) => entry("p", id, id === "business-setup" ? "pre-production" : "development"),
    );
  const lp = (led: number, of: number) => {
    const ids = ["hiring-crew", "scheduling", "logistics", "budgeting"];
    return project([
      ...producer(),
      ...ids.slice(0, led).map((id, i) => entry("l", id, i % 2 === 0 ? "pre-production" : "production")),
      ...ids.slice(led, of).map((id) => entry("p", id, "production")),
    ]);
  };
  it("lineProducerExecutionShare: 1 of 4 → none; 2 of 4 → LP; 3 of 4 → LP", () => {
    expect(titlesOf(lp(1, 4), "l")).not.toContain("line-producer");
    expect(titlesOf(lp(2, 4), "l")).toContain("line-producer");
    expect(find(lp(3, 4), "l", "line-producer")?.reasons[0]?.text).toMatch(/^led 3 of 4 execution functions across pre-production and production/);
  });
  it("needs lead work in both pre-production and production", () => {
    const input = project([...producer(), entry("l", "hiring-crew", "production"), entry("l", "scheduling", "production")]);
    expect(titlesOf(input, "l")).not.toContain("line-producer");
  });
});

describe("suggestAssociateProducer (via suggestCredits)", () => {
  const producer = () => ["hiring-crew", "scheduling", "budgeting", "locking-locations", "securing-equipment", "choosing-key-team", "keeping-on-track", "cast-communication"].map((id) => entry("p", id, id === "scheduling" ? "pre-production" : "production"));
  const ap = (n: number) =>
    project([...producer(), ...["casting-outreach", "sponsorship", "festival-strategy"].slice(0, n).map((id) => entry("a", id, "development", "supporting"))]);
  it("associateProducerMinFunctions: 1 → none, 2 → AP, 3 → AP", () => {
    expect(titlesOf(ap(1), "a")).toEqual([]);
    expect(titlesOf(ap(2), "a")).toEqual(["associate-producer"]);
    expect(titlesOf(ap(3), "a")).toEqual(["associate-producer"]);
  });
});

describe("suggestUnitProductionManager (via suggestCredits)", () => {
  const core = () => [entry("u", "budgeting", "pre-production"), entry("u", "scheduling", "pre-production"), entry("u", "hiring-crew", "pre-production")];
  it("needs budgeting + scheduling + hiring-crew + daily-reports or below-the-line-deals", () => {
    expect(titlesOf(project(core()), "u")).not.toContain("unit-production-manager");
    expect(find(project([...core(), entry("u", "daily-reports", "production")]), "u", "unit-production-manager")?.confidence).toBe("high");
    expect(find(project([...core(), entry("u", "below-the-line-deals", "production", "equal")]), "u", "unit-production-manager")?.confidence).toBe("medium");
  });
});

describe("suggestProductionCoordinator (via suggestCredits)", () => {
  it("supporting logistics / department coordination → Production Coordinator; leading them does not", () => {
    const pc = project([entry("p", "hiring-crew", "pre-production"), entry("c", "logistics", "production", "supporting"), entry("c", "department-coordination", "production", "equal")]);
    expect(titlesOf(pc, "c")).toEqual(["production-coordinator"]);
    const led = project([entry("p", "hiring-crew", "pre-production"), entry("c", "logistics", "production", "lead")]);
    expect(titlesOf(led, "c")).not.toContain("production-coordinator");
  });
});

describe("suggestCreativeCredits (via suggestCredits)", () => {
  it.each([
    ["sound-post", "sound-designer", "Sound Designer"],
    ["color-grading", "colorist", "Colorist"],
    ["music-supervision", "music-supervisor", "Music Supervisor"],
    ["visual-effects", "visual-effects-supervisor", "Visual Effects Supervisor"],
  ] as const)("%s: lead → high-confidence %s, equal → medium, supporting → none", (responsibility, title, label) => {
    const led = find(project([entry("x", responsibility, "post-production")]), "x", title);
    expect(led).toMatchObject({ confidence: "high", score: 1 });
    expect(led?.reasons[0]?.text).toMatch(new RegExp(`^led .* → ${label}$`));
    expect(led?.reasons[0]?.entryIds).toHaveLength(1);
    expect(find(project([entry("x", responsibility, "post-production", "equal")]), "x", title)?.confidence).toBe("medium");
    expect(titlesOf(project([entry("x", responsibility, "post-production", "supporting")]), "x")).toEqual([]);
  });
  it("post and music heads of department bill after the other creative credits, and a held one is supported by the work", () => {
    const input = project(
      [
        entry("ana", "color-grading", "post-production"),
        entry("ana", "editing", "post-production"),
        entry("ana", "sound-post", "post-production", "equal"),
        entry("ana", "music-supervision", "post-production"),
        entry("ana", "visual-effects", "post-production"),
      ],
      { credits: [{ personId: "ana", title: "Colorist", status: "accepted" }, { personId: "ana", title: "Sound Designer", status: "manual" }] },
    );
    expect(titlesOf(input, "ana")).toEqual(["edited-by", "music-supervisor", "sound-designer", "visual-effects-supervisor", "colorist"]);
    expect(suggestCredits(input).findings.filter((f) => f.kind === "title-without-work")).toEqual([]);
  });
  it("writing alone → Written by; writing + someone else's story → Screenplay by / Story by", () => {
    expect(titlesOf(project([entry("w", "writing", "development")]), "w")).toEqual(["written-by"]);
    const splitInput = project([entry("w", "writing", "development"), entry("s", "story", "development")]);
    expect(titlesOf(splitInput, "w")).toEqual(["screenplay-by"]);
    expect(titlesOf(splitInput, "s")).toEqual(["story-by"]);
  });
  it("supporting creative work earns no credit; equal is medium", () => {
    expect(titlesOf(project([entry("d", "directing", "production", "supporting")]), "d")).toEqual([]);
    expect(find(project([entry("d", "cinematography", "production", "equal")]), "d", "director-of-photography")?.confidence).toBe("medium");
    expect(titlesOf(project([entry("m", "music", "post-production"), entry("c", "casting", "pre-production")]), "m")).toEqual(["music-by"]);
  });
});
