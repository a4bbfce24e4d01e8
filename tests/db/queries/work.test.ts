import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addCustomResponsibility,
  createWorkEntry,
  deleteCustomResponsibility,
  deleteWorkEntries,
  listWorkEntries,
  matrixData,
  personTimeline,
  restoreWorkEntries,
  setMatrixCell,
  StaleCellError,
  updateWorkEntry,
} from "@/db/queries/work";
import { RevisionRequiredError, StaleRevisionError } from "@/db/queries/revision";
import { people, type Project, type Team, type User } from "@/db/schema";
import { seedProject, seedTeam } from "@/db/seed";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { workEntrySchema, type WorkEntryInput } from "@/lib/validation/work";
import { as, createTestDb, makeRoleUsers, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";
import { and, eq } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { undoTokenSchema } from "@/lib/validation/common";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team, project: Project, other: Project;
let maya: string, tomas: string, outsiderPerson: string;

const CREW = [
  ["Maya Okafor", "Producers", "Producer"],
  ["Tomás Herrera", "Producers", "Line Producer"],
] as const;

beforeAll(async () => {
  t = createTestDb();
  ({ owner, editor, viewer, outsider } = await makeRoleUsers(t.db));
  team = seedTeam(t.db, "Lighthouse", [
    { user: owner, role: "owner" },
    { user: editor, role: "editor" },
    { user: viewer, role: "viewer" },
  ]);
  project = seedProject(t.db, team, { title: "Harbor Lights" }, CREW);
  // A second project of the same team where only Grace is on the roster.
  seedProject(t.db, team, { title: "Tidewater" }, [["Grace Whitfield", "Direction", "Director"]]);
  const otherTeam = seedTeam(t.db, "Elsewhere", [{ user: outsider, role: "owner" }]);
  other = seedProject(t.db, otherTeam, { title: "Not yours" }, [["Olga Other", "Producers", "Producer"]]);
  const id = (name: string) => t.db.select({ id: people.id }).from(people).where(eq(people.creditedName, name)).get()!.id;
  maya = id("Maya Okafor");
  tomas = id("Tomás Herrera");
  outsiderPerson = id("Grace Whitfield");
});
afterAll(() => t.close());

function entry(over: Partial<Record<keyof WorkEntryInput, unknown>> = {}): WorkEntryInput {
  return workEntrySchema.parse({ personId: maya, responsibilityId: "securing-financing", stage: "development", degree: "lead", ...over });
}

describe("work entries", () => {
  it("an Editor logs work; who and when are recorded", () => {
    const e = createWorkEntry(t.db, as(editor), project.id, entry({ amountRaised: "250,000", effortHours: "12.5", startDate: "2026-01-05", endDate: "2026-02-01", note: "Term sheet" }), 1_000);
    expect(e).toMatchObject({ personId: maya, amountRaised: 250_000, effortHours: 12.5, createdBy: editor.id, updatedBy: editor.id, note: "Term sheet" });
    expect(e.createdAt.getTime()).toBe(1_000);
    const { rows } = listWorkEntries(t.db, as(viewer), project.id, { personId: maya });
    expect(rows.map((r) => r.entry.id)).toContain(e.id);
    expect(rows.find((r) => r.entry.id === e.id)?.createdByName).toBe("Eddie Editor");
  });

  it("edits record who changed it", () => {
    const e = createWorkEntry(t.db, as(editor), project.id, entry({ responsibilityId: "budgeting", stage: "pre-production", personId: tomas }));
    const u = updateWorkEntry(t.db, as(owner), project.id, e.id, entry({ responsibilityId: "budgeting", stage: "pre-production", personId: tomas, degree: "equal" }), e.revision, 5_000);
    expect(u).toMatchObject({ degree: "equal", updatedBy: owner.id, createdBy: editor.id });
    expect(u.updatedAt.getTime()).toBe(5_000);
  });

  it("refuses a person who is not on the project's roster (even one of the same team)", () => {
    const err = thrownBy(() => createWorkEntry(t.db, as(editor), project.id, entry({ personId: outsiderPerson })));
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).fieldErrors.personId).toBeDefined();
  });

  it("refuses a responsibility that is neither in the taxonomy nor one of this project's", () => {
    expect(thrownBy(() => createWorkEntry(t.db, as(editor), project.id, entry({ responsibilityId: "knitting" })))).toBeInstanceOf(InvalidError);
    // A custom responsibility of another team's project is unknown here.
    addCustomResponsibility(t.db, as(outsider), other.id, { name: "Drone permits", lane: "execution", description: "", stages: [] });
    expect(thrownBy(() => createWorkEntry(t.db, as(editor), project.id, entry({ responsibilityId: "custom:drone-permits" })))).toBeInstanceOf(InvalidError);
  });

  it("refuses an amount raised on work that is not financing", () => {
    const err = thrownBy(() => createWorkEntry(t.db, as(editor), project.id, entry({ responsibilityId: "scheduling", amountRaised: "100" })));
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).fieldErrors.amountRaised).toBeDefined();
  });

  it("validation refuses negative amounts and effort, end before start, impossible stages", () => {
    const bad = (over: Record<string, unknown>) => workEntrySchema.safeParse({ personId: maya, responsibilityId: "budgeting", stage: "development", degree: "lead", ...over });
    expect(bad({ amountRaised: "-5" }).error?.issues[0]?.message).toBe("Amount raised can't be negative.");
    expect(bad({ effortHours: "-1" }).error?.issues[0]?.message).toBe("Effort can't be negative.");
    expect(bad({ startDate: "2026-03-10", endDate: "2026-03-01" }).error?.issues[0]?.message).toBe("The end date is before the start date.");
    expect(bad({ endDate: "2026-03-01" }).error?.issues[0]?.path).toEqual(["startDate"]);
    expect(bad({ startDate: "2026-02-30" }).success).toBe(false);
    expect(bad({ stage: "wrap-party" }).error?.issues[0]?.message).toBe("Choose one of the five production stages.");
    expect(bad({ degree: "boss" }).success).toBe(false);
    expect(bad({ amountRaised: "1.5" }).success).toBe(false);
    expect(bad({ effortHours: "abc" }).error?.issues[0]?.message).toBe("Effort must be a number.");
    expect(bad({ startDate: "2026-03-01", endDate: "2026-03-01" }).success).toBe(true);
  });

  it("a Viewer can read but not write; another team gets 404 for everything", () => {
    expect(thrownBy(() => createWorkEntry(t.db, as(viewer), project.id, entry()))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => createWorkEntry(t.db, as(outsider), project.id, entry()))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => listWorkEntries(t.db, as(outsider), project.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => matrixData(t.db, as(outsider), project.id, "production"))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => personTimeline(t.db, as(outsider), project.id, maya))).toBeInstanceOf(NotFoundError);
    const e = createWorkEntry(t.db, as(editor), project.id, entry());
    // An entry id from this project, used through another project's id: not found.
    expect(thrownBy(() => deleteWorkEntries(t.db, as(outsider), other.id, [e.id]))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => updateWorkEntry(t.db, as(outsider), other.id, e.id, entry(), e.revision))).toBeInstanceOf(NotFoundError);
  });

  it("delete then undo puts the same entries back, as they were: who logged them and when", () => {
    const e = createWorkEntry(t.db, as(owner), project.id, entry({ responsibilityId: "packaging-talent", note: "Attached the lead" }), Date.UTC(2026, 0, 5));
    const { undoToken } = deleteWorkEntries(t.db, as(editor), project.id, [e.id]);
    expect(rowCount(t.sqlite, "work_entries", "id = ?", e.id)).toBe(0);
    expect(restoreWorkEntries(t.db, as(editor), project.id, undoToken)).toBe(1);
    const back = t.sqlite.prepare("select note, created_by, created_at, revision from work_entries where id = ?").get(e.id);
    expect(back).toEqual({ note: "Attached the lead", created_by: owner.id, created_at: Date.UTC(2026, 0, 5), revision: e.revision + 1 });
  });

  it("an undo token works once, only for who deleted, only on that project, and says nothing of other teams", () => {
    const e = createWorkEntry(t.db, as(editor), project.id, entry({ note: "Undo me once" }));
    const { undoToken } = deleteWorkEntries(t.db, as(editor), project.id, [e.id]);
    const refusal = "Nothing to restore: the undo has expired or was already used.";
    // Another member of the team, the same user on another project, a made-up token: the same refusal, nothing written.
    expect((thrownBy(() => restoreWorkEntries(t.db, as(owner), project.id, undoToken)) as Error).message).toBe(refusal);
    expect(thrownBy(() => restoreWorkEntries(t.db, as(outsider), other.id, undoToken))).toBeInstanceOf(NotFoundError);
    expect((thrownBy(() => restoreWorkEntries(t.db, as(editor), project.id, "x".repeat(32))) as Error).message).toBe(refusal);
    expect(rowCount(t.sqlite, "work_entries", "id = ?", e.id)).toBe(0);
    expect(restoreWorkEntries(t.db, as(editor), project.id, undoToken)).toBe(1);
    expect((thrownBy(() => restoreWorkEntries(t.db, as(editor), project.id, undoToken)) as Error).message).toBe(refusal);
  });

  it("refuses the undo an Editor forged (rows \"created by\" someone else in 2001, sent as the token), planting nothing", () => {
    // What the old undo accepted: the deleted rows as JSON, from the client (tests/fixtures/requests/forged-undo-work.json).
    const forged = readFileSync(new URL("../../fixtures/requests/forged-undo-work.json", import.meta.url), "utf8").replace("PERSON_ID", maya).replace("ANOTHER_USER_ID", owner.id);
    expect(thrownBy(() => restoreWorkEntries(t.db, as(editor), project.id, forged))).toBeInstanceOf(NotFoundError);
    expect(undoTokenSchema.safeParse(forged).success).toBe(false);
    expect(rowCount(t.sqlite, "work_entries", "id = 'planted-entry-0001'")).toBe(0);
  });

  it("an undo token expires after ten minutes", () => {
    const e = createWorkEntry(t.db, as(editor), project.id, entry({ note: "Too late" }));
    const { undoToken } = deleteWorkEntries(t.db, as(editor), project.id, [e.id], 1_000_000);
    expect(thrownBy(() => restoreWorkEntries(t.db, as(editor), project.id, undoToken, 1_000_000 + 10 * 60_000))).toBeInstanceOf(NotFoundError);
    expect(rowCount(t.sqlite, "work_entries", "id = ?", e.id)).toBe(0);
  });

  it("an undo whose person has left the roster restores nothing", () => {
    const e = createWorkEntry(t.db, as(editor), project.id, entry({ personId: tomas, note: "Tomás's work" }));
    const { undoToken } = deleteWorkEntries(t.db, as(editor), project.id, [e.id]);
    const onRoster = t.sqlite.prepare("select * from roster_entries where project_id = ? and person_id = ?").all(project.id, tomas) as Array<Record<string, unknown>>;
    t.sqlite.prepare("delete from roster_entries where project_id = ? and person_id = ?").run(project.id, tomas);
    expect(thrownBy(() => restoreWorkEntries(t.db, as(editor), project.id, undoToken))).toBeInstanceOf(InvalidError);
    expect(rowCount(t.sqlite, "work_entries", "id = ?", e.id)).toBe(0);
    for (const r of onRoster) t.sqlite.prepare(`insert into roster_entries (${Object.keys(r).join(", ")}) values (${Object.keys(r).map(() => "?").join(", ")})`).run(...Object.values(r));
  });

  it("deleting a mix of existing and missing ids deletes nothing", () => {
    const e = createWorkEntry(t.db, as(editor), project.id, entry());
    expect(thrownBy(() => deleteWorkEntries(t.db, as(editor), project.id, [e.id, "missing"]))).toBeInstanceOf(NotFoundError);
    expect(rowCount(t.sqlite, "work_entries", "id = ?", e.id)).toBe(1);
  });
});

describe("two people editing one work entry", () => {
  it("the second save, from the revision both opened, is refused and the first one's note and effort stay", () => {
    const opened = createWorkEntry(t.db, as(editor), project.id, entry({ note: "Draft", effortHours: "2" }));
    const first = updateWorkEntry(t.db, as(editor), project.id, opened.id, entry({ note: "Eddie's note", effortHours: "8" }), opened.revision);
    expect(first.revision).toBe(opened.revision + 1);
    const err = thrownBy(() => updateWorkEntry(t.db, as(owner), project.id, opened.id, entry({ note: "Olive's note", effortHours: "1" }), opened.revision));
    expect(err).toBeInstanceOf(StaleRevisionError);
    expect((err as Error).message).toBe(
      "Eddie Editor changed this work entry since you opened it. Nothing was saved and what you typed is still here: reload to see their changes, then save again.",
    );
    expect(t.sqlite.prepare("select note, effort_hours as effort, revision from work_entries where id = ?").get(opened.id)).toEqual({ note: "Eddie's note", effort: 8, revision: first.revision });
    // From the new revision, the save goes through.
    expect(updateWorkEntry(t.db, as(owner), project.id, opened.id, entry({ note: "Olive's note" }), first.revision).note).toBe("Olive's note");
  });

  it("says it was you, in another tab, when your own earlier save is what changed it", () => {
    const opened = createWorkEntry(t.db, as(editor), project.id, entry({ note: "Two tabs" }));
    updateWorkEntry(t.db, as(editor), project.id, opened.id, entry({ note: "First tab" }), opened.revision);
    expect((thrownBy(() => updateWorkEntry(t.db, as(editor), project.id, opened.id, entry({ note: "Second tab" }), opened.revision)) as Error).message).toMatch(
      /^You \(in another tab or window\) changed this work entry since you opened it\./,
    );
  });

  it("a matrix change counts as a change: an edit opened before it is refused", () => {
    const opened = createWorkEntry(t.db, as(editor), project.id, entry({ personId: tomas, responsibilityId: "hiring-crew", stage: "pre-production", degree: "supporting" }));
    setMatrixCell(t.db, as(owner), project.id, { personId: tomas, responsibilityId: "hiring-crew", stage: "pre-production", degree: "lead", expected: "supporting" });
    expect(thrownBy(() => updateWorkEntry(t.db, as(editor), project.id, opened.id, entry({ personId: tomas, responsibilityId: "hiring-crew", stage: "pre-production" }), opened.revision))).toBeInstanceOf(
      StaleRevisionError,
    );
  });

  it("an API save naming no revision is refused (428) after the access check", () => {
    const opened = createWorkEntry(t.db, as(editor), project.id, entry());
    expect((thrownBy(() => updateWorkEntry(t.db, as(editor), project.id, opened.id, entry({ note: "blind" }), null)) as RevisionRequiredError).status).toBe(428);
    expect(thrownBy(() => updateWorkEntry(t.db, as(viewer), project.id, opened.id, entry(), null))).toBeInstanceOf(ForbiddenError);
    expect(rowCount(t.sqlite, "work_entries", "id = ? and note = 'blind'", opened.id)).toBe(0);
  });
});

describe("the matrix", () => {
  const cell = { personId: "", responsibilityId: "scheduling", stage: "production" as const };

  it("cycles none → supporting → equal → lead → none, one entry per cell", () => {
    const c = { ...cell, personId: tomas };
    expect(setMatrixCell(t.db, as(editor), project.id, { ...c, degree: "supporting", expected: null })).toMatchObject({ degree: "supporting", count: 1 });
    expect(setMatrixCell(t.db, as(editor), project.id, { ...c, degree: "equal", expected: "supporting" })).toMatchObject({ degree: "equal", count: 1 });
    expect(setMatrixCell(t.db, as(editor), project.id, { ...c, degree: "lead", expected: "equal" })).toMatchObject({ degree: "lead", count: 1 });
    expect(matrixData(t.db, as(viewer), project.id, "production").cells[`${tomas}|scheduling`]).toEqual({ degree: "lead", count: 1 });
    const cleared = setMatrixCell(t.db, as(editor), project.id, { ...c, degree: null, expected: "lead" });
    expect(cleared.removed).toBe(1);
    expect(cleared.undoToken).toEqual(expect.any(String));
    expect(matrixData(t.db, as(viewer), project.id, "production").cells[`${tomas}|scheduling`]).toBeUndefined();
  });

  it("refuses a stale change and says what the cell holds now", () => {
    const c = { ...cell, personId: maya, responsibilityId: "logistics" };
    setMatrixCell(t.db, as(editor), project.id, { ...c, degree: "lead", expected: null });
    const err = thrownBy(() => setMatrixCell(t.db, as(owner), project.id, { ...c, degree: "supporting", expected: null }));
    expect(err).toBeInstanceOf(StaleCellError);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as StaleCellError).degree).toBe("lead");
  });

  it("changes every entry of the cell together and shows the strongest", () => {
    createWorkEntry(t.db, as(editor), project.id, entry({ personId: tomas, responsibilityId: "permits", stage: "production", degree: "supporting", note: "City permit" }));
    createWorkEntry(t.db, as(editor), project.id, entry({ personId: tomas, responsibilityId: "permits", stage: "production", degree: "equal", note: "Harbour permit" }));
    expect(matrixData(t.db, as(viewer), project.id, "production").cells[`${tomas}|permits`]).toEqual({ degree: "equal", count: 2 });
    setMatrixCell(t.db, as(editor), project.id, { personId: tomas, responsibilityId: "permits", stage: "production", degree: "lead", expected: "equal" });
    expect(rowCount(t.sqlite, "work_entries", "person_id = ? and responsibility_id = 'permits' and degree = 'lead'", tomas)).toBe(2);
  });

  it("a Viewer can't change a cell", () => {
    expect(thrownBy(() => setMatrixCell(t.db, as(viewer), project.id, { ...cell, personId: maya, degree: "lead", expected: null }))).toBeInstanceOf(ForbiddenError);
  });
});

describe("custom responsibilities and the timeline", () => {
  it("adds one mapped to a lane, refuses duplicates and standard names, and refuses removal while used", () => {
    const c = addCustomResponsibility(t.db, as(editor), project.id, { name: "Ferry bookings", lane: "execution", description: "Booking the ferry for cast and crew", stages: ["production"] });
    expect(c.responsibilityId).toBe("custom:ferry-bookings");
    expect(thrownBy(() => addCustomResponsibility(t.db, as(editor), project.id, { name: "ferry  BOOKINGS", lane: "other", description: "", stages: [] }))).toBeInstanceOf(InvalidError);
    expect(thrownBy(() => addCustomResponsibility(t.db, as(editor), project.id, { name: "Budgeting", lane: "execution", description: "", stages: [] }))).toBeInstanceOf(InvalidError);
    const e = createWorkEntry(t.db, as(editor), project.id, entry({ responsibilityId: c.responsibilityId, stage: "production" }));
    expect(thrownBy(() => deleteCustomResponsibility(t.db, as(editor), project.id, c.id))).toBeInstanceOf(ConflictError);
    deleteWorkEntries(t.db, as(editor), project.id, [e.id]);
    deleteCustomResponsibility(t.db, as(editor), project.id, c.id);
    expect(rowCount(t.sqlite, "custom_responsibilities", "id = ?", c.id)).toBe(0);
  });

  it("the timeline lists a person's work in stage order and 404s for another team's person", () => {
    // A project and person of its own, with work logged out of stage order, so the test never
    // rests on what other tests logged (or didn't).
    const own = seedProject(t.db, team, { title: "Timeline" }, [["Tim Line", "Producers", "Producer"]]);
    const tim = t.db.select({ id: people.id }).from(people).where(eq(people.creditedName, "Tim Line")).get()!.id;
    for (const stage of ["post-production", "development", "marketing-distribution", "production"] as const) {
      createWorkEntry(t.db, as(editor), own.id, entry({ personId: tim, responsibilityId: "festival-strategy", stage }));
    }
    const tl = personTimeline(t.db, as(viewer), own.id, tim);
    expect(tl.entries.map((e) => e.stage)).toEqual(["development", "production", "post-production", "marketing-distribution"]);
    expect(tl.roles.map((r) => r.role)).toEqual(["Producer"]);
    const olga = t.db.select({ id: people.id }).from(people).where(and(eq(people.creditedName, "Olga Other"))).get()!.id;
    expect(thrownBy(() => personTimeline(t.db, as(editor), project.id, olga))).toBeInstanceOf(NotFoundError);
  });
});
