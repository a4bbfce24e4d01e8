import { expect, signInOverHttp, test } from "./fixtures";

test.describe("people directory", () => {
  test("a possible duplicate is caught, created anyway on request, then merged back", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto("/people");
    await expect(page.getByRole("link", { name: "Nikolai Petrov" })).toBeVisible();

    await page.getByRole("button", { name: "New person" }).click();
    const dialog = page.getByRole("dialog", { name: "New person" });
    await dialog.getByLabel("Credited name").fill("NIKOLAI  PETROV");
    await dialog.getByLabel("Email").fill("nikolai@example.test");
    await dialog.getByRole("button", { name: "Add person" }).click();
    await expect(dialog.getByText("Nikolai Petrov is already in your people directory (same name).")).toBeVisible();
    await expect(dialog.getByRole("link", { name: "Open Nikolai Petrov" })).toBeVisible();
    await dialog.getByRole("button", { name: "It's someone else: create a new person" }).click();

    // The new person's page offers to merge the look-alike into it.
    await expect(page.getByRole("heading", { level: 1, name: "NIKOLAI PETROV" })).toBeVisible();
    await expect(page.getByText("Not on any project's roster yet.")).toBeVisible();
    await page.getByRole("button", { name: "Merge into this person" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Merge" }).click();
    await expect(page.getByText(/Merged into NIKOLAI PETROV/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Harbor Lights" })).toBeVisible();
    await expect(page.getByText("Director of Photography")).toBeVisible();

    // Fix the capitals; the sort name follows.
    await page.getByLabel("Credited name").fill("Nikolai Petrov");
    await page.getByRole("button", { name: "Save person" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.goto("/people?q=petrov");
    await expect(page.getByRole("link", { name: "Nikolai Petrov" })).toHaveCount(1);
    await expect(page.getByText("Petrov, Nikolai")).toBeVisible();
  });
});
