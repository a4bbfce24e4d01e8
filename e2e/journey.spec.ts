import { readFileSync } from "node:fs";
import type { Locator } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { expect, test, uniqueEmail } from "./fixtures";

/**
 * Issue 15's measure: a new user, from signing up to an exported PDF of the end credits of a
 * 6-person short (people, roster with roles and a character, work for each, decisions, list,
 * PDF), in at most 50 actions. An action is a click, a choice in a select, or a key that
 * submits or picks (Enter, Escape); typing text is not counted (the issue counts it apart).
 * No tab is switched that isn't needed: everything happens in one page.
 */
const BUDGET = 50;

test.describe("setup journey", () => {
  test("a new account to an exported PDF of a 6-person short in at most 50 actions", async ({ page }) => {
    test.setTimeout(180_000);
    let actions = 0;
    const click = async (target: Locator) => {
      actions += 1;
      await target.click();
    };
    const press = async (target: Locator, key: "Enter" | "Escape") => {
      actions += 1;
      await target.press(key);
    };
    const choose = async (target: Locator, value: string | { label: string }) => {
      actions += 1;
      await target.selectOption(value);
    };

    // Account and team.
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Ines Alvarez");
    await page.getByLabel("Email").fill(uniqueEmail("journey"));
    await page.getByLabel("Password").fill("shooting-nights-in-march");
    await click(page.getByRole("button", { name: "Create account" }));
    await page.getByLabel("Team name").fill("Tidewater Films");
    await click(page.getByRole("button", { name: "Create team" }));

    // The project.
    await click(page.getByRole("link", { name: "Create your first project" }));
    await page.getByLabel("Title").fill("Low Tide");
    await choose(page.getByLabel("Kind"), "short");
    await choose(page.getByLabel("Stage"), "production");
    await page.getByLabel("Budget").fill("40,000");
    await click(page.getByRole("button", { name: "Create project" }));

    // The overview says what to do next.
    const steps = page.getByRole("region", { name: "Next steps" });
    await expect(steps.getByText("0 of 5 done")).toBeVisible();
    await click(steps.getByRole("link", { name: /Add the crew/ }));

    // Six people, eight roles, a character and two emails, in one paste.
    await click(page.getByRole("button", { name: "Add several…" }));
    const paste = page.getByRole("dialog", { name: "Add several people" });
    await paste.getByLabel("People and roles").fill(
      [
        "Ines Alvarez\tProducer",
        "Tomas Ruiz\tDirector",
        "Tomas Ruiz\tWriter",
        "Maya Okafor\tLead\tCast\tIda Marsh\tmaya@example.test",
        "Kofi Mensah\tDP\t\t\tkofi@example.test",
        "Ana Silva\tEditor",
        "Ben Okoro\tPSM",
        "Ben Okoro\tBoom Op",
      ].join("\n"),
    );
    await expectNoSeriousViolations(page);
    await click(paste.getByRole("button", { name: "Add 8 roles" }));
    await expect(page.getByText("8 roles added, 6 new people.")).toBeVisible();
    const roster = page.getByRole("table", { name: /Roster/ });
    await expect(roster.getByRole("row", { name: /Maya Okafor.*Lead Actor as Ida Marsh/ })).toBeVisible();
    await expect(roster.getByRole("row", { name: /Ben Okoro.*Production Sound Mixer/ })).toBeVisible();

    // Work for each person, in one dialog kept open, picking responsibilities by the words crews use.
    await click(page.getByRole("link", { name: "Work log" }));
    await click(page.getByRole("button", { name: "Log work" }));
    const dialog = page.getByRole("dialog", { name: "Log work" });
    await expect(dialog.getByLabel("Keep open for the next one")).toBeChecked();
    await expect(dialog.getByLabel("Stage")).toHaveValue("production");
    const work: Array<[string, string, string]> = [
      ["Ines Alvarez", "money", "Securing financing"],
      ["Ines Alvarez", "hiring crew", "Hiring crew"],
      ["Tomas Ruiz", "directing", "Directing"],
      ["Tomas Ruiz", "script", "Writing the screenplay"],
      ["Maya Okafor", "press", "Marketing and publicity"],
      ["Kofi Mensah", "DP", "Cinematography"],
      ["Ana Silva", "edit", "Editing"],
      ["Ben Okoro", "sound mix", "Sound post-production"],
    ];
    for (const [person, words, responsibility] of work) {
      const value = await dialog.getByLabel("Person").locator("option", { hasText: person }).getAttribute("value");
      await choose(dialog.getByLabel("Person"), value!);
      const picker = dialog.getByRole("combobox", { name: "Responsibility" });
      await picker.fill(words);
      await expect(dialog.getByRole("listbox", { name: "Responsibilities" }).getByRole("option").first()).toContainText(responsibility);
      await press(picker, "Enter");
      await expect(picker).toHaveValue(responsibility);
      await press(picker, "Enter");
      await expect(page.getByText(new RegExp(`^Logged ${responsibility}`)).first()).toBeVisible();
      // Cleared for the next one, focus back on the person.
      await expect(dialog.getByLabel("Person")).toBeFocused();
    }
    await expectNoSeriousViolations(page);
    await press(dialog.getByLabel("Person"), "Escape");
    await expect(page.getByRole("table", { name: /Work entries/ }).getByRole("row")).toHaveCount(work.length + 1);

    // Decisions, the list, the PDF.
    await click(page.getByRole("link", { name: "Credits", exact: true }));
    await click(page.getByRole("button", { name: /Accept all high-confidence/ }));
    await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
    await click(page.getByRole("link", { name: "End-credit list" }));
    await click(page.getByRole("button", { name: "Build the credit list" }));
    await expect(page.getByText("Maya Okafor").first()).toBeVisible();
    const pdf = page.waitForEvent("download");
    await click(page.getByRole("button", { name: "PDF" }));
    const file = await pdf;
    expect(readFileSync((await file.path())!).subarray(0, 5).toString()).toBe("%PDF-");

    test.info().annotations.push({ type: "actions", description: String(actions) });
    console.log(`[journey] ${actions} actions from a new account to the exported PDF (budget ${BUDGET})`);
    expect(actions).toBeLessThanOrEqual(BUDGET);

    // The overview ticked itself off on the way.
    await page.getByRole("link", { name: "Overview" }).click();
    await expect(steps.getByText("4 of 5 done")).toBeVisible();
  });
});
