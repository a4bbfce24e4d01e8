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
    expect(pb?.confidence).toBe("high");
    expect(pb?.reasons[0]?.text).toBe("carries 100% of the project's hands-on producing work, stage by stage (33% earns Produced by, 50% makes it certain)");
    expect(pb?.reasons[0]?.entryIds).toHaveLength(6);
    expect(pb?.reasons.map((r) => r.text)).toContain("EVE carries the work before and after the shoot, so this is the producer's job rather than line producing");
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

/** In development (so the log reaches beyond the shoot), A leads `a` hands-on functions and B leads `b` others. */
function split(aEntries: WorkEntryInput[], bCount: number): EngineInput {
  const bIds = ["budgeting", "logistics", "securing-equipment", "daily-reports", "choosing-key-team"];
  return project([...aEntries, ...bIds.slice(0, bCount).map((id) => entry("b", id, "development"))]);
}

describe("Produced by: the producer share (via suggestCredits)", () => {
  const a1 = () => [entry("a", "hiring-crew", "development")];
  it("producerShare: under (1 of 4), at (1 of 3 = 33.3%), over (1 of 2); producerMajority makes it high", () => {
    expect(titlesOf(split(a1(), 3), "a")).not.toContain("produced-by");
    expect(find(split(a1(), 2), "a", "produced-by")?.confidence).toBe("medium");
    expect(find(split(a1(), 1), "a", "produced-by")?.confidence).toBe("high");
    expect(suggestCredits(split(a1(), 2)).stats.byPerson.a?.producerShare).toBe(0.333333);
  });
  it("degree weights count: equal work (0.75) beside two led functions is 27% of the work", () => {
    const a = [entry("a", "hiring-crew", "development", "equal")];
    expect(suggestCredits(split(a, 2)).stats.byPerson.a?.producerShare).toBe(0.272727);
    expect(titlesOf(split(a, 2), "a")).not.toContain("produced-by");
  });
  it("counts stage by stage with the PGA weights: alone in development (30) outweighs three functions alone in production (20)", () => {
    const input = project([
      entry("a", "developing-concept", "development"),
      entry("b", "hiring-crew", "production"),
      entry("b", "scheduling", "production"),
      entry("b", "logistics", "production"),
    ]);
    expect(suggestCredits(input).stats.byPerson).toMatchObject({ a: { producerShare: 0.6 }, b: { producerShare: 0.4 } });
    expect(find(input, "a", "produced-by")?.confidence).toBe("high");
    // B's hands-on work is all in the shoot, but without the Line Producer's shape (prep and shoot) B stays a producer.
    expect(find(input, "b", "produced-by")?.confidence).toBe("medium");
  });
  it("opportunity work is not hands-on: a financier alone earns no Produced by, a financier who also makes the film does", () => {
    const money = { amountRaised: 30_000 };
    const budget = { budget: { amount: 100_000, currency: "USD" } };
    const financier = project([entry("f", "securing-financing", "development", "lead", money), entry("m", "hiring-crew", "development")], budget);
    expect(titlesOf(financier, "f")).toEqual(["executive-producer"]);
    const maker = project(
      [
        entry("f", "securing-financing", "development", "lead", money),
        entry("f", "hiring-crew", "production"),
        entry("f", "scheduling", "production"),
        ...["budgeting", "logistics", "permits", "insurance", "set-safety", "daily-reports"].map((id) => entry("m", id, "production")),
      ],
      budget,
    );
    expect(titlesOf(maker, "f")).toEqual(["produced-by"]);
    expect(find(maker, "f", "produced-by")?.reasons[0]?.text).toBe("raised $30,000, 30% of the $100,000 budget, and does hands-on producing work: a financier who also makes the film is one of its producers");
  });
});

describe("Co-Producer (via suggestCredits)", () => {
  const base = () => [entry("p", "hiring-crew", "development"), entry("p", "scheduling", "development"), entry("p", "budgeting", "development")];
  it("coProducerShare: under (supporting 0.4/4 = 10%) → none; at (1/4) → Co-Producer; a producer's share (2/5) → Produced by instead", () => {
    const under = project([...base(), entry("c", "logistics", "development", "supporting")]);
    expect(titlesOf(under, "c")).not.toContain("co-producer");
    const at = project([...base(), entry("c", "logistics", "development")]);
    expect(titlesOf(at, "c")).toEqual(["co-producer"]);
    expect(find(at, "c", "co-producer")?.reasons[0]?.text).toBe("performed 1 of 4 producing functions (25% weighted by degree, from 25% for Co-Producer) alongside a producer");
    const over = project([...base(), entry("c", "logistics", "development"), entry("c", "daily-reports", "development")]);
    expect(titlesOf(over, "c")).toEqual(["produced-by"]);
    expect(titlesOf(over, "p")).toEqual(["produced-by"]);
  });
  it("needs a producer alongside (someone else suggested or holding Produced by)", () => {
    const beside = project([entry("c", "logistics", "development"), entry("q", "keeping-on-track", "development"), entry("q", "scheduling", "development"), entry("q", "budgeting", "development")]);
    expect(titlesOf(beside, "c")).toEqual(["co-producer"]);
    const noProducer = project([entry("c", "logistics", "development"), entry("x", "writing", "development")]);
    expect(titlesOf(noProducer, "c")).not.toContain("co-producer");
    const held = project([entry("c", "logistics", "development", "supporting"), entry("c", "budgeting", "development", "supporting"), entry("e", "securing-financing", "development")], {
      credits: [{ personId: "e", title: "Produced by", status: "manual" }],
    });
    expect(titlesOf(held, "c")).toContain("co-producer");
  });
});

describe("Line Producer (via suggestCredits)", () => {
  /** A producer who spans the film: development, post and delivery. */
  const producer = () => [entry("p", "developing-concept", "development"), entry("p", "post-supervision", "post-production"), entry("p", "delivery", "marketing-distribution")];
  const led = (n: number, stages: readonly ("pre-production" | "production")[] = ["pre-production", "production"]) =>
    ["hiring-crew", "scheduling", "logistics", "budgeting"].slice(0, n).map((id, i) => entry("l", id, stages[i % stages.length]!));
  it("lineProducerMinFunctions: two functions led in prep and shoot stay Produced by; three read Line Producer first, Produced by the alternative", () => {
    expect(titlesOf(project([...producer(), ...led(2)]), "l")).toEqual(["produced-by"]);
    const three = suggestCredits(project([...producer(), ...led(3)])).suggestions.filter((s) => s.personId === "l");
    expect(three.map((s) => [s.title, s.confidence, s.alternativeTo])).toEqual([
      ["produced-by", "low", "line-producer"],
      ["line-producer", "high", null],
    ]);
    expect(three[1]?.reasons[0]?.text).toBe("led 3 of 3 execution functions across pre-production and production (100%): hiring crew, coordinating production logistics and organizing schedules");
  });
  it("needs lead work in both pre-production and production: three functions led in the shoot alone read Co-Producer beside the producer", () => {
    expect(titlesOf(project([...producer(), ...led(3, ["production"])]), "l")).toEqual(["co-producer"]);
  });
  it("below a producer with a bigger share, the biggest production lead is Line Producer; lineProducerExecutionShare makes it high", () => {
    const bigProducer = ["developing-concept", "choosing-key-team", "keeping-on-track", "post-supervision", "cast-communication", "permits", "insurance", "locking-locations"].map((id) =>
      entry("p", id, id === "developing-concept" ? "development" : id === "post-supervision" ? "post-production" : "production"),
    );
    const input = project([...bigProducer, ...led(3), entry("k", "hiring-crew", "pre-production", "supporting")]);
    expect(titlesOf(input, "p")).toEqual(["produced-by"]);
    expect(find(input, "l", "line-producer")).toMatchObject({ confidence: "medium", alternativeTo: null });
    expect(suggestCredits(input).stats.byPerson.l?.producerShare).toBeLessThan(0.33);
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

describe("Unit Production Manager (via suggestCredits)", () => {
  /** A producer carrying most of the work, so the UPM is not a producer. */
  const producer = () =>
    ["developing-concept", "choosing-key-team", "keeping-on-track", "cast-communication", "permits", "insurance", "locking-locations", "logistics", "set-safety", "post-supervision"].flatMap((id) => [
      entry("p", id, "pre-production"),
      entry("p", id, "production"),
    ]);
  const core = () => [entry("u", "budgeting", "pre-production"), entry("u", "scheduling", "pre-production"), entry("u", "hiring-crew", "pre-production")];
  const crew = Array.from({ length: 14 }, (_, i) => ({ id: `crew${i}`, name: `Crew ${i}` }));
  const film = (entries: WorkEntryInput[], withCrew = true) => {
    const input = project([...producer(), ...entries]);
    return withCrew ? { ...input, people: [...input.people, ...crew] } : input;
  };
  it("needs budgeting + scheduling + hiring-crew + daily-reports or below-the-line-deals", () => {
    expect(titlesOf(film(core()), "u")).not.toContain("unit-production-manager");
    expect(find(film([...core(), entry("u", "daily-reports", "production")]), "u", "unit-production-manager")?.confidence).toBe("high");
    expect(find(film([...core(), entry("u", "below-the-line-deals", "production", "equal")]), "u", "unit-production-manager")?.confidence).toBe("medium");
  });
  it("upmMinCrew: not on a crew smaller than 15 people, and says the crew size when suggested", () => {
    expect(titlesOf(film([...core(), entry("u", "daily-reports", "production")], false), "u")).not.toContain("unit-production-manager");
    expect(find(film([...core(), entry("u", "daily-reports", "production")]), "u", "unit-production-manager")?.reasons[1]?.text).toBe("a crew of 16 people (a separate UPM from 15)");
  });
});

describe("Production Coordinator (via suggestCredits)", () => {
  const producer = () => ["hiring-crew", "scheduling", "budgeting", "on-set-problem-solving"].map((id) => entry("p", id, "production"));
  it("supporting logistics / department coordination → Production Coordinator; leading them does not", () => {
    const pc = project([...producer(), entry("c", "logistics", "production", "supporting"), entry("c", "department-coordination", "production", "equal")]);
    expect(titlesOf(pc, "c")).toEqual(["production-coordinator"]);
    expect(find(pc, "c", "production-coordinator")?.confidence).toBe("medium");
    const led = project([...producer(), entry("c", "logistics", "production", "lead")]);
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
