import { expect, signInOverHttp, signInWithForm, test, uniqueEmail } from "./fixtures";

test.describe("teams", () => {
  test("an invitation link joins a second user as Viewer, who can read but not change", async ({ page, browser, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);

    await page.goto("/team");
    await page.getByRole("tab", { name: /Invitations/ }).click();
    await page.getByLabel("Role for the new member").selectOption("viewer");
    await page.getByRole("button", { name: "Create invitation" }).click();
    const link = await page.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole("table", { name: /Invitations/ }).getByText("Open")).toBeVisible();

    // A second person, in a browser of their own, signs up through the link.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.200.0.1" } });
    const viewer = await context.newPage();
    const path = new URL(link).pathname;
    await viewer.goto(path);
    await expect(viewer.getByRole("heading", { name: owner.team.name })).toBeVisible();
    await expect(viewer.getByText("Viewer", { exact: true })).toBeVisible();
    await viewer.getByRole("link", { name: "Create an account to join" }).click();
    await viewer.getByLabel("Your name").fill("Victor Viewer");
    await viewer.getByLabel("Email").fill(uniqueEmail("viewer"));
    await viewer.getByLabel("Password").fill("watching-dailies-daily");
    await viewer.getByRole("button", { name: "Create account" }).click();
    await viewer.getByRole("button", { name: "Join as Victor Viewer" }).click();
    await expect(viewer.getByRole("list", { name: "Projects" }).getByRole("link", { name: "Harbor Lights" })).toBeVisible();

    // The UI hides what a Viewer cannot do.
    await expect(viewer.getByRole("link", { name: "New project" })).toHaveCount(0);
    await viewer.getByRole("list", { name: "Projects" }).getByRole("link", { name: "Harbor Lights" }).click();
    await viewer.getByRole("link", { name: "Settings" }).click();
    await expect(viewer.getByText("You are a Viewer in this team, so these details are read-only.")).toBeVisible();
    await expect(viewer.getByLabel("Title")).toBeDisabled();
    await expect(viewer.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(viewer.getByRole("button", { name: /Delete project/ })).toHaveCount(0);

    // A forged write outside the UI is refused by the server.
    const forged = await viewer.request.patch(`/api/projects/${owner.project.id}`, { data: { title: "Hijacked" } });
    expect(forged.status()).toBe(403);
    const forgedCreate = await viewer.request.post(`/api/projects`, {
      data: { title: "Sneaky", kind: "short", stage: "development", currency: "USD", frameRate: "24", teamId: owner.team.id },
    });
    expect(forgedCreate.status()).toBe(403);
    const read = await viewer.request.get(`/api/projects/${owner.project.id}`);
    expect(read.status()).toBe(200);
    expect((await read.json()).project.title).toBe("Harbor Lights");

    // The link works once.
    const third = await browser.newContext();
    const thirdPage = await third.newPage();
    await thirdPage.goto(path);
    await expect(thirdPage.getByRole("heading", { name: "This invitation has already been used." })).toBeVisible();
    await third.close();

    // The owner sees the new member and the used invitation.
    await page.reload();
    await expect(page.getByRole("list", { name: "Members" }).getByText("Victor Viewer", { exact: true })).toBeVisible();
    await context.close();
  });

  test("owners revoke invitations, change roles and remove members; the last Owner is protected", async ({ page, seed }) => {
    const owner = await seed.user("Olga Owner");
    const editor = await seed.user("Eddie Editor");
    const team = seed.team([
      { user: owner.user, role: "owner" },
      { user: editor.user, role: "editor" },
    ]);
    await signInWithForm(page, owner.user.email);
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await page.goto("/team");
    await expect(page.getByRole("heading", { level: 1, name: team.name })).toBeVisible();

    // The only Owner has no role picker and no remove button for themself.
    await expect(page.getByLabel("Role of Olga Owner")).toHaveCount(0);

    await page.getByLabel("Role of Eddie Editor").selectOption("viewer");
    await expect(page.getByText("Role changed to Viewer.")).toBeVisible();

    await page.getByRole("tab", { name: /Invitations/ }).click();
    await page.getByRole("button", { name: "Create invitation" }).click();
    const link = await page.getByLabel("Invitation link").inputValue();
    await page.getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByText("Invitation revoked. The link no longer works.")).toBeVisible();
    await page.goto(new URL(link).pathname);
    await expect(page.getByRole("heading", { name: "This invitation was revoked." })).toBeVisible();

    await page.goto("/team");
    await page.getByRole("button", { name: "Remove" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByText("Member removed from the team.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Members" }).getByText("Eddie Editor")).toHaveCount(0);

    await page.getByRole("tab", { name: "General" }).click();
    await expect(page.getByText("You are the last Owner. Make someone else an Owner before you leave.")).toBeVisible();
  });

  test("a user switches between teams", async ({ page, seed }) => {
    const me = await seed.user("Multi Team");
    const first = seed.team([{ user: me.user, role: "owner" }], "Alpha Pictures");
    seed.project(first, { title: "Alpha Feature" });
    const second = seed.team([{ user: me.user, role: "viewer" }], "Beta Films");
    seed.project(second, { title: "Beta Short" });
    await signInOverHttp(page.request, me.user.email);
    await page.goto("/projects");
    await expect(page.getByRole("link", { name: "Beta Short" })).toBeVisible();
    await page.getByRole("button", { name: /Switch team/ }).click();
    await page.getByRole("menuitem", { name: /Alpha Pictures/ }).click();
    await expect(page.getByRole("link", { name: "Alpha Feature" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Beta Short" })).toHaveCount(0);
  });
});
