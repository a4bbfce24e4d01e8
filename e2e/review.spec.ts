import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { openDatabase } from "@/db";
import { addManualCredit, decideCredit } from "@/db/queries/credits";
import { people } from "@/db/schema";
import { expectNoSeriousViolations } from "./axe";
import { E2E_DATABASE } from "./constants";
import { expect, signInOverHttp, test } from "./fixtures";

test.describe("multi-hat review", () => {
  test("matrix sorted and filtered → a person's hats card → truth check to the credit → CSV, charts and the concentration warning", async ({ page, seed }) => {
    test.setTimeout(150_000);
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.work(owner.project, owner.user);
    const second = seed.project(owner.team, { title: "Tidewater" });
    const db = openDatabase(E2E_DATABASE).db;
    const idOf = (name: string) => db.select({ id: people.id }).from(people).where(and(eq(people.teamId, owner.team.id), eq(people.creditedName, name))).get()!.id;
    const actor = { userId: owner.user.id };
    // Maya is credited on both films; Ji-woo holds a hand-typed EP title with no work behind it.
    decideCredit(db, actor, owner.project.id, { action: "accept", personId: idOf("Maya Okafor"), titleId: "produced-by", reason: "" });
    decideCredit(db, actor, owner.project.id, { action: "accept", personId: idOf("Maya Okafor"), titleId: "edited-by", reason: "" });
    addManualCredit(db, actor, second.id, { personId: idOf("Maya Okafor"), title: "Producer", reason: "", locked: false });
    const stray = addManualCredit(db, actor, owner.project.id, { personId: idOf("Ji-woo Park"), title: "Executive Producer", reason: "A favour", locked: false });
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${owner.project.id}`;

    // The matrix: most hats first, the filmmaker on top.
    await page.goto(base);
    await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Hats review" }).click();
    await expect(page.getByRole("heading", { name: "Who wears which hats" })).toBeVisible();
    const matrix = page.getByRole("table", { name: /Hats matrix/ });
    const firstPerson = () => matrix.locator("tbody tr").first().locator("th");
    await expect(firstPerson()).toContainText("Maya Okafor");
    await expect(matrix.getByRole("columnheader", { name: /Hats/ })).toHaveAttribute("aria-sort", "descending");
    // Each cell says its degree in words for screen readers (and as a lettered shape on screen).
    await expect(matrix.locator("tbody tr").first().getByText(/^Lead, 600 hours, 1 entry, Post-production$/)).toBeAttached();
    await expect(page.getByRole("list", { name: "Legend" })).toContainText("Supporting");
    await expectNoSeriousViolations(page);

    // Sort by name, then the other way.
    await matrix.getByRole("link", { name: /^Person/ }).click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(firstPerson()).toContainText("Amara Nwosu");
    await page.getByRole("table", { name: /Hats matrix/ }).getByRole("link", { name: /^Person/ }).click();
    await expect(page).toHaveURL(/dir=desc/);
    await expect(firstPerson()).not.toContainText("Amara Nwosu");

    // Filter: the post lane at post-production only.
    const filters = page.getByRole("form", { name: "Filter the matrix" });
    await filters.getByRole("checkbox", { name: "Post", exact: true }).check();
    await filters.getByRole("checkbox", { name: "Post-production" }).check();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/lane=post/);
    const names = await page.getByRole("table", { name: /Hats matrix/ }).locator("tbody th").allTextContents();
    expect(names.join(" | ")).toContain("Ethan Wolfe");
    expect(names.join(" | ")).not.toContain("Nikolai Petrov");
    await expect(page.getByRole("table", { name: /Hats matrix/ }).getByRole("columnheader", { name: "Directing" })).toHaveCount(0);
    // The CSV follows the filters and holds every row.
    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe("Harbor Lights hats matrix.csv");
    const csvText = readFileSync((await csv.path())!, "utf8");
    expect(csvText).toContain("Person,Departments,Hats");
    expect(csvText).toContain("Ethan Wolfe");
    expect(csvText).not.toContain("Nikolai Petrov");
    // Nothing matches → says so, with a way back.
    await page.getByRole("form", { name: "Filter the matrix" }).getByLabel("Department").selectOption("Camera");
    await page.getByRole("form", { name: "Filter the matrix" }).getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("heading", { name: "Nobody's work matches these filters" })).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(new RegExp(`${base}/review$`));

    // A person's hats card: titles held and suggested, work by lane and stage, history on the team's projects.
    await page.getByRole("table", { name: /Hats matrix/ }).getByRole("link", { name: "Maya Okafor" }).click();
    await expect(page.getByRole("heading", { name: "Maya Okafor", level: 2 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Titles held on this project" })).toContainText("Produced by");
    await expect(page.getByRole("region", { name: "Titles their work suggests" })).toContainText("Directed by");
    await expect(page.getByRole("region", { name: "Work by lane" })).toContainText("Editing");
    await expect(page.getByRole("table", { name: "Their work by production stage" })).toContainText("Pre-production");
    await expect(page.getByRole("region", { name: "Across the team's projects" })).toContainText("Credited on 2 projects: Producer on 2, Editor on 1");
    await expectNoSeriousViolations(page);

    // Coverage: charts with table alternatives; a chart downloads as SVG.
    await page.goto(`${base}/review/coverage`);
    await expect(page.getByRole("heading", { name: "Where the work piles up" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Concentration" })).toBeVisible();
    const svgDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: /Download SVG of .Work by stage and lane./ }).click();
    const svg = await svgDownload;
    expect(svg.suggestedFilename()).toBe("harbor-lights-work-by-stage.svg");
    const svgText = readFileSync((await svg.path())!, "utf8");
    expect(svgText).toMatch(/^(<\?xml[^>]*>\s*)?<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain("Work by stage and lane");
    const pngDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: /Download PNG of .Work by stage and lane./ }).click();
    const png = await pngDownload;
    expect(png.suggestedFilename()).toBe("harbor-lights-work-by-stage.png");
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe("PNG");
    await page.getByText("Show as table").first().click();
    await expect(page.getByRole("table").first()).toContainText("Pre-production");
    await expectNoSeriousViolations(page);

    // The Owner lowers the concentration warning: bad input is refused, then the warning shows.
    await page.goto(`${base}/settings`);
    const settings = page.getByRole("form", { name: "Hats review settings" });
    await settings.getByLabel("Concentration warning").fill("150");
    await settings.getByRole("button", { name: "Save warning" }).click();
    await expect(settings.getByText("Must be between 1 and 100%.")).toBeVisible();
    await settings.getByLabel("Concentration warning").fill("20");
    await settings.getByRole("button", { name: "Save warning" }).click();
    await expect(page.getByText("Concentration warning saved.")).toBeVisible();
    await page.goto(`${base}/review/coverage`);
    await expect(page.getByRole("heading", { name: "Warning: the production rests on one person" })).toBeVisible();
    await expect(page.getByText(/Maya Okafor carries [\d.]+% of the producing work. The warning is set above 20%/)).toBeVisible();

    // The truth check: Ji-woo's hand-typed title has no work behind it; follow it to the credit.
    await page.goto(`${base}/review`);
    await page.getByRole("navigation", { name: "Review views" }).getByRole("link", { name: "Truth check" }).click();
    // Everyone at first, the title without work before the work without a title.
    await expect(page.getByRole("heading", { name: "Do the credits tell the truth?" })).toBeVisible();
    const order = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(order.indexOf("Ji-woo Park")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("Ji-woo Park")).toBeLessThan(order.indexOf("Amara Nwosu"));
    await page.getByRole("navigation", { name: "Show items" }).getByRole("link", { name: /Title without work/ }).click();
    await expect(page).toHaveURL(/show=title-without-work/);
    await expect(page.getByRole("heading", { name: "Ji-woo Park" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Maya Okafor" })).toHaveCount(0);
    await expectNoSeriousViolations(page);
    const truthCsv = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const truthFile = await truthCsv;
    expect(truthFile.suggestedFilename()).toBe("Harbor Lights credit truth check.csv");
    expect(readFileSync((await truthFile.path())!, "utf8")).toMatch(/Ji-woo Park,Title without work,Executive Producer,manual,no/);
    await page.getByRole("link", { name: "Resolve in Credits: Executive Producer, Ji-woo Park" }).click();
    // The credits page opens on that person, in every view, at the credit.
    await expect(page).toHaveURL(new RegExp(`${base}/credits\\?view=all&person=[\\w-]+#credit-c:${stray.id}$`));
    const credit = page.getByRole("listitem", { name: "Executive Producer — Ji-woo Park" });
    await expect(credit).toBeInViewport();
    await expect(credit).toHaveAttribute("id", `credit-c:${stray.id}`);

    // Compare with the team's other film.
    await page.goto(`${base}/review/compare`);
    await page.getByLabel("Compare with", { exact: true }).selectOption({ label: "Tidewater" });
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(new RegExp(`with=${second.id}`));
    await expect(page.getByRole("table", { name: /side by side/i })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
