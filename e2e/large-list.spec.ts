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

    // Started over the API, then polled as fast as the server answers: the answers come while
    // the PDF is being drawn (running, part of the rows done), so the export doesn't hold the
    // server up, and they show progress.
    const jobs = `/api/projects/${project.id}/credits/list/export-jobs`;
    const started = await page.request.post(jobs, { data: {} });
    expect(started.status()).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
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
    expect(seen.some((s) => s.status === "running" && s.done > 0 && s.done < s.total), JSON.stringify(seen.slice(0, 20))).toBe(true);
    expect((await page.request.get(`/api/projects/${project.id}`)).status()).toBe(200);
    const file = await page.request.get(`${jobs}/${jobId}?download=1`);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect((await file.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Through the page: the button shows a progress bar, then the browser downloads the file.
    const download = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByRole("button", { name: "PDF" }).click();
    await expect(page.getByRole("progressbar", { name: "PDF export progress" })).toBeVisible();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("Six Thousand credits.pdf");
    await expect(page.getByText("PDF ready.")).toBeVisible();
  });
});
