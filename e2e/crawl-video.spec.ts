import { readFileSync } from "node:fs";
import { openDatabase } from "@/db";
import { generateCreditList } from "@/db/queries/credit-list";
import { expectNoSeriousViolations } from "./axe";
import { E2E_DATABASE } from "./constants";
import { expect, signInOverHttp, test } from "./fixtures";

test.describe("crawl video", () => {
  test("renders a short list to MP4 in the background with a progress bar, survives leaving the page, downloads; a second render cancels and leaves nothing", async ({ page, seed }) => {
    test.setTimeout(180_000);
    const owner = await seed.ownerWithProject("Harbor Lights");
    generateCreditList(openDatabase(E2E_DATABASE).db, { userId: owner.user.id }, owner.project.id, null);
    await signInOverHttp(page.request, owner.user.email);
    const list = `/projects/${owner.project.id}/credits/list`;
    await page.goto(list);

    // The roster's producer titles are undecided here: the render asks first, as every export does.
    await page.getByRole("button", { name: "Render the crawl to video…" }).click();
    const claims = page.getByRole("dialog", { name: "Export without the undecided producer titles?" });
    await expect(claims).toContainText("Maya Okafor (Produced by)");
    await claims.getByRole("button", { name: "Export anyway" }).click();
    // The dialog: HD H.264 (the defaults), a fast crawl so the file is short.
    const dialog = page.getByRole("dialog", { name: "Render the crawl to video" });
    await expect(dialog.getByLabel("Size")).toHaveValue("hd");
    await expect(dialog.getByLabel("Format")).toHaveValue("h264");
    await dialog.getByLabel("Choose the speed").check();
    await dialog.getByLabel("Pixels per frame (at 1080 lines)").fill("20");
    await dialog.getByLabel("Main titles as cards before the crawl").check();
    await dialog.getByLabel("Seconds per card").fill("1");
    await expectNoSeriousViolations(page);
    await dialog.getByRole("button", { name: "Start rendering" }).click();
    await expect(dialog).toBeHidden();

    // The render is listed at once with its progress bar, and what it will be.
    const renders = page.getByRole("list", { name: "Crawl renders" });
    const job = renders.getByRole("listitem").first();
    await expect(job).toContainText("H.264 MP4 (review copy) · HD 1920×1080");
    await expect(job.getByRole("progressbar", { name: /Rendering H\.264 MP4/ })).toBeVisible();
    await expect(job).toContainText(/\d+:\d\d(\.\d)? \([\d,]+ frames at [\d.]+ fps\)/);
    // (The main titles are the producers nobody decided here, so there may be no card to hold.)
    await expect(job).toContainText(/20 px\/frame · ([\d,]+ card frames \+ )?[\d,]+ crawl frames/);

    // Leave the page and come back: the render is still there (running or done).
    await page.getByRole("link", { name: "Preview the crawl" }).click();
    await expect(page.getByRole("heading", { name: "Crawl preview" })).toBeVisible();
    await page.goto(list);
    await expect(renders.getByRole("listitem").first()).toContainText("H.264 MP4 (review copy)");

    // Done: download the MP4.
    const link = renders.getByRole("link", { name: "Download MP4" });
    await expect(link).toBeVisible({ timeout: 120_000 });
    await expect(renders.getByRole("listitem").first()).toContainText(/Ready — [\d.]+ (bytes|KB|MB|GB)/);
    await expectNoSeriousViolations(page);
    const downloading = page.waitForEvent("download");
    await link.click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe("Harbor Lights credits hd h264.mp4");
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(4, 8).toString("latin1")).toBe("ftyp");

    // A slow render, cancelled: the job says so and the API keeps nothing to download.
    await page.getByRole("button", { name: "Render the crawl to video…" }).click();
    await claims.getByRole("button", { name: "Export anyway" }).click();
    await dialog.getByLabel("Choose the speed").check();
    await dialog.getByLabel("Pixels per frame (at 1080 lines)").fill("1");
    await dialog.getByRole("button", { name: "Start rendering" }).click();
    const slow = renders.getByRole("listitem").first();
    await expect(slow.getByRole("progressbar")).toBeVisible();
    await slow.getByRole("button", { name: /^Cancel / }).click();
    await expect(slow).toContainText("Cancelled; nothing was kept.");
    const jobs = (await (await page.request.get(`/api/projects/${owner.project.id}/credits/list/export-jobs`)).json()) as { jobs: { id: string; status: string; size: number | null }[] };
    const cancelled = jobs.jobs.find((j) => j.status === "cancelled")!;
    expect(cancelled.size).toBeNull();
    expect((await page.request.get(`/api/projects/${owner.project.id}/credits/list/export-jobs/${cancelled.id}?download=1`)).status()).toBe(409);
  });

  test("another team's job id is 404, and a render outside the offered sizes is refused", async ({ page, seed, browser, baseURL }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    generateCreditList(openDatabase(E2E_DATABASE).db, { userId: owner.user.id }, owner.project.id, null);
    await signInOverHttp(page.request, owner.user.email);
    const jobs = `/api/projects/${owner.project.id}/credits/list/export-jobs`;
    const refused = await page.request.post(jobs, { data: { kind: "video", resolution: "8k", codec: "h264" } });
    expect(refused.status()).toBe(422);
    const started = await page.request.post(jobs, { data: { kind: "video", resolution: "hd", codec: "h264", pxPerFrame: 20 } });
    expect(started.status()).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };

    const other = await seed.ownerWithProject("Someone Else's");
    const theirs = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.77.0.17" } });
    await signInOverHttp(theirs.request, other.user.email);
    expect((await theirs.request.get(`${jobs}/${jobId}`)).status()).toBe(404);
    expect((await theirs.request.get(`${jobs}/${jobId}?download=1`)).status()).toBe(404);
    expect((await theirs.request.delete(`${jobs}/${jobId}`)).status()).toBe(404);
    // Their own project doesn't know the job either.
    expect((await theirs.request.get(`/api/projects/${other.project.id}/credits/list/export-jobs/${jobId}`)).status()).toBe(404);
    await theirs.close();
    expect((await page.request.delete(`${jobs}/${jobId}`)).status()).toBe(200);
  });
});
