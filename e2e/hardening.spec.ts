import { readFileSync } from "node:fs";
import http from "node:http";
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import type { Project, Team } from "@/db/schema";
import { expect, PASSWORD, signInOverHttp, test, type Seeded } from "./fixtures";

/** Issue 14: no request can stall the server, no edit is silently lost, the limits hold under a burst. */

const fixture = (path: string) => readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url));

/** A page in its own browser context (its own cookies and client address), signed in as `user`. */
async function signedInPage(browser: Browser, baseURL: string, seeded: Seeded): Promise<Page> {
  const b = randomBytes(2);
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.77.${b[0]}.${b[1]}` } });
  const page = await context.newPage();
  await signInOverHttp(page.request, seeded.user.email);
  return page;
}

test.describe("security headers", () => {
  test("every page carries a nonce CSP its scripts match, runs without a CSP violation, and can't be framed; the API allows nothing", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.work(owner.project, owner.user);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.goto("/signin");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await signInOverHttp(page.request, owner.user.email);
    const p = `/projects/${owner.project.id}`;
    const pages = [
      "/projects",
      p,
      `${p}/roster`,
      `${p}/roster?view=table`,
      `${p}/roster/import`,
      `${p}/roster/name-checks`,
      `${p}/work`,
      `${p}/work/matrix`,
      `${p}/review`,
      `${p}/review/coverage`,
      `${p}/review/truth`,
      `${p}/credits`,
      `${p}/credits/how`,
      `${p}/credits/list`,
      `${p}/settings`,
      "/people",
      "/team",
      "/account",
      "/projects/new",
      "/no-such-page",
    ];
    for (const path of pages) {
      const res = await page.goto(path);
      const headers = res!.headers();
      const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
      expect(nonce, path).toBeTruthy();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("same-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["strict-transport-security"], path).toBeUndefined();
      const html = await res!.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      // Hydrated: Next's client runtime ran (a script the policy blocked would leave the page dead).
      await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined);
    }
    // Charts and drag-and-drop are client code: the coverage page draws its SVG charts.
    await page.goto(`${p}/review/coverage`);
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    expect(violations).toEqual([]);

    const api = await page.request.get(`/api/projects/${owner.project.id}`);
    expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(api.headers()["x-frame-options"]).toBe("DENY");

    // Behind a proxy that says the request came over https: HSTS on pages and the API.
    const https = { "x-forwarded-proto": "https" };
    expect((await page.request.get("/projects", { headers: https })).headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect((await page.request.get(`/api/projects/${owner.project.id}`, { headers: https })).headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });
});

test.describe("cross-site writes", () => {
  test("a same-site page auto-submitting a text/plain form creates nobody; a text/plain body is refused", async ({ page, seed, baseURL }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    const target = `${baseURL}/api/projects/${owner.project.id}/roster/import/commit`;
    // Another port of the same host is the same site: the browser sends the session cookie.
    const attacker = new URL(baseURL!);
    attacker.port = "3999";
    await page.route(`${attacker.origin}/**`, (route) =>
      route.fulfill({ contentType: "text/html", body: fixture("requests/cross-site-import.html").toString("utf8").replaceAll("__TARGET__", target) }),
    );
    const answer = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
    await page.goto(`${attacker.origin}/cross-site-import.html`, { waitUntil: "commit" });
    const res = await answer;
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain("This request came from another site.");

    const plain = await page.request.post(`/api/projects/${owner.project.id}/roster/import/commit`, {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify({ table: { headers: ["Name", "Role"], rows: [["Intruder Planted", "Gaffer"]], rowNumbers: [2] }, mapping: { Name: "creditedName", Role: "role" } }),
    });
    expect(plain.status()).toBe(415);
    const roster = await (await page.request.get(`/api/projects/${owner.project.id}/roster/export?format=csv`)).text();
    expect(roster).not.toContain("Intruder Planted");
  });
});

/** POSTs `megabytes` of body in chunks, with no Content-Length, as the session in `page`; the answer. */
async function postChunked(page: Page, path: string, contentType: string, megabytes: number): Promise<{ status: number; body: string }> {
  const url = new URL(path, page.url());
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(url, { method: "POST", headers: { cookie, "content-type": contentType, "transfer-encoding": "chunked", "x-forwarded-for": "10.78.0.1" } }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString("utf8")));
      res.on("end", () => {
        answered = true;
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    let sent = 0;
    const pump = () => {
      while (!answered && sent < megabytes * 1024 * 1024) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

test.describe("bodies are read with a limit", () => {
  test("a 300 MB chunked upload and a 60 MB chunked JSON body are refused once past the limit", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}`);
    const base = `/api/projects/${owner.project.id}/roster/import`;
    const upload = await postChunked(page, `${base}/parse`, "multipart/form-data; boundary=x", 300);
    expect(upload.status).toBe(413);
    expect(JSON.parse(upload.body).error.message).toBe("The file is larger than the 10 MB limit.");
    const preview = await postChunked(page, `${base}/preview`, "application/json", 60);
    expect(preview.status).toBe(413);
  });
});

test.describe("roster import of files shaped to stall the server", () => {
  test("a 10,000-column header and a zip bomb are refused with their reasons; a hidden sheet is not taken for the crew list", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster/import`);
    const drop = page.getByLabel(/Drop a file here/);
    await drop.setInputFiles({ name: "wide-header.csv", mimeType: "text/csv", buffer: fixture("roster/wide-header.csv") });
    await expect(page.getByRole("alert").filter({ hasText: "The file has 10,000 columns; the limit is 200." })).toBeVisible();
    await drop.setInputFiles({ name: "zip-bomb.xlsx", mimeType: "application/octet-stream", buffer: fixture("roster/zip-bomb.xlsx") });
    await expect(page.getByRole("alert").filter({ hasText: "The workbook unpacks to more than 100 MB." })).toBeVisible();

    await drop.setInputFiles({ name: "hidden-first.xlsx", mimeType: "application/octet-stream", buffer: fixture("roster/hidden-first.xlsx") });
    await expect(page.getByText("hidden-first.xlsx · 1 row · sheet “Crew”")).toBeVisible();
    const sheet = page.getByLabel("Sheet");
    await expect(sheet.getByRole("option")).toHaveText(["Old crew (hidden in Excel)", "Crew"]);
    await sheet.selectOption("Old crew");
    await expect(page.getByText("hidden-first.xlsx · 1 row · sheet “Old crew”")).toBeVisible();
    await expect(page.getByText("Excel hides this sheet; check it is the crew list you mean.")).toBeVisible();
  });
});

test.describe("sign-in under a burst", () => {
  test("of 20 parallel wrong passwords only 5 are checked; the right one afterwards is still refused", async ({ page, seed }) => {
    const victim = await seed.user("Burst Victim");
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const attempt = async (password: string) => {
      const res = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email: victim.user.email, password, callbackUrl: "/projects" }, maxRedirects: 0 });
      return new URL(res.headers()["location"] ?? "", "http://x").searchParams.get("code");
    };
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`wrong-guess-${i}`)));
    expect(codes.filter((c) => c === "credentials")).toHaveLength(5);
    expect(codes.filter((c) => c?.startsWith("locked:"))).toHaveLength(15);
    expect(await attempt(PASSWORD)).toMatch(/^locked:/);
  });
});

type Seed = {
  ownerWithProject: (title?: string) => Promise<Seeded & { team: Team; project: Project }>;
  user: (name?: string) => Promise<Seeded>;
  member: (team: Team, user: Seeded["user"], role: "editor") => void;
};

/** Olivia (Owner) and Eddie (Editor) of one team with the demo crew, each signed in in their own browser. */
async function twoEditors(seed: Seed, browser: Browser, baseURL: string) {
  const owner = await seed.ownerWithProject("Harbor Lights");
  const editor = await seed.user("Eddie Editor");
  seed.member(owner.team, editor.user, "editor");
  return { project: owner.project, olive: await signedInPage(browser, baseURL, owner), eddie: await signedInPage(browser, baseURL, editor) };
}

/** Olivia saves `field` first; Eddie's save of the same form, opened before hers, is refused, naming her, and keeps what he typed. */
async function secondSaveIsRefused(olive: Page, eddie: Page, o: { field: string; save: string; saved: string; olives: string; eddies: string; what: string }) {
  await olive.getByLabel(o.field).fill(o.olives);
  await olive.getByRole("button", { name: o.save }).click();
  await expect(olive.getByText(o.saved)).toBeVisible();
  await eddie.getByLabel(o.field).fill(o.eddies);
  await eddie.getByRole("button", { name: o.save }).click();
  await expect(eddie.getByText(`Olivia Owner changed this ${o.what} since you opened it.`, { exact: false })).toBeVisible();
  await expect(eddie.getByLabel(o.field)).toHaveValue(o.eddies);
}

test.describe("two people editing the same record", () => {
  test("a work entry: the second save is refused with who changed it, their input kept, the first save intact", async ({ seed, browser, baseURL }) => {
    const { project, olive, eddie } = await twoEditors(seed, browser, baseURL!);
    await olive.goto("/people?q=okafor");
    const maya = (await olive.getByRole("link", { name: "Maya Okafor" }).getAttribute("href"))!.split("/").pop();
    const created = await olive.request.post(`/api/projects/${project.id}/work`, {
      data: { personId: maya, responsibilityId: "sponsorship", stage: "marketing-distribution", degree: "lead", effortHours: 2, note: "Draft" },
    });
    expect(created.status()).toBe(201);
    const label = "Edit Maya Okafor: Sponsorship deals";
    for (const p of [olive, eddie]) {
      await p.goto(`/projects/${project.id}/work`);
      await p.getByRole("button", { name: label }).click();
    }
    await olive.getByLabel("Evidence note (optional)").fill("Olive's note");
    await olive.getByRole("button", { name: "Save entry" }).click();
    await expect(olive.getByText("Work entry saved.")).toBeVisible();

    await eddie.getByLabel("Evidence note (optional)").fill("Eddie's note");
    await eddie.getByLabel("Effort (hours, optional)").fill("8");
    await eddie.getByRole("button", { name: "Save entry" }).click();
    const dialog = eddie.getByRole("dialog");
    await expect(dialog.getByText("Olivia Owner changed this work entry since you opened it. Nothing was saved and what you typed is still here")).toBeVisible();
    await expect(dialog.getByLabel("Evidence note (optional)")).toHaveValue("Eddie's note");
    await expect(dialog.getByLabel("Effort (hours, optional)")).toHaveValue("8");
    const entry = (await (await olive.request.get(`/api/projects/${project.id}/work/${(await created.json()).entry.id}`)).json()).entry;
    expect([entry.note, entry.effortHours]).toEqual(["Olive's note", 2]);
  });

  test("a person, a roster entry and a project: the second save is refused, the first kept", async ({ seed, browser, baseURL }) => {
    const { project, olive, eddie } = await twoEditors(seed, browser, baseURL!);

    // A person.
    await olive.goto("/people?q=petrov");
    await olive.getByRole("link", { name: "Nikolai Petrov" }).click();
    await olive.waitForURL(/\/people\/[^/?]+$/);
    await eddie.goto(olive.url());
    await secondSaveIsRefused(olive, eddie, { field: "Notes", save: "Save person", saved: "Saved.", olives: "Prefers Nik.", eddies: "Vegetarian.", what: "person" });
    await olive.reload();
    await expect(olive.getByLabel("Notes")).toHaveValue("Prefers Nik.");

    // A roster entry.
    const button = "Change role of Lucy Chen, Key Hair Stylist";
    for (const p of [olive, eddie]) {
      await p.goto(`/projects/${project.id}/roster?view=table`);
      await p.getByRole("button", { name: button }).click();
    }
    await olive.getByRole("dialog").getByLabel("Role").fill("Hair Department Head");
    await olive.getByRole("dialog").getByRole("button", { name: "Save" }).click();
    await expect(olive.getByText("Changed to Hair Department Head (Hair and Makeup).")).toBeVisible();
    await eddie.getByRole("dialog").getByLabel("Role").fill("Wig Maker");
    await eddie.getByRole("dialog").getByRole("button", { name: "Save" }).click();
    await expect(eddie.getByRole("dialog").getByRole("alert")).toContainText("Olivia Owner changed this roster entry since you opened it.");
    await expect(eddie.getByRole("dialog").getByLabel("Role")).toHaveValue("Wig Maker");
    await olive.reload();
    await expect(olive.getByRole("row", { name: /Lucy Chen.*Hair Department Head/ })).toBeVisible();

    // The project.
    for (const p of [olive, eddie]) await p.goto(`/projects/${project.id}/settings`);
    await secondSaveIsRefused(olive, eddie, { field: "Logline", save: "Save changes", saved: "Project saved.", olives: "A lighthouse keeper's last season.", eddies: "Eddie's logline.", what: "project" });
    expect((await (await olive.request.get(`/api/projects/${project.id}`)).json()).project.logline).toBe("A lighthouse keeper's last season.");
  });

  test("the API: GET gives an ETag; a stale revision is 409, none is 428, If-Match with the current one saves", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.work(owner.project, owner.user);
    await signInOverHttp(page.request, owner.user.email);
    const base = `/api/projects/${owner.project.id}/work`;
    const { entries } = await (await page.request.get(base)).json();
    const url = `${base}/${entries[0].id}`;
    const read = await page.request.get(url);
    const etag = read.headers()["etag"]!;
    const entry = (await read.json()).entry;
    const body = { personId: entry.personId, responsibilityId: entry.responsibilityId, stage: entry.stage, degree: entry.degree, note: "first" };
    expect((await page.request.put(url, { data: body })).status()).toBe(428);
    const first = await page.request.put(url, { data: body, headers: { "if-match": etag } });
    expect(first.status()).toBe(200);
    const stale = await page.request.put(url, { data: { ...body, note: "second" }, headers: { "if-match": etag } });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error.message).toMatch(/^You \(in another tab or window\) changed this work entry since you opened it\./);
    expect((await page.request.put(url, { data: { ...body, note: "second", revision: entry.revision } })).status()).toBe(409);
    expect((await (await page.request.get(url)).json()).entry.note).toBe("first");
    expect((await page.request.put(url, { data: { ...body, note: "second" }, headers: { "if-match": first.headers()["etag"]! } })).status()).toBe(200);
  });
});
