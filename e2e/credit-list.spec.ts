import { readFileSync } from "node:fs";
import { openDatabase } from "@/db";
import { editCreditList, generateCreditList } from "@/db/queries/credit-list";
import { E2E_DATABASE } from "./constants";
import { expectNoSeriousViolations } from "./axe";
import { expect, signInOverHttp, test } from "./fixtures";

test.describe("end-credit list", () => {
  test("build → reorder → save a version → change a credit → compare → export CSV, JSON and PDF → lock the version → play the preview", async ({ page, seed }) => {
    test.setTimeout(150_000);
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.work(owner.project, owner.user);
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${owner.project.id}/credits`;

    // Accept the filmmaker's four hats so the list has a merged main title.
    await page.goto(base);
    for (const title of ["Directed by", "Written by", "Edited by", "Produced by"]) {
      await page.getByRole("button", { name: `Accept ${title} for Maya Okafor` }).click();
      await expect(page.getByText(`Accepted: ${title}.`)).toBeVisible();
    }
    // The roster's other producer titles are claims: decided, so exports don't ask about them.
    for (const [title, person] of [
      ["Executive Producer", "Daniel Reyes"],
      ["Executive Producer", "Priya Raman"],
      ["Line Producer", "Tomás Herrera"],
      ["Associate Producer", "Grace Whitfield"],
    ]) {
      await page.getByRole("button", { name: `Accept ${title} for ${person}` }).click();
      // Decided, the row leaves the "To decide" view.
      await expect(page.getByRole("button", { name: `Accept ${title} for ${person}` })).toHaveCount(0);
    }

    await page.getByRole("link", { name: "End-credit list" }).click();
    await page.getByRole("button", { name: "Build the credit list" }).click();
    await expect(page.getByText("Built the credit list from the credits and the roster.")).toBeVisible();
    const blocks = page.getByRole("list", { name: "Credit blocks in crawl order" });
    await expect(blocks.getByRole("region").first()).toHaveAccessibleName(/(Written|Directed|Produced|Edited)[^(]* and (Written|Directed|Produced|Edited) by/);
    const first = await blocks.getByRole("region").first().getByRole("heading").textContent();
    await expectNoSeriousViolations(page);

    // Reorder: the second block moves up to first.
    const second = (await blocks.getByRole("region").nth(1).getByRole("heading").textContent())!;
    await blocks.getByRole("region").nth(1).getByRole("button", { name: `Move ${second} up` }).click();
    await expect(blocks.getByRole("region").first().getByRole("heading")).toHaveText(second);
    await expect(blocks.getByRole("region").nth(1).getByRole("heading")).toHaveText(first!);

    // Save a version, then change a credit's display name.
    await page.getByLabel("Version name").fill("Picture lock v1");
    await page.getByRole("button", { name: "Save version" }).click();
    await expect(page.getByText('Saved version "Picture lock v1".')).toBeVisible();
    await page.getByRole("button", { name: "Set how Nikolai Petrov is credited" }).first().click();
    const asDialog = page.getByRole("dialog", { name: "How Nikolai Petrov is credited here" });
    await asDialog.getByLabel("Credited as").fill("Nikolai P. Petrov");
    await asDialog.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Nikolai P. Petrov").first()).toBeVisible();

    // Compare the version with the working list: the new display name is a change; the moved block too.
    await page.getByRole("link", { name: "Compare with working list" }).click();
    const changed = page.getByRole("list", { name: "Changed" });
    await expect(changed.getByText(/credited as: “—” → “Nikolai P. Petrov”/)).toBeVisible();

    // Exports of the working list: CSV (with the new name) and PDF (a real PDF).
    await page.goto(`${base}/list`);
    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV" }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe("Harbor Lights credits.csv");
    expect(readFileSync((await csv.path())!, "utf8")).toContain("Nikolai P. Petrov");
    const jsonRes = await page.request.get(`/api/projects/${owner.project.id}/credits/list/export?format=json`);
    expect((await jsonRes.json()).schema).toBe("hatrack.credits/v2");
    const pdfDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "PDF" }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe("Harbor Lights credits.pdf");
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe("%PDF-");

    // Lock the version as sent to post: read-only, can't be deleted.
    const version = page.getByRole("listitem", { name: "Picture lock v1" });
    await version.getByRole("button", { name: "Lock Picture lock v1 as sent to post" }).click();
    await expect(page.getByText('"Picture lock v1" is locked as sent to post.')).toBeVisible();
    await expect(version.getByText("Sent to post")).toBeVisible();
    await expect(version.getByRole("button", { name: "Delete Picture lock v1" })).toHaveCount(0);
    await version.getByRole("link", { name: "Picture lock v1" }).click();
    await expect(page.getByText("Sent to post — read-only")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Move / })).toHaveCount(0);

    // The preview plays at the project's frame rate and says how long the crawl runs.
    await page.goto(`${base}/list/preview`);
    await page.getByLabel("Choose the speed").check();
    await expect(page.getByRole("status").filter({ hasText: "Running time" })).toContainText(/Running time \d+:\d\d(\.\d)? at 6 px per frame, 23\.976 fps/);
    await page.getByRole("button", { name: "Play" }).click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
    // It moves while playing, and stays where it is once paused.
    await expect.poll(async () => Number(await page.getByLabel("Position in the crawl").inputValue())).toBeGreaterThan(10);
    await page.getByRole("button", { name: "Pause" }).click();
    const position = await page.getByLabel("Position in the crawl").inputValue();
    await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
    await expect(page.getByLabel("Position in the crawl")).toHaveValue(position);
    // Cards mode: the main titles as cards first, then the crawl.
    await page.getByLabel("Main titles as cards").check();
    await expect(page.getByRole("status").filter({ hasText: "Running time" })).toContainText("main-title card");
    await page.getByRole("button", { name: "Back to the start" }).click();
    await page.getByRole("button", { name: "Play" }).click();
    await expect(page.getByRole("img", { name: "Crawl preview" }).getByText("Maya Okafor", { exact: true }).first()).toBeVisible();
    await page.getByRole("button", { name: "Pause" }).click();
    // An impossible target says so and what would fix it.
    await page.getByLabel("Fit a target running time").check();
    await page.getByLabel("Target running time (m:ss)").fill("0:03");
    await expect(page.getByRole("status").filter({ hasText: /can't|cannot|too/i })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("out of date: a roster person added after building shows as a difference, Regenerate bills them in their department, and exporting a stale list asks first", async ({ page, seed }) => {
    test.setTimeout(120_000);
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${owner.project.id}`;
    await page.goto(`${base}/credits/list`);
    await page.getByRole("button", { name: "Build the credit list" }).click();
    await expect(page.getByText("Built the credit list from the credits and the roster.")).toBeVisible();
    await expect(page.getByRole("region", { name: "This list is out of date" })).toHaveCount(0);

    // A colorist joins the roster after the list was built.
    await page.goto(`${base}/roster`);
    await page.getByRole("button", { name: "Add to roster" }).click();
    const add = page.getByRole("dialog", { name: "Add to roster" });
    await add.getByLabel("Credited name").fill("Cyd Colour");
    await add.getByLabel("Role").fill("Colorist");
    await add.getByRole("button", { name: "Add to roster" }).click();
    await expect(page.getByText("Cyd Colour added as Colorist in Post-production.")).toBeVisible();

    // The editor says so, with the difference.
    await page.goto(`${base}/credits/list`);
    const notice = page.getByRole("region", { name: "This list is out of date" });
    await expect(notice).toContainText("1 person added to the roster since it was built.");
    await notice.getByText("Show the differences").click();
    await expect(notice.getByRole("list", { name: "Differences since the list was built" })).toContainText("Cyd Colour: Colorist (Post-production)");
    await expectNoSeriousViolations(page);
    // The JSON API says the same.
    const api = await (await page.request.get(`/api/projects/${owner.project.id}/credits/list`)).json();
    expect(api.staleness).toMatchObject({ state: "stale", summary: "1 person added to the roster", changes: [{ kind: "roster-added", count: 1, details: ["Cyd Colour: Colorist (Post-production)"] }] });
    // So does the preview.
    await page.goto(`${base}/credits/list/preview`);
    await expect(page.getByRole("region", { name: "This list is out of date" })).toContainText("1 person added to the roster");

    // Exporting asks first: cancel, then export anyway.
    await page.goto(`${base}/credits/list`);
    await page.getByRole("link", { name: "CSV" }).click();
    const ask = page.getByRole("dialog", { name: "Export an out-of-date list?" });
    await expect(ask).toContainText("1 person added to the roster since the list was built: the CSV export would leave that out.");
    await expectNoSeriousViolations(page);
    await ask.getByRole("button", { name: "Cancel" }).click();
    await expect(ask).toHaveCount(0);
    await page.getByRole("button", { name: "PDF" }).click();
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("link", { name: "CSV" }).click();
    const anyway = page.waitForEvent("download");
    await ask.getByRole("button", { name: "Export anyway" }).click();
    expect(readFileSync((await (await anyway).path())!, "utf8")).not.toContain("Cyd Colour");

    // Regenerate: the colorist joins the Colorist block, in post-production.
    await notice.getByRole("button", { name: "Regenerate now" }).click();
    await expect(page.getByText(/Regenerated: 1 new \(Cyd Colour\)/)).toBeVisible();
    await expect(page.getByRole("region", { name: "This list is out of date" })).toHaveCount(0);
    const colorist = page.getByRole("list", { name: "Credit blocks in crawl order" }).getByRole("region", { name: /^Colorists? \(block/ });
    await expect(colorist.getByRole("list", { name: /Names under Colorist/ })).toContainText("Cyd Colour");
    const section = await colorist.evaluate((el) => {
      for (let li = el.closest("li"); li; li = li.previousElementSibling as HTMLLIElement | null) {
        const heading = li.querySelector("h3");
        if (heading) return heading.textContent;
      }
      return null;
    });
    expect(section).toBe("Post-production");
    // Up to date now: the export only asks about the roster's producer titles nobody decided.
    await page.getByRole("link", { name: "CSV" }).click();
    const claims = page.getByRole("dialog", { name: "Export without the undecided producer titles?" });
    await expect(claims).toContainText("Daniel Reyes (Executive Producer)");
    const csv = page.waitForEvent("download");
    await claims.getByRole("button", { name: "Export anyway" }).click();
    const text = readFileSync((await (await csv).path())!, "utf8");
    expect(text).toContain("post,Colorists,Cyd Colour");
  });

  test("preview: opens on its first visible frame, says how long a line is on screen, and refuses an unreadable target with advice", async ({ page, seed }) => {
    const owner = await seed.user("Olivia Owner");
    const team = seed.team([{ user: owner.user, role: "owner" }]);
    // A short list, as on the demo: 34 names don't fill 4:30 at a readable speed.
    const project = seed.project(team, { title: "Short Film", frameRate: "24", targetRuntimeSeconds: 270 }, Array.from({ length: 34 }, (_, i) => [`Crew Person ${i + 1}`, "Production", "Production Assistant"] as const));
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${project.id}/credits/list`);
    await page.getByRole("button", { name: "Build the credit list" }).click();
    await expect(page.getByText("Built the credit list from the credits and the roster.")).toBeVisible();
    // Names sort naturally: Crew Person 2 before Crew Person 10.
    const names = page.getByRole("list", { name: /Names under Production Assistants/ });
    await expect(names.getByRole("listitem").nth(1)).toContainText("Crew Person 2");
    await expect(names.getByRole("listitem").nth(9)).toContainText("Crew Person 10");

    await page.goto(`/projects/${project.id}/credits/list/preview`);
    const status = page.getByRole("status").filter({ hasText: /readable speed/ });
    await expect(status).toContainText("The credits are too short to fill 4:30.0 at a readable speed");
    await expect(status).toContainText("at 1 px/frame, 45.0 s");
    await expect(status).toContainText("hold a closing card or black");
    await expectNoSeriousViolations(page);
    // A reachable target: seconds on screen and the frames to pad.
    await page.getByLabel("Target running time (m:ss)").fill("1:10");
    const fit = page.getByRole("status").filter({ hasText: "Running time" });
    await expect(fit).toContainText(/Each line is on screen for \d+\.\d s/);
    await expect(fit).toContainText(/Frame-exact: [\d,]+ frames \([\d.]+ s\)/);
    // Opens on a frame that shows the first row, not the black frame before it.
    await expect.poll(async () => Number(await page.getByLabel("Position in the crawl").inputValue())).toBeGreaterThan(0);
    // Choosing 1 px/frame by hand warns that the crawl would stall.
    await page.getByLabel("Choose the speed").check();
    await page.getByLabel("Speed (pixels per frame)").fill("1");
    await expect(page.getByText("At 1 px per frame each line stays on screen for 45.0 s")).toBeVisible();
  });

  test("a 10,000-character unbroken heading wraps in the editor and the preview: the pages stay as wide as the window", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    const db = openDatabase(E2E_DATABASE).db;
    const built = generateCreditList(db, { userId: owner.user.id }, owner.project.id, null);
    // As if it came in from a paste or an import that allowed it (edits cap headings at 500).
    editCreditList(db, { userId: owner.user.id }, owner.project.id, built.revision, (list) => ({
      ...list,
      blocks: list.blocks.map((b, i) => (i === 1 ? { ...b, heading: "W".repeat(10_000), headingEdited: true } : b)),
    }));
    await signInOverHttp(page.request, owner.user.email);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ["", "/preview"]) {
        await page.goto(`/projects/${owner.project.id}/credits/list${path}`);
        await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path || "editor"} at ${width}px`).toBeLessThanOrEqual(width);
      }
    }
  });

  test("a stale edit is refused with a clear message and nothing is overwritten; another team's list is 404", async ({ page, seed, browser }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.work(owner.project, owner.user);
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${owner.project.id}/credits/list`;
    await page.goto(base);
    await page.getByRole("button", { name: "Build the credit list" }).click();
    await expect(page.getByText("Built the credit list from the credits and the roster.")).toBeVisible();

    // A second tab changes the list; the first tab's edit (made on the old revision) is refused.
    const other = await browser.newContext({ baseURL: page.url().split("/projects")[0], extraHTTPHeaders: { "x-forwarded-for": "10.9.8.7" } });
    const tab = await other.newPage();
    await signInOverHttp(tab.request, owner.user.email);
    await tab.goto(base);
    const firstHeading = (await tab.getByRole("list", { name: "Credit blocks in crawl order" }).getByRole("region").first().getByRole("heading").textContent())!;
    await tab.getByRole("list", { name: "Credit blocks in crawl order" }).getByRole("region").first().getByRole("button", { name: `Hide ${firstHeading}` }).click();
    await expect(tab.getByText("hidden", { exact: true }).first()).toBeVisible();

    await page.getByRole("list", { name: "Credit blocks in crawl order" }).getByRole("region").first().getByRole("button", { name: `Move ${firstHeading} down` }).click();
    await expect(page.getByText("Someone else changed the credit list since you opened it. Reload to see their changes; nothing was saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("hidden", { exact: true }).first()).toBeVisible();
    await other.close();

    const outsider = await seed.user("Oscar Outsider");
    seed.team([{ user: outsider.user, role: "owner" }]);
    await signInOverHttp(page.request, outsider.user.email);
    expect((await page.goto(base))?.status()).toBe(404);
    expect((await page.request.get(`/api/projects/${owner.project.id}/credits/list/export?format=csv`)).status()).toBe(404);
  });

  test("logos: a renamed text file is refused, an SVG is cleaned of its script and becomes a logo block; blocks move by keyboard drag", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${owner.project.id}/credits/list`;
    await page.goto(base);
    await page.getByRole("button", { name: "Build the credit list" }).click();
    await expect(page.getByText("Built the credit list from the credits and the roster.")).toBeVisible();

    const form = page.getByRole("form", { name: "Upload a logo" });
    await form.getByLabel("Logo file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("this is not a picture") });
    await form.getByLabel("Description (alt text)").fill("Lighthouse Pictures");
    await form.getByRole("button", { name: "Upload" }).click();
    await expect(form.getByText(/not a PNG|isn't a PNG|not an image|PNG signature/i).first()).toBeVisible();

    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80"><script>alert(1)</script><rect width="200" height="80" fill="#123" onload="alert(2)"/></svg>';
    await form.getByLabel("Logo file").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
    await form.getByLabel("Description (alt text)").fill("Lighthouse Pictures");
    await form.getByRole("button", { name: "Upload" }).click();
    const blocks = page.getByRole("list", { name: "Credit blocks in crawl order" });
    await expect(blocks.getByRole("region", { name: /^Lighthouse Pictures/ })).toBeVisible();
    const json = await (await page.request.get(`/api/projects/${owner.project.id}/credits/list/export?format=json`)).json();
    const logo = json.blocks.find((b: { kind: string }) => b.kind === "logo");
    const stored = await (await page.request.get(`/api/projects/${owner.project.id}/credits/assets/${logo.assetId}`)).text();
    expect(stored).not.toContain("script");
    expect(stored).not.toContain("onload");
    // A body that isn't an upload at all is refused as such (415), not as a broken one.
    const notMultipart = await page.request.post(`/api/projects/${owner.project.id}/credits/assets`, { data: { file: svg, alt: "Lighthouse Pictures", revision: 1 } });
    expect([notMultipart.status(), (await notMultipart.json()).error.message]).toEqual([415, expect.stringContaining("multipart/form-data")]);
    // The editor, the preview and the PDF show the image itself, not only its description.
    await expect(blocks.getByRole("img", { name: "Lighthouse Pictures" })).toBeVisible();
    await page.goto(`${base}/preview`);
    const shown = page.getByRole("img", { name: "Crawl preview" }).locator('img[alt="Lighthouse Pictures"]');
    await expect(shown).toBeAttached();
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(200);
    const pdf = await (await page.request.get(`/api/projects/${owner.project.id}/credits/list/export?format=pdf`)).body();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await page.goto(base);

    // Keyboard drag: pick up the first block, move it down one place, drop it.
    const firstHeading = (await blocks.getByRole("region").first().getByRole("heading").textContent())!;
    await page.getByRole("button", { name: `Drag ${firstHeading}` }).first().focus();
    await page.keyboard.press("Space");
    await expect(page.getByText(/Picked up /).first()).toBeAttached();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByText(/moved to position 2 of/).first()).toBeAttached();
    await page.keyboard.press("Space");
    await expect(blocks.getByRole("region").nth(1).getByRole("heading")).toHaveText(firstHeading);
    await page.reload();
    await expect(blocks.getByRole("region").nth(1).getByRole("heading")).toHaveText(firstHeading);
    await expectNoSeriousViolations(page);
  });
});
