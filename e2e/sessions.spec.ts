import { expect, signInOverHttp, signInWithForm, test } from "./fixtures";

test.describe("sessions", () => {
  test("sign out everywhere ends the session in another browser at once", async ({ page, browser, seed }) => {
    const { user } = await seed.user("Sasha Sessions");
    seed.team([{ user, role: "owner" }]);

    const laptop = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.201.0.1" } });
    const other = await laptop.newPage();
    await signInOverHttp(other.request, user.email);
    await other.goto("/projects");
    await expect(other.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();

    await signInWithForm(page, user.email);
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await page.goto("/account");
    await expect(page.getByRole("list", { name: "Active sessions" }).getByRole("listitem")).toHaveCount(2);
    await page.getByRole("button", { name: "Sign out everywhere…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    // The other browser still holds its cookie, but the session behind it is gone.
    await other.goto("/projects");
    await expect(other).toHaveURL(/\/signin/);
    const api = await other.request.get("/api/projects");
    expect(api.status()).toBe(401);
    await laptop.close();
  });

  test("changing the password keeps this browser signed in and signs out the others", async ({ page, browser, seed }) => {
    const { user } = await seed.user("Pat Password");
    seed.team([{ user, role: "owner" }]);
    const elsewhere = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.202.0.1" } });
    const otherPage = await elsewhere.newPage();
    await signInOverHttp(otherPage.request, user.email);

    await signInOverHttp(page.request, user.email);
    await page.goto("/account");
    await page.getByLabel("Current password").fill("a-long-enough-secret");
    await page.getByLabel("New password").fill("qwerty");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
    await page.getByLabel("Current password").fill("a-long-enough-secret");
    await page.getByLabel("New password").fill("a-brand-new-passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed. Your other browsers have been signed out.")).toBeVisible();

    await page.goto("/projects");
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    expect((await otherPage.request.get("/api/projects")).status()).toBe(401);
    await elsewhere.close();
  });
});
