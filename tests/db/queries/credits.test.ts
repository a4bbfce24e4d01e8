import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addManualCredit,
  creditsHealth,
  creditsReview,
  decideCredit,
  removeManualCredit,
  setCreditLocked,
  updateCreditThresholds,
} from "@/db/queries/credits";
import { createWorkEntry, setMatrixCell } from "@/db/queries/work";
import { people, projects, type Project, type Team, type User } from "@/db/schema";
import { DEMO_CREW, DEMO_WORK, seedProject, seedWork } from "@/db/seed";
import { DEFAULT_THRESHOLDS } from "@/lib/credits/thresholds";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { workEntrySchema } from "@/lib/validation/work";
import { as, roleScenario, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

/** Every credit, not only those to decide (history comes with the credits shown). */
const ALL = { view: "all", title: null, confidence: null } as const;

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team;

beforeAll(async () => ({ t, owner, editor, viewer, outsider, team } = await roleScenario()));
afterAll(() => t.close());

/** The demo project (Harbor Lights with its work log) in the shared team. */
function demo(): Project {
  const project = seedProject(t.db, team, {}, DEMO_CREW);
  seedWork(t.db, project, owner, DEMO_WORK);
  return project;
}

const personId = (name: string) => t.db.select({ id: people.id }).from(people).where(eq(people.creditedName, name)).get()!.id;

function titlesOf(project: Project, name: string): string[] {
  const { people: list } = creditsReview(t.db, as(viewer), project.id, ALL);
  return (list.find((p) => p.personId === personId(name))?.rows ?? []).filter((r) => r.kind === "suggestion").map((r) => (r.kind === "suggestion" ? r.titleId : ""));
}

describe("suggestions on the demo project", () => {
  it("tells the article's story: the financiers are EPs, the filmmaker wears four hats, the line producer runs the unit", () => {
    const p = demo();
    expect(titlesOf(p, "Daniel Reyes")).toContain("executive-producer");
    expect(titlesOf(p, "Maya Okafor")).toEqual(expect.arrayContaining(["produced-by", "written-by", "directed-by", "edited-by"]));
    expect(titlesOf(p, "Tomás Herrera")).toEqual(expect.arrayContaining(["line-producer", "unit-production-manager"]));
    expect(titlesOf(p, "Priya Raman")).toContain("executive-producer");
    expect(titlesOf(p, "Ji-woo Park")).toContain("production-coordinator");
    expect(titlesOf(p, "Nikolai Petrov")).toContain("director-of-photography");
    const { people: list } = creditsReview(t.db, as(viewer), p.id, ALL);
    const ep = list.flatMap((x) => x.rows).find((r) => r.kind === "suggestion" && r.personId === personId("Daniel Reyes") && r.titleId === "executive-producer");
    expect(ep?.kind === "suggestion" && ep.suggestion.reasons.map((r) => r.text).join(" ")).toMatch(/\$250,000.*42%.*\$600,000/);
  });
});

describe("decisions", () => {
  it("accept, reject and override record who, when and why in the history", () => {
    const p = demo();
    const maya = personId("Maya Okafor");
    const accepted = decideCredit(t.db, as(editor), p.id, { action: "accept", personId: maya, titleId: "directed-by", reason: "" }, 1_000);
    expect(accepted).toMatchObject({ status: "accepted", title: "Directed by", decidedBy: editor.id });
    const over = decideCredit(t.db, as(editor), p.id, { action: "override", personId: maya, titleId: "produced-by", title: "Producer", reason: "Her deal says Producer" }, 2_000);
    expect(over).toMatchObject({ status: "overridden", title: "Producer" });
    decideCredit(t.db, as(owner), p.id, { action: "reject", personId: maya, titleId: "directed-by", reason: "Co-directed, credit pending" }, 3_000);
    const { history, summary } = creditsReview(t.db, as(viewer), p.id, ALL);
    expect(history[accepted.id]?.map((h) => [h.action, h.userName, h.reason])).toEqual([
      ["accepted", "Eddie Editor", ""],
      ["rejected", "Olive Owner", "Co-directed, credit pending"],
    ]);
    expect(summary.held).toBeGreaterThanOrEqual(1);
  });

  it("a locked credit refuses every decision until unlocked, and the lock is in the history", () => {
    const p = demo();
    const maya = personId("Maya Okafor");
    // Each step a millisecond apart: the history is ordered by time.
    const c = decideCredit(t.db, as(editor), p.id, { action: "accept", personId: maya, titleId: "edited-by", reason: "" }, 1_000);
    setCreditLocked(t.db, as(editor), p.id, c.id, true, "Deal memo", 2_000);
    expect(thrownBy(() => decideCredit(t.db, as(editor), p.id, { action: "reject", personId: maya, titleId: "edited-by", reason: "" }))).toBeInstanceOf(ConflictError);
    expect(thrownBy(() => decideCredit(t.db, as(editor), p.id, { action: "override", personId: maya, titleId: "edited-by", title: "Editor", reason: "" }))).toBeInstanceOf(ConflictError);
    setCreditLocked(t.db, as(editor), p.id, c.id, false, "", 3_000);
    expect(decideCredit(t.db, as(editor), p.id, { action: "reject", personId: maya, titleId: "edited-by", reason: "" }, 4_000).status).toBe("rejected");
    // Nothing to lock on a rejected suggestion.
    expect(thrownBy(() => setCreditLocked(t.db, as(editor), p.id, c.id, true, ""))).toBeInstanceOf(ConflictError);
    expect(creditsReview(t.db, as(viewer), p.id, ALL).history[c.id]?.map((h) => h.action)).toEqual(["accepted", "locked", "unlocked", "rejected"]);
  });

  it("accepting needs the engine to suggest it now", () => {
    const p = demo();
    expect(thrownBy(() => decideCredit(t.db, as(editor), p.id, { action: "accept", personId: personId("Ji-woo Park"), titleId: "executive-producer", reason: "" }))).toBeInstanceOf(ConflictError);
  });

  it("shows a decision as changed once new work changes the suggestion's reasons", () => {
    const p = demo();
    const tomas = personId("Tomás Herrera");
    decideCredit(t.db, as(editor), p.id, { action: "accept", personId: tomas, titleId: "unit-production-manager", reason: "" });
    const row = () =>
      creditsReview(t.db, as(viewer), p.id, ALL)
        .people.flatMap((x) => x.rows)
        .find((r) => r.personId === tomas && r.kind !== "manual" && r.titleId === "unit-production-manager")!;
    expect(row().changed).toBe(false);
    // Tomás shares the UPM work less than he did: supporting on budgeting changes the confidence.
    setMatrixCell(t.db, as(editor), p.id, { personId: tomas, responsibilityId: "budgeting", stage: "pre-production", degree: "supporting", expected: "lead" });
    expect(row().changed).toBe(true);
    expect(creditsReview(t.db, as(viewer), p.id, ALL).summary.changed).toBeGreaterThanOrEqual(1);
    // Deciding again clears it.
    decideCredit(t.db, as(editor), p.id, { action: "accept", personId: tomas, titleId: "unit-production-manager", reason: "Still the UPM" });
    expect(row().changed).toBe(false);
  });

  it("Viewers can't decide; other teams get 404", () => {
    const p = demo();
    const maya = personId("Maya Okafor");
    expect(thrownBy(() => decideCredit(t.db, as(viewer), p.id, { action: "accept", personId: maya, titleId: "directed-by", reason: "" }))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => decideCredit(t.db, as(outsider), p.id, { action: "accept", personId: maya, titleId: "directed-by", reason: "" }))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => creditsReview(t.db, as(outsider), p.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => creditsHealth(t.db, as(outsider), p.id))).toBeInstanceOf(NotFoundError);
  });
});

describe("titles typed by hand and the health panel", () => {
  it("flags a hand-typed title with no work, and logging the work clears it", () => {
    const p = seedProject(t.db, team, { title: "Small" }, [
      ["Kim Lee", "Producers", "Producer"],
      ["Ola Berg", "Camera", "Director of Photography"],
    ]);
    const ola = personId("Ola Berg");
    const c = addManualCredit(t.db, as(editor), p.id, { personId: ola, title: "Director of Photography", reason: "Contract", locked: false });
    const flagged = () => creditsReview(t.db, as(viewer), p.id, ALL).findings.active.filter((f) => f.kind === "title-without-work" && f.personIds.includes(ola));
    expect(flagged()).toHaveLength(1);
    createWorkEntry(t.db, as(editor), p.id, workEntrySchema.parse({ personId: ola, responsibilityId: "cinematography", stage: "production", degree: "lead" }));
    expect(flagged()).toHaveLength(0);
    // Same title twice for one person is refused; removal works for unlocked hand-typed titles.
    expect(thrownBy(() => addManualCredit(t.db, as(editor), p.id, { personId: ola, title: "director of photography", reason: "", locked: false }))).toBeInstanceOf(InvalidError);
    removeManualCredit(t.db, as(editor), p.id, c.id);
    expect(rowCount(t.sqlite, "credits", "id = ?", c.id)).toBe(0);
  });

  it("refuses a hand-typed title for someone not on the roster, and a locked one can't be removed", () => {
    // Kim is in the team's directory (on another project's roster), not on this one's.
    seedProject(t.db, team, { title: "Kim's" }, [["Kim Lee", "Producers", "Producer"]]);
    const p = seedProject(t.db, team, { title: "Other" }, [["Rae Moss", "Producers", "Producer"]]);
    const kim = personId("Kim Lee");
    expect(thrownBy(() => addManualCredit(t.db, as(editor), p.id, { personId: kim, title: "Producer", reason: "", locked: false }))).toBeInstanceOf(InvalidError);
    const c = addManualCredit(t.db, as(editor), p.id, { personId: personId("Rae Moss"), title: "Executive Producer", reason: "", locked: true });
    expect(c.locked).toBe(true);
    expect(thrownBy(() => removeManualCredit(t.db, as(editor), p.id, c.id))).toBeInstanceOf(ConflictError);
  });
});

describe("thresholds", () => {
  it("only an Owner changes them; only differences from the defaults are stored; restore empties them", () => {
    const p = demo();
    const values = { ...DEFAULT_THRESHOLDS, maxProducedBy: 2 };
    expect(thrownBy(() => updateCreditThresholds(t.db, as(editor), p.id, values))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => updateCreditThresholds(t.db, as(outsider), p.id, values))).toBeInstanceOf(NotFoundError);
    expect(updateCreditThresholds(t.db, as(owner), p.id, values).creditThresholds).toEqual({ maxProducedBy: 2 });
    updateCreditThresholds(t.db, as(owner), p.id, null);
    expect(t.db.select({ c: projects.creditThresholds }).from(projects).where(eq(projects.id, p.id)).get()?.c).toEqual({});
  });

  it("the engine uses the project's thresholds", () => {
    const p = demo();
    expect(titlesOf(p, "Daniel Reyes")).toContain("executive-producer");
    // Daniel raised 42% of the budget; asking for 50% and more opportunity functions than he has removes the EP suggestion.
    updateCreditThresholds(t.db, as(owner), p.id, { ...DEFAULT_THRESHOLDS, epFinancingShare: 0.5, epMinOpportunityFunctions: 10 });
    expect(titlesOf(p, "Daniel Reyes")).not.toContain("executive-producer");
  });
});
