import { expect, PASSWORD, signInWithForm, test, uniqueEmail } from "./fixtures";

test.describe("accounts", () => {
  test("sign up, create a team, create a project and see it listed", async ({ page }) => {
    const email = uniqueEmail("newcomer");
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Nadia Newcomer");
    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Password").fill("shooting-nights-in-march");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.getByRole("heading", { name: "Welcome, Nadia" })).toBeVisible();
    await page.getByLabel("Team name").fill("Night Ferry Films");
    await page.getByRole("button", { name: "Create team" }).click();

    await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();
    await page.getByRole("link", { name: "Create your first project" }).click();
    await page.getByLabel("Title").fill("The Last Crossing");
    await page.getByLabel("Kind").selectOption("feature");
    await page.getByLabel("Stage").selectOption("pre-production");
    await page.getByLabel("Budget").fill("$1.2m");
    await page.getByLabel("Target credits running time").fill("4:30");
    await page.getByLabel("Frame rate").selectOption("23.976");
    await page.getByRole("button", { name: "Create project" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "The Last Crossing" })).toBeVisible();
    await expect(page.getByText("$1,200,000")).toBeVisible();
    await expect(page.getByText("4:30")).toBeVisible();

    await page.getByRole("link", { name: "Projects", exact: true }).first().click();
    await expect(page.getByRole("list", { name: "Projects" }).getByRole("link", { name: "The Last Crossing" })).toBeVisible();

    // The email was stored lower-cased: signing in with another case works.
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await signInWithForm(page, email.replace("newcomer", "NEWCOMER"), "shooting-nights-in-march");
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  });

  test("sign-up refuses short and common passwords and a taken email, keeping what was typed", async ({ page, seed }) => {
    const { user } = await seed.user();
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Sam");
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Sam");

    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This password is too common.")).toBeVisible();

    await page.getByLabel("Email").fill(user.email.toUpperCase());
    await page.getByLabel("Password").fill("a-perfectly-fine-passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("An account with this email already exists.").first()).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page, seed }) => {
    const { user } = await seed.user();
    await signInWithForm(page, user.email, "not-the-right-password");
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(user.email);

    await signInWithForm(page, uniqueEmail("ghost"), "not-the-right-password");
    await expect(page.getByText("Wrong email or password.")).toBeVisible();

    await signInWithForm(page, user.email, PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  });

  test("five failed sign-ins lock the email out, even with the right password", async ({ page, seed }) => {
    const { user } = await seed.user();
    for (let i = 0; i < 5; i++) {
      await signInWithForm(page, user.email, `wrong-password-${i}`);
      await expect(page.getByText("Wrong email or password.")).toBeVisible();
    }
    await signInWithForm(page, user.email, PASSWORD);
    await expect(page.getByText(/Too many failed sign-ins\. Try again in 1[45] minutes\./)).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
  });
});
