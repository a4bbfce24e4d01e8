import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestCredits } from "@/lib/credits/engine";
import { referenceSuggestCredits } from "@/lib/credits/reference";
import { DEFAULT_THRESHOLDS, type ThresholdKey } from "@/lib/credits/thresholds";
import type { Degree, EngineInput, HeldCredit, WorkEntryInput } from "@/lib/credits/types";
import { CREDIT_HINTS, LANES, RESPONSIBILITIES, WORK_STAGES, type Responsibility, type WorkStage } from "@/lib/work/taxonomy";
import { shuffled } from "./fixtures";

/**
 * The fast engine (lib/credits/engine.ts) must give exactly the reference engine's output
 * (lib/credits/reference.ts, the specification) for every input: the same suggestions in the
 * same order with the same titles, confidences, scores, reason texts, cited entries and
 * alternatives; the same findings (ids, messages, fingerprints) in the same order; the same
 * stats. The inputs: realistic film logs — people in the roles of a film team (financier,
 * producer, line producer, UPM, coordinator, helping hand, creative heads…) sharing functions
 * at every degree and stage, money against budgets in several currencies, project kinds,
 * custom responsibilities, held titles of every status, "not needed here" marks and changed
 * thresholds — the same logs reordered, bigger teams, creative credits that share a title,
 * and odd input a form, an import or a bug could send. About 5,100 runs, a few seconds.
 *
 * It fails on any divergence: tried by breaking the fast engine on purpose (a double space in
 * a message, `<` for `<=` at a threshold, a person's same-title credits left unordered, the
 * series check without episodes, an id "__proto__" assigned as a key, the "not needed here"
 * marks ignored, a duplicate-title id with every NUL replaced, the crew size compared with
 * `<=`), each caught within a run of this file.
 */

const DEGREES: readonly Degree[] = ["lead", "equal", "supporting"];
const PRODUCING = RESPONSIBILITIES.filter((r) => r.producing);
const byId = (ids: readonly string[]) => ids.map((id) => RESPONSIBILITIES.find((r) => r.id === id) as Responsibility);

/** The roles a person can play on a film: the functions they log, the stages and (some roles) the degrees they log them at. */
type Role = { functions: readonly Responsibility[]; stages?: readonly WorkStage[]; degrees?: readonly Degree[] };
const ROLES: readonly Role[] = [
  // Financier / packager (the Executive Producer's lane), with money.
  { functions: RESPONSIBILITIES.filter((r) => r.lane === "opportunity") },
  // Opportunity work without money, and a partner who only shares it (a series' Co-EP).
  { functions: byId(["packaging-talent", "securing-distribution", "major-business-decisions", "industry-relationships", "casting-outreach", "business-setup"]), degrees: ["lead"] },
  { functions: byId(["packaging-talent", "securing-distribution", "major-business-decisions", "industry-relationships", "securing-financing"]), degrees: ["equal"] },
  // Hands-on producer across the film.
  { functions: PRODUCING.filter((r) => r.lane !== "opportunity") },
  // Line producer: execution led in prep and shoot.
  { functions: byId(["budgeting", "scheduling", "hiring-crew", "below-the-line-deals", "logistics", "locking-locations", "insurance", "permits", "cast-communication"]), stages: ["pre-production", "production"], degrees: ["lead", "lead", "lead", "equal"] },
  // UPM.
  { functions: byId(["budgeting", "scheduling", "hiring-crew", "daily-reports", "below-the-line-deals"]), stages: ["pre-production", "production"] },
  // Coordinator.
  { functions: byId(["logistics", "department-coordination"]), stages: ["pre-production", "production"], degrees: ["equal", "supporting"] },
  // Helping hand.
  { functions: PRODUCING, degrees: ["supporting"] },
  // Creative heads: writers, directors, editors… (and story people).
  { functions: RESPONSIBILITIES.filter((r) => r.creditHint !== null) },
  { functions: byId(["writing", "story", "directing"]) },
  // Development and post (what makes a producer more than a line producer).
  { functions: byId(["developing-concept", "choosing-writer", "final-script", "post-supervision", "delivery", "festival-strategy", "securing-distribution"]) },
  // Anything at all.
  { functions: RESPONSIBILITIES },
];

const PERSON_IDS = ["ana", "bo", "n\u0000ul", "cy", "__proto__", "dee", "p:1", "eli", "fay", "gus", "hal", "ivy", "jo", "kai", "lu", "Zoë", "constructor"];
const KINDS = ["feature", "short", "documentary", "series", "episode", "music-video", "commercial", "other", null, "", "webisode"];
const CURRENCIES = ["USD", "usd", " EUR ", "GBP", "JPY", "INR", "XYZ", "", "NOTACODE"];
const HELD_TITLES = [
  "Executive Producer",
  "executive-producer",
  "Exec Producer",
  "EP",
  "Co-Executive Producer",
  "Produced by",
  "Producer",
  "Co-Producer",
  "Line Producer",
  "Associate Producer",
  "UPM",
  "Production Coordinator",
  "Written by",
  "Screenplay by",
  "Story by",
  "Directed by",
  "Edited by",
  "Director of Photography",
  "Music by",
  "Colorist",
  "A Film by",
  "A Rosa Film",
  "Assistant Producer",
  "Grip",
  "  produced   BY ",
];

/** A custom responsibility a project added (any lane, sometimes producing, a hint — known, producing or unknown — or none). */
const arbCustom: fc.Arbitrary<Responsibility> = fc.record({
  id: fc.constantFrom("custom:second-unit", "custom:crowdfunding", "custom:script-doctor", "custom:lp", "custom:x"),
  name: fc.constantFrom("Second unit directing", "Crowdfunding campaign", "script doctoring", "VFX wrangling", "Éclairage", ""),
  lane: fc.constantFrom(...LANES),
  stages: fc.subarray([...WORK_STAGES], { minLength: 1 }),
  description: fc.constant(""),
  producing: fc.boolean(),
  creditHint: fc.constantFrom(null, ...CREDIT_HINTS, "screenplay-by", "produced-by", "executive-producer", "line-producer", "not-a-title"),
  tracksAmount: fc.boolean(),
});

/** Hours as people log them: none, whole, halves, tenths (which don't sum exactly in every order), and extremes. */
const arbHours = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 120 }).map((n) => n / 10) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 1 / 3, 1e-7, 39.99999999, 2 ** 43, 1e15) },
);

/** One piece of work a person logs: which of their role's functions (pick), when, how much, and sometimes at a second stage too. */
type Item = { pick: number; stage: number; degree: Degree; hours: number | null; money: number; idNumber: number; twice: boolean };

type Plan = {
  people: number;
  extraCrew: number;
  roles: number[];
  /** Per person: where in their role's functions they start, and the work they log. */
  starts: number[];
  work: Item[][];
  /** Work anyone may log on anything (people sharing functions across roles). */
  noise: Array<Item & { person: number }>;
  budget: number | null;
  currency: string;
  kind: string | null;
  customs: Responsibility[];
  credits: Array<{ person: number; title: string; status: string }>;
  notApplicable: string[];
  thresholds: Partial<Record<ThresholdKey, number>>;
};

const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[];
/** Changed thresholds: near each default, or at the ends of its range. */
const arbThresholds = fc.dictionary(
  fc.constantFrom(...THRESHOLD_KEYS),
  fc.oneof(fc.constantFrom(0, 1, 2, 3, 0.5, 0.25, 0.33, 0.75, 0.4, 10, 40), fc.double({ min: 0, max: 1, noNaN: true })),
  { maxKeys: 3 },
) as fc.Arbitrary<Partial<Record<ThresholdKey, number>>>;

const arbItem: fc.Arbitrary<Item> = fc.record({
  pick: fc.nat(),
  stage: fc.nat(),
  degree: fc.constantFrom<Degree>("lead", "lead", "equal", "supporting"),
  hours: arbHours,
  // A share of the budget (or of 100,000 when there is none), on the functions that track it.
  money: fc.oneof(fc.constant(0), fc.constantFrom(0.01, 0.05, 0.1, 0.25, 0.249999, 0.3, 0.49, 0.6), fc.double({ min: 0, max: 1, noNaN: true })),
  idNumber: fc.nat({ max: 399 }),
  twice: fc.boolean(),
});

const MAX_PEOPLE = PERSON_IDS.length;

const arbPlan: fc.Arbitrary<Plan> = fc.record({
  people: fc.integer({ min: 1, max: 7 }),
  extraCrew: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 20 }) }),
  roles: fc.array(fc.nat({ max: ROLES.length - 1 }), { minLength: MAX_PEOPLE, maxLength: MAX_PEOPLE }),
  starts: fc.array(fc.nat({ max: 50 }), { minLength: MAX_PEOPLE, maxLength: MAX_PEOPLE }),
  work: fc.array(fc.array(arbItem, { maxLength: 8 }), { minLength: MAX_PEOPLE, maxLength: MAX_PEOPLE }),
  noise: fc.array(fc.record({ person: fc.nat(), item: arbItem }).map(({ person, item }) => ({ ...item, person })), { maxLength: 6 }),
  budget: fc.oneof(fc.constant(null), fc.constantFrom(5_000, 18_500, 40_000, 250_000, 900_000, 2_000_000), fc.integer({ min: 1, max: 5_000_000 })),
  currency: fc.constantFrom(...CURRENCIES),
  kind: fc.constantFrom(...KINDS, "series", "feature", "short"),
  customs: fc.array(arbCustom, { maxLength: 3 }),
  credits: fc.array(fc.record({ person: fc.nat(), title: fc.constantFrom(...HELD_TITLES), status: fc.constantFrom("accepted", "manual", "locked", "pending") }), { maxLength: 5 }),
  notApplicable: fc.subarray([...PRODUCING.map((r) => r.id), "custom:x", "no-such"], { maxLength: 6 }),
  thresholds: fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: arbThresholds }),
});

/**
 * A film log from a plan: each person plays a role (several people may share one), logging
 * its functions — in turn from where they start, or any of a big role's — at its stages; a
 * custom responsibility now and then; plus some work on anything by anyone.
 */
function film(plan: Plan): EngineInput {
  const responsibilities = [...RESPONSIBILITIES, ...plan.customs];
  const ids = PERSON_IDS.slice(0, plan.people);
  const crew = Array.from({ length: plan.extraCrew }, (_, i) => `crew-${i}`);
  const entries: WorkEntryInput[] = [];
  const log = (p: number, item: Item, j: number, role: Role) => {
    const pool = plan.customs.length > 0 && item.pick % 9 === 0 ? plan.customs : role.functions;
    const r = (pool.length > 12 ? pool[item.pick % pool.length] : pool[((plan.starts[p] as number) + j) % pool.length]) as Responsibility;
    const stages = role.stages ?? r.stages;
    const stageAt = (n: number) => (n % 6 === 5 ? (WORK_STAGES[n % WORK_STAGES.length] as WorkStage) : (stages[n % stages.length] as WorkStage));
    for (const stage of item.twice ? [stageAt(item.stage), stageAt(item.stage + 1)] : [stageAt(item.stage)]) {
      entries.push({
        // Now and then an id logged twice.
        id: item.idNumber % 17 === 0 ? `e${item.idNumber}` : `e${String(entries.length).padStart(3, "0")}-${item.idNumber}`,
        personId: ids[p] as string,
        responsibilityId: r.id,
        stage,
        degree: role.degrees ? (role.degrees[(item.pick >> 4) % role.degrees.length] as Degree) : item.degree,
        effortHours: item.hours,
        amountRaised: r.tracksAmount && item.money > 0 ? Math.round(item.money * (plan.budget ?? 100_000)) : null,
      });
    }
  };
  for (let p = 0; p < plan.people; p++) {
    const role = ROLES[plan.roles[p] as number] as Role;
    (plan.work[p] as Item[]).forEach((item, j) => log(p, item, j, role));
  }
  plan.noise.forEach((item, j) => log(item.person % plan.people, item, j, ROLES[ROLES.length - 1] as Role));
  const credits: HeldCredit[] = plan.credits.map((c) => ({
    personId: c.person % 5 === 4 ? "someone-else" : (ids[c.person % plan.people] as string),
    title: c.title,
    status: c.status as HeldCredit["status"],
  }));
  return {
    budget: { amount: plan.budget, currency: plan.currency },
    project: { kind: plan.kind },
    people: [...ids, ...crew].map((id, i) => ({ id, name: i % 5 === 3 ? " " : id.charAt(0).toUpperCase() + id.slice(1) })),
    responsibilities,
    entries,
    credits,
    notApplicable: plan.notApplicable,
    thresholds: plan.thresholds,
  };
}

/**
 * Deep equality as node's isDeepStrictEqual reads it (Object.is on numbers, so NaN and -0 count;
 * same prototypes; no key missing or extra), with vitest's diff when it fails. (Not
 * toStrictEqual: it compares objects' `constructor` properties, and a person with the id
 * "constructor" makes byPerson hold one.)
 */
function expectSame(fast: unknown, reference: unknown): void {
  if (isDeepStrictEqual(fast, reference)) return;
  expect(fast).toEqual(reference);
  expect.fail("the outputs differ (a prototype, a -0, or an undefined property)");
}

function sameOutput(input: EngineInput): void {
  expectSame(suggestCredits(input), referenceSuggestCredits(input));
}

// ---------------------------------------------------------------------------------------
// Odd input: anything a form, an import or a bug could send.

const oddNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -5, 1e-300, 1e300, 2 ** 53, 0.1, "12", null, undefined, true),
  fc.double(),
  fc.integer({ min: -10, max: 100 }),
);
const oddString = fc.oneof(fc.constantFrom("", " ", "a", "b", "__proto__", "constructor", "a\u0000b", "é", "\u{1f600}"), fc.string({ maxLength: 4 }));
const oddValue = fc.oneof(oddString, oddNumber, fc.constant(null), fc.constant([]), fc.constant({}));

/** Mostly a good value, now and then an odd one (or none at all). */
function mostly<T>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown> = oddValue): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const ODD_PEOPLE = ["a", "b", "c", "__proto__", "constructor", ""];

const arbOddEntry = fc.record({
  id: mostly(fc.constantFrom("x1", "x2", "x3", "x4", "x5", "", "__proto__", "X1", "é")),
  personId: mostly(fc.constantFrom("a", "a", "b", "b", ...ODD_PEOPLE, "ghost")),
  responsibilityId: mostly(fc.constantFrom(...RESPONSIBILITIES.map((r) => r.id), "custom:odd", "custom:odd", "nope")),
  stage: mostly(fc.constantFrom(...WORK_STAGES)),
  degree: mostly(fc.constantFrom(...DEGREES)),
  effortHours: oddNumber,
  amountRaised: oddNumber,
});

const arbOddResponsibility = fc.record({
  id: mostly(fc.constantFrom("custom:odd", "securing-financing", "hiring-crew", "writing", "directing")),
  name: mostly(fc.constantFrom("Odd one", "", "  ", "ÉCLAIRAGE", "VFX odd", "story")),
  lane: mostly(fc.constantFrom(...LANES)),
  stages: mostly(fc.subarray([...WORK_STAGES, "nope", "production"])),
  description: mostly(fc.constant("")),
  producing: mostly(fc.boolean()),
  creditHint: mostly(fc.constantFrom(null, ...CREDIT_HINTS, "produced-by", "screenplay-by", "nope")),
  tracksAmount: mostly(fc.boolean()),
});

const arbOddInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 42, "input", []) },
  {
    weight: 30,
    arbitrary: fc.record({
      budget: mostly(fc.record({ amount: fc.oneof(fc.constantFrom(null, 5_000, 1_000_000), oddNumber), currency: mostly(fc.constantFrom(...CURRENCIES)) })),
      project: mostly(fc.record({ kind: mostly(fc.constantFrom(...KINDS)) })),
      people: mostly(
        fc
          .array(mostly(fc.record({ id: mostly(fc.constantFrom(...ODD_PEOPLE)), name: mostly(fc.constantFrom("Ann", "Bo", "", " ", "Zed", "ann")) })), { maxLength: 5 })
          .map((odd) => [{ id: "a", name: "Ann" }, { id: "b", name: "Bo" }, ...odd]),
      ),
      responsibilities: mostly(fc.array(mostly(arbOddResponsibility), { maxLength: 4 }).map((extra) => [...RESPONSIBILITIES, ...extra])),
      entries: mostly(fc.array(mostly(arbOddEntry), { minLength: 2, maxLength: 30, size: "medium" })),
      credits: mostly(
        fc.array(
          mostly(
            fc.record({
              personId: mostly(fc.constantFrom("a", "b", "ghost", "__proto__", "a\u0000b", "a:b")),
              title: mostly(fc.constantFrom(...HELD_TITLES, "x\u0000y", "b:EP", "EP")),
              status: mostly(fc.constantFrom("accepted", "manual", "locked")),
            }),
          ),
          { maxLength: 5 },
        ),
      ),
      notApplicable: mostly(fc.array(mostly(fc.constantFrom("permits", "fundraising", "payroll", "custom:odd")), { maxLength: 4 })),
      thresholds: mostly(fc.dictionary(fc.constantFrom(...THRESHOLD_KEYS, "bogus", "__proto__"), oddNumber, { maxKeys: 4 })),
    }),
  },
);

describe("fast engine = reference engine (fast-check)", () => {
  it("realistic film logs: the same suggestions, findings and stats", () => {
    fc.assert(
      fc.property(arbPlan, (plan) => sameOutput(film(plan))),
      { numRuns: 2500 },
    );
  }, 120_000);

  it("the same whatever order the input comes in", () => {
    fc.assert(
      fc.property(arbPlan, fc.nat(), (plan, seed) => {
        const input = film(plan);
        const reordered: EngineInput = {
          ...input,
          people: shuffled(input.people, seed),
          responsibilities: shuffled(input.responsibilities, seed + 1),
          entries: shuffled(input.entries, seed + 2),
          credits: shuffled(input.credits ?? [], seed + 3),
        };
        expectSame(suggestCredits(reordered), referenceSuggestCredits(input));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("bigger teams: 8 to 17 people with more work each, and a crew big enough for a UPM", () => {
    const arbBig = fc.record({ plan: arbPlan, people: fc.integer({ min: 8, max: MAX_PEOPLE }), more: fc.array(fc.array(arbItem, { maxLength: 12 }), { minLength: MAX_PEOPLE, maxLength: MAX_PEOPLE }) });
    fc.assert(
      fc.property(arbBig, ({ plan, people, more }) => sameOutput(film({ ...plan, people, work: plan.work.map((w, p) => [...w, ...(more[p] as Item[])]), extraCrew: plan.extraCrew + 10 }))),
      { numRuns: 200 },
    );
  }, 60_000);

  it("creative credits that share a title (writing and a custom \"Screenplay by\" work beside someone's story), any ids in any order", () => {
    const screenplay: Responsibility = { id: "custom:screenplay", name: "Screenplay polish", lane: "creative", stages: ["development"], description: "", producing: false, creditHint: "screenplay-by", tracksAmount: false };
    const directing: Responsibility = { id: "custom:directing", name: "Second unit", lane: "creative", stages: ["production"], description: "", producing: false, creditHint: "directed-by", tracksAmount: false };
    const arbWork = fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        person: fc.constantFrom("w", "w", "x", "y"),
        responsibilityId: fc.constantFrom("writing", "writing", "story", "directing", screenplay.id, screenplay.id, directing.id),
        degree: fc.constantFrom<Degree>("lead", "equal", "supporting"),
        hours: arbHours,
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arbWork, (work) =>
        sameOutput({
          budget: { amount: null, currency: "USD" },
          people: ["w", "x", "y"].map((id) => ({ id, name: id.toUpperCase() })),
          responsibilities: [...RESPONSIBILITIES, screenplay, directing],
          entries: work.map((e) => ({ id: e.id, personId: e.person, responsibilityId: e.responsibilityId, stage: "development", degree: e.degree, effortHours: e.hours })),
        }),
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it("odd input: garbage rows, bad numbers, repeated ids, unknown people and titles", () => {
    fc.assert(
      fc.property(arbOddInput, (input) => sameOutput(input as EngineInput)),
      { numRuns: 1500 },
    );
  }, 60_000);
});
