import { readFileSync } from "node:fs";
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
    await page.getByRole("button", { name: "Accept Executive Producer for Daniel Reyes" }).click();
    await expect(page.getByText("Accepted: Executive Producer.")).toBeVisible();

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
