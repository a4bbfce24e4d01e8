import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addManualCredit, decideCredit } from "@/db/queries/credits";
import { generateCreditList, saveVersion } from "@/db/queries/credit-list";
import { contractualTitlesOf, deliveryFor, pgaSource } from "@/db/queries/deliveries";
import { people, type Project, type Team, type User } from "@/db/schema";
import { DEMO_CREW, DEMO_WORK, seedProject, seedWork } from "@/db/seed";
import { NotFoundError } from "@/lib/errors";
import { pgaPacket } from "@/lib/exports/pga";
import { as, roleScenario, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team, otherTeam: Team;

beforeAll(async () => ({ t, owner, editor, viewer, outsider, team, otherTeam } = await roleScenario()));
afterAll(() => t.close());

const personId = (name: string) => t.db.select({ id: people.id }).from(people).where(eq(people.creditedName, name)).get()!.id;

function demo(): Project {
  const project = seedProject(t.db, team, {}, DEMO_CREW);
  seedWork(t.db, project, owner, DEMO_WORK);
  return project;
}

describe("pgaSource", () => {
  it("gives a member the project, the team as company, the decided credits, the work log with names and the roster", () => {
    const p = demo();
    const maya = personId("Maya Okafor");
    decideCredit(t.db, as(editor), p.id, { action: "accept", personId: maya, titleId: "produced-by", reason: "" });
    generateCreditList(t.db, as(editor), p.id, null);
    const source = pgaSource(t.db, as(viewer), p.id, null, new Date("2026-12-03T10:00:00Z"));
    expect(source).toMatchObject({ company: "Lighthouse", listName: "Working list", preparedBy: "Vera Viewer", project: { title: p.title } });
    expect(source.heldCredits.map((c) => [c.name, c.title])).toContainEqual(["Maya Okafor", "Produced by"]);
    expect(source.work.some((w) => w.personId === maya && w.responsibility && !w.responsibility.includes("-"))).toBe(true);
    expect(source.roster.length).toBe(DEMO_CREW.length);
    const packet = pgaPacket(source);
    expect(packet.producers[0]).toMatchObject({ name: "Maya Okafor", credit: "Produced by" });
    expect(packet.producers[0]!.totals.entries).toBe(source.work.filter((w) => w.personId === maya).length);
  });

  it("works before the credit list is built, and from a saved version", () => {
    const p = demo();
    expect(pgaSource(t.db, as(owner), p.id, null).list).toBeNull();
    generateCreditList(t.db, as(editor), p.id, null);
    const v = saveVersion(t.db, as(editor), p.id, "Picture lock");
    expect(pgaSource(t.db, as(owner), p.id, v.id).listName).toBe("Picture lock");
  });

  it("is 404 for someone outside the team, and for another team's version", () => {
    const p = demo();
    generateCreditList(t.db, as(editor), p.id, null);
    expect(thrownBy(() => pgaSource(t.db, as(outsider), p.id, null))).toBeInstanceOf(NotFoundError);
    const theirs = seedProject(t.db, otherTeam, {}, []);
    generateCreditList(t.db, as(outsider), theirs.id, null);
    const v = saveVersion(t.db, as(outsider), theirs.id, "Theirs");
    expect(thrownBy(() => pgaSource(t.db, as(owner), p.id, v.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => deliveryFor(t.db, as(outsider), p.id, null))).toBeInstanceOf(NotFoundError);
  });
});

describe("contractualTitlesOf", () => {
  it("maps each person to the titles locked as contractual", () => {
    const p = demo();
    const sam = personId("Maya Okafor");
    addManualCredit(t.db, as(editor), p.id, { personId: sam, title: "A Film by", reason: "Contract §4", locked: true });
    addManualCredit(t.db, as(editor), p.id, { personId: sam, title: "Creator", reason: "", locked: false });
    expect(contractualTitlesOf(t.db, p.id)).toEqual(new Map([[sam, ["A Film by"]]]));
  });
});
