import { and, eq } from "drizzle-orm";
import { openDatabase } from "@/db";
import { createNameCheck } from "@/db/queries/name-checks";
import { addManualCredit, decideCredit } from "@/db/queries/credits";
import { seedWork, TIDEWATER_WORK } from "@/db/seed";
import { editCreditList, generateCreditList, saveVersion } from "@/db/queries/credit-list";
import { moveBlock, renameHeading } from "@/lib/end-credits/edit";
import { addToRoster } from "@/db/queries/roster";
import { people } from "@/db/schema";
import { personSchema } from "@/lib/validation/people";
import { E2E_DATABASE } from "./constants";
import { expect, signInOverHttp, test } from "./fixtures";

/**
 * Not a test of behaviour: `npm run screenshots` saves every main page in light and dark, at
 * desktop and phone width, into screenshots/ so that people can look at what they built.
 */
const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

test("screenshots of the main pages", async ({ page, seed }) => {
  test.setTimeout(180_000);
  const owner = await seed.ownerWithProject("Harbor Lights");
  seed.work(owner.project, owner.user);
  const tidewater = seed.project(owner.team, {
    title: "Tidewater",
    kind: "short",
    stage: "development",
    logline: "Two sisters salvage their late father's boat before the spring tide takes it.",
  });
  const db = openDatabase(E2E_DATABASE).db;
  const maya = db.select({ id: people.id }).from(people).where(and(eq(people.teamId, owner.team.id), eq(people.creditedName, "Maya Okafor"))).get()!.id;
  seedWork(db, tidewater, owner.user, TIDEWATER_WORK);
  const empty = seed.project(owner.team, { title: "Nothing Logged Yet" }, []);
  const jiwoo = db.select({ id: people.id }).from(people).where(and(eq(people.teamId, owner.team.id), eq(people.creditedName, "Ji-woo Park"))).get()!.id;
  addManualCredit(db, { userId: owner.user.id }, owner.project.id, { personId: jiwoo, title: "Associate Producer", reason: "", locked: false });
  const { token } = createNameCheck(db, { userId: owner.user.id }, owner.project.id, maya);
  for (const titleId of ["directed-by", "written-by", "edited-by", "produced-by"]) {
    decideCredit(db, { userId: owner.user.id }, owner.project.id, { action: "accept", personId: maya, titleId, reason: "" });
  }
  const built = generateCreditList(db, { userId: owner.user.id }, owner.project.id, null);
  // Two versions that differ, so the compare page has something to show.
  const v1 = saveVersion(db, { userId: owner.user.id }, owner.project.id, "Rough cut");
  const first = built.list.blocks[0]!;
  editCreditList(db, { userId: owner.user.id }, owner.project.id, built.revision, (list) => moveBlock(renameHeading(list, first.id, "A Film by"), first.id, 2));
  const v2 = saveVersion(db, { userId: owner.user.id }, owner.project.id, "Picture lock");
  // A colorist joins after the list was built: the list and the preview say it is out of date.
  addToRoster(db, { userId: owner.user.id }, owner.project.id, { person: personSchema.parse({ creditedName: "Cyd Colour" }), department: "Post-production", role: "Colorist" });
  const pages: Array<[string, string]> = [
    ["signin", "/signin"],
    ["signup", "/signup"],
    ["projects", "/projects"],
    ["project-new", "/projects/new"],
    ["project-overview", `/projects/${owner.project.id}`],
    ["project-settings", `/projects/${owner.project.id}/settings`],
    ["roster", `/projects/${owner.project.id}/roster`],
    ["roster-table", `/projects/${owner.project.id}/roster?view=table`],
    ["roster-import", `/projects/${owner.project.id}/roster/import`],
    ["name-checks", `/projects/${owner.project.id}/roster/name-checks`],
    ["work", `/projects/${owner.project.id}/work`],
    ["work-matrix", `/projects/${owner.project.id}/work/matrix?stage=pre-production`],
    ["work-person", `/projects/${owner.project.id}/work/people/${maya}`],
    ["credits", `/projects/${owner.project.id}/credits`],
    ["credits-all", `/projects/${owner.project.id}/credits?view=all`],
    ["credits-how", `/projects/${owner.project.id}/credits/how`],
    ["credit-list", `/projects/${owner.project.id}/credits/list`],
    ["credit-preview", `/projects/${owner.project.id}/credits/list/preview`],
    ["credit-compare", `/projects/${owner.project.id}/credits/list/compare?a=${v1.id}&b=${v2.id}`],
    ["credit-version", `/projects/${owner.project.id}/credits/list/versions/${v2.id}`],
    ["review", `/projects/${owner.project.id}/review`],
    ["review-filtered", `/projects/${owner.project.id}/review?lane=opportunity&lane=execution&sort=effort`],
    ["review-person", `/projects/${owner.project.id}/review/people/${maya}`],
    ["review-coverage", `/projects/${owner.project.id}/review/coverage`],
    ["review-truth", `/projects/${owner.project.id}/review/truth`],
    ["review-compare", `/projects/${owner.project.id}/review/compare?with=${tidewater.id}`],
    ["review-person-second", `/projects/${tidewater.id}/review/people/${maya}`],
    ["review-empty", `/projects/${empty.id}/review`],
    ["people", "/people"],
    ["person", `/people/${maya}`],
    ["check", `/check/${token}`],
    ["team", "/team"],
    ["account", "/account"],
    ["not-found", "/projects/does-not-exist"],
  ];
  // The export card with a finished crawl render listed, and the render dialog (after credit-list).
  let rendered = false;
  const videoScreens = async (scheme: string, viewport: string) => {
    if (!rendered) {
      const jobs = `/api/projects/${owner.project.id}/credits/list/export-jobs`;
      const started = await page.request.post(jobs, { data: { kind: "video", resolution: "hd", codec: "h264", cards: true, cardSeconds: 1, pxPerFrame: 20 } });
      expect(started.status()).toBe(202);
      const { jobId } = (await started.json()) as { jobId: string };
      await expect.poll(async () => ((await (await page.request.get(`${jobs}/${jobId}`)).json()) as { status: string }).status, { timeout: 120_000 }).toBe("done");
      rendered = true;
      await page.reload();
    }
    const card = page.getByRole("heading", { name: "Export the working list" }).locator("..");
    await expect(card.getByRole("link", { name: "Download MP4" })).toBeVisible();
    await card.screenshot({ path: `screenshots/credit-export-card-${scheme}-${viewport}.png` });
    await page.getByRole("button", { name: "Render the crawl to video…" }).click();
    // The list is out of date here (a colorist joined after it was built): the card asks first.
    await page.getByRole("button", { name: "Export anyway" }).click();
    const dialog = page.getByRole("dialog", { name: "Render the crawl to video" });
    await dialog.getByLabel("Main titles as cards before the crawl").check();
    await dialog.getByLabel("Choose the speed").check();
    await page.screenshot({ path: `screenshots/credit-video-dialog-${scheme}-${viewport}.png` });
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  };
  // SCREENS=credits,review-truth takes only those pages (and skips the import steps unless it names roster-import-map).
  const only = process.env.SCREENS ? new Set(process.env.SCREENS.split(",")) : null;
  if (only) pages.splice(0, pages.length, ...pages.filter(([name]) => only.has(name) || name === "projects"));
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const vp of VIEWPORTS) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      for (const [name, path] of pages) {
        if (name === "projects") await signInOverHttp(page.request, owner.user.email);
        await page.goto(path);
        await expect(page.locator("body")).toBeVisible();
        await page.screenshot({ path: `screenshots/${name}-${scheme}-${vp.name}.png`, fullPage: true });
        if (name === "credit-list") await videoScreens(scheme, vp.name);
      }
      if (only && !only.has("roster-import-map")) {
        await page.context().clearCookies();
        continue;
      }
      // The import's preview step, with a warning and an error to show.
      await page.goto(`/projects/${owner.project.id}/roster/import`);
      await page.getByLabel(/Drop a file here/).setInputFiles({
        name: "crew.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("Name,Dept,Position,Email\nInes Alvarez,Camera,Direktor of Fotography,ines@example.test\nKwame Boateng,,Gaffer,kwame-at-example\nSun-hee Park,Sound,Boom Op,sunhee@example.test\n"),
      });
      await page.screenshot({ path: `screenshots/roster-import-map-${scheme}-${vp.name}.png`, fullPage: true });
      await page.getByRole("button", { name: "Check rows" }).click();
      await expect(page.getByRole("heading", { name: "Check the rows" })).toBeVisible();
      await page.screenshot({ path: `screenshots/roster-import-preview-${scheme}-${vp.name}.png`, fullPage: true });
      await page.context().clearCookies();
    }
  }
});
