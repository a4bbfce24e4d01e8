import { expectNoSeriousViolations } from "./axe";
import { expect, signInOverHttp, test } from "./fixtures";


test.describe("accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`every main page has no serious axe violations (${scheme})`, async ({ page, seed }) => {
      // axe takes a while on the 31 × 62 work matrix.
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/signin");
      await expectNoSeriousViolations(page);
      await page.goto("/signup");
      await expectNoSeriousViolations(page);

      const owner = await seed.ownerWithProject("Harbor Lights");
      seed.work(owner.project, owner.user);
      await signInOverHttp(page.request, owner.user.email);
      await page.goto("/projects");
      await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.goto(`/projects/${owner.project.id}`);
      await expect(page.getByRole("heading", { name: "Crew" })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.goto(`/projects/${owner.project.id}/settings`);
      await expectNoSeriousViolations(page);
      await page.goto("/team");
      await expectNoSeriousViolations(page);
      await page.goto("/account");
      await expectNoSeriousViolations(page);
      for (const view of ["departments", "table"]) {
        await page.goto(`/projects/${owner.project.id}/roster?view=${view}`);
        await expect(page.getByRole("row", { name: /Nikolai Petrov/ })).toBeVisible();
        await expectNoSeriousViolations(page);
      }
      await page.goto(`/projects/${owner.project.id}/roster/import`);
      await expectNoSeriousViolations(page);
      await page.goto(`/projects/${owner.project.id}/roster/name-checks`);
      await expectNoSeriousViolations(page);
      await page.goto(`/projects/${owner.project.id}/work`);
      await expect(page.getByRole("heading", { name: "Work log" })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.goto(`/projects/${owner.project.id}/work/matrix?stage=pre-production`);
      await expect(page.getByRole("grid")).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.goto(`/projects/${owner.project.id}/credits`);
      await expect(page.getByRole("heading", { name: "Credits health" })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.getByRole("link", { name: "Their work" }).first().click();
      await expect(page.getByRole("list", { name: "Work by stage" })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.goto(`/projects/${owner.project.id}/credits/how`);
      await expectNoSeriousViolations(page);
      // The hats review, each view (dark mode included: the charts switch palettes).
      for (const [path, heading] of [
        ["review", "Who wears which hats"],
        ["review/coverage", "Where the work piles up"],
        ["review/truth", "Do the credits tell the truth?"],
        ["review/compare", "Compare two projects"],
      ] as const) {
        await page.goto(`/projects/${owner.project.id}/${path}`);
        await expect(page.getByRole("heading", { name: heading })).toBeVisible();
        await expectNoSeriousViolations(page);
      }
      await page.getByRole("navigation", { name: "Review views" }).getByRole("link", { name: "Hats matrix" }).click();
      await page.getByRole("table", { name: /Hats matrix/ }).getByRole("link", { name: "Maya Okafor" }).click();
      await expect(page.getByRole("heading", { name: "Work by lane" })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.goto("/people");
      await expectNoSeriousViolations(page);
      await page.getByRole("link", { name: "Maya Okafor" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Maya Okafor" })).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  }

  test("the project form can be filled and sent with the keyboard alone", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject();
    await signInOverHttp(page.request, owner.user.email);
    await page.goto("/projects/new");
    await page.getByLabel("Title").focus();
    await page.keyboard.type("Keyboard Feature");
    await page.keyboard.press("Tab"); // kind
    await page.keyboard.press("Tab"); // stage
    await page.keyboard.press("Tab"); // logline
    await page.keyboard.type("Made without a mouse.");
    await page.getByRole("button", { name: "Create project" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Keyboard Feature" })).toBeVisible();
  });
});
