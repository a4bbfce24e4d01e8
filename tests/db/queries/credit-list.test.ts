import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideCredit } from "@/db/queries/credits";
import { deleteVersion, editCreditList, generateCreditList, getCreditList, getVersion, listForExport, lockVersion, restoreVersion, saveVersion, workingListOrVersion } from "@/db/queries/credit-list";
import { addToRoster, updateRosterEntry } from "@/db/queries/roster";
import { creditLists, people, rosterEntries, type Project, type Team, type User } from "@/db/schema";
import { DEMO_CREW, DEMO_WORK, seedProject, seedWork } from "@/db/seed";
import { hasNames, moveBlock, setAsCredited } from "@/lib/end-credits";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { as, roleScenario, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";
import { personSchema } from "@/lib/validation/people";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team, otherTeam: Team;

beforeAll(async () => ({ t, owner, editor, viewer, outsider, team, otherTeam } = await roleScenario()));
afterAll(() => t.close());

const personId = (name: string) => t.db.select({ id: people.id }).from(people).where(eq(people.creditedName, name)).get()!.id;

function demo(): Project {
  const project = seedProject(t.db, team, {}, [...DEMO_CREW, ["Ida Marsh", "Cast", "Lead Actor"]]);
  seedWork(t.db, project, owner, DEMO_WORK);
  const maya = personId("Maya Okafor");
  for (const titleId of ["directed-by", "written-by", "edited-by", "produced-by"]) decideCredit(t.db, as(editor), project.id, { action: "accept", personId: maya, titleId, reason: "" });
  return project;
}

describe("the working credit list", () => {
  it("is built from held credits and the roster, merged multi-hat credit first; cast entries with a character make the cast block", () => {
    const p = demo();
    const ida = t.db.select().from(rosterEntries).where(and(eq(rosterEntries.personId, personId("Ida Marsh")), eq(rosterEntries.projectId, p.id))).get()!;
    updateRosterEntry(t.db, as(editor), p.id, ida.id, { department: "Cast", role: "Lead Actor", character: "Captain Ruth Vale" }, ida.revision);
    const r = generateCreditList(t.db, as(editor), p.id, null);
    expect(r.first).toBe(true);
    expect(r.revision).toBe(1);
    const first = r.list.blocks[0]!;
    expect(first.heading).toMatch(/Written.*Directed.*by/);
    const cast = r.list.blocks.find((b) => b.id === "cast");
    expect(cast && hasNames(cast) ? cast.lines.map((l) => [l.character, l.name]) : null).toEqual([["Captain Ruth Vale", "Ida Marsh"]]);
  });

  it("regenerating keeps the manual order and edits; a stale revision is refused and nothing is written", () => {
    const p = demo();
    const built = generateCreditList(t.db, as(editor), p.id, null);
    const lastId = built.list.blocks.at(-1)!.id;
    const moved = editCreditList(t.db, as(editor), p.id, built.revision, (l) => moveBlock(l, lastId, 0));
    expect(moved.list.blocks[0]!.id).toBe(lastId);
    // Another tab still on the old revision:
    expect(thrownBy(() => editCreditList(t.db, as(owner), p.id, built.revision, (l) => moveBlock(l, lastId, 3)))).toBeInstanceOf(ConflictError);
    expect(getCreditList(t.db, as(viewer), p.id).working!.list.blocks[0]!.id).toBe(lastId);
    const again = generateCreditList(t.db, as(editor), p.id, moved.revision);
    expect(again.list.blocks[0]!.id).toBe(lastId);
    expect(again.added).toEqual([]);
  });

  it("an edit naming another project's block is refused (404) and changes nothing", () => {
    const p = demo();
    const built = generateCreditList(t.db, as(editor), p.id, null);
    expect(thrownBy(() => editCreditList(t.db, as(editor), p.id, built.revision, (l) => moveBlock(l, "crew:not-here:x", 0)))).toMatchObject({ status: 404 });
    expect(getCreditList(t.db, as(viewer), p.id).working!.revision).toBe(built.revision);
  });

  it("Viewers read but can't edit; other teams get 404", () => {
    const p = demo();
    const built = generateCreditList(t.db, as(editor), p.id, null);
    expect(thrownBy(() => generateCreditList(t.db, as(viewer), p.id, built.revision))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => getCreditList(t.db, as(outsider), p.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => saveVersion(t.db, as(outsider), p.id, "Mine"))).toBeInstanceOf(NotFoundError);
  });
});

describe("out of date", () => {
  it("says the list is current after building and after edits, and what changed once the roster does", () => {
    const p = demo();
    const built = generateCreditList(t.db, as(editor), p.id, null);
    expect(getCreditList(t.db, as(viewer), p.id).staleness).toEqual({ state: "current" });
    const lastId = built.list.blocks.at(-1)!.id;
    const moved = editCreditList(t.db, as(editor), p.id, built.revision, (l) => moveBlock(l, lastId, 0));
    expect(getCreditList(t.db, as(viewer), p.id).staleness).toEqual({ state: "current" });

    addToRoster(t.db, as(editor), p.id, { person: personSchema.parse({ creditedName: "Cyd Colour" }), department: "Post-production", role: "Colorist" });
    const after = getCreditList(t.db, as(viewer), p.id).staleness;
    expect(after).toMatchObject({ state: "stale", summary: "1 person added to the roster" });
    expect(after?.state === "stale" && after.changes[0]!.details).toEqual(["Cyd Colour: Colorist (Post-production)"]);

    const again = generateCreditList(t.db, as(editor), p.id, moved.revision);
    expect(again.added.map((c) => c.name ?? c.heading)).toEqual(["Cyd Colour"]);
    expect(getCreditList(t.db, as(viewer), p.id).staleness).toEqual({ state: "current" });
  });

  it("brings a version's sources back when it is restored, and can't tell for a list built before sources were kept", () => {
    const p = demo();
    const built = generateCreditList(t.db, as(editor), p.id, null);
    const v1 = saveVersion(t.db, as(editor), p.id, "Cut 1");
    addToRoster(t.db, as(editor), p.id, { person: personSchema.parse({ creditedName: "Kit Grip" }), department: "Grip", role: "Key Grip" });
    const regenerated = generateCreditList(t.db, as(editor), p.id, built.revision);
    expect(getCreditList(t.db, as(viewer), p.id).staleness).toEqual({ state: "current" });
    restoreVersion(t.db, as(editor), p.id, v1.id, regenerated.revision);
    expect(getCreditList(t.db, as(viewer), p.id).staleness).toMatchObject({ state: "stale", summary: "1 person added to the roster" });

    t.db.update(creditLists).set({ sources: null }).where(eq(creditLists.projectId, p.id)).run();
    expect(getCreditList(t.db, as(viewer), p.id).staleness).toMatchObject({ state: "unknown" });
  });
});

describe("versions", () => {
  it("save, lock (no delete), restore an older version as the working list", () => {
    const p = demo();
    const built = generateCreditList(t.db, as(editor), p.id, null);
    const v1 = saveVersion(t.db, as(editor), p.id, "Picture lock v1");
    expect(thrownBy(() => saveVersion(t.db, as(editor), p.id, "Picture lock v1"))).toBeInstanceOf(InvalidError);
    const block = built.list.blocks.find((b) => hasNames(b))!;
    const line = hasNames(block) ? block.lines[0]! : null;
    const changed = editCreditList(t.db, as(editor), p.id, built.revision, (l) => setAsCredited(l, block.id, line!.key, "Someone Else"));
    lockVersion(t.db, as(editor), p.id, v1.id);
    expect(thrownBy(() => deleteVersion(t.db, as(editor), p.id, v1.id))).toBeInstanceOf(ConflictError);
    // The version still has the old name; the working list the new one.
    const old = getVersion(t.db, as(viewer), p.id, v1.id).version.list.blocks.find((b) => b.id === block.id)!;
    expect(hasNames(old) && old.lines[0]!.asCredited).toBeNull();
    restoreVersion(t.db, as(editor), p.id, v1.id, changed.revision);
    const working = getCreditList(t.db, as(viewer), p.id).working!;
    const restored = working.list.blocks.find((b) => b.id === block.id)!;
    expect(hasNames(restored) && restored.lines[0]!.asCredited).toBeNull();
    expect(working.revision).toBe(changed.revision + 1);
  });
});

describe("workingListOrVersion and listForExport: the list an export prints", () => {
  it("is the working list with whether it is out of date, or a saved version as it was", () => {
    const p = demo();
    expect(workingListOrVersion(t.db, as(viewer), p.id, null)).toMatchObject({ list: null, version: null, working: null, staleness: null });
    expect(thrownBy(() => listForExport(t.db, as(viewer), p.id, null))).toBeInstanceOf(NotFoundError);

    const built = generateCreditList(t.db, as(editor), p.id, null);
    const v = saveVersion(t.db, as(editor), p.id, "Picture lock");
    addToRoster(t.db, as(editor), p.id, { person: personSchema.parse({ creditedName: "Wes Later" }), department: "Grip", role: "Key Grip" });
    const working = workingListOrVersion(t.db, as(viewer), p.id, null);
    expect(working.list).toEqual(built.list);
    expect(working).toMatchObject({ version: null, staleness: { state: "stale" }, project: { id: p.id } });
    const saved = workingListOrVersion(t.db, as(viewer), p.id, v.id);
    expect(saved).toMatchObject({ working: null, staleness: null, version: { id: v.id, name: "Picture lock" } });
    expect(saved.list).toEqual(built.list);

    const now = new Date("2026-12-03T10:00:00Z");
    expect(listForExport(t.db, as(viewer), p.id, v.id, now)).toMatchObject({ versionName: "Picture lock", staleness: null, pdf: { versionName: "Picture lock", savedAt: v.createdAt, exportedAt: now } });
    expect(listForExport(t.db, as(viewer), p.id, null, now)).toMatchObject({ versionName: null, staleness: { state: "stale" }, pdf: { versionName: null, lockedAt: null } });
  });

  it("is 404 for another team's member and for another project's version", () => {
    const p = demo();
    generateCreditList(t.db, as(editor), p.id, null);
    expect(thrownBy(() => workingListOrVersion(t.db, as(outsider), p.id, null))).toBeInstanceOf(NotFoundError);
    const theirs = seedProject(t.db, otherTeam, {}, []);
    generateCreditList(t.db, as(outsider), theirs.id, null);
    const v = saveVersion(t.db, as(outsider), theirs.id, "Theirs");
    expect(thrownBy(() => workingListOrVersion(t.db, as(outsider), p.id, v.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => workingListOrVersion(t.db, as(owner), p.id, v.id))).toBeInstanceOf(NotFoundError);
  });
});
