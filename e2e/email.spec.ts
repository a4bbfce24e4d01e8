import { and, eq } from "drizzle-orm";
import { openDatabase } from "@/db";
import { people } from "@/db/schema";
import { expectNoSeriousViolations } from "./axe";
import { E2E_DATABASE } from "./constants";
import { expect, signInOverHttp, test } from "./fixtures";

/**
 * Email without an SMTP server (the browser tests run without SMTP_URL): what would have been
 * sent waits in the outbox with its link to copy. The delivery over SMTP is tested against a
 * real SMTP server in tests/server/mail/outbox.test.ts.
 */
test.describe("email and the outbox", () => {
  test("an emailed invitation keeps its role and waits in the outbox with its link; name checks go to everyone without an answer", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject();
    const db = openDatabase(E2E_DATABASE).db;
    db.update(people).set({ email: "maya@example.test" }).where(and(eq(people.teamId, owner.team.id), eq(people.creditedName, "Maya Okafor"))).run();
    await signInOverHttp(page.request, owner.user.email);

    await page.goto("/team");
    await page.getByRole("tab", { name: /Invitations/ }).click();
    await page.getByLabel("Their email (optional)").fill("financier@example.test");
    await page.getByLabel("Role for the new member").selectOption("viewer");
    await page.getByRole("button", { name: "Create invitation" }).click();
    await expect(page.getByText(/Email is not set up on this server, so nothing was sent: copy the link to financier@example.test/)).toBeVisible();
    const link = await page.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[\w-]{20,}$/);
    // The role picker remembers the role chosen (issue 15): the next invitation is a Viewer too.
    await expect(page.getByLabel("Role for the new member")).toHaveValue("viewer");

    await page.getByRole("link", { name: "outbox", exact: true }).click();
    const message = page.getByRole("list", { name: "Messages" }).getByRole("listitem").first();
    await expect(message).toContainText("Not sent: copy the link");
    await expect(message).toContainText(`${owner.user.name} invited you to ${owner.team.name} on Hatrack`);
    await expect(message).toContainText("to financier@example.test");
    await expect(message.getByRole("textbox")).toHaveValue(link);
    await message.getByText("Message").click();
    await expect(message.getByLabel("Message text")).toContainText("as a Viewer");
    await expectNoSeriousViolations(page);

    // Name checks: everyone without an answer at once; Maya (with an email) gets a message.
    await page.goto(`/projects/${owner.project.id}/roster/name-checks`);
    await page.getByRole("button", { name: /Ask everyone without an answer \(36\)|Ask everyone without an answer/ }).click();
    await expect(page.getByText(/requests created; 1 kept in the outbox \(email is not set up on this server\); 3\d without an email address/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Links to send yourself" }).getByLabel("Name-check link for Maya Okafor")).toHaveValue(/\/check\//);
    await page.goto("/team/outbox");
    await expect(page.getByRole("list", { name: "Messages" }).getByRole("listitem").first()).toContainText("Check your name in the credits of");
    await expect(page.getByRole("list", { name: "Messages" }).getByRole("listitem").first()).toContainText("Maya Okafor <maya@example.test>");
  });

  test("a favicon and app icons", async ({ page, request }) => {
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    await page.goto("/signin");
    const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
    expect(icons.some((h) => h.includes("favicon.ico"))).toBe(true);
    expect(icons.some((h) => h.includes("apple-icon"))).toBe(true);
    for (const href of icons) expect((await request.get(href)).status(), href).toBe(200);
  });
});
