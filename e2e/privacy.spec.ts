import { and, eq } from "drizzle-orm";
import { openDatabase } from "@/db";
import { people } from "@/db/schema";
import { E2E_DATABASE } from "./constants";
import { expect, signInOverHttp, test } from "./fixtures";

/**
 * Crew contact details (email, phone, legal name) are for Owners and Editors. A Viewer (a
 * financier, a sales agent) sees names and roles only: on the pages, in the roster exports and
 * through the API, because the data layer leaves them out.
 */
test.describe("privacy by role", () => {
  test("a Viewer sees names and roles, never contact details; an Editor sees them", async ({ page, seed, browser }) => {
    const owner = await seed.ownerWithProject();
    seed.work(owner.project, owner.user);
    const viewer = await seed.user("Vic Viewer");
    const editor = await seed.user("Ed Editor");
    seed.member(owner.team, viewer.user, "viewer");
    seed.member(owner.team, editor.user, "editor");
    const db = openDatabase(E2E_DATABASE).db;
    const maya = db.select().from(people).where(and(eq(people.teamId, owner.team.id), eq(people.creditedName, "Maya Okafor"))).get()!;
    db.update(people).set({ email: "maya.private@example.test", phone: "+1 415 555 0142", legalName: "Maya Adaeze Okafor", notes: "Agent: Rhoda Hale" }).where(eq(people.id, maya.id)).run();
    const secrets = [/maya\.private@example\.test/, /555 0142/, /Adaeze/, /Rhoda Hale/];
    const base = `/projects/${owner.project.id}`;

    await signInOverHttp(page.request, viewer.user.email);
    for (const path of [`${base}/roster`, `${base}/roster?view=table`, `${base}/roster/name-checks`, "/people", `/people/${maya.id}`]) {
      await page.goto(path);
      await expect(page.getByText("Maya Okafor").first()).toBeVisible();
      // Not on the page, and not in the data the page was sent (the RSC payload is in the HTML).
      const html = await page.content();
      for (const s of secrets) expect(html, `${path} shows ${s}`).not.toMatch(s);
    }
    // No search by email either.
    await page.goto("/people?q=private");
    await expect(page.getByRole("heading", { name: "Nobody matches “private”" })).toBeVisible();
    await page.goto(`/people/${maya.id}`);
    await expect(page.getByLabel("Email")).toHaveCount(0);
    await expect(page.getByText("Contact details are visible to the team's Owners and Editors.")).toBeVisible();
    await page.goto("/people");
    await expect(page.getByRole("columnheader", { name: "Email" })).toHaveCount(0);

    // The exports and the API.
    const csv = await page.request.get(`/api/projects/${owner.project.id}/roster/export?format=csv`);
    expect(csv.status()).toBe(200);
    const csvText = await csv.text();
    expect(csvText.split("\n")[0]).toBe("\uFEFFCredited name,Sort name,Department,Role,Pronouns,Unions,Name check\r");
    expect(csvText).toContain("Maya Okafor");
    for (const s of secrets) expect(csvText).not.toMatch(s);
    const xlsx = await page.request.get(`/api/projects/${owner.project.id}/roster/export?format=xlsx`);
    expect(xlsx.status()).toBe(200);
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(await xlsx.body());
    const sheetXml = (await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith(".xml")).map((f) => f.async("string")))).join("\n");
    expect(sheetXml).toContain("Maya Okafor");
    for (const s of secrets) expect(sheetXml).not.toMatch(s);
    // The JSON API: names, never contact details.
    for (const api of ["credits?view=all", "review", "work", "people?q=Maya"]) {
      const res = await page.request.get(`/api/projects/${owner.project.id}/${api}`);
      expect(res.status(), api).toBe(200);
      const json = await res.text();
      expect(json, api).toContain("Maya Okafor");
      for (const s of secrets) expect(json, `/api/…/${api} shows ${s}`).not.toMatch(s);
    }
    // The outbox (crew emails) is not for Viewers.
    await page.goto("/team/outbox");
    await expect(page.getByRole("heading", { name: "The outbox is for Owners and Editors" })).toBeVisible();

    // An Editor of the same team sees them, on the page and in the export.
    const editorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const editorPage = await editorContext.newPage();
    await signInOverHttp(editorPage.request, editor.user.email);
    await editorPage.goto(`/people/${maya.id}`);
    await expect(editorPage.getByLabel("Email")).toHaveValue("maya.private@example.test");
    await expect(editorPage.getByLabel("Phone")).toHaveValue("+1 415 555 0142");
    const editorCsv = await (await editorPage.request.get(`/api/projects/${owner.project.id}/roster/export?format=csv`)).text();
    expect(editorCsv).toContain("maya.private@example.test");
    expect(editorCsv).toContain("Maya Adaeze Okafor");
    await editorContext.close();
  });
});
