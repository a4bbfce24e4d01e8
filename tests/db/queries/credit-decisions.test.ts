import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptAllHighConfidence,
  addManualCredit,
  creditsHealth,
  creditsReview,
  decideCredit,
  decisionToken,
  dismissFinding,
  restoreFinding,
  setCreditLocked,
  setFunctionNeeded,
  undoAcceptAll,
  updateMergeSettings,
} from "@/db/queries/credits";
import { creditListInput, undecidedClaimsOf } from "@/db/queries/credit-list";
import { projectReview, reviewSummary } from "@/db/queries/review";
import { createWorkEntry } from "@/db/queries/work";
import { credits, people, type Project, type Team, type User } from "@/db/schema";
import { DEMO_CREW, DEMO_WORK, seedProject, seedWork } from "@/db/seed";
import { buildCreditList } from "@/lib/end-credits";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/tokens";
import { workEntrySchema } from "@/lib/validation/work";
import { as, roleScenario, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team;

beforeAll(async () => ({ t, owner, editor, viewer, outsider, team } = await roleScenario()));
afterAll(() => t.close());

let n = 0;
/** A project of its own (people are the team's, so names get a per-project suffix). */
function film(crew: [string, string, string][], extra: Parameters<typeof seedProject>[2] = {}): { project: Project; id: (name: string) => string } {
  n += 1;
  const suffix = ` ${n}`;
  const project = seedProject(t.db, team, { title: `Film ${n}`, ...extra }, crew.map(([name, d, r]) => [name + suffix, d, r] as [string, string, string]));
  const id = (name: string) => t.db.select({ id: people.id }).from(people).where(eq(people.creditedName, name + suffix)).get()!.id;
  return { project, id };
}

function log(project: Project, personId: string, responsibilityId: string, stage: string, degree = "lead", more: Record<string, unknown> = {}) {
  return createWorkEntry(t.db, as(editor), project.id, workEntrySchema.parse({ personId, responsibilityId, stage, degree, ...more }));
}

function allRows(project: Project) {
  return creditsReview(t.db, as(viewer), project.id, { view: "all", title: null, confidence: null }).people.flatMap((p) => p.rows);
}

describe("roster claims: one title, one source", () => {
  it("an imported 'Exec Producer' with no work is a claim to decide: listed, flagged by the truth check, not billed until accepted", () => {
    const { project, id } = film([
      ["Xena Cole", "Producers", "Exec Producer"],
      ["Sam Reed", "Producers", "Producer"],
      ["Sue Park", "Direction", "Script Supervisor"],
    ]);
    log(project, id("Sam Reed"), "hiring-crew", "pre-production");
    log(project, id("Sam Reed"), "on-set-problem-solving", "production");
    const claim = allRows(project).find((r) => r.personId === id("Xena Cole"));
    expect(claim).toMatchObject({ kind: "claim", titleId: "executive-producer", credit: null, claim: { role: "Executive Producer", department: "Producers" } });
    expect(creditsReview(t.db, as(viewer), project.id).summary.claims).toBe(1);
    // The truth check judges the claim like any held title: a title without work.
    const truth = reviewSummary(projectReview(t.db, as(viewer), project.id)).truth;
    const xena = truth.people.find((p) => p.personId === id("Xena Cole"));
    expect(xena?.items.map((i) => [i.kind, i.label, i.credit?.status, i.reviewKey])).toEqual([["title-without-work", "Executive Producer", "claim", `s:${id("Xena Cole")}:executive-producer`]]);
    // Not billed while undecided, and warned about before export.
    const before = buildCreditList(creditListInput(t.db, project.id));
    expect(before.blocks.flatMap((b) => b.lines.map((l) => l.personId))).not.toContain(id("Xena Cole"));
    expect(undecidedClaimsOf(t.db, project.id).map((c) => [c.name, c.title])).toEqual([
      [`Xena Cole ${n}`, "Executive Producer"],
      [`Sam Reed ${n}`, "Produced by"],
    ]);
    // Accepted: a decision with the roster as its reason; now it bills in the producers' block.
    const c = decideCredit(t.db, as(editor), project.id, { action: "accept", personId: id("Xena Cole"), titleId: "executive-producer", reason: "" });
    expect(c).toMatchObject({ status: "accepted", title: "Executive Producer", suggestedTitle: "executive-producer" });
    expect(creditsReview(t.db, as(viewer), project.id, { view: "all", title: null, confidence: null }).history[c.id]?.[0]?.reason).toBe("From the roster: Executive Producer (Producers)");
    const after = buildCreditList(creditListInput(t.db, project.id));
    expect(after.blocks[0]).toMatchObject({ id: "main:executive-producer", section: "main" });
    expect(after.blocks[0]!.lines.map((l) => l.personId)).toEqual([id("Xena Cole")]);
    expect(after.blocks.filter((b) => b.section === "crew").flatMap((b) => b.lines.map((l) => l.name))).toEqual([`Sue Park ${n}`]);
    // The truth check now sees a held title (still without work) — and no "No title held".
    const held = reviewSummary(projectReview(t.db, as(viewer), project.id)).truth.people.find((p) => p.personId === id("Xena Cole"));
    expect(held?.items.map((i) => [i.kind, i.credit?.status])).toEqual([["title-without-work", "accepted"]]);
  });

  it("a claim the work also suggests is one row, marked with the roster's wording; rejecting it keeps it off the list", () => {
    const { project, id } = film([["Lou Diaz", "Producers", "Line Producer"], ["Pia Roy", "Producers", "Producer"]]);
    for (const f of ["budgeting", "scheduling", "logistics"]) {
      log(project, id("Lou Diaz"), f, "pre-production");
      log(project, id("Lou Diaz"), f, "production");
    }
    const rows = allRows(project).filter((r) => r.personId === id("Lou Diaz"));
    expect(rows.map((r) => [r.kind, r.kind === "suggestion" ? r.claim?.role : null])).toContainEqual(["suggestion", "Line Producer"]);
    decideCredit(t.db, as(editor), project.id, { action: "reject", personId: id("Lou Diaz"), titleId: "line-producer", reason: "Hired as UPM" });
    expect(buildCreditList(creditListInput(t.db, project.id)).blocks.flatMap((b) => b.lines.map((l) => l.personId))).not.toContain(id("Lou Diaz"));
  });

  it("accepting a claim twice is one decision; another team's claim is 404; a Viewer can't accept", () => {
    const { project, id } = film([["Ari Vale", "Producers", "Associate Producer"]]);
    const first = decideCredit(t.db, as(editor), project.id, { action: "accept", personId: id("Ari Vale"), titleId: "associate-producer", reason: "" });
    const again = decideCredit(t.db, as(editor), project.id, { action: "accept", personId: id("Ari Vale"), titleId: "associate-producer", reason: "" });
    expect(again.id).toBe(first.id);
    expect(rowCount(t.sqlite, "credits", "project_id = ? and person_id = ?", project.id, id("Ari Vale"))).toBe(1);
    expect(thrownBy(() => decideCredit(t.db, as(outsider), project.id, { action: "accept", personId: id("Ari Vale"), titleId: "associate-producer", reason: "" }))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => decideCredit(t.db, as(viewer), project.id, { action: "accept", personId: id("Ari Vale"), titleId: "associate-producer", reason: "" }))).toBeInstanceOf(ForbiddenError);
  });
});

describe("decisions are never silently lost", () => {
  it("a decision form opened before someone else decided is refused with who did it; nothing is written", () => {
    const { project, id } = film([["Mo Lane", "Direction", "Director"]]);
    log(project, id("Mo Lane"), "directing", "production");
    const seen = decisionToken(null);
    const first = decideCredit(t.db, as(owner), project.id, { action: "accept", personId: id("Mo Lane"), titleId: "directed-by", reason: "", expected: seen }, 5_000);
    const stale = thrownBy(() => decideCredit(t.db, as(editor), project.id, { action: "reject", personId: id("Mo Lane"), titleId: "directed-by", reason: "", expected: seen }, 6_000));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as Error).message).toMatch(/^Olive Owner changed this decision since you opened it: it is now accepted as "Directed by"/);
    expect(t.db.select({ s: credits.status }).from(credits).where(eq(credits.id, first.id)).get()?.s).toBe("accepted");
    // With the current token it goes through.
    expect(decideCredit(t.db, as(editor), project.id, { action: "reject", personId: id("Mo Lane"), titleId: "directed-by", reason: "", expected: decisionToken({ decidedAt: 5_000 }) }).status).toBe("rejected");
  });

  it("a title the person already holds (a locked Executive Producer) can't be accepted a second time; old duplicates are flagged", () => {
    const { project, id } = film([["Pri Rao", "Producers", "Executive Producer"]], { budgetAmount: 100_000 });
    log(project, id("Pri Rao"), "securing-financing", "development", "lead", { amountRaised: 60_000 });
    addManualCredit(t.db, as(editor), project.id, { personId: id("Pri Rao"), title: "Executive Producer", reason: "Contract", locked: true });
    const refused = thrownBy(() => decideCredit(t.db, as(editor), project.id, { action: "accept", personId: id("Pri Rao"), titleId: "executive-producer", reason: "" }));
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toContain('They already hold "Executive Producer" (locked as contractual)');
    // Bulk accept skips it too.
    expect(acceptAllHighConfidence(t.db, as(editor), project.id).accepted.map((a) => a.personId)).not.toContain(id("Pri Rao"));
    // A duplicate from before the check (written straight to the table) is a finding.
    t.db.insert(credits).values({ id: newId(), projectId: project.id, personId: id("Pri Rao"), suggestedTitle: "executive-producer", title: "Executive Producer", status: "accepted", decidedAt: new Date() }).run();
    const dup = creditsReview(t.db, as(viewer), project.id).findings.active.filter((f) => f.kind === "duplicate-title");
    expect(dup.map((f) => f.personIds)).toEqual([[id("Pri Rao")]]);
  });
});

describe("accept all high-confidence, with one undo", () => {
  it("accepts every undecided high-confidence suggestion in its own right, in one batch the same user can undo", () => {
    const project = seedProject(t.db, team, { title: "Bulk" }, DEMO_CREW);
    seedWork(t.db, project, owner, DEMO_WORK);
    const before = creditsReview(t.db, as(viewer), project.id);
    const expected = before.summary.highConfidence;
    expect(expected).toBeGreaterThan(5);
    const { batchId, accepted } = acceptAllHighConfidence(t.db, as(editor), project.id, 10_000);
    expect(accepted).toHaveLength(expected);
    const rows = allRows(project);
    for (const a of accepted) {
      const row = rows.find((r) => r.kind === "suggestion" && r.personId === a.personId && r.titleId === a.titleId);
      expect(row?.kind === "suggestion" && row.suggestion.confidence).toBe("high");
      expect(row?.kind === "suggestion" && row.suggestion.alternativeTo).toBeNull();
      expect(row?.credit?.status).toBe("accepted");
    }
    expect(creditsReview(t.db, as(viewer), project.id).summary.highConfidence).toBe(0);
    // Nothing more to accept: no new batch.
    expect(acceptAllHighConfidence(t.db, as(editor), project.id).batchId).toBeNull();
    // One of them decided again since leaves the batch; the undo takes the rest.
    const maya = rows.find((r) => r.kind === "suggestion" && r.titleId === "directed-by")!;
    decideCredit(t.db, as(editor), project.id, { action: "override", personId: maya.personId, titleId: "directed-by", title: "A Film by", reason: "" });
    expect(thrownBy(() => undoAcceptAll(t.db, as(owner), project.id, batchId!, 11_000))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => undoAcceptAll(t.db, as(viewer), project.id, batchId!, 11_000))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => undoAcceptAll(t.db, as(outsider), project.id, batchId!, 11_000))).toBeInstanceOf(NotFoundError);
    expect(undoAcceptAll(t.db, as(editor), project.id, batchId!, 11_000)).toBe(expected - 1);
    expect(creditsReview(t.db, as(viewer), project.id).summary.highConfidence).toBe(expected - 1);
    expect(rowCount(t.sqlite, "credits", "project_id = ?", project.id)).toBe(1);
    expect(thrownBy(() => undoAcceptAll(t.db, as(editor), project.id, batchId!, 12_000))).toBeInstanceOf(NotFoundError);
  });

  it("can't be undone after 30 minutes, and a locked credit is never undone", () => {
    const { project, id } = film([["Ed Yu", "Editorial", "Editor"], ["Di Ma", "Direction", "Director"]]);
    log(project, id("Ed Yu"), "editing", "post-production");
    log(project, id("Di Ma"), "directing", "production");
    const { batchId, accepted } = acceptAllHighConfidence(t.db, as(editor), project.id, 0);
    expect(accepted).toHaveLength(2);
    expect(thrownBy(() => undoAcceptAll(t.db, as(editor), project.id, batchId!, 31 * 60 * 1000))).toBeInstanceOf(ConflictError);
    const c = t.db.select().from(credits).where(eq(credits.batchId, batchId!)).all()[0]!;
    setCreditLocked(t.db, as(editor), project.id, c.id, true, "");
    expect(undoAcceptAll(t.db, as(editor), project.id, batchId!, 60_000)).toBe(1);
    expect(rowCount(t.sqlite, "credits", "id = ?", c.id)).toBe(1);
  });
});

describe("findings worth reading: dismissals and functions not needed", () => {
  function uncovered(project: Project) {
    return creditsReview(t.db, as(viewer), project.id).findings;
  }

  it("a dismissed finding stays dismissed with who and why, comes back when its facts change, and can be shown again", () => {
    const { project, id } = film([["Sam Oh", "Producers", "Producer"]], { kind: "short", budgetAmount: 20_000 });
    log(project, id("Sam Oh"), "hiring-crew", "pre-production");
    log(project, id("Sam Oh"), "on-set-problem-solving", "production");
    const f = uncovered(project).active.find((x) => x.kind === "uncovered-functions")!;
    expect(f.responsibilityIds).toContain("permits");
    dismissFinding(t.db, as(editor), project.id, { findingId: f.id, fingerprint: f.fingerprint, reason: "Private land, no permits" });
    const view = uncovered(project);
    expect(view.active.map((x) => x.id)).not.toContain(f.id);
    expect(view.dismissed.map((d) => [d.finding.id, d.dismissal.reason])).toEqual([[f.id, "Private land, no permits"]]);
    expect(creditsReview(t.db, as(viewer), project.id).dismissedBy.get(f.id)).toBe("Eddie Editor");
    expect(creditsHealth(t.db, as(viewer), project.id).findings).toBe(view.active.length);
    // A stale page (the old fingerprint) can't dismiss a finding whose facts changed.
    log(project, id("Sam Oh"), "permits", "pre-production");
    const changed = uncovered(project);
    const back = changed.active.find((x) => x.id === f.id)!;
    expect(back.fingerprint).not.toBe(f.fingerprint);
    expect(changed.reraised.get(f.id)?.reason).toBe("Private land, no permits");
    expect(thrownBy(() => dismissFinding(t.db, as(editor), project.id, { findingId: f.id, fingerprint: f.fingerprint, reason: "again" }))).toBeInstanceOf(ConflictError);
    expect(thrownBy(() => dismissFinding(t.db, as(editor), project.id, { findingId: "nope", fingerprint: f.fingerprint, reason: "x" }))).toBeInstanceOf(ConflictError);
    // Dismissed again, then shown again.
    dismissFinding(t.db, as(editor), project.id, { findingId: back.id, fingerprint: back.fingerprint, reason: "Still fine" });
    expect(uncovered(project).dismissed).toHaveLength(1);
    restoreFinding(t.db, as(editor), project.id, back.id);
    expect(uncovered(project).dismissed).toHaveLength(0);
    expect(thrownBy(() => restoreFinding(t.db, as(editor), project.id, back.id))).toBeInstanceOf(NotFoundError);
  });

  it("dismissing is for Editors of the project: Viewers 403, other teams 404", () => {
    const { project, id } = film([["Ira Bell", "Producers", "Producer"]], { kind: "short", budgetAmount: 20_000 });
    log(project, id("Ira Bell"), "hiring-crew", "pre-production");
    const f = uncovered(project).active[0]!;
    expect(thrownBy(() => dismissFinding(t.db, as(viewer), project.id, { findingId: f.id, fingerprint: f.fingerprint, reason: "x" }))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => dismissFinding(t.db, as(outsider), project.id, { findingId: f.id, fingerprint: f.fingerprint, reason: "x" }))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => restoreFinding(t.db, as(outsider), project.id, f.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => setFunctionNeeded(t.db, as(outsider), project.id, { responsibilityId: "permits", needed: false, reason: "" }))).toBeInstanceOf(NotFoundError);
    expect(rowCount(t.sqlite, "finding_dismissals", "project_id = ?", project.id)).toBe(0);
  });

  it("a function marked not needed is never uncovered; only producing functions can be marked", () => {
    const { project, id } = film([["Bo Kim", "Producers", "Producer"]], { kind: "short", budgetAmount: 20_000 });
    log(project, id("Bo Kim"), "hiring-crew", "pre-production");
    expect(uncovered(project).active[0]!.responsibilityIds).toContain("permits");
    expect(setFunctionNeeded(t.db, as(editor), project.id, { responsibilityId: "permits", needed: false, reason: "Studio shoot" })).toEqual({ name: "Permits" });
    expect(uncovered(project).active[0]!.responsibilityIds).not.toContain("permits");
    expect(creditsReview(t.db, as(viewer), project.id).notNeeded.map((x) => [x.responsibilityId, x.reason, x.markedBy])).toEqual([["permits", "Studio shoot", "Eddie Editor"]]);
    expect(thrownBy(() => setFunctionNeeded(t.db, as(editor), project.id, { responsibilityId: "directing", needed: false, reason: "" }))).toBeInstanceOf(InvalidError);
    expect(thrownBy(() => setFunctionNeeded(t.db, as(editor), project.id, { responsibilityId: "no-such-thing", needed: false, reason: "" }))).toBeInstanceOf(InvalidError);
    expect(thrownBy(() => setFunctionNeeded(t.db, as(viewer), project.id, { responsibilityId: "permits", needed: true, reason: "" }))).toBeInstanceOf(ForbiddenError);
    setFunctionNeeded(t.db, as(editor), project.id, { responsibilityId: "permits", needed: true, reason: "" });
    expect(uncovered(project).active[0]!.responsibilityIds).toContain("permits");
  });
});

describe("the credits page's order, filters and paging", () => {
  it("people come in billing order (producers first), then by name with numbers as numbers", () => {
    const { project, id } = film([
      ["Crew 10", "Camera", "Director of Photography"],
      ["Crew 9", "Camera", "Director of Photography"],
      ["Ann", "Direction", "Director"],
      ["Zed", "Producers", "Executive Producer"],
    ]);
    log(project, id("Crew 10"), "cinematography", "production");
    log(project, id("Crew 9"), "cinematography", "production", "equal");
    log(project, id("Ann"), "directing", "production");
    const order = creditsReview(t.db, as(viewer), project.id, { view: "all", title: null, confidence: null }).people.map((p) => p.name);
    expect(order).toEqual([`Zed ${n}`, `Ann ${n}`, `Crew 9 ${n}`, `Crew 10 ${n}`]);
    const high = creditsReview(t.db, as(viewer), project.id, { view: "all", title: null, confidence: "high" }).people.map((p) => p.name);
    expect(high).toEqual([`Ann ${n}`, `Crew 10 ${n}`]);
    const dp = creditsReview(t.db, as(viewer), project.id, { view: "all", title: "director-of-photography", confidence: null });
    expect(dp.people.map((p) => p.name)).toEqual([`Crew 9 ${n}`, `Crew 10 ${n}`]);
    // With nothing asked, the page opens on what needs deciding; once decided, on everything.
    expect(creditsReview(t.db, as(viewer), project.id).filter.view).toBe("decide");
    acceptAllHighConfidence(t.db, as(editor), project.id);
    decideCredit(t.db, as(editor), project.id, { action: "accept", personId: id("Crew 9"), titleId: "director-of-photography", reason: "" });
    decideCredit(t.db, as(editor), project.id, { action: "reject", personId: id("Zed"), titleId: "executive-producer", reason: "" });
    expect(creditsReview(t.db, as(viewer), project.id).filter.view).toBe("all");
    expect(creditsReview(t.db, as(viewer), project.id, { view: "rejected", title: null, confidence: null }).people.map((p) => p.name)).toEqual([`Zed ${n}`]);
  });
});

describe("merge settings", () => {
  it("creative credits merge by default; Produced by joins only when the project opts in; Viewers can't change it", () => {
    const { project, id } = film([["Mo Band", "Producers", "Producer"]]);
    for (const [f, s] of [
      ["writing", "development"],
      ["directing", "production"],
      ["editing", "post-production"],
      ["developing-concept", "development"],
      ["hiring-crew", "pre-production"],
      ["delivery", "post-production"],
    ]) {
      log(project, id("Mo Band"), f!, s!);
    }
    acceptAllHighConfidence(t.db, as(editor), project.id);
    expect(buildCreditList(creditListInput(t.db, project.id)).blocks.map((b) => b.heading)).toEqual(["Written, Directed and Edited by", "Produced by"]);
    expect(thrownBy(() => updateMergeSettings(t.db, as(viewer), project.id, { mergeCreativeCredits: true, mergeProducedBy: true }))).toBeInstanceOf(ForbiddenError);
    updateMergeSettings(t.db, as(editor), project.id, { mergeCreativeCredits: true, mergeProducedBy: true });
    expect(buildCreditList(creditListInput(t.db, project.id)).blocks.map((b) => b.heading)).toEqual(["Written, Produced, Directed and Edited by"]);
    updateMergeSettings(t.db, as(editor), project.id, { mergeCreativeCredits: false, mergeProducedBy: false });
    expect(buildCreditList(creditListInput(t.db, project.id)).blocks.map((b) => b.heading)).toEqual(["Directed by", "Written by", "Produced by", "Edited by"]);
  });
});
