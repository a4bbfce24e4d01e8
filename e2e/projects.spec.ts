import { expect, signInOverHttp, test } from "./fixtures";

test.describe("projects", () => {
  test("edit a project; a bad value is explained next to its field and nothing typed is lost", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}`);
    await expect(page.getByRole("heading", { name: "Crew" })).toBeVisible();
    await expect(page.getByText("Maya Okafor")).toBeVisible();
    await page.getByRole("link", { name: "Settings" }).click();

    await page.getByLabel("Logline").fill("A new logline that should survive an error.");
    await page.getByLabel("Budget", { exact: true }).fill("lots of money");
    await page.getByLabel("Target credits running time").fill("4:75");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Enter the budget as a whole amount")).toBeVisible();
    await expect(page.getByText("Enter the running time as minutes:seconds")).toBeVisible();
    await expect(page.getByLabel("Budget", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Logline")).toHaveValue("A new logline that should survive an error.");

    await page.getByLabel("Budget", { exact: true }).fill("750,000");
    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByLabel("Target credits running time").fill("5:15");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Project saved.")).toBeVisible();
    await page.getByRole("link", { name: "Overview" }).click();
    await expect(page.getByText("€750,000")).toBeVisible();
    await expect(page.getByText("5:15")).toBeVisible();
    await expect(page.getByText("A new logline that should survive an error.")).toBeVisible();
  });

  test("search, archive and restore, then delete after typing the title", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.project(owner.team, { title: "Tidewater", logline: "Two sisters salvage a boat." });
    await signInOverHttp(page.request, owner.user.email);

    await page.goto("/projects");
    await page.getByRole("searchbox", { name: "Search projects" }).fill("sisters");
    await page.getByRole("searchbox", { name: "Search projects" }).press("Enter");
    const list = page.getByRole("list", { name: "Projects" });
    await expect(list.getByRole("link", { name: "Tidewater" })).toBeVisible();
    await expect(list.getByRole("link", { name: "Harbor Lights" })).toHaveCount(0);

    await list.getByRole("link", { name: "Tidewater" }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Archive project" }).click();
    await expect(page.getByText("Project archived.")).toBeVisible();

    await page.goto("/projects");
    await expect(page.getByRole("link", { name: "Tidewater" })).toHaveCount(0);
    await page.getByRole("link", { name: "Archived" }).click();
    await expect(page.getByRole("link", { name: "Tidewater" })).toBeVisible();
    await page.getByRole("link", { name: "Tidewater" }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Restore project" }).click();
    await expect(page.getByText("Project restored.")).toBeVisible();

    await page.getByRole("button", { name: "Delete project…" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("button", { name: "Delete forever" })).toBeDisabled();
    await dialog.getByLabel("Project title").fill("tidewater");
    await expect(dialog.getByRole("button", { name: "Delete forever" })).toBeDisabled();
    await dialog.getByLabel("Project title").fill("Tidewater");
    await dialog.getByRole("button", { name: "Delete forever" }).click();
    await expect(page.getByText("Project deleted.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Projects" }).getByRole("link", { name: "Tidewater" })).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Projects" }).getByRole("link", { name: "Harbor Lights" })).toBeVisible();
  });
});
