import type { Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { expect, signInOverHttp, test } from "./fixtures";

/** The crew of the short: a writer-director, a hands-on producer and four heads of department. */
const CREW_CSV = [
  "Name,Department,Role",
  "Rosa Delgado,Direction,Director",
  "Rosa Delgado,Writers,Writer",
  "Sam Okoro,Producers,Producer",
  "Lena Vogt,Camera,Director of Photography",
  "Jun Ito,Editorial,Editor",
  "Ade Bello,Sound Post,Sound Designer",
  "Mia Costa,Art,Production Designer",
  "Priya Shah,Producers,Exec Producer",
].join("\n");

/** [person, responsibility as the matrix names it, degree key] by stage: a complete, sensible log — but nobody logged permits. */
const LOG: Record<string, [string, string, "3" | "2"][]> = {
  development: [
    ["Rosa Delgado", "Developing the concept", "3"],
    ["Rosa Delgado", "Writing the screenplay", "3"],
  ],
  "pre-production": [
    ["Rosa Delgado", "Locking the final script", "3"],
    ["Sam Okoro", "Hiring crew", "3"],
    ["Sam Okoro", "Managing the budget", "3"],
    ["Sam Okoro", "Organizing schedules", "3"],
    ["Sam Okoro", "Locking locations", "3"],
    ["Sam Okoro", "Securing equipment", "2"],
    ["Lena Vogt", "Securing equipment", "2"],
    ["Mia Costa", "Production design", "3"],
    ["Mia Costa", "Costume design", "3"],
  ],
  production: [
    ["Rosa Delgado", "Directing", "3"],
    ["Sam Okoro", "Coordinating production logistics", "3"],
    ["Sam Okoro", "Managing cast communication", "3"],
    ["Sam Okoro", "Solving problems on set", "3"],
    ["Sam Okoro", "Daily production reports", "3"],
    ["Lena Vogt", "Cinematography", "3"],
  ],
  "post-production": [
    ["Sam Okoro", "Delivery", "3"],
    ["Jun Ito", "Editing", "3"],
    ["Jun Ito", "Color grading", "3"],
    ["Ade Bello", "Sound post-production", "3"],
  ],
  "marketing-distribution": [["Sam Okoro", "Festival strategy", "3"]],
};

async function logMoney(page: Page, person: string, responsibility: string, stage: string, amount: string) {
  await page.getByRole("button", { name: "Log work" }).click();
  const dialog = page.getByRole("dialog", { name: "Log work" });
  const option = dialog.getByLabel("Person").locator("option", { hasText: person });
  await dialog.getByLabel("Person").selectOption((await option.getAttribute("value"))!);
  await dialog.getByLabel("Responsibility").selectOption({ label: responsibility });
  await dialog.getByLabel("Stage").selectOption(stage);
  await dialog.getByRole("radio", { name: "Lead" }).check();
  await dialog.getByLabel(/Amount raised/).fill(amount);
  await dialog.getByRole("button", { name: "Log work" }).click();
  await expect(page.getByText(`Logged ${responsibility}`).first()).toBeVisible();
}

test.describe("credits a producer can trust (issue 12)", () => {
  test("the $18,500 short built through the UI: both producers Produced by, no EP or UPM, at most 3 findings, a dismissed finding stays dismissed, accept all with one undo, the producers bill apart", async ({ page, seed }) => {
    test.setTimeout(180_000);
    const { user } = await seed.user("Olivia Owner");
    const team = seed.team([{ user, role: "owner" }]);
    const project = seed.project(team, { title: "Low Tide", kind: "short", budgetAmount: 18_500, currency: "USD", stage: "post-production" }, []);
    await signInOverHttp(page.request, user.email);
    const base = `/projects/${project.id}`;

    // The crew, from a spreadsheet.
    await page.goto(`${base}/roster/import`);
    await page.getByLabel(/Drop a file here/).setInputFiles({ name: "low-tide.csv", mimeType: "text/csv", buffer: Buffer.from(CREW_CSV) });
    await page.getByRole("button", { name: "Check rows" }).click();
    await page.getByRole("button", { name: /Import 8 entries/ }).click();
    await expect(page.getByRole("heading", { name: "Imported into Low Tide" })).toBeVisible();

    // The work, stage by stage in the matrix (a digit sets the degree), and the money in the form.
    for (const [stage, cells] of Object.entries(LOG)) {
      await page.goto(`${base}/work/matrix?stage=${stage}`);
      for (const [person, responsibility, key] of cells) {
        const cell = page.getByRole("gridcell", { name: `${person} — ${responsibility}: none` });
        await cell.focus();
        await page.keyboard.press(key);
        await expect(page.getByRole("gridcell", { name: `${person} — ${responsibility}: ${key === "3" ? "lead" : "equal"}` })).toBeVisible();
      }
      await expect(page.getByText("All changes saved")).toBeVisible(); // leaving sooner would drop the saves still queued
    }
    await page.goto(`${base}/work`);
    await logMoney(page, "Rosa Delgado", "Fundraising", "development", "9,000");
    await logMoney(page, "Sam Okoro", "Securing financing", "pre-production", "9,500");

    // The titles read the way an indie producer would: two producers, the creative heads, no EP, no UPM.
    await page.goto(`${base}/credits`);
    const row = (title: string, person: string) => page.getByRole("listitem", { name: `${title} — ${person}` });
    await expect(row("Produced by", "Sam Okoro").getByText("high confidence")).toBeVisible();
    await expect(row("Produced by", "Sam Okoro").getByText(/Executive Producer is not suggested as well/)).toBeVisible();
    await expect(row("Produced by", "Rosa Delgado").getByText("medium confidence")).toBeVisible();
    for (const [title, person] of [
      ["Written by", "Rosa Delgado"],
      ["Directed by", "Rosa Delgado"],
      ["Director of Photography", "Lena Vogt"],
      ["Edited by", "Jun Ito"],
      ["Colorist", "Jun Ito"],
      ["Sound Designer", "Ade Bello"],
      ["Production Designer", "Mia Costa"],
      ["Costume Designer", "Mia Costa"],
    ]) {
      await expect(row(title!, person!).getByText("high confidence")).toBeVisible();
    }
    await expect(page.getByRole("listitem", { name: /^Executive Producer — (Sam|Rosa)/ })).toHaveCount(0);
    await expect(page.getByRole("listitem", { name: /^Unit Production Manager/ })).toHaveCount(0);
    // The roster's "Exec Producer" is a claim to decide, not a title.
    await expect(row("Executive Producer", "Priya Shah").getByText("Roster: Executive Producer")).toBeVisible();
    // People in billing order: the claim's EP first, then the producers.
    const headings = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual(["Priya Shah", "Rosa Delgado", "Sam Okoro"]);

    // At most three findings, each worth reading: nobody logged permits.
    const findings = page.getByRole("list", { name: "Findings" }).getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Dismiss:/ }) });
    expect(await findings.count()).toBeLessThanOrEqual(3);
    const uncovered = page.getByRole("listitem", { name: "Nobody covers" });
    await expect(uncovered.getByRole("link", { name: "Permits" })).toBeVisible();
    await expectNoSeriousViolations(page);

    // Dismissed with a reason, it stays dismissed.
    await uncovered.getByRole("button", { name: "Dismiss: Nobody covers" }).click();
    const dismiss = page.getByRole("dialog", { name: /Dismiss "Nobody covers"/ });
    await dismiss.getByRole("button", { name: "Dismiss" }).click();
    await expect(dismiss.getByText("Reason is required.")).toBeVisible();
    await dismiss.getByLabel("Why it doesn't apply").fill("We shot on a friend's private land: no permit needed");
    await dismiss.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByText("Dismissed. It comes back if its facts change.")).toBeVisible();
    await expect(page.getByRole("listitem", { name: "Nobody covers" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("listitem", { name: "Nobody covers" })).toHaveCount(0);
    await page.getByText("Dismissed (1)").click();
    await expect(page.getByRole("list", { name: "Dismissed findings" }).getByText(/Dismissed by Olivia Owner on .*“We shot on a friend's private land: no permit needed”/)).toBeVisible();

    // Accept all high-confidence in one click, undo it, then do it for good.
    const acceptAll = page.getByRole("button", { name: "Accept all high-confidence (9)" });
    await acceptAll.click();
    await expect(page.getByRole("status").filter({ hasText: "Accepted 9 high-confidence suggestions." })).toBeVisible();
    const undo = page.getByRole("button", { name: "Undo" });
    await expect(undo).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Undone: 9 suggestions are undecided again.")).toBeVisible();
    await expect(acceptAll).toBeVisible();
    await acceptAll.click();
    await expect(page.getByRole("status").filter({ hasText: "Accepted 9 high-confidence suggestions." })).toBeVisible();
    // Rosa's Produced by is decided by hand (medium confidence is never accepted in bulk).
    await row("Produced by", "Rosa Delgado").getByRole("button", { name: "Accept Produced by for Rosa Delgado" }).click();
    await expect(page.getByText("Accepted: Produced by.")).toBeVisible();

    // The list: creative credits merge, Produced by bills on its own card, in the producers' block.
    // Priya's undecided claim bills nowhere, and the list says so before any export.
    await page.goto(`${base}/credits/list`);
    await expect(page.getByRole("note", { name: "Titles nobody decided" })).toContainText("Priya Shah (Executive Producer)");
    await page.getByRole("button", { name: "Build the credit list" }).click();
    const blocks = page.getByRole("list", { name: "Credit blocks in crawl order" });
    await expect(blocks.getByRole("region").first().getByRole("heading")).toHaveText("Written and Directed by");
    await expect(blocks.getByRole("region").nth(1).getByRole("heading")).toHaveText("Produced by");
    await expect(blocks.getByRole("list", { name: "Names under Produced by" }).getByRole("listitem")).toHaveCount(2);
    await expect(blocks.getByText("Priya Shah")).toHaveCount(0);
    await page.getByRole("list", { name: "Downloads" }).getByRole("link", { name: "CSV" }).click();
    const ask = page.getByRole("dialog", { name: "Export without the undecided producer titles?" });
    await expect(ask).toContainText("Priya Shah (Executive Producer) is a producer title from the roster nobody decided");
    const csv = page.waitForEvent("download");
    await ask.getByRole("button", { name: "Export anyway" }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);

    // Decided (rejected: Priya only lent her name), nothing is left to decide and exports don't ask.
    await page.goto(`${base}/credits`);
    await row("Executive Producer", "Priya Shah").getByRole("button", { name: "Reject Executive Producer for Priya Shah" }).click();
    await expect(page.getByText("Rejected: Executive Producer.")).toBeVisible();
    await expect(page.getByRole("link", { name: "To decide (0)" })).toBeVisible();
    await page.getByRole("link", { name: "To decide (0)" }).click();
    await expect(page.getByRole("heading", { name: "Nothing left to decide" })).toBeVisible();
    await page.getByRole("link", { name: "All", exact: true }).click();
    await expect(row("Edited by", "Jun Ito").getByText("Accepted", { exact: true })).toBeVisible();
    await page.goto(`${base}/credits/list`);
    await expect(page.getByRole("note", { name: "Titles nobody decided" })).toHaveCount(0);
    const direct = page.waitForEvent("download");
    await page.getByRole("list", { name: "Downloads" }).getByRole("link", { name: "CSV" }).click();
    expect((await direct).suggestedFilename()).toMatch(/\.csv$/);
  });
});
