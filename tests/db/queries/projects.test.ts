import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countProjects,
  createProject,
  deleteProject,
  getProject,
  listProjects,
  rosterSummary,
  setProjectArchived,
  updateProject,
} from "@/db/queries/projects";
import { projects, type Project, type Team, type User } from "@/db/schema";
import { DEMO_PROJECT, seedProject, seedTeam } from "@/db/seed";
import { StaleRevisionError } from "@/db/queries/revision";
import { ForbiddenError, InvalidError, NotFoundError, type DomainError } from "@/lib/errors";
import type { ProjectInput } from "@/lib/validation/project";
import { as, createTestDb, makeRoleUsers, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;

beforeAll(async () => {
  t = createTestDb();
  ({ owner, editor, viewer, outsider } = await makeRoleUsers(t.db));
});
afterAll(() => t.close());


function newTeam(): Team {
  return seedTeam(t.db, `Team ${Math.random().toString(36).slice(2, 8)}`, [
    { user: owner, role: "owner" },
    { user: editor, role: "editor" },
    { user: viewer, role: "viewer" },
  ]);
}

const input = (over: Partial<ProjectInput> = {}): ProjectInput => ({ ...DEMO_PROJECT, ...over });
const rowOf = (id: string) => t.db.select().from(projects).where(eq(projects.id, id)).get();
const titles = (list: Project[]) => list.map((p) => p.title).sort();
const all = { q: "", archived: "all" } as const;

describe("createProject", () => {
  it("lets an editor create a project in the team", () => {
    const team = newTeam();
    const p = createProject(t.db, as(editor), team.id, input({ title: "Tidewater", budgetAmount: 45_000, currency: "EUR" }));
    expect(p).toMatchObject({ teamId: team.id, createdBy: editor.id, title: "Tidewater", budgetAmount: 45_000, currency: "EUR", archivedAt: null });
    expect(rowOf(p.id)?.title).toBe("Tidewater");
  });

  it("refuses a viewer (Forbidden) and an outsider (NotFound), creating nothing", () => {
    const team = newTeam();
    expect(() => createProject(t.db, as(viewer), team.id, input())).toThrow(ForbiddenError);
    expect(() => createProject(t.db, as(outsider), team.id, input())).toThrow(NotFoundError);
    expect(rowCount(t.sqlite, "projects", "team_id = ?", team.id)).toBe(0);
  });
});

describe("getProject", () => {
  it("lets any member read, not an outsider", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, {}, []);
    expect(getProject(t.db, as(viewer), p.id)).toMatchObject({ role: "viewer", project: { id: p.id } });
    expect(() => getProject(t.db, as(outsider), p.id)).toThrow(NotFoundError);
  });
});

describe("updateProject", () => {
  it("lets an editor change fields and bumps updatedAt", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Old Title" }, []);
    t.sqlite.prepare("update projects set updated_at = 0 where id = ?").run(p.id);
    const updated = updateProject(t.db, as(editor), p.id, { title: "New Title", budgetAmount: null }, p.revision);
    expect(updated).toMatchObject({ id: p.id, title: "New Title", budgetAmount: null, kind: p.kind, logline: p.logline });
    expect(updated.updatedAt.getTime()).toBeGreaterThan(0);
    expect(rowOf(p.id)?.title).toBe("New Title");
  });

  it("refuses a viewer with Forbidden and leaves the row unchanged", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Untouchable" }, []);
    const before = rowOf(p.id);
    expect(() => updateProject(t.db, as(viewer), p.id, { title: "Vandalised", stage: "released" }, p.revision)).toThrow(ForbiddenError);
    expect(rowOf(p.id)).toEqual(before);
  });

  it("is NotFound for an outsider or an unknown id", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Private" }, []);
    expect(() => updateProject(t.db, as(outsider), p.id, { title: "Mine now" }, null)).toThrow(NotFoundError);
    expect(() => updateProject(t.db, as(owner), "no-such-project", { title: "x" }, 1)).toThrow(NotFoundError);
    expect(rowOf(p.id)?.title).toBe("Private");
  });

  it("two people editing: the second save, from the revision both opened, is refused and the first one's change stays", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Harbor Lights", logline: "Before" }, []);
    const first = updateProject(t.db, as(editor), p.id, { title: "Harbor Lights", logline: "Eddie's logline" }, p.revision);
    const err = thrownBy(() => updateProject(t.db, as(owner), p.id, { title: "Harbour Lights", logline: "Olive's logline" }, p.revision));
    expect(err).toBeInstanceOf(StaleRevisionError);
    expect((err as Error).message).toMatch(/^Eddie Editor changed this project since you opened it\./);
    expect(rowOf(p.id)).toMatchObject({ title: "Harbor Lights", logline: "Eddie's logline", revision: first.revision });
  });

  it("an API save naming no revision is refused with 428, and archiving needs none", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "No Revision" }, []);
    expect((thrownBy(() => updateProject(t.db, as(editor), p.id, { stage: "production" }, null)) as DomainError).status).toBe(428);
    expect(rowOf(p.id)?.stage).toBe(p.stage);
    expect(setProjectArchived(t.db, as(editor), p.id, true).archivedAt).not.toBeNull();
  });
});

describe("setProjectArchived", () => {
  it("archives and restores for an editor, refuses a viewer", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, {}, []);
    expect(setProjectArchived(t.db, as(editor), p.id, true).archivedAt).toBeInstanceOf(Date);
    expect(() => setProjectArchived(t.db, as(viewer), p.id, false)).toThrow(ForbiddenError);
    expect(rowOf(p.id)?.archivedAt).toBeInstanceOf(Date);
    expect(setProjectArchived(t.db, as(owner), p.id, false).archivedAt).toBeNull();
  });
});

describe("listProjects", () => {
  it("finds projects by title or logline, case-insensitively", () => {
    const team = newTeam();
    seedProject(t.db, team, { title: "Harbor Lights", logline: "A ferry captain." }, []);
    seedProject(t.db, team, { title: "Tidewater", logline: "Two sisters salvage a BOAT." }, []);
    seedProject(t.db, team, { title: "Nightjar", logline: "A bird." }, []);
    expect(titles(listProjects(t.db, as(viewer), team.id, { q: "harbor", archived: "all" }))).toEqual(["Harbor Lights"]);
    expect(titles(listProjects(t.db, as(viewer), team.id, { q: "HARBOR LIGHTS", archived: "all" }))).toEqual(["Harbor Lights"]);
    expect(titles(listProjects(t.db, as(viewer), team.id, { q: "boat", archived: "all" }))).toEqual(["Tidewater"]);
    expect(titles(listProjects(t.db, as(viewer), team.id, { q: "  sisters  ", archived: "all" }))).toEqual(["Tidewater"]);
    expect(titles(listProjects(t.db, as(viewer), team.id, { q: "a", archived: "all" }))).toEqual(["Harbor Lights", "Nightjar", "Tidewater"]);
    expect(listProjects(t.db, as(viewer), team.id, { q: "zebra", archived: "all" })).toEqual([]);
  });

  it("treats % in the query literally", () => {
    const team = newTeam();
    seedProject(t.db, team, { title: "100% Cotton", logline: "" }, []);
    seedProject(t.db, team, { title: "1000 Cranes", logline: "" }, []);
    expect(titles(listProjects(t.db, as(owner), team.id, { q: "0%", archived: "all" }))).toEqual(["100% Cotton"]);
    expect(listProjects(t.db, as(owner), team.id, { q: "%", archived: "all" }).map((p) => p.title)).toEqual(["100% Cotton"]);
  });

  it("treats _ in the query literally", () => {
    const team = newTeam();
    seedProject(t.db, team, { title: "snake_case", logline: "" }, []);
    seedProject(t.db, team, { title: "snakescase", logline: "" }, []);
    expect(titles(listProjects(t.db, as(owner), team.id, { q: "e_c", archived: "all" }))).toEqual(["snake_case"]);
    expect(titles(listProjects(t.db, as(owner), team.id, { q: "_", archived: "all" }))).toEqual(["snake_case"]);
  });

  it("treats a backslash in the query literally", () => {
    const team = newTeam();
    seedProject(t.db, team, { title: "Back\\slash", logline: "" }, []);
    seedProject(t.db, team, { title: "Backslash", logline: "" }, []);
    expect(titles(listProjects(t.db, as(owner), team.id, { q: "k\\s", archived: "all" }))).toEqual(["Back\\slash"]);
  });

  it("finds accented titles case- and accent-insensitively, in any script", () => {
    const team = newTeam();
    seedProject(t.db, team, { title: "Été indien", logline: "" }, []);
    seedProject(t.db, team, { title: "Ночной паром", logline: "" }, []);
    expect(titles(listProjects(t.db, as(owner), team.id, { q: "été", archived: "all" }))).toEqual(["Été indien"]);
    expect(titles(listProjects(t.db, as(owner), team.id, { q: "ETE IND", archived: "all" }))).toEqual(["Été indien"]);
    expect(titles(listProjects(t.db, as(owner), team.id, { q: "ПАРОМ", archived: "all" }))).toEqual(["Ночной паром"]);
  });

  it("filters by archive state", () => {
    const team = newTeam();
    const active = seedProject(t.db, team, { title: "Active One" }, []);
    const archived = seedProject(t.db, team, { title: "Archived One" }, []);
    setProjectArchived(t.db, as(owner), archived.id, true);
    expect(listProjects(t.db, as(viewer), team.id, { q: "", archived: "active" }).map((p) => p.id)).toEqual([active.id]);
    expect(listProjects(t.db, as(viewer), team.id, { q: "", archived: "archived" }).map((p) => p.id)).toEqual([archived.id]);
    expect(titles(listProjects(t.db, as(viewer), team.id, all))).toEqual(["Active One", "Archived One"]);
    expect(titles(listProjects(t.db, as(viewer), team.id, { q: "one", archived: "archived" }))).toEqual(["Archived One"]);
  });

  it("counts distinct crew people per project (a person with several hats counts once)", () => {
    const team = newTeam();
    seedProject(t.db, team, { title: "Full Crew" });
    seedProject(t.db, team, { title: "Small Crew" }, [
      ["Maya Okafor", "Producers", "Producer"],
      ["Maya Okafor", "Direction", "Director"],
      ["Grace Whitfield", "Direction", "Director"],
    ]);
    seedProject(t.db, team, { title: "No Crew" }, []);
    const counts = Object.fromEntries(listProjects(t.db, as(viewer), team.id, all).map((p) => [p.title, p.crewCount]));
    expect(counts).toEqual({ "Full Crew": 31, "Small Crew": 2, "No Crew": 0 });
  });

  it("lists the most recently updated first and only the team's own projects", () => {
    const team = newTeam();
    const other = newTeam();
    const older = seedProject(t.db, team, { title: "Older" }, []);
    const newer = seedProject(t.db, team, { title: "Newer" }, []);
    seedProject(t.db, other, { title: "Someone else's" }, []);
    t.sqlite.prepare("update projects set updated_at = ? where id = ?").run(1_000, older.id);
    t.sqlite.prepare("update projects set updated_at = ? where id = ?").run(2_000, newer.id);
    expect(listProjects(t.db, as(viewer), team.id, all).map((p) => p.id)).toEqual([newer.id, older.id]);
  });

  it("is NotFound for a non-member", () => {
    const team = newTeam();
    expect(() => listProjects(t.db, as(outsider), team.id, all)).toThrow(NotFoundError);
  });
});

describe("countProjects", () => {
  it("counts active and archived projects", () => {
    const team = newTeam();
    expect(countProjects(t.db, as(viewer), team.id)).toEqual({ active: 0, archived: 0 });
    seedProject(t.db, team, { title: "A" }, []);
    seedProject(t.db, team, { title: "B" }, []);
    const c = seedProject(t.db, team, { title: "C" }, []);
    setProjectArchived(t.db, as(owner), c.id, true);
    expect(countProjects(t.db, as(viewer), team.id)).toEqual({ active: 2, archived: 1 });
  });
});

describe("deleteProject", () => {
  it("refuses a wrong confirmation title with an InvalidError and deletes nothing", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Harbor Lights" });
    for (const wrong of ["Harbor", "harbor lights", "Harbor Lights!", ""]) {
      const err = thrownBy(() => deleteProject(t.db, as(owner), p.id, wrong));
      expect(err).toBeInstanceOf(InvalidError);
      expect((err as InvalidError).fieldErrors).toEqual({ confirmTitle: ["Type the project's title exactly to confirm."] });
    }
    expect(rowOf(p.id)).toBeDefined();
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ?", p.id)).toBe(36);
  });

  it("deletes with the exact title (surrounding spaces ignored) and cascades to the roster", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Harbor Lights" });
    const keep = seedProject(t.db, team, { title: "Tidewater" }, [["Maya Okafor", "Producers", "Producer"]]);
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ?", p.id)).toBe(36);
    deleteProject(t.db, as(editor), p.id, "  Harbor Lights ");
    expect(rowOf(p.id)).toBeUndefined();
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ?", p.id)).toBe(0);
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ?", keep.id)).toBe(1);
  });

  it("compares the typed title after NFC normalization", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Caf\u00e9" }, []);
    deleteProject(t.db, as(owner), p.id, "Cafe\u0301");
    expect(rowOf(p.id)).toBeUndefined();
  });

  it("refuses a viewer (Forbidden) and an outsider (NotFound)", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Keep Me" }, []);
    expect(() => deleteProject(t.db, as(viewer), p.id, "Keep Me")).toThrow(ForbiddenError);
    expect(() => deleteProject(t.db, as(outsider), p.id, "Keep Me")).toThrow(NotFoundError);
    expect(rowOf(p.id)).toBeDefined();
  });
});

describe("rosterSummary", () => {
  it("counts people, entries and people with several hats", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Small" }, [
      ["Ana Lima", "Camera", "Director of Photography"],
      ["Ana Lima", "Direction", "Director"],
      ["Ana Lima", "Writers", "Screenplay"],
      ["Ben Carter", "Camera", "Camera Operator"],
      ["Ben Carter", "Grip", "Key Grip"],
      ["Cleo Park", "Camera", "First Assistant Camera"],
    ]);
    const s = rosterSummary(t.db, as(viewer), p.id);
    expect(s.people).toBe(3);
    expect(s.entries).toBe(6);
    expect(s.multiHat.map((m) => [m.name, m.hats])).toEqual([
      ["Ana Lima", 3],
      ["Ben Carter", 2],
    ]);
    expect(Object.fromEntries(s.byDepartment.map((d) => [d.department, d.people]))).toEqual({ Camera: 3, Direction: 1, Writers: 1, Grip: 1 });
  });

  it("summarises the demo crew: 31 people in 36 hats, Maya wearing 4", () => {
    const team = newTeam();
    const p = seedProject(t.db, team);
    const s = rosterSummary(t.db, as(owner), p.id);
    expect(s.people).toBe(31);
    expect(s.entries).toBe(36);
    // Most hats first, then by sort name ("Chen, Lucy" before "Herrera, Tomás").
    expect(s.multiHat.map((m) => [m.name, m.hats])).toEqual([
      ["Maya Okafor", 4],
      ["Lucy Chen", 2],
      ["Tomás Herrera", 2],
    ]);
    expect(s.byDepartment.find((d) => d.department === "Producers")?.people).toBe(5);
  });

  it("is empty for a project without crew", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, {}, []);
    expect(rosterSummary(t.db, as(viewer), p.id)).toEqual({ byDepartment: [], people: 0, entries: 0, multiHat: [] });
  });

  it("is NotFound for an outsider", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, {}, []);
    expect(() => rosterSummary(t.db, as(outsider), p.id)).toThrow(NotFoundError);
  });
});
