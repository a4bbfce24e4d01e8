import { expect, signInOverHttp, test } from "./fixtures";

test.describe("crew name check", () => {
  test("from link to accepted correction; a used link says so; nothing changes before acceptance", async ({ page, browser, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster`);
    await page.getByRole("link", { name: "Name checks" }).click();
    await expect(page.getByRole("heading", { name: "Crew name check" })).toBeVisible();

    const row = page.getByRole("list", { name: "People on the roster" }).getByRole("listitem").filter({ hasText: "Marco De Luca" });
    await row.getByRole("button", { name: "Create link" }).click();
    const link = await row.getByLabel("Name-check link for Marco De Luca").inputValue();
    expect(link).toMatch(/\/check\/[A-Za-z0-9_-]{32}$/);

    // The crew member has no account.
    const crew = await browser.newContext();
    const marco = await crew.newPage();
    const path = new URL(link).pathname;
    await marco.goto(path);
    await expect(marco.getByRole("heading", { name: "Harbor Lights" })).toBeVisible();
    await expect(marco.getByLabel("Your credit as it will appear")).toContainText("Second Assistant Camera");
    await expect(marco.getByLabel("Your credit as it will appear")).toContainText("Marco De Luca");
    await marco.getByRole("button", { name: "Something needs fixing" }).click();
    await marco.getByLabel("Your name as it should appear").fill("Marco Di Luca");
    await marco.getByLabel("Pronouns").fill("he/him");
    await marco.getByRole("button", { name: "Send correction" }).click();
    await expect(marco.getByText("Thank you! The production will review your correction.")).toBeVisible();

    // A second answer through the same link is refused.
    await marco.goto(path);
    await expect(marco.getByText("This link has already been used to answer.")).toBeVisible();
    await crew.close();

    // Nothing has changed yet; the roster shows the pending proposal.
    await page.goto(`/projects/${owner.project.id}/roster?view=table`);
    await expect(page.getByRole("row", { name: /Marco De Luca.*Correction proposed/ })).toBeVisible();
    await page.getByRole("link", { name: "Name checks" }).click();
    await expect(page.getByText("Corrections to review (1)")).toBeVisible();
    await page.getByRole("button", { name: "Accept the correction for Marco De Luca" }).click();
    await expect(page.getByText("Correction accepted: the name is updated everywhere.")).toBeVisible();

    await page.goto(`/projects/${owner.project.id}/roster?view=table`);
    await expect(page.getByRole("row", { name: /Marco Di Luca.*he\/him.*Confirmed/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Marco De Luca/ })).toHaveCount(0);
  });

  test("a confirmation, a withdrawn link and a made-up link", async ({ page, browser, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster/name-checks`);
    const aisha = page.getByRole("list", { name: "People on the roster" }).getByRole("listitem").filter({ hasText: "Aisha Bello" });
    await aisha.getByRole("button", { name: "Create link" }).click();
    const first = await aisha.getByLabel("Name-check link for Aisha Bello").inputValue();
    await page.reload();
    await aisha.getByRole("button", { name: "Withdraw link" }).click();
    await expect(page.getByText("Link withdrawn. It no longer works.")).toBeVisible();
    await aisha.getByRole("button", { name: "Create link" }).click();
    const second = await aisha.getByLabel("Name-check link for Aisha Bello").inputValue();

    const crew = await browser.newContext();
    const p = await crew.newPage();
    await p.goto(new URL(first).pathname);
    await expect(p.getByText("This link was withdrawn by the production.")).toBeVisible();
    await p.goto("/check/not-a-real-token");
    await expect(p.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
    await p.goto(new URL(second).pathname);
    await p.getByRole("button", { name: "Yes, that's right" }).click();
    await expect(p.getByText("Thank you! Your name is confirmed.")).toBeVisible();
    await crew.close();

    await page.goto(`/projects/${owner.project.id}/roster?view=table&status=confirmed`);
    await expect(page.getByText("1 entry matches these filters")).toBeVisible();
    await expect(page.getByRole("row", { name: /Aisha Bello/ })).toBeVisible();
  });
});
