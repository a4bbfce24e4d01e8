import { expect, signInOverHttp, test } from "./fixtures";

test.describe("authorization", () => {
  test("a non-member gets 404 for another team's project, in pages and the API", async ({ page, seed }) => {
    const other = await seed.ownerWithProject("Secret Feature");
    const outsider = await seed.user("Oscar Outsider");
    seed.team([{ user: outsider.user, role: "owner" }]);
    await signInOverHttp(page.request, outsider.user.email);

    for (const path of [`/projects/${other.project.id}`, `/projects/${other.project.id}/settings`]) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "This page is not on the call sheet" })).toBeVisible();
      await expect(page.getByText("Secret Feature")).toHaveCount(0);
    }
    const api = await page.request.get(`/api/projects/${other.project.id}`);
    expect(api.status()).toBe(404);
    const patch = await page.request.patch(`/api/projects/${other.project.id}`, { data: { title: "Mine now" } });
    expect(patch.status()).toBe(404);
    const list = await page.request.get(`/api/projects?teamId=${other.team.id}`);
    expect(list.status()).toBe(404);
    // The people search (the credits page's manual-title dialog) is checked the same way.
    const search = await page.request.get(`/api/projects/${other.project.id}/people?q=a`);
    expect(search.status()).toBe(404);
    // A project id that exists nowhere looks the same as one in another team.
    const missing = await page.request.get(`/api/projects/00000000-0000-0000-0000-000000000000`);
    expect(missing.status()).toBe(404);
  });

  test("signed-out visitors are sent to sign in, and the API answers 401", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject();
    await page.goto(`/projects/${owner.project.id}`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    const api = await page.request.get(`/api/projects/${owner.project.id}`);
    expect(api.status()).toBe(401);
    // After signing in, the visitor lands where they were going.
    await page.getByLabel("Email").fill(owner.user.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: owner.project.title })).toBeVisible();
  });

  test("the API validates input: bad JSON, overlong titles and unknown fields values are refused", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject();
    await signInOverHttp(page.request, owner.user.email);
    const url = `/api/projects/${owner.project.id}`;
    const long = await page.request.patch(url, { data: { title: "x".repeat(100_001) } });
    expect(long.status()).toBe(413);
    expect((await long.json()).error.message).toMatch(/too large/i);
    const tooLong = await page.request.patch(url, { data: { title: "x".repeat(201) } });
    expect(tooLong.status()).toBe(422);
    expect((await tooLong.json()).error.fields.title[0]).toContain("at most 200");
    const badType = await page.request.patch(url, { data: { frameRate: 24 } });
    expect(badType.status()).toBe(422);
    const notJson = await page.request.patch(url, { data: Buffer.from("not json"), headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    const ok = await page.request.patch(url, { data: { stage: "distribution", revision: (await (await page.request.get(url)).json()).project.revision } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).project.stage).toBe("distribution");
  });

  test("the work and credits API: members read, Viewers can't write, other teams get 404, bad entries are refused", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.work(owner.project, owner.user);
    await signInOverHttp(page.request, owner.user.email);
    const base = `/api/projects/${owner.project.id}`;
    const work = await (await page.request.get(`${base}/work`)).json();
    const maya = work.entries.find((e: { personName: string }) => e.personName === "Maya Okafor").personId as string;
    const credits = await (await page.request.get(`${base}/credits`)).json();
    expect(credits.people.find((p: { name: string }) => p.name === "Daniel Reyes").rows.map((r: { titleId: string }) => r.titleId)).toContain("executive-producer");

    const created = await page.request.post(`${base}/work`, { data: { personId: maya, responsibilityId: "sponsorship", stage: "marketing-distribution", degree: "lead", effortHours: 4 } });
    expect(created.status()).toBe(201);
    const entryId = (await created.json()).entry.id as string;
    const bad = await page.request.post(`${base}/work`, { data: { personId: maya, responsibilityId: "sponsorship", stage: "wrap-party", degree: "lead", effortHours: -3 } });
    expect(bad.status()).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["effortHours", "stage"]);

    // A Viewer reads but can't write; someone from another team sees nothing.
    const viewer = await seed.user("Vera Viewer");
    seed.member(owner.team, viewer.user, "viewer");
    await signInOverHttp(page.request, viewer.user.email);
    expect((await page.request.get(`${base}/work/${entryId}`)).status()).toBe(200);
    expect((await page.request.delete(`${base}/work/${entryId}`)).status()).toBe(403);
    // A path id that can't be an id is 404 before any route runs, whatever the route.
    for (const [path, message] of [
      [`/api/projects/not%20an%20id/work`, "Project not found."],
      [`${base}/work/${"x".repeat(300)}`, "Work entry not found."],
      [`${base}/credits/list/export-jobs/bad.id`, "Export not found."],
      [`/api/projects/${"ü".repeat(40)}/credits`, "Project not found."],
    ]) {
      const res = await page.request.get(path!);
      expect([res.status(), (await res.json()).error.message], path).toEqual([404, message]);
    }
    const outsider = await seed.user("Oscar Outsider");
    seed.team([{ user: outsider.user, role: "owner" }]);
    await signInOverHttp(page.request, outsider.user.email);
    for (const path of [`${base}/work`, `${base}/work/${entryId}`, `${base}/credits`]) expect((await page.request.get(path)).status()).toBe(404);
    expect((await page.request.delete(`${base}/work/${entryId}`)).status()).toBe(404);
    for (const path of [`/projects/${owner.project.id}/work`, `/projects/${owner.project.id}/work/matrix`, `/projects/${owner.project.id}/credits`, `/projects/${owner.project.id}/work/people/${maya}`]) {
      expect((await page.goto(path))?.status()).toBe(404);
    }
  });
});

test.describe("authorization of the hats review", () => {
  test("members read the review over the API; other teams get 404 in pages, exports and the API; a Viewer can't set the warning", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    seed.work(owner.project, owner.user);
    const viewer = await seed.user("Vera Viewer");
    seed.member(owner.team, viewer.user, "viewer");
    await signInOverHttp(page.request, viewer.user.email);
    const api = `/api/projects/${owner.project.id}/review`;
    const res = await page.request.get(`${api}?lane=creative&sort=name`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.matrix.filters).toMatchObject({ lanes: ["creative"], sort: "name" });
    expect(body.matrix.columns.every((c: { lane: string }) => c.lane === "creative")).toBe(true);
    const maya = body.matrix.rows.find((r: { name: string }) => r.name === "Maya Okafor").personId as string;
    expect(body.coverage.stages).toHaveLength(5);
    expect(body.truth.summary.people).toBeGreaterThan(0);
    expect((await page.request.get(`${api}/export?what=everything`)).status()).toBe(422);
    expect((await page.request.get(`${api}/export?what=truth`)).headers()["content-type"]).toContain("text/csv");
    // A Viewer sees the setting but not the form.
    await page.goto(`/projects/${owner.project.id}/settings`);
    await expect(page.getByRole("region", { name: "Hats review" })).toContainText("Concentration warning: 50%");
    await expect(page.getByRole("form", { name: "Hats review settings" })).toHaveCount(0);

    const outsider = await seed.user("Oscar Outsider");
    const theirs = seed.team([{ user: outsider.user, role: "owner" }]);
    const theirProject = seed.project(theirs, { title: "Their Film" }, []);
    await signInOverHttp(page.request, outsider.user.email);
    for (const path of [api, `${api}/export?what=matrix`, `${api}/export?what=truth`]) expect((await page.request.get(path)).status()).toBe(404);
    const base = `/projects/${owner.project.id}/review`;
    for (const path of [base, `${base}/coverage`, `${base}/truth`, `${base}/compare`, `${base}/people/${maya}`, `/projects/${theirProject.id}/review/compare?with=${owner.project.id}`]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});
