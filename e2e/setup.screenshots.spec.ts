import { expect, signInOverHttp, test } from "./fixtures";

/**
 * Not a test of behaviour: with `npm run screenshots`, saves what issue 15 added on screen —
 * a new project's next-steps checklist, "Add several" with pasted lines, Add to roster with the
 * character, Log work with the responsibility search open, the outbox — in light and dark, at
 * desktop and phone width, into screenshots/.
 */
const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

test("screenshots of the setup flows and the checklist", async ({ page, seed }) => {
  test.setTimeout(180_000);
  const owner = await seed.ownerWithProject("Harbor Lights");
  const fresh = seed.project(owner.team, { title: "Low Tide", kind: "short", stage: "production" }, [
    ["Ines Alvarez", "Producers", "Producer"],
    ["Tomas Ruiz", "Direction", "Director"],
  ]);
  await signInOverHttp(page.request, owner.user.email);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const vp of VIEWPORTS) {
      const shot = (name: string, fullPage = true) => page.screenshot({ path: `screenshots/${name}-${scheme}-${vp.name}.png`, fullPage });
      await page.setViewportSize({ width: vp.width, height: vp.height });

      await page.goto(`/projects/${fresh.id}`);
      await expect(page.getByRole("region", { name: "Next steps" })).toBeVisible();
      await shot("overview-checklist");

      await page.goto(`/projects/${fresh.id}/roster`);
      await page.getByRole("button", { name: "Add several…" }).click();
      await page.getByLabel("People and roles").fill("Maya Okafor\tLead\tCast\tIda Marsh\tmaya@example.test\nKofi Mensah\tDP\nBen Okoro\tPSM\nBen Okoro\tBoom Op");
      await shot("roster-add-several", false);
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: "Add to roster" }).click();
      const add = page.getByRole("dialog", { name: "Add to roster" });
      await add.getByLabel("Credited name").fill("Maya Okafor");
      await add.getByLabel("Role").fill("Lead");
      await add.getByLabel("Character").fill("Captain Ida Marsh");
      await shot("roster-add-one", false);
      await page.keyboard.press("Escape");

      await page.goto(`/projects/${fresh.id}/work`);
      await page.getByRole("button", { name: "Log work" }).click();
      const log = page.getByRole("dialog", { name: "Log work" });
      await log.getByRole("combobox", { name: "Responsibility" }).fill("money");
      await expect(log.getByRole("listbox", { name: "Responsibilities" })).toBeVisible();
      await shot("work-log-search", false);
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");

      await page.goto(`/projects/${owner.project.id}`);
      await shot("overview-checklist-demo");
      await page.goto("/team/outbox");
      await shot("team-outbox");
    }
  }
});
