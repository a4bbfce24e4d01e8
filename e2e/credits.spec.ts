import { expectNoSeriousViolations } from "./axe";
import { pickResponsibility } from "./work";
import { expect, signInOverHttp, test } from "./fixtures";


test.describe("work log and credits", () => {
  test("log work in the matrix and the form → suggestions with reasons → accept, override, lock → a hand-typed title without work is flagged until its work is logged", async ({ page, seed }) => {
    test.setTimeout(120_000);
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${owner.project.id}`;

    // The matrix, by keyboard: Tomás leads the UPM's work in pre-production.
    await page.goto(`${base}/work/matrix?stage=pre-production`);
    const cell = (name: string) => page.getByRole("gridcell", { name });
    const budget = cell("Tomás Herrera — Managing the budget: none");
    await budget.click(); // click cycles: none → supporting
    await expect(cell("Tomás Herrera — Managing the budget: supporting")).toBeVisible();
    await page.keyboard.press("Space"); // → equal
    await page.keyboard.press("Space"); // → lead
    await expect(cell("Tomás Herrera — Managing the budget: lead")).toBeFocused();
    // Arrow keys move along the row; a digit sets the degree directly.
    for (const name of ["Organizing schedules", "Hiring crew", "Negotiating below-the-line deals"]) {
      await cell(`Tomás Herrera — ${name}: none`).focus();
      await page.keyboard.press("3");
      await expect(cell(`Tomás Herrera — ${name}: lead`)).toBeVisible();
    }
    await expectNoSeriousViolations(page);
    // The matrix saved them: a reload shows the same cells.
    await expect(page.getByText("All changes saved")).toBeVisible();
    await page.reload();
    await expect(cell("Tomás Herrera — Hiring crew: lead")).toBeVisible();

    // The form: Daniel raised $250,000 of the $600,000 budget.
    await page.goto(`${base}/work`);
    await page.getByRole("button", { name: "Log work" }).click();
    const dialog = page.getByRole("dialog", { name: "Log work" });
    await dialog.getByLabel("Person").selectOption({ label: "Daniel Reyes — Executive Producer" });
    await pickResponsibility(dialog, "Securing financing");
    await dialog.getByLabel("Stage").selectOption("development");
    await dialog.getByRole("radio", { name: "Lead" }).check();
    // Bad input is refused with a clear message and keeps what was typed.
    await dialog.getByLabel(/Amount raised/).fill("-250000");
    await dialog.getByRole("button", { name: "Log work" }).click();
    await expect(dialog.getByText("Amount raised can't be negative.")).toBeVisible();
    await dialog.getByLabel(/Amount raised/).fill("250,000");
    await dialog.getByLabel("From (optional)").fill("2026-03-10");
    await dialog.getByLabel("To (optional)").fill("2026-03-01");
    await dialog.getByRole("button", { name: "Log work" }).click();
    await expect(dialog.getByText("The end date is before the start date.")).toBeVisible();
    await dialog.getByLabel("To (optional)").fill("2026-04-01");
    await dialog.getByLabel("Evidence note (optional)").fill("Term sheet signed with Northshore Capital");
    await dialog.getByRole("button", { name: "Log work" }).click();
    await expect(page.getByText("Logged Securing financing (Development).")).toBeVisible();
    // The dialog stays open for the next entry: close it to see the log.
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("row", { name: /Daniel Reyes.*Securing financing.*raised \$250,000/ })).toBeVisible();

    // Suggestions with reasons (every credit: decided ones stay on the page).
    await page.goto(`${base}/credits?view=all`);
    const ep = page.getByRole("listitem", { name: "Executive Producer — Daniel Reyes" });
    await expect(ep.getByText("led securing financing: raised $250,000, 42% of the $600,000 budget")).toBeVisible();
    // Tomás is the only one doing hands-on producing work while Daniel brings the money: the seed's pair, EP and Producer.
    const upm = page.getByRole("listitem", { name: "Produced by — Tomás Herrera" });
    await expect(upm.getByText(/led negotiating below-the-line deals, managing the budget, hiring crew and organizing schedules/)).toBeVisible();

    // Accept one, lock it; override another.
    await ep.getByRole("button", { name: "Accept Executive Producer for Daniel Reyes" }).click();
    await expect(page.getByText("Accepted: Executive Producer.")).toBeVisible();
    await expect(ep.getByText("Accepted", { exact: true })).toBeVisible();
    await ep.getByRole("button", { name: "Lock Executive Producer for Daniel Reyes" }).click();
    const lockDialog = page.getByRole("dialog", { name: /Lock "Executive Producer" as contractual/ });
    await lockDialog.getByLabel("Reason (optional)").fill("Financing agreement, clause 9");
    await lockDialog.getByRole("button", { name: "Lock" }).click();
    await expect(ep.getByText("Locked (contractual)")).toBeVisible();
    // Locked: no decision buttons until unlocked.
    await expect(ep.getByRole("button", { name: /Reject Executive Producer/ })).toHaveCount(0);
    await ep.getByRole("button", { name: "History of Executive Producer for Daniel Reyes" }).click();
    const history = page.getByRole("dialog", { name: /History of "Executive Producer"/ });
    await expect(history.getByText("“Financing agreement, clause 9”")).toBeVisible();
    await expect(history.getByText("Olivia Owner").first()).toBeVisible();
    await page.keyboard.press("Escape");

    await upm.getByRole("button", { name: /Override or decide with a reason: Produced by/ }).click();
    const decide = page.getByRole("dialog", { name: "Produced by — Tomás Herrera" });
    await decide.getByLabel("Title as it will be credited").fill("Producer");
    await decide.getByLabel("Reason (optional)").fill("His deal memo says Producer");
    await decide.getByRole("button", { name: "Save decision" }).click();
    await expect(page.getByText('Overridden: now "Producer".')).toBeVisible();
    await expect(upm.getByText("Overridden as “Producer”")).toBeVisible();

    // A title typed by hand with no work behind it is flagged on the health panel…
    await page.getByRole("button", { name: "Add a title by hand" }).click();
    const manual = page.getByRole("dialog", { name: "Add a title by hand" });
    // The person is found by name (the people search, at most 20 names), not picked from the
    // whole roster; the keyboard moves through the list and Enter chooses.
    const person = manual.getByRole("combobox", { name: "Person" });
    await person.fill("zzz");
    await expect(manual.getByText("Nobody on this project matches.")).toBeVisible();
    await person.fill("petrov");
    await expect(manual.getByRole("option", { name: "Nikolai Petrov" })).toBeVisible();
    await person.press("ArrowDown");
    await person.press("Enter");
    await expect(person).toHaveValue("Nikolai Petrov");
    await expect(manual.getByRole("listbox")).toBeHidden();
    await manual.getByLabel("Title", { exact: true }).fill("Director of Photography");
    await manual.getByRole("button", { name: "Add title" }).click();
    await expect(page.getByText('Added "Director of Photography".')).toBeVisible();
    const health = page.getByRole("list", { name: "Findings" });
    const finding = health.getByRole("listitem").filter({ hasText: 'Nikolai Petrov holds "Director of Photography" but no logged work supports it' });
    await expect(finding).toBeVisible();
    await expectNoSeriousViolations(page);

    // …and logging the missing work clears the finding.
    await finding.getByRole("link", { name: "Nikolai Petrov's work" }).click();
    await expect(page.getByRole("heading", { name: "Nikolai Petrov" })).toBeVisible();
    await page.getByRole("button", { name: "Log work for Nikolai Petrov" }).click();
    const log = page.getByRole("dialog", { name: "Log work" });
    await pickResponsibility(log, "Cinematography");
    await log.getByLabel("Stage").selectOption("production");
    await log.getByRole("radio", { name: "Lead" }).check();
    await log.getByRole("button", { name: "Log work" }).click();
    await expect(page.getByText("Logged Cinematography (Production).")).toBeVisible();
    await page.goto(`${base}/credits`);
    await expect(page.getByText(/Nikolai Petrov holds "Director of Photography"/)).toHaveCount(0);

    // New work after a decision marks the suggestion as changed since decided.
    await page.goto(`${base}/work/matrix?stage=production`);
    await cell("Tomás Herrera — Daily production reports: none").focus();
    await page.keyboard.press("3");
    await expect(cell("Tomás Herrera — Daily production reports: lead")).toBeVisible();
    await expect(page.getByText("All changes saved")).toBeVisible();
    await page.goto(`${base}/credits`);
    await expect(page.getByRole("listitem", { name: "Produced by — Tomás Herrera" }).getByText("Changed since decided")).toBeVisible();
  });

  test("the matrix says while it is saving, and leaving with a change unsaved asks first", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/work/matrix?stage=pre-production`);
    // Hold the save on its way to the server.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/work/matrix**", async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    });
    const cell = (name: string) => page.getByRole("gridcell", { name });
    await cell("Tomás Herrera — Managing the budget: none").focus();
    await page.keyboard.press("3");
    await expect(page.getByText("Saving 1 change…")).toBeVisible();
    const asked = page.waitForEvent("dialog");
    void page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss(); // stay
    release();
    await expect(page.getByText("All changes saved")).toBeVisible();
    await page.reload();
    await expect(cell("Tomás Herrera — Managing the budget: lead")).toBeVisible();
  });

  test("Owners change the thresholds and restore the defaults; Editors can't", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.work(owner.project, owner.user);
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${owner.project.id}`;
    await page.goto(`${base}/settings`);
    const form = page.getByRole("form", { name: "Credit thresholds" });
    await form.getByLabel("Most Produced by credits").fill("0");
    await form.getByRole("button", { name: "Save thresholds" }).click();
    await expect(form.getByText("Must be between 1 and 1,000,000.")).toBeVisible();
    await form.getByLabel("Executive Producer: share of the budget raised").fill("50");
    await form.getByLabel("Executive Producer: opportunity functions without money raised").fill("10");
    await form.getByLabel("Most Produced by credits").fill("2");
    await form.getByRole("button", { name: "Save thresholds" }).click();
    await expect(page.getByText("Thresholds saved. Suggestions use them from now on.")).toBeVisible();
    await expect(page.getByText("3 thresholds differ from the defaults.")).toBeVisible();

    // The explanation page shows the project's values; Daniel's 42% is no longer enough.
    await page.goto(`${base}/credits/how`);
    await expect(page.getByText("Executive Producer: share of the budget raised: 50%")).toBeVisible();
    await expect(page.getByText("changed for this project (default 25%)").first()).toBeVisible();
    // No suggestion any more: only the roster's claim ("Executive Producer" on the crew list) is left to decide.
    await page.goto(`${base}/credits`);
    const danielEp = page.getByRole("listitem", { name: "Executive Producer — Daniel Reyes" });
    await expect(danielEp.getByText("Roster: Executive Producer")).toBeVisible();
    await expect(danielEp.getByText(/confidence/)).toHaveCount(0);

    await page.goto(`${base}/settings`);
    await page.getByRole("button", { name: "Restore defaults" }).click();
    await expect(page.getByText("Thresholds restored to the defaults.")).toBeVisible();
    await expect(page.getByText("All thresholds are at their defaults.")).toBeVisible();
    await page.goto(`${base}/credits`);
    await expect(page.getByRole("listitem", { name: "Executive Producer — Daniel Reyes" }).getByText("high confidence")).toBeVisible();

    // An Editor sees the values but no form.
    const editor = await seed.user("Eddie Editor");
    seed.member(owner.team, editor.user, "editor");
    await signInOverHttp(page.request, editor.user.email);
    await page.goto(`${base}/settings`);
    await expect(page.getByText("only the team's Owners can change them")).toBeVisible();
    await expect(page.getByRole("form", { name: "Credit thresholds" })).toHaveCount(0);
  });
});
