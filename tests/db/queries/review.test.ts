import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addManualCredit, decideCredit } from "@/db/queries/credits";
import { compareReviews, personHats, projectReview, projectWork, reviewSummary, teamProjectsFor, updateConcentrationThreshold } from "@/db/queries/review";
import { people, type Project, type Team, type User } from "@/db/schema";
import { DEMO_CREW, DEMO_WORK, seedProject, seedWork } from "@/db/seed";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { coverage, hatsMatrix } from "@/lib/review";
import { as, roleScenario, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team, otherTeam: Team;

beforeAll(async () => ({ t, owner, editor, viewer, outsider, team, otherTeam } = await roleScenario()));
afterAll(() => t.close());

function demo(title = "Harbor Lights"): Project {
  const project = seedProject(t.db, team, { title }, DEMO_CREW);
  seedWork(t.db, project, owner, DEMO_WORK);
  return project;
}

const personId = (name: string) => t.db.select({ id: people.id }).from(people).where(eq(people.creditedName, name)).get()!.id;

describe("projectReview", () => {
  it("aggregates the demo project with roster departments, and the filmmaker wears the most hats", () => {
    const p = demo();
    const review = projectReview(t.db, as(viewer), p.id);
    expect(review.data.entryCount).toBe(DEMO_WORK.length);
    expect(review.departments.length).toBeGreaterThan(3);
    expect(review.threshold).toBe(0.5);
    const m = hatsMatrix(review.data, { sort: "hats", limit: 1 });
    expect(m.rows[0]?.name).toBe("Maya Okafor");
    const maya = hatsMatrix(review.data).rows.find((r) => r.name === "Maya Okafor")!;
    expect(maya.departments.length).toBeGreaterThan(0);
    const byDept = hatsMatrix(review.data, { departments: [maya.departments[0]!] });
    expect(byDept.rows.some((r) => r.personId === maya.personId)).toBe(true);
    const { truth } = reviewSummary(review);
    expect(truth.summary.workWithoutTitle).toBeGreaterThan(0);
  });

  it("answers another team's member and an unknown id with NotFound", () => {
    const p = demo();
    expect(thrownBy(() => projectReview(t.db, as(outsider), p.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => projectReview(t.db, as(viewer), "nope"))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => projectWork(t.db, as(outsider), p.id))).toBeInstanceOf(NotFoundError);
  });

  it("reads the same work without the engine for the views that don't need suggestions", () => {
    const p = demo();
    const work = projectWork(t.db, as(viewer), p.id);
    const review = projectReview(t.db, as(viewer), p.id);
    expect(work.data).toEqual(review.data);
    expect(work.departments).toEqual(review.departments);
    expect("output" in work).toBe(false);
  });
});

describe("personHats", () => {
  it("gives a person's work, held and suggested titles, and their history across the team's projects", () => {
    const a = demo("First Film");
    const b = demo("Second Film");
    const maya = personId("Maya Okafor");
    decideCredit(t.db, as(editor), a.id, { action: "accept", personId: maya, titleId: "produced-by", reason: "" });
    decideCredit(t.db, as(editor), a.id, { action: "accept", personId: maya, titleId: "edited-by", reason: "" });
    decideCredit(t.db, as(editor), b.id, { action: "accept", personId: maya, titleId: "produced-by", reason: "" });
    decideCredit(t.db, as(editor), b.id, { action: "reject", personId: maya, titleId: "edited-by", reason: "Someone else cut it" });
    const card = personHats(t.db, as(viewer), a.id, maya);
    expect(card.work.name).toBe("Maya Okafor");
    expect(card.work.hats).toBeGreaterThanOrEqual(4);
    expect(card.roles.length).toBeGreaterThan(0);
    expect(card.suggestions.map((s) => s.title)).toEqual(expect.arrayContaining(["produced-by", "edited-by", "directed-by"]));
    expect(card.truth?.items.filter((i) => i.kind === "match").map((i) => i.label)).toEqual(expect.arrayContaining(["Produced by", "Edited by"]));
    // Both films credit her as Producer; the rejection on the second doesn't count.
    const producer = card.history.titles.find((x) => x.label === "Producer");
    const editorTitle = card.history.titles.find((x) => x.label === "Editor");
    expect(producer?.projectIds).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(editorTitle?.projectIds).toEqual([a.id]);
  });

  it("refuses a person not on the project, another team's member, and another team's person", () => {
    const p = demo();
    const q = seedProject(t.db, otherTeam, { title: "Theirs" }, [["Stranger Danger", "Camera", "Gaffer"]]);
    const stranger = personId("Stranger Danger");
    expect(thrownBy(() => personHats(t.db, as(viewer), p.id, stranger))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => personHats(t.db, as(outsider), p.id, personId("Maya Okafor")))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => personHats(t.db, as(viewer), p.id, "nobody"))).toBeInstanceOf(NotFoundError);
    expect(q.teamId).toBe(otherTeam.id);
  });

  it("flags a hand-typed title with no work behind it", () => {
    const p = demo();
    const ji = personId("Ji-woo Park");
    addManualCredit(t.db, as(editor), p.id, { personId: ji, title: "Executive Producer", reason: "", locked: false });
    const card = personHats(t.db, as(viewer), p.id, ji);
    const item = card.truth?.items.find((i) => i.label === "Executive Producer");
    expect(item?.kind).toBe("title-without-work");
    expect(item?.reviewKey).toMatch(/^c:/);
  });
});

describe("comparing projects", () => {
  it("lists the team's other projects and compares two of them; another team's project is NotFound", () => {
    const a = demo("Compare A");
    const b = demo("Compare B");
    const theirs = seedProject(t.db, otherTeam, { title: "Not yours" }, []);
    expect(teamProjectsFor(t.db, as(viewer), a.id).map((x) => x.id)).toContain(b.id);
    expect(teamProjectsFor(t.db, as(viewer), a.id).map((x) => x.id)).not.toContain(a.id);
    const both = compareReviews(t.db, as(viewer), a.id, b.id);
    expect(both.b.project.id).toBe(b.id);
    expect(thrownBy(() => compareReviews(t.db, as(viewer), a.id, theirs.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => compareReviews(t.db, as(outsider), theirs.id, a.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => compareReviews(t.db, as(viewer), a.id, a.id))).toBeInstanceOf(NotFoundError);
  });
});

describe("concentration threshold", () => {
  it("only Owners set it; it changes the warning; null restores the default", () => {
    const p = demo();
    expect(thrownBy(() => updateConcentrationThreshold(t.db, as(editor), p.id, 0.2))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => updateConcentrationThreshold(t.db, as(outsider), p.id, 0.2))).toBeInstanceOf(NotFoundError);
    const before = projectReview(t.db, as(viewer), p.id);
    const share = coverage(before.data, { threshold: before.threshold }).concentration.share;
    expect(share).toBeGreaterThan(0);
    updateConcentrationThreshold(t.db, as(owner), p.id, share / 2);
    const after = projectReview(t.db, as(viewer), p.id);
    expect(after.threshold).toBeCloseTo(share / 2);
    expect(coverage(after.data, { threshold: after.threshold }).concentration.warning).toBe(true);
    expect(updateConcentrationThreshold(t.db, as(owner), p.id, null).concentrationThreshold).toBeNull();
    expect(projectReview(t.db, as(viewer), p.id).threshold).toBe(0.5);
  });
});
