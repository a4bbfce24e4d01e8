import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db";
import { rosterEntries, workEntries } from "@/db/schema";
import { E2E_DATABASE } from "./constants";
import { expect, signInOverHttp, test } from "./fixtures";

/** 6,000 crew in ten departments, names in several scripts: the size issue 5 asks the export to handle. */
const ROLES: [string, string][] = [
  ["Grip", "Grip"],
  ["Electric", "Electrician"],
  ["Art", "Set Dresser"],
  ["Production", "Production Assistant"],
  ["Transportation", "Driver"],
  ["Hair and Makeup", "Makeup Artist"],
  ["Sound", "Boom Operator"],
  ["Camera", "Camera Operator"],
  ["Costume", "Costumer"],
  ["Locations", "Location Scout"],
];
const NAMES = ["Maya Okafor", "Νίκος Παπαδόπουλος", "Иван Петров", "山田太郎", "김민준", "محمد عبد الله", "דוד לוי", "Zoë Laurent"];
const CREW = Array.from({ length: 6_000 }, (_, i) => [`${NAMES[i % NAMES.length]} ${i + 1}`, ...ROLES[i % ROLES.length]!] as const);

test.describe("a 6,000-credit list", () => {
  test.setTimeout(240_000);

  test("the PDF export runs in the background with progress, other requests are answered meanwhile, and the file downloads", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject();
    const project = seed.project(owner.team, { title: "Six Thousand" }, CREW);
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${project.id}/credits/list`;
    await page.goto(base);
    await page.getByRole("button", { name: "Build the credit list" }).click();
    await expect(page.getByText("Built the credit list from the credits and the roster.")).toBeVisible({ timeout: 60_000 });

    // Started over the API, then polled until done: every answer is a consistent progress
    // report (never more done than in all, never going back), and the server answers other
    // requests meanwhile. That the renderer yields between pages is proven without timing in
    // tests/lib/pdf/credits-pdf.slow.test.ts.
    const jobs = `/api/projects/${project.id}/credits/list/export-jobs`;
    const started = await page.request.post(jobs, { data: {} });
    expect(started.status()).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    expect((await page.request.get(`/api/projects/${project.id}`)).status()).toBe(200);
    type Status = { status: string; done: number; total: number };
    const seen: Status[] = [];
    await expect
      .poll(
        async () => {
          const s = (await (await page.request.get(`${jobs}/${jobId}`)).json()) as Status;
          seen.push(s);
          return s.status;
        },
        { timeout: 120_000, intervals: [0] },
      )
      .toBe("done");
    for (let i = 0; i < seen.length; i++) {
      expect(seen[i]!.done).toBeLessThanOrEqual(seen[i]!.total);
      if (i > 0) expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
    }
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    const file = await page.request.get(`${jobs}/${jobId}?download=1`);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect((await file.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Through the page: the button shows the job's progress, then the browser downloads the
    // file. The page's first poll is answered "a quarter done" and its second is held until
    // that has been seen, so the check never races the job however fast the machine is.
    let polls = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/export-jobs\/[^/?]+$/, async (route) => {
      polls += 1;
      if (polls === 1) return route.fulfill({ json: { status: "running", done: 1, total: 4, error: null } });
      if (polls === 2) await held;
      return route.continue();
    });
    const download = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByRole("button", { name: "PDF" }).click();
    await expect(page.getByRole("progressbar", { name: "PDF export progress" })).toHaveAttribute("value", "25");
    await expect(page.getByRole("status").filter({ hasText: "Preparing the PDF: 25%" })).toBeAttached();
    await expect(page.getByRole("button", { name: "PDF" })).toBeDisabled();
    release();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("Six Thousand credits.pdf");
    await expect(page.getByText("PDF ready.")).toBeVisible();
  });
});

test.describe("the hats review of a 5,000-person team", () => {
  test.setTimeout(240_000);

  test("pages the matrix and the truth check instead of rendering everyone, and the coverage still reads", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject();
    const crew = CREW.slice(0, 5_000);
    const project = seed.project(owner.team, { title: "Five Thousand" }, crew);
    // Everyone logs a little work, spread over a few functions and stages.
    const db = openDatabase(E2E_DATABASE).db;
    const ids = db.selectDistinct({ id: rosterEntries.personId }).from(rosterEntries).where(eq(rosterEntries.projectId, project.id)).all().map((p) => p.id);
    const FNS = ["hiring-crew", "scheduling", "logistics", "on-set-problem-solving", "securing-equipment"] as const;
    const STAGES = ["pre-production", "production"] as const;
    db.transaction((tx) => {
      ids.forEach((personId, i) => {
        tx.insert(workEntries)
          .values({ id: randomUUID(), projectId: project.id, personId, responsibilityId: FNS[i % FNS.length]!, stage: STAGES[i % 2]!, degree: i % 3 === 0 ? "lead" : "supporting", effortHours: (i % 7) + 1, createdBy: owner.user.id })
          .run();
      });
    });
    expect(ids).toHaveLength(5_000);
    await signInOverHttp(page.request, owner.user.email);
    const base = `/projects/${project.id}/review`;

    await page.goto(base);
    await expect(page.getByText("Showing 1–100 of 5,000 people")).toBeVisible();
    await expect(page.getByRole("table", { name: /Hats matrix/ }).locator("tbody tr")).toHaveCount(100);
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page.getByText("Showing 101–200 of 5,000 people")).toBeVisible();
    await expect(page).toHaveURL(/page=2/);

    await page.goto(`${base}/truth`);
    await expect(page.getByText(/Showing 1–100 of [1-9][\d,]+ people/)).toBeVisible();

    await page.goto(`${base}/coverage`);
    await expect(page.getByRole("heading", { name: "Work by stage and lane" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Concentration" })).toBeVisible();
  });
});
