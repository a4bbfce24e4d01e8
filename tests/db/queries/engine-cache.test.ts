import Database from "better-sqlite3";
import { and, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { schema, type DB } from "@/db";
import {
  acceptAllHighConfidence,
  addManualCredit,
  creditsReview,
  decideCredit,
  dismissFinding,
  removeManualCredit,
  runEngine,
  setCreditLocked,
  setFunctionNeeded,
  undoAcceptAll,
  updateCreditThresholds,
  updateMergeSettings,
} from "@/db/queries/credits";
import { decideNameCheck, createNameCheck, respondToNameCheck } from "@/db/queries/name-checks";
import { mergePeople, updatePerson } from "@/db/queries/people";
import { loadEngineRows } from "@/db/queries/credit-input";
import { clearProjectCache, currentRevisions, withRevisionsHeld } from "@/db/queries/project-cache";
import { updateProject } from "@/db/queries/projects";
import { projectReview, updateConcentrationThreshold } from "@/db/queries/review";
import { addToRoster, bulkChangeDepartment, removeRosterEntries, restoreRosterEntries, rosterFacets, updateRosterEntry } from "@/db/queries/roster";
import { commitImport } from "@/db/queries/roster-import";
import { addCustomResponsibility, createWorkEntry, deleteCustomResponsibility, deleteWorkEntries, restoreWorkEntries, setMatrixCell, updateWorkEntry } from "@/db/queries/work";
import { credits, people, projects, rosterEntries, workEntries, type Project, type Team, type User } from "@/db/schema";
import { DEMO_CREW, DEMO_WORK, seedProject, seedTeam, seedWork } from "@/db/seed";
import { DEFAULT_THRESHOLDS } from "@/lib/credits/thresholds";
import type { PersonInput } from "@/lib/validation/people";
import { workEntrySchema } from "@/lib/validation/work";
import { as, createTestDb, makeRoleUsers, rowCount, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
let owner: User, editor: User, viewer: User;

beforeAll(async () => {
  t = createTestDb();
  ({ owner, editor, viewer } = await makeRoleUsers(t.db));
});
afterAll(() => t.close());
beforeEach(() => clearProjectCache());

let n = 0;
/** Harbor Lights on a team of its own (people are per team), with its work log. */
function film(): { team: Team; project: Project; person: (name: string) => string } {
  n += 1;
  const team = seedTeam(t.db, `Lighthouse ${n}`, [
    { user: owner, role: "owner" },
    { user: editor, role: "editor" },
    { user: viewer, role: "viewer" },
  ]);
  const project = seedProject(t.db, team, { title: `Harbor Lights ${n}` }, DEMO_CREW);
  seedWork(t.db, project, owner, DEMO_WORK);
  const person = (name: string) => t.db.select({ id: people.id }).from(people).where(and(eq(people.teamId, team.id), eq(people.creditedName, name))).get()!.id;
  return { team, project, person };
}

const NEW_PERSON: PersonInput = { creditedName: "", sortName: null, familyNameFirst: false, legalName: null, pronouns: null, email: null, phone: null, unions: [], notes: null };

const row = (id: string) => t.db.select().from(projects).where(eq(projects.id, id)).get()!;
/** What a page reads: the engine's state for the project row as stored now. */
const state = (id: string) => runEngine(t.db, row(id));

/**
 * The write must leave a new data revision and a recomputed engine state; reads with no write
 * between them share one computed state.
 */
function expectRecomputed(id: string, write: () => unknown) {
  const before = state(id);
  expect(state(id)).toBe(before);
  const revision = row(id).dataRevision;
  write();
  expect(row(id).dataRevision).not.toBe(revision);
  const after = state(id);
  expect(after).not.toBe(before);
  expect(state(id)).toBe(after);
  return { before, after };
}

describe("runEngine: cached per project at its data revision", () => {
  it("serves the same state until something is written, and the same as a fresh computation", () => {
    const { project } = film();
    const first = state(project.id);
    expect(state(project.id)).toBe(first);
    expect(creditsReview(t.db, as(viewer), project.id).entryCount).toBe(DEMO_WORK.length);
    expect(state(project.id)).toBe(first);
    clearProjectCache();
    expect(state(project.id)).toEqual(first);
  });

  it("is shared and frozen: a caller can't change what the next one reads", () => {
    const { project } = film();
    const s = state(project.id);
    expect(Object.isFrozen(s.output.suggestions)).toBe(true);
    expect(() => (s.entries as unknown[]).push({})).toThrow(TypeError);
  });

  it("doesn't trust a project row read before a write: computes afresh and keeps nothing", () => {
    const { project, person } = film();
    const stale = row(project.id);
    createWorkEntry(t.db, as(editor), project.id, workEntrySchema.parse({ personId: person("Ji-woo Park"), responsibilityId: "scheduling", stage: "production", degree: "lead" }));
    const fresh = runEngine(t.db, stale);
    expect(fresh.entryCount).toBe(DEMO_WORK.length + 1);
    expect(runEngine(t.db, stale)).not.toBe(fresh);
    expect(state(project.id)).not.toBe(fresh);
  });

  it("never keeps what a rolled-back transaction computed after its own write", () => {
    const { project, person } = film();
    const before = state(project.id);
    expect(() =>
      t.db.transaction((tx) => {
        const p = tx.select().from(projects).where(eq(projects.id, project.id)).get()!;
        tx.insert(workEntries).values({ id: "rolled-back", projectId: project.id, personId: person("Ji-woo Park"), responsibilityId: "scheduling", stage: "production", degree: "lead" }).run();
        expect(runEngine(tx, p).entryCount).toBe(DEMO_WORK.length + 1);
        throw new Error("roll back");
      }),
    ).toThrow("roll back");
    expect(state(project.id)).toBe(before);
    expect(state(project.id).entryCount).toBe(DEMO_WORK.length);
  });

  it("reruns the engine after a decision on the rows already read: no second read of the work log", () => {
    const { project } = film();
    const before = state(project.id);
    const s = before.output.suggestions[0]!;
    const revision = row(project.id).workRevision;
    decideCredit(t.db, as(editor), project.id, { action: "reject", personId: s.personId, titleId: s.title, reason: "" });
    expect(row(project.id).workRevision).toBe(revision);
    const after = state(project.id);
    expect(after).not.toBe(before);
    expect(after.entries).toBe(before.entries);
    expect(after.records).toHaveLength(before.records.length + 1);
  });

  it("reads the work log again once it changed", () => {
    const { project, person } = film();
    const before = state(project.id);
    createWorkEntry(t.db, as(editor), project.id, workEntrySchema.parse({ personId: person("Ji-woo Park"), responsibilityId: "scheduling", stage: "production", degree: "lead" }));
    expect(state(project.id).entries).not.toBe(before.entries);
  });

  it("keeps a project's state apart from another project's", () => {
    const a = film();
    const b = film();
    const sa = state(a.project.id);
    createWorkEntry(t.db, as(editor), b.project.id, workEntrySchema.parse({ personId: b.person("Ji-woo Park"), responsibilityId: "scheduling", stage: "production", degree: "lead" }));
    expect(state(a.project.id)).toBe(sa);
  });
});

describe("runEngine: every write that changes the engine's input gives a new state", () => {
  it("work entries: log, edit, delete, undo, the matrix", () => {
    const { project, person } = film();
    const ji = person("Ji-woo Park");
    let entry = createWorkEntry(t.db, as(editor), project.id, workEntrySchema.parse({ personId: ji, responsibilityId: "scheduling", stage: "production", degree: "lead" }));
    const logged = expectRecomputed(project.id, () => {
      entry = createWorkEntry(t.db, as(editor), project.id, workEntrySchema.parse({ personId: ji, responsibilityId: "budgeting", stage: "production", degree: "lead" }));
    });
    expect(logged.after.entryCount).toBe(logged.before.entryCount + 1);
    expectRecomputed(project.id, () => {
      entry = updateWorkEntry(t.db, as(editor), project.id, entry.id, workEntrySchema.parse({ personId: ji, responsibilityId: "budgeting", stage: "production", degree: "supporting" }), entry.revision);
    });
    expect(state(project.id).entries.find((e) => e.id === entry.id)?.degree).toBe("supporting");
    let undoToken = "";
    expectRecomputed(project.id, () => ({ undoToken } = deleteWorkEntries(t.db, as(editor), project.id, [entry.id])));
    expectRecomputed(project.id, () => restoreWorkEntries(t.db, as(editor), project.id, undoToken));
    expectRecomputed(project.id, () => setMatrixCell(t.db, as(editor), project.id, { personId: ji, responsibilityId: "permits", stage: "pre-production", degree: "lead", expected: null }));
  });

  it("custom responsibilities: added and deleted", () => {
    const { project } = film();
    let added = { id: "", responsibilityId: "" };
    expectRecomputed(project.id, () => (added = addCustomResponsibility(t.db, as(editor), project.id, { name: "Drone permits", lane: "execution", stages: ["pre-production"], description: "" })));
    expect(state(project.id).responsibilities.some((r) => r.id === added.responsibilityId)).toBe(true);
    expectRecomputed(project.id, () => deleteCustomResponsibility(t.db, as(editor), project.id, added.id));
  });

  it("the roster: add, edit, change department, remove, undo", () => {
    const { project, person } = film();
    let entryId = "";
    expectRecomputed(project.id, () => ({ id: entryId } = addToRoster(t.db, as(editor), project.id, { person: { ...NEW_PERSON, creditedName: "Nadia Novak" }, role: "Gaffer" })));
    expect(state(project.id).names.has(person("Nadia Novak"))).toBe(true);
    const entry = () => t.db.select().from(rosterEntries).where(eq(rosterEntries.id, entryId)).get()!;
    const claimed = expectRecomputed(project.id, () => updateRosterEntry(t.db, as(editor), project.id, entryId, { department: "Producers", role: "Executive Producer" }, entry().revision));
    expect(claimed.after.claims.length).toBe(claimed.before.claims.length + 1);
    expectRecomputed(project.id, () => bulkChangeDepartment(t.db, as(editor), project.id, [entryId], "Electric"));
    let undoToken = "";
    expectRecomputed(project.id, () => ({ undoToken } = removeRosterEntries(t.db, as(editor), project.id, [entryId])));
    expect(state(project.id).names.has(person("Nadia Novak"))).toBe(false);
    expectRecomputed(project.id, () => restoreRosterEntries(t.db, as(editor), project.id, undoToken));
  });

  it("the roster page's filter facets: kept between views, counted again after a roster write", () => {
    const { project } = film();
    const facets = rosterFacets(t.db, as(viewer), project.id);
    expect(rosterFacets(t.db, as(viewer), project.id)).toBe(facets);
    const entry = addToRoster(t.db, as(editor), project.id, { person: { ...NEW_PERSON, creditedName: "Fen Foley" }, department: "Sound Post", role: "Foley Artist" });
    const after = rosterFacets(t.db, as(viewer), project.id);
    expect(after.roles.find((r) => r.role === "Foley Artist")?.entries).toBe(1);
    bulkChangeDepartment(t.db, as(editor), project.id, [entry.id], "Sound");
    expect(rosterFacets(t.db, as(viewer), project.id).departments.find((d) => d.department === "Sound")?.entries).toBe((after.departments.find((d) => d.department === "Sound")?.entries ?? 0) + 1);
  });

  it("an import commit", () => {
    const { project } = film();
    const table = { headers: ["Name", "Position"], rows: [["Ola Obi", "Gaffer"]], rowNumbers: [2] };
    const { after } = expectRecomputed(project.id, () => commitImport(t.db, as(editor), project.id, { table, mapping: { Name: "creditedName", Position: "role" } }));
    expect([...after.names.values()]).toContain("Ola Obi");
  });

  it("people: a rename (here and through an accepted name check) and a merge", () => {
    const { project, person } = film();
    const ji = person("Ji-woo Park");
    const current = () => t.db.select().from(people).where(eq(people.id, ji)).get()!;
    const { after } = expectRecomputed(project.id, () => updatePerson(t.db, as(editor), ji, { ...NEW_PERSON, creditedName: "Ji-woo Park-Lee" }, current().revision));
    expect(after.names.get(ji)).toBe("Ji-woo Park-Lee");
    const check = createNameCheck(t.db, as(editor), project.id, ji);
    respondToNameCheck(t.db, check.token, { answer: "propose", proposedName: "Jiwoo Park", proposedPronouns: "", proposedNote: "" });
    expectRecomputed(project.id, () => decideNameCheck(t.db, as(editor), project.id, check.id, "accepted"));
    expect(state(project.id).names.get(ji)).toBe("Jiwoo Park");
    const twin = addToRoster(t.db, as(editor), project.id, { person: { ...NEW_PERSON, creditedName: "J. Park" }, allowDuplicate: true, role: "Production Coordinator" });
    expectRecomputed(project.id, () => mergePeople(t.db, as(editor), ji, twin.personId));
    expect(state(project.id).names.has(twin.personId)).toBe(false);
  });

  it("the project: budget, kind, thresholds, the concentration threshold — but not its title", () => {
    const { project } = film();
    const current = () => row(project.id);
    expectRecomputed(project.id, () => updateProject(t.db, as(owner), project.id, { budgetAmount: 4_000_000 }, current().revision));
    expectRecomputed(project.id, () => updateProject(t.db, as(owner), project.id, { kind: "series" }, current().revision));
    expectRecomputed(project.id, () => updateCreditThresholds(t.db, as(owner), project.id, { ...DEFAULT_THRESHOLDS, producerShare: 0.2 }));
    expectRecomputed(project.id, () => updateConcentrationThreshold(t.db, as(owner), project.id, 0.3));
    const s = state(project.id);
    updateProject(t.db, as(owner), project.id, { title: "Harbor Lights (final)" }, current().revision);
    updateMergeSettings(t.db, as(editor), project.id, { mergeCreativeCredits: false, mergeProducedBy: false });
    expect(state(project.id)).toBe(s);
  });

  it("credits: decide, accept all and its undo, by hand, lock, remove; not-needed marks", () => {
    const { project, person } = film();
    const suggestion = state(project.id).output.suggestions.find((s) => s.confidence !== "high")!;
    const decided = expectRecomputed(project.id, () => decideCredit(t.db, as(editor), project.id, { action: "accept", personId: suggestion.personId, titleId: suggestion.title, reason: "" }));
    expect(decided.after.records.length).toBe(decided.before.records.length + 1);
    let batchId: string | null = null;
    expectRecomputed(project.id, () => ({ batchId } = acceptAllHighConfidence(t.db, as(editor), project.id)));
    expectRecomputed(project.id, () => undoAcceptAll(t.db, as(editor), project.id, batchId!));
    let creditId = "";
    expectRecomputed(project.id, () => ({ id: creditId } = addManualCredit(t.db, as(editor), project.id, { personId: person("Nikolai Petrov"), title: "Camera Consultant", reason: "", locked: false })));
    expectRecomputed(project.id, () => setCreditLocked(t.db, as(editor), project.id, creditId, true, ""));
    expectRecomputed(project.id, () => setCreditLocked(t.db, as(editor), project.id, creditId, false, ""));
    expectRecomputed(project.id, () => removeManualCredit(t.db, as(editor), project.id, creditId));
    expect(t.db.select().from(credits).where(eq(credits.id, creditId)).get()).toBeUndefined();
    expectRecomputed(project.id, () => setFunctionNeeded(t.db, as(editor), project.id, { responsibilityId: "permits", needed: false, reason: "Studio shoot" }));
    expectRecomputed(project.id, () => setFunctionNeeded(t.db, as(editor), project.id, { responsibilityId: "permits", needed: true, reason: "" }));
  });

  it("a dismissed finding is read fresh, not from the cache: the engine's state stays", () => {
    const { project } = film();
    const s = state(project.id);
    const finding = s.output.findings[0]!;
    dismissFinding(t.db, as(editor), project.id, { findingId: finding.id, fingerprint: finding.fingerprint, reason: "Known" });
    expect(state(project.id)).toBe(s);
    expect(creditsReview(t.db, as(viewer), project.id).findings.dismissed.map((d) => d.finding.id)).toContain(finding.id);
  });

  it("the hats review reads the same cached rows", () => {
    const { project } = film();
    const s = state(project.id);
    const review = projectReview(t.db, as(viewer), project.id);
    expect(review.output).toBe(s.output);
    expect(state(project.id)).toBe(s);
  });
});

describe("the data revision's triggers cover everything the engine reads", () => {
  /** The tables a statement reads (from / join clauses of drizzle's quoted SQL). */
  const tablesIn = (sql: string) => [...sql.matchAll(/\b(?:from|join)\s+"([a-z_]+)"/gi)].map((m) => m[1]!);

  it("every table read to compute the engine's state has insert, update and delete triggers (people: rename and delete; projects: the engine's fields)", () => {
    const { project } = film();
    const read = new Set<string>();
    const sqlite = new Database(t.file, { verbose: (message) => tablesIn(String(message)).forEach((x) => read.add(x)) });
    try {
      const traced = drizzle(sqlite, { schema }) as unknown as DB;
      clearProjectCache();
      runEngine(traced, row(project.id));
    } finally {
      sqlite.close();
    }
    const triggers = t.sqlite.prepare("select name, tbl_name as tbl, sql from sqlite_master where type = 'trigger' and name like '%data_revision%'").all() as { name: string; tbl: string; sql: string }[];
    const covered = (table: string, op: string) => triggers.some((x) => x.tbl === table && new RegExp(`AFTER ${op}`, "i").test(x.sql) && /data_revision/.test(x.sql));
    expect([...read].sort()).toEqual(["credits", "custom_responsibilities", "not_needed_functions", "people", "projects", "roster_entries", "work_entries"]);
    for (const table of ["credits", "custom_responsibilities", "not_needed_functions", "roster_entries", "work_entries"]) {
      for (const op of ["INSERT", "UPDATE", "DELETE"]) expect(covered(table, op), `${table} ${op}`).toBe(true);
    }
    // The big read, cached on the work revision alone, reads only tables whose triggers change it.
    const rowsRead = new Set<string>();
    const again = new Database(t.file, { verbose: (message) => tablesIn(String(message)).forEach((x) => rowsRead.add(x)) });
    try {
      loadEngineRows(drizzle(again, { schema }) as unknown as DB, project.id);
    } finally {
      again.close();
    }
    expect([...rowsRead].sort()).toEqual(["custom_responsibilities", "people", "roster_entries", "work_entries"]);
    for (const table of ["custom_responsibilities", "roster_entries", "work_entries", "people"]) {
      for (const x of triggers.filter((x) => x.tbl === table)) expect(x.sql, x.name).toMatch(/`work_revision` = random\(\)/);
    }
    // People: the engine reads their id and credited name (a new person reaches a project only through a roster or work entry).
    expect(triggers.find((x) => x.tbl === "people" && /AFTER UPDATE OF `credited_name`/.test(x.sql))).toBeTruthy();
    expect(covered("people", "DELETE")).toBe(true);
    // Projects: only the revision itself is read in SQL; the fields the engine uses come with the row the caller holds.
    const projectTrigger = triggers.find((x) => x.tbl === "projects")!.sql;
    for (const column of ["budget_amount", "currency", "kind", "credit_thresholds", "concentration_threshold"]) expect(projectTrigger).toContain(`\`${column}\``);
  });

  it("a bulk write holds the per-row insert triggers and gives the project new revisions once; the hold never outlives it", () => {
    const { project, person } = film();
    const holds = () => rowCount(t.sqlite, "revision_holds");
    const insertEntry = (role: string) =>
      t.sqlite.prepare("insert into roster_entries (id, project_id, person_id, department, role) values (?, ?, ?, 'Camera', ?)").run(crypto.randomUUID(), project.id, person("Maya Okafor"), role);
    const before = currentRevisions(t.db, project.id)!;
    t.db.transaction((tx) =>
      withRevisionsHeld(tx, project.id, () => {
        insertEntry("Camera Operator");
        insertEntry("Focus Puller");
        // Held: the rows are in, the revisions are the ones read before.
        expect(currentRevisions(tx, project.id)).toEqual(before);
      }),
    );
    const after = currentRevisions(t.db, project.id)!;
    expect(after.dataRevision).not.toBe(before.dataRevision);
    expect(after.workRevision).not.toBe(before.workRevision);
    expect(holds()).toBe(0);
    // Not held any more: the next insert moves them on by itself.
    insertEntry("Gaffer");
    expect(currentRevisions(t.db, project.id)!.workRevision).not.toBe(after.workRevision);

    // A write that fails inside its transaction leaves no hold and nothing written.
    const failed = currentRevisions(t.db, project.id)!;
    expect(() => t.db.transaction((tx) => withRevisionsHeld(tx, project.id, () => (insertEntry("Grip"), insertEntry(null as never))))).toThrow();
    expect([holds(), currentRevisions(t.db, project.id)]).toEqual([0, failed]);
    // And one called outside a transaction, failing half-way, still lifts the hold and moves the revisions on for what it wrote.
    expect(() => withRevisionsHeld(t.db, project.id, () => (insertEntry("Best Boy"), insertEntry(null as never)))).toThrow();
    expect(holds()).toBe(0);
    expect(currentRevisions(t.db, project.id)!.workRevision).not.toBe(failed.workRevision);
  });

  it("writes straight to SQLite (another connection, e.g. the import worker) change the revision too", () => {
    const { project, person } = film();
    const other = new Database(t.file);
    try {
      const before = currentRevisions(t.db, project.id)?.dataRevision;
      other.prepare("update work_entries set effort_hours = 99 where project_id = ? and person_id = ?").run(project.id, person("Maya Okafor"));
      expect(currentRevisions(t.db, project.id)?.dataRevision).not.toBe(before);
    } finally {
      other.close();
    }
  });
});
