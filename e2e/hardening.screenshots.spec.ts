import { readFileSync } from "node:fs";
import { expect, signInOverHttp, test } from "./fixtures";

/**
 * Not a test of behaviour: with `npm run screenshots`, saves what issue 14 changed on screen —
 * the import's sheet picker with a hidden sheet, a refused file, and the message when someone
 * else saved first — in light and dark, at desktop and phone width, into screenshots/.
 */
const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

const fixture = (name: string) => readFileSync(new URL(`../tests/fixtures/roster/${name}`, import.meta.url));

test("screenshots of the import's sheet picker, a refused file and an edit conflict", async ({ page, seed, browser, baseURL }) => {
  test.setTimeout(180_000);
  const owner = await seed.ownerWithProject("Harbor Lights");
  seed.work(owner.project, owner.user);
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.79.0.1" } });
  const rival = await other.newPage();
  await signInOverHttp(rival.request, owner.user.email);
  await signInOverHttp(page.request, owner.user.email);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const vp of VIEWPORTS) {
      const shot = (name: string) => page.screenshot({ path: `screenshots/${name}-${scheme}-${vp.name}.png`, fullPage: true });
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto(`/projects/${owner.project.id}/roster/import`);
      const drop = page.getByLabel(/Drop a file here/);
      await drop.setInputFiles({ name: "wide-header.csv", mimeType: "text/csv", buffer: fixture("wide-header.csv") });
      await expect(page.getByRole("alert").filter({ hasText: "10,000 columns" })).toBeVisible();
      await shot("roster-import-refused");
      await drop.setInputFiles({ name: "hidden-first.xlsx", mimeType: "application/octet-stream", buffer: fixture("hidden-first.xlsx") });
      await page.getByLabel("Sheet").selectOption("Old crew");
      await expect(page.getByText("Excel hides this sheet; check it is the crew list you mean.")).toBeVisible();
      await shot("roster-import-hidden-sheet");

      // Someone else saves the person first.
      await page.goto("/people?q=petrov");
      await page.getByRole("link", { name: "Nikolai Petrov" }).click();
      await page.waitForURL(/\/people\/[^/?]+$/);
      await rival.goto(page.url());
      await rival.getByLabel("Notes").fill(`Rival note ${scheme} ${vp.name}`);
      await rival.getByRole("button", { name: "Save person" }).click();
      await expect(rival.getByText("Saved.")).toBeVisible();
      await page.getByLabel("Notes").fill("My note, typed before theirs was saved.");
      await page.getByRole("button", { name: "Save person" }).click();
      await expect(page.getByText(/changed this person since you opened it/)).toBeVisible();
      await shot("person-conflict");
    }
  }
  await other.close();
});
