import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project, User } from "@/db/schema";
import { seedProject } from "@/db/seed";
import { as, createTestDb, makeRoleUsers, roleTeam, rowCount, type TestDb } from "@/tests/helpers/db";
import { commitInWorker, parseInWorker, previewInWorker } from "@/server/import/pool";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/roster/${name}`, import.meta.url)));
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
/** A parse reply's JSON text, read back. */
const reply = (result: unknown) => JSON.parse((result as { json: string }).json);
const directory = { people: [{ id: "p1", creditedName: "Maya Okafor", email: "maya@example.com" }], entries: [] };
const table = { headers: ["Name", "Position"], rows: [["Maya Okafor", "DP"], ["Sam Reed", ""]], rowNumbers: [2, 3] };
const mapping = { Name: "creditedName", Position: "role" };

describe("the import worker", () => {
  it("parses an upload and guesses the mapping", async () => {
    const result = await parseInWorker("crew.csv", new TextEncoder().encode("Name,Position\nMaya Okafor,DP\n"));
    expect(reply(result)).toMatchObject({ table: { headers: ["Name", "Position"], rows: [["Maya Okafor", "DP"]] }, mapping: { Name: "creditedName", Position: "role" }, fileName: "crew.csv" });
  });

  it("refuses the 10,000-column header with its message (wide-header.csv), and the zip bomb (zip-bomb.xlsx)", async () => {
    expect(await parseInWorker("wide-header.csv", fixture("wide-header.csv"))).toEqual({
      failure: { status: 422, message: "The file has 10,000 columns; the limit is 200. Delete the columns you don't need to import, or save only the crew list, and try again." },
    });
    expect(await parseInWorker("zip-bomb.xlsx", fixture("zip-bomb.xlsx"))).toMatchObject({ failure: { status: 422, message: expect.stringMatching(/^The workbook unpacks to more than 100 MB/) } });
  });

  it("lists the sheets, hidden ones marked, and opens the visible one (hidden-first.xlsx)", async () => {
    expect(reply(await parseInWorker("hidden-first.xlsx", fixture("hidden-first.xlsx")))).toMatchObject({ table: { sheet: "Crew", sheetNames: ["Old crew", "Crew"], hiddenSheets: ["Old crew"] } });
  });

  it("keeps this thread's event loop turning while it reads the largest allowed file", async () => {
    const line = Array.from({ length: 200 }, (_, i) => `cell ${i}`).join(",");
    const big = new TextEncoder().encode([Array.from({ length: 200 }, (_, i) => `C${i}`).join(","), ...Array.from({ length: 5_000 }, () => line)].join("\n"));
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    const result = await parseInWorker("big.csv", big);
    clearInterval(ticker);
    expect(reply(result).table.rows).toHaveLength(5_000);
    expect(turns).toBeGreaterThan(0);
  });

  it("builds the preview's reply as JSON text", async () => {
    const result = await previewInWorker(json({ table, mapping, edits: {} }), directory);
    const preview = JSON.parse((result as { json: string }).json).preview;
    expect(preview.summary).toMatchObject({ rows: 2, withErrors: 1, existingPeople: 1 });
  });

  it("refuses a body that is not JSON, or not an import, with the status the API answers", async () => {
    expect(await previewInWorker(new TextEncoder().encode("name=Intruder"), directory)).toEqual({ failure: { status: 400, message: "The request body must be JSON." } });
    expect(await previewInWorker(json({ table: { headers: [] } }), directory)).toMatchObject({ failure: { status: 422, message: "Some fields are not valid." } });
  });

});

describe("an import committed by the worker, on its own connection", () => {
  let t: TestDb;
  let editor: User, viewer: User, outsider: User;
  let project: Project;
  beforeAll(async () => {
    t = createTestDb();
    const users = await makeRoleUsers(t.db);
    ({ editor, viewer, outsider } = users);
    project = seedProject(t.db, roleTeam(t.db, users), { title: "Harbor Lights" }, [["Maya Okafor", "Camera", "Camera Operator"]]);
  });
  afterAll(() => t.close());
  const commit = (body: Uint8Array, user: User) => commitInWorker(body, { projectId: project.id, actor: as(user), databaseFile: t.file });
  const entries = () => rowCount(t.sqlite, "roster_entries", "project_id = ?", project.id);

  it("refuses rows with errors unless skipped, writing nothing", async () => {
    const before = entries();
    expect(await commit(json({ table, mapping, edits: {} }), editor)).toEqual({ failure: { status: 422, message: "1 row has errors. Fix them, or choose to skip them." } });
    expect(entries()).toBe(before);
  });

  it("writes the rows, matched against the directory, and reports them", async () => {
    expect(await commit(json({ table, mapping, edits: {}, skipErrors: true }), editor)).toEqual({ result: { peopleAdded: 0, entriesAdded: 1, entriesSkipped: 0, rowsWithErrors: 1 } });
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ? and role = 'Director of Photography'", project.id)).toBe(1);
  });

  it("checks access on its own connection: a Viewer gets 403, another team 404, nothing written", async () => {
    const body = () => json({ table: { headers: ["Name", "Position"], rows: [["Intruder", "Gaffer"]], rowNumbers: [2] }, mapping, edits: {} });
    expect(await commit(body(), viewer)).toMatchObject({ failure: { status: 403 } });
    expect(await commit(body(), outsider)).toMatchObject({ failure: { status: 404 } });
    expect(rowCount(t.sqlite, "people", "credited_name = 'Intruder'")).toBe(0);
  });
});
