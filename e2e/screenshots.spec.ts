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
  seed.project(owner.team, {
    title: "Tidewater",
    kind: "short",
    stage: "development",
    logline: "Two sisters salvage their late father's boat before the spring tide takes it.",
  });
  const pages: Array<[string, string]> = [
    ["signin", "/signin"],
    ["signup", "/signup"],
    ["projects", "/projects"],
    ["project-new", "/projects/new"],
    ["project-overview", `/projects/${owner.project.id}`],
    ["project-settings", `/projects/${owner.project.id}/settings`],
    ["roster", `/projects/${owner.project.id}/roster`],
    ["roster-table", `/projects/${owner.project.id}/roster?view=table`],
    ["people", "/people"],
    ["team", "/team"],
    ["account", "/account"],
    ["not-found", "/projects/does-not-exist"],
  ];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const vp of VIEWPORTS) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      for (const [name, path] of pages) {
        if (name === "projects") await signInOverHttp(page.request, owner.user.email);
        await page.goto(path);
        await expect(page.locator("body")).toBeVisible();
        await page.screenshot({ path: `screenshots/${name}-${scheme}-${vp.name}.png`, fullPage: true });
      }
      await page.context().clearCookies();
    }
  }
});
