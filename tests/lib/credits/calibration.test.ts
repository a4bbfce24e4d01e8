import { describe, expect, it } from "vitest";
import { suggestCredits } from "@/lib/credits/engine";
import { referenceSuggestCredits } from "@/lib/credits/reference";
import type { EngineInput, EngineOutput, Suggestion, WorkEntryInput } from "@/lib/credits/types";
import { RESPONSIBILITIES, type WorkStage } from "@/lib/work/taxonomy";

/**
 * DOMAIN.md §6 — how titles must read on a small, sparse indie log — as tests: the worked
 * examples of §6 and calibration cases of our own. Each case runs through every engine in
 * ENGINES, so the fast engine and the reference engine are held to the same readings.
 */
export const ENGINES: ReadonlyArray<[string, (input: EngineInput) => EngineOutput]> = [
  ["reference", referenceSuggestCredits],
  ["fast", suggestCredits],
];

type Log = [person: string, responsibility: string, stage: WorkStage, degree?: "lead" | "equal" | "supporting", extra?: Partial<WorkEntryInput>];

function film(log: Log[], extra: Partial<EngineInput> & { crew?: string[] } = {}): EngineInput {
  let n = 0;
  const entries = log.map(([personId, responsibilityId, stage, degree = "lead", more = {}]) => ({ id: `e${String(++n).padStart(3, "0")}`, personId, responsibilityId, stage, degree, ...more }));
  const ids = [...new Set([...entries.map((e) => e.personId), ...(extra.crew ?? [])])];
  const { crew: _crew, ...rest } = extra;
  return { budget: { amount: null, currency: "USD" }, people: ids.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1) })), responsibilities: RESPONSIBILITIES, entries, ...rest };
}

const money = (amountRaised: number): Partial<WorkEntryInput> => ({ amountRaised });
const budget = (amount: number) => ({ budget: { amount, currency: "USD" } });

/** "title:confidence" of a person's suggestions in their own right, in billing order. */
function titles(out: EngineOutput, person: string): string[] {
  return out.suggestions.filter((s) => s.personId === person && s.alternativeTo === null).map((s) => `${s.title}:${s.confidence}`);
}

function alternatives(out: EngineOutput, person: string): Suggestion[] {
  return out.suggestions.filter((s) => s.personId === person && s.alternativeTo !== null);
}

function reasonsOf(out: EngineOutput, person: string, title: string, alternative = false): string {
  const s = out.suggestions.find((x) => x.personId === person && x.title === title && (x.alternativeTo !== null) === alternative);
  return s ? s.reasons.map((r) => r.text).join(" | ") : "";
}

describe.each(ENGINES)("calibration (%s engine)", (_name, engine) => {
  it("the seed's pair: the opportunity person is the Executive Producer, the execution person the Producer — both certain", () => {
    const out = engine(
      film(
        [
          ["priya", "securing-financing", "development", "lead", money(300_000)],
          ["priya", "packaging-talent", "development"],
          ["priya", "securing-distribution", "marketing-distribution"],
          ["priya", "major-business-decisions", "development"],
          ["tomas", "hiring-crew", "pre-production"],
          ["tomas", "securing-equipment", "pre-production"],
          ["tomas", "scheduling", "pre-production"],
          ["tomas", "cast-communication", "production"],
          ["tomas", "locking-locations", "production"],
          ["tomas", "on-set-problem-solving", "production"],
        ],
        budget(1_000_000),
      ),
    );
    expect(titles(out, "priya")).toEqual(["executive-producer:high"]);
    expect(titles(out, "tomas")).toEqual(["produced-by:high"]);
    expect(alternatives(out, "tomas")).toEqual([]);
    expect(reasonsOf(out, "tomas", "produced-by")).toContain("Priya carries the work before and after the shoot");
  });

  it("the seed's pair without money amounts still reads EP + Producer (EP by opportunity functions)", () => {
    const out = engine(
      film([
        ["priya", "securing-financing", "development"],
        ["priya", "packaging-talent", "development"],
        ["priya", "securing-distribution", "marketing-distribution"],
        ["tomas", "hiring-crew", "pre-production"],
        ["tomas", "scheduling", "pre-production"],
        ["tomas", "on-set-problem-solving", "production"],
      ]),
    );
    expect(titles(out, "priya")).toEqual(["executive-producer:low"]);
    expect(titles(out, "tomas")).toEqual(["produced-by:high"]);
  });

  it("§6 two-hander short ($40,000): Ines Executive Producer (high), Tomas Produced by (high)", () => {
    const out = engine(
      film(
        [
          ["ines", "securing-financing", "development", "lead", money(30_000)],
          ["ines", "packaging-talent", "development"],
          ["tomas", "hiring-crew", "pre-production"],
          ["tomas", "scheduling", "pre-production"],
          ["tomas", "on-set-problem-solving", "production"],
          ["tomas", "delivery", "post-production"],
          ["tomas", "festival-strategy", "marketing-distribution"],
        ],
        { ...budget(40_000), project: { kind: "short" } },
      ),
    );
    expect(titles(out, "ines")).toEqual(["executive-producer:high"]);
    expect(titles(out, "tomas")).toEqual(["produced-by:high"]);
  });

  it("§6 line producer alone in the log ($900,000): Kwame Line Producer first; Produced by only as a low alternative naming the missing stages", () => {
    const out = engine(
      film(
        [
          ["kwame", "budgeting", "pre-production"],
          ["kwame", "budgeting", "production"],
          ["kwame", "scheduling", "pre-production"],
          ["kwame", "scheduling", "production"],
          ["kwame", "below-the-line-deals", "pre-production"],
          ["kwame", "logistics", "pre-production"],
          ["kwame", "logistics", "production"],
        ],
        { ...budget(900_000), project: { kind: "feature" } },
      ),
    );
    expect(titles(out, "kwame")).toEqual(["line-producer:medium"]);
    const alt = alternatives(out, "kwame");
    expect(alt.map((s) => `${s.title}:${s.confidence}:${s.alternativeTo}`)).toEqual(["produced-by:low:line-producer"]);
    expect(reasonsOf(out, "kwame", "produced-by", true)).toContain("no development, post-production or distribution work is logged for anyone: log it if Kwame did it");
  });

  it("§6 helping hand: Noor's supporting work reads Associate Producer at low confidence", () => {
    const out = engine(
      film([
        ["noor", "casting-outreach", "pre-production", "supporting", { effortHours: 10 }],
        ["noor", "festival-strategy", "marketing-distribution", "supporting", { effortHours: 6 }],
        ["lea", "casting-outreach", "pre-production"],
        ["lea", "festival-strategy", "marketing-distribution"],
        ["lea", "securing-financing", "development"],
        ["sam", "hiring-crew", "pre-production"],
        ["sam", "scheduling", "pre-production"],
        ["sam", "on-set-problem-solving", "production"],
        ["sam", "delivery", "post-production"],
      ]),
    );
    expect(titles(out, "noor")).toEqual(["associate-producer:low"]);
    expect(reasonsOf(out, "noor", "associate-producer")).toContain("a helping hand");
  });

  it("§6 angel investor: $15,000 of $500,000 gets no Executive Producer; holding it by hand is flagged", () => {
    const log: Log[] = [
      ["victor", "bringing-investors", "development", "lead", money(15_000)],
      ["ana", "securing-financing", "development", "lead", money(400_000)],
      ["ana", "packaging-talent", "development"],
    ];
    const out = engine(film(log, budget(500_000)));
    expect(titles(out, "victor")).toEqual([]);
    const typed = engine(film(log, { ...budget(500_000), credits: [{ personId: "victor", title: "Executive Producer", status: "manual" }] }));
    const f = typed.findings.filter((x) => x.personIds.includes("victor"));
    expect(f.map((x) => x.kind)).toEqual(["title-not-explained"]);
    expect(f[0]!.message).toContain("raised $15,000, 3% of the $500,000 budget (Executive Producer needs 25%");
  });

  it("the short from the issue ($18,500, 6 people): writer-director and hands-on producer both Produced by, no EP, no UPM, every creative credit, at most 3 findings", () => {
    const out = engine(shortFilm());
    expect(titles(out, "rosa")).toEqual(["produced-by:medium", "written-by:high", "directed-by:high"]);
    expect(titles(out, "sam")).toEqual(["produced-by:high"]);
    expect(titles(out, "lena")).toEqual(["director-of-photography:high"]);
    expect(titles(out, "jun")).toEqual(["edited-by:high", "colorist:high"]);
    expect(titles(out, "ade")).toEqual(["sound-designer:high"]);
    expect(titles(out, "mia")).toEqual(["production-designer:high", "costume-designer:high"]);
    expect(out.suggestions.filter((s) => s.alternativeTo !== null)).toEqual([]);
    expect(reasonsOf(out, "sam", "produced-by")).toContain("Executive Producer is not suggested as well");
    expect(out.findings.length).toBeLessThanOrEqual(3);
  });

  it("solo filmmaker: one person who does everything gets Produced by and the creative credits, no EP or UPM, and no single point of failure", () => {
    const out = engine(
      film(
        [
          ["dana", "fundraising", "development", "lead", money(12_000)],
          ["dana", "developing-concept", "development"],
          ["dana", "writing", "development"],
          ["dana", "hiring-crew", "pre-production"],
          ["dana", "budgeting", "pre-production"],
          ["dana", "scheduling", "pre-production"],
          ["dana", "daily-reports", "production"],
          ["dana", "directing", "production"],
          ["dana", "editing", "post-production"],
          ["dana", "delivery", "post-production"],
          ["dana", "festival-strategy", "marketing-distribution"],
        ],
        { ...budget(12_000), project: { kind: "short" } },
      ),
    );
    expect(titles(out, "dana")).toEqual(["produced-by:high", "written-by:high", "directed-by:high", "edited-by:high"]);
    expect(out.findings.map((f) => f.kind)).not.toContain("single-point-of-failure");
  });

  it("two producers splitting the stages both get Produced by", () => {
    const out = engine(
      film([
        ["ada", "developing-concept", "development"],
        ["ada", "choosing-writer", "development"],
        ["ada", "choosing-key-team", "pre-production"],
        ["ada", "budgeting", "pre-production"],
        ["ben", "on-set-problem-solving", "production"],
        ["ben", "daily-reports", "production"],
        ["ben", "post-supervision", "post-production"],
        ["ben", "delivery", "marketing-distribution"],
      ]),
    );
    expect(titles(out, "ada")).toEqual(["produced-by:high"]);
    expect(titles(out, "ben")).toEqual(["produced-by:high"]);
  });

  it("EP-only financiers: two financiers are Executive Producers, the hands-on producer is Produced by", () => {
    const out = engine(
      film(
        [
          ["fay", "bringing-investors", "development", "lead", money(250_000)],
          ["gus", "securing-financing", "pre-production", "lead", money(250_000)],
          ["pat", "developing-concept", "development"],
          ["pat", "hiring-crew", "pre-production"],
          ["pat", "scheduling", "pre-production"],
          ["pat", "on-set-problem-solving", "production"],
          ["pat", "post-supervision", "post-production"],
        ],
        budget(500_000),
      ),
    );
    expect(titles(out, "fay")).toEqual(["executive-producer:high"]);
    expect(titles(out, "gus")).toEqual(["executive-producer:high"]);
    expect(titles(out, "pat")).toEqual(["produced-by:high"]);
  });

  it("sparse log: one person's pre-production scheduling and hiring is too thin to be sure — Produced by at low confidence, saying so", () => {
    const out = engine(film([["sara", "hiring-crew", "pre-production"], ["sara", "scheduling", "pre-production"]]));
    expect(titles(out, "sara")).toEqual(["produced-by:low"]);
    expect(reasonsOf(out, "sara", "produced-by")).toContain("the log is too thin to be sure");
  });

  it("big-crew feature: the producer, a Line Producer below them and a UPM", () => {
    const crew = Array.from({ length: 20 }, (_, i) => `crew${i}`);
    const out = engine(
      film(
        [
          ["pia", "developing-concept", "development"],
          ["pia", "choosing-key-team", "pre-production"],
          ["pia", "keeping-on-track", "production"],
          ["pia", "post-supervision", "post-production"],
          ["pia", "delivery", "marketing-distribution"],
          ["leo", "budgeting", "pre-production"],
          ["leo", "budgeting", "production"],
          ["leo", "locking-locations", "pre-production"],
          ["leo", "logistics", "pre-production"],
          ["leo", "logistics", "production"],
          ["leo", "insurance", "pre-production"],
          ["ugo", "budgeting", "production", "supporting"],
          ["ugo", "scheduling", "pre-production", "equal"],
          ["ugo", "hiring-crew", "pre-production"],
          ["ugo", "daily-reports", "production"],
        ],
        { ...budget(2_000_000), project: { kind: "feature" }, crew },
      ),
    );
    expect(titles(out, "pia")).toEqual(["produced-by:high"]);
    expect(titles(out, "leo")).toEqual(["line-producer:medium"]);
    expect(titles(out, "ugo")).toContain("unit-production-manager:medium");
  });

  it("a small crew gets no UPM: the producer's title covers the job", () => {
    const out = engine(
      film([
        ["pia", "developing-concept", "development"],
        ["pia", "post-supervision", "post-production"],
        ["ugo", "budgeting", "pre-production"],
        ["ugo", "scheduling", "pre-production"],
        ["ugo", "hiring-crew", "pre-production"],
        ["ugo", "daily-reports", "production"],
      ]),
    );
    expect(out.suggestions.map((s) => s.title)).not.toContain("unit-production-manager");
  });

  it("TV-like series: the showrunner who leads the opportunity work is EP, the partner who only shared it Co-EP", () => {
    const out = engine(
      film(
        [
          ["rhea", "securing-financing", "development"],
          ["rhea", "packaging-talent", "development"],
          ["rhea", "securing-distribution", "marketing-distribution"],
          ["otto", "securing-financing", "development", "equal"],
          ["otto", "packaging-talent", "development", "equal"],
          ["otto", "major-business-decisions", "pre-production", "equal"],
          ["lia", "hiring-crew", "pre-production"],
          ["lia", "scheduling", "pre-production"],
          ["lia", "on-set-problem-solving", "production"],
        ],
        { ...budget(3_000_000), project: { kind: "series" } },
      ),
    );
    expect(titles(out, "rhea")).toEqual(["executive-producer:medium"]);
    expect(titles(out, "otto")).toEqual(["co-executive-producer:medium"]);
    expect(titles(out, "lia")).toEqual(["produced-by:high"]);
  });

  it('"A Film by" director: the engine never suggests the possessory credit; typed by hand, directing work supports it', () => {
    const log: Log[] = [
      ["mara", "directing", "production"],
      ["mara", "writing", "development"],
    ];
    const out = engine(film(log));
    expect(titles(out, "mara")).toEqual(["written-by:high", "directed-by:high"]);
    const typed = engine(film(log, { credits: [{ personId: "mara", title: "A Film by", status: "manual" }] }));
    expect(typed.findings.filter((f) => f.personIds.includes("mara"))).toEqual([]);
    const editor = engine(film([...log, ["jo", "editing", "post-production"]], { credits: [{ personId: "jo", title: "A Film by", status: "manual" }] }));
    expect(editor.findings.map((f) => f.kind)).toContain("title-without-work");
  });

  it("no budget: EP is judged by opportunity functions only (low) and says so; Produced by does not need a budget", () => {
    const out = engine(
      film([
        ["vera", "securing-financing", "development", "lead", money(50_000)],
        ["vera", "packaging-talent", "development"],
        ["vera", "securing-distribution", "marketing-distribution"],
        ["walt", "hiring-crew", "pre-production"],
        ["walt", "budgeting", "pre-production"],
        ["walt", "on-set-problem-solving", "production"],
      ]),
    );
    expect(titles(out, "vera")).toEqual(["executive-producer:low"]);
    expect(reasonsOf(out, "vera", "executive-producer")).toContain("no budget recorded");
    expect(titles(out, "walt")).toEqual(["produced-by:high"]);
  });

  it("a line producer under a producer who spans the film: Line Producer first, Produced by the alternative with what tips the balance", () => {
    const out = engine(
      film([
        ["cleo", "developing-concept", "development"],
        ["cleo", "choosing-writer", "development"],
        ["cleo", "final-script", "pre-production"],
        ["cleo", "post-supervision", "post-production"],
        ["cleo", "delivery", "marketing-distribution"],
        ["bo", "hiring-crew", "pre-production"],
        ["bo", "budgeting", "pre-production"],
        ["bo", "scheduling", "pre-production"],
        ["bo", "logistics", "production"],
        ["bo", "on-set-problem-solving", "production"],
      ]),
    );
    expect(titles(out, "cleo")).toEqual(["produced-by:high"]);
    expect(titles(out, "bo")).toEqual(["line-producer:high"]);
    expect(reasonsOf(out, "bo", "produced-by", true)).toContain("what tips the balance: Cleo carries more of the producing");
  });

  it("a developer-financier and a prep-and-shoot producer both get Produced by (neither is only a line producer)", () => {
    const out = engine(
      film([
        ["ada", "developing-concept", "development"],
        ["ada", "securing-financing", "development"],
        ["ada", "choosing-writer", "development"],
        ["ben", "hiring-crew", "pre-production"],
        ["ben", "budgeting", "pre-production"],
        ["ben", "scheduling", "pre-production"],
        ["ben", "on-set-problem-solving", "production"],
        ["ben", "logistics", "production"],
      ]),
    );
    expect(titles(out, "ada")).toEqual(["produced-by:medium"]);
    expect(titles(out, "ben")).toEqual(["produced-by:high"]);
  });
});

/** The short: $18,500, six people, a complete and sensible log. */
export function shortFilm(extra: Partial<EngineInput> = {}): EngineInput {
  return film(
    [
      ["rosa", "developing-concept", "development"],
      ["rosa", "fundraising", "development", "lead", money(9_000)],
      ["rosa", "writing", "development"],
      ["rosa", "final-script", "pre-production"],
      ["rosa", "directing", "production"],
      ["sam", "securing-financing", "pre-production", "lead", money(9_500)],
      ["sam", "hiring-crew", "pre-production"],
      ["sam", "budgeting", "pre-production"],
      ["sam", "scheduling", "pre-production"],
      ["sam", "locking-locations", "pre-production"],
      ["sam", "permits", "pre-production"],
      ["sam", "logistics", "production"],
      ["sam", "cast-communication", "production"],
      ["sam", "on-set-problem-solving", "production"],
      ["sam", "daily-reports", "production"],
      ["sam", "securing-equipment", "pre-production", "equal"],
      ["sam", "delivery", "post-production"],
      ["sam", "festival-strategy", "marketing-distribution"],
      ["lena", "cinematography", "production"],
      ["lena", "securing-equipment", "pre-production", "equal"],
      ["jun", "editing", "post-production"],
      ["jun", "color-grading", "post-production"],
      ["ade", "sound-post", "post-production"],
      ["mia", "production-design", "pre-production"],
      ["mia", "costume-design", "pre-production"],
    ],
    { ...budget(18_500), project: { kind: "short" }, ...extra },
  );
}

describe.each(ENGINES)("findings worth reading (%s engine)", (_name, engine) => {
  it("a function a project of this size and kind does not need is not uncovered; a group counts once", () => {
    const log: Log[] = [
      ["sam", "hiring-crew", "pre-production"],
      ["sam", "scheduling", "pre-production"],
      ["sam", "on-set-problem-solving", "production"],
      ["sam", "festival-strategy", "marketing-distribution"],
    ];
    const short = engine(film(log, { ...budget(20_000), project: { kind: "short" } }));
    const uncovered = short.findings.find((f) => f.kind === "uncovered-functions");
    expect(uncovered?.responsibilityIds).not.toContain("tax-incentives");
    expect(uncovered?.responsibilityIds).not.toContain("sponsorship");
    expect(uncovered?.responsibilityIds).not.toContain("payroll");
    expect(uncovered?.responsibilityIds).toContain("fundraising");
    expect(uncovered?.message).toContain("bringing investors or fundraising or securing financing");
    const feature = engine(film(log, { ...budget(2_000_000), project: { kind: "feature" } }));
    const big = feature.findings.find((f) => f.kind === "uncovered-functions");
    expect(big?.responsibilityIds).toEqual(expect.arrayContaining(["tax-incentives", "payroll", "securing-distribution"]));
    expect(big?.responsibilityIds).not.toContain("sponsorship");
  });

  it("functions the project marked not needed are never uncovered, and the finding's fingerprint changes with its facts", () => {
    const log: Log[] = [["sam", "hiring-crew", "pre-production"], ["sam", "on-set-problem-solving", "production"]];
    const before = engine(film(log, budget(20_000))).findings.find((f) => f.kind === "uncovered-functions")!;
    const after = engine(film(log, { ...budget(20_000), notApplicable: ["permits"] })).findings.find((f) => f.kind === "uncovered-functions")!;
    expect(before.responsibilityIds).toContain("permits");
    expect(after.responsibilityIds).not.toContain("permits");
    expect(after.id).toBe(before.id);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(engine(film(log, budget(20_000))).findings.find((f) => f.kind === "uncovered-functions")!.fingerprint).toBe(before.fingerprint);
  });

  it("four people who share every function are no single point of failure; one person alone on most of them is", () => {
    const fns = ["hiring-crew", "scheduling", "budgeting", "logistics"];
    const shared = engine(film(["a", "b", "c", "d"].flatMap((p) => fns.map((f): Log => [p, f, "pre-production", "equal"]))));
    expect(shared.findings.map((f) => f.kind)).not.toContain("single-point-of-failure");
    const alone = engine(film([...fns.map((f): Log => ["a", f, "pre-production"]), ["b", "permits", "pre-production"]]));
    const spof = alone.findings.filter((f) => f.kind === "single-point-of-failure");
    expect(spof.map((f) => f.personIds)).toEqual([["a"]]);
    expect(spof[0]!.message).toContain("A alone covers 4 of 5 producing functions (80%) that nobody else has logged");
  });

  it("a second Executive Producer held by someone who already holds a locked one is flagged; singular and plural read right", () => {
    const out = engine(
      film([["priya", "securing-financing", "development", "lead", money(300_000)]], {
        ...budget(1_000_000),
        credits: [
          { personId: "priya", title: "Executive Producer", status: "locked" },
          { personId: "priya", title: "Executive Producer", status: "accepted" },
        ],
      }),
    );
    const dup = out.findings.filter((f) => f.kind === "duplicate-title");
    expect(dup).toHaveLength(1);
    expect(dup[0]!.message).toBe('Priya holds "Executive Producer" twice ("Executive Producer", accepted; "Executive Producer", locked): the credits bill it once, so reject or remove the extra one');
    const one = engine(film([["x", "hiring-crew", "pre-production", "lead", { effortHours: 50 }]], { thresholds: { substantialWorkEntries: 1 } }));
    for (const f of [...out.findings, ...one.findings]) expect(f.message).not.toMatch(/\b1 (people|entries|hours|functions)\b/);
  });
});
