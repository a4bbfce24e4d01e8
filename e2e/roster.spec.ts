import { expect, signInOverHttp, test } from "./fixtures";

test.describe("roster", () => {
  test("add people with catalogue roles; a possible duplicate is offered instead of created", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster`);
    await expect(page.getByRole("columnheader", { name: "Camera" })).toBeVisible();

    // "DP" is a synonym: it files under Camera as Director of Photography.
    await page.getByRole("button", { name: "Add to roster" }).click();
    const dialog = page.getByRole("dialog", { name: "Add to roster" });
    await dialog.getByLabel("Credited name").fill("Ingrid Sørensen");
    await dialog.getByLabel("Role").fill("DP");
    await dialog.getByRole("button", { name: "Add to roster" }).click();
    await expect(page.getByText("Ingrid Sørensen added as Director of Photography in Camera.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Ingrid Sørensen.*Director of Photography/ })).toBeVisible();

    // The same name without the accent is recognised as someone the team already has.
    await page.getByRole("button", { name: "Add to roster" }).click();
    await dialog.getByLabel("Credited name").fill("ingrid sorensen");
    await dialog.getByLabel("Role").fill("Camera Operator");
    await dialog.getByRole("button", { name: "Add to roster" }).click();
    await expect(dialog.getByText("Ingrid Sørensen is already in your people directory (same name).")).toBeVisible();
    await dialog.getByRole("button", { name: "Use Ingrid Sørensen" }).click();
    await expect(page.getByText(/added as Camera Operator in Camera/)).toBeVisible();
    await expect(page.getByRole("row", { name: /Ingrid Sørensen/ })).toHaveCount(2);
    await page.goto("/people?q=sorensen");
    await expect(page.getByRole("link", { name: "Ingrid Sørensen" })).toHaveCount(1);
  });

  test("kept open for the next one: a character for the cast, and a second role for the same person without a question", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster?view=table`);
    await page.getByRole("button", { name: "Add to roster" }).click();
    const dialog = page.getByRole("dialog", { name: "Add to roster" });
    await dialog.getByLabel("Keep open for the next one").check();
    await dialog.getByLabel("Credited name").fill("Odile Fontaine");
    await dialog.getByLabel("Role").fill("Lead");
    await dialog.getByLabel("Character").fill("Captain Ida Marsh");
    await dialog.getByRole("button", { name: "Add to roster" }).click();
    await expect(page.getByText("Odile Fontaine added as Lead Actor (Captain Ida Marsh) in Cast.")).toBeVisible();
    // Still open, cleared, the name ready for the next one.
    await expect(dialog.getByLabel("Credited name")).toHaveValue("");
    await expect(dialog.getByLabel("Credited name")).toBeFocused();
    await dialog.getByLabel("Credited name").fill("Odile Fontaine");
    await dialog.getByLabel("Role").fill("Choreographer");
    await dialog.getByLabel("Department").fill("");
    await dialog.getByRole("button", { name: "Add to roster" }).click();
    await expect(page.getByText(/^Odile Fontaine added as Choreographer/)).toBeVisible();
    await expect(dialog.getByText(/already in your people directory/)).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    const roster = page.getByRole("table", { name: /Roster/ });
    await expect(roster.getByRole("row", { name: /Odile Fontaine.*Lead Actor as Captain Ida Marsh/ })).toBeVisible();
    await expect(roster.getByRole("row", { name: /Odile Fontaine.*Choreographer/ })).toBeVisible();
    await page.goto("/people?q=odile");
    await expect(page.getByRole("link", { name: "Odile Fontaine" })).toHaveCount(1);
  });

  test("filter, bulk change department, remove and undo", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster?view=table`);
    await page.getByLabel("Department", { exact: true }).selectOption("Grip");
    await expect(page.getByText("2 entries match these filters")).toBeVisible();
    await page.getByRole("checkbox", { name: "Select every entry on this page" }).check();
    await expect(page.getByText("2 selected")).toBeVisible();
    await page.getByRole("button", { name: "Change department…" }).click();
    await page.getByLabel("New department").fill("Electric");
    await page.getByRole("dialog").getByRole("button", { name: "Move" }).click();
    await expect(page.getByText("Moved 2 entries to Electric.")).toBeVisible();

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByLabel("Department", { exact: true }).selectOption("Electric");
    await expect(page.getByText("4 entries match these filters")).toBeVisible();

    await page.getByRole("checkbox", { name: /Select Chris Dalton/ }).check();
    await page.getByRole("button", { name: "Remove from roster" }).click();
    await expect(page.getByText("Removed 1 entry from the roster.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Chris Dalton/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByText("Restored 1 entry.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Chris Dalton/ })).toBeVisible();
  });

  test("change one entry's role; a second identical hat is refused", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster?view=table`);
    await page.getByRole("button", { name: "Change role of Lucy Chen, Key Hair Stylist" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Role").fill("Key Makeup Artist");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByRole("alert")).toContainText("Lucy Chen is already on the roster as Key Makeup Artist (Hair and Makeup).");
    await dialog.getByLabel("Role").fill("Hair Department Head");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Changed to Hair Department Head (Hair and Makeup).")).toBeVisible();
    await expect(page.getByRole("row", { name: /Lucy Chen.*Hair Department Head/ })).toBeVisible();
  });

  test("export the roster as CSV and XLSX", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("Harbor Lights roster.csv");
    const csv = (await (await download.createReadStream()).toArray()).join("");
    expect(csv).toContain("Credited name");
    expect(csv).toContain("Nikolai Petrov");
    // End-crawl order: the director's block comes before camera.
    expect(csv.indexOf("Director of Photography")).toBeGreaterThan(csv.indexOf("First Assistant Director"));
    const xlsx = await page.request.get(`/api/projects/${owner.project.id}/roster/export?format=xlsx`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("a Viewer sees the roster but cannot change it", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    const viewer = await seed.user("Vera Viewer");
    seed.member(owner.team, viewer.user, "viewer");
    await signInOverHttp(page.request, viewer.user.email);
    await page.goto(`/projects/${owner.project.id}/roster`);
    await expect(page.getByRole("row", { name: /Nikolai Petrov/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add to roster" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Import…" })).toHaveCount(0);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    // Reading (exports) is allowed; a forged import is refused by the server.
    expect((await page.request.get(`/api/projects/${owner.project.id}/roster/export?format=csv`)).status()).toBe(200);
    const forged = await page.request.post(`/api/projects/${owner.project.id}/roster/import/commit`, {
      data: { table: { headers: ["Name", "Role"], rows: [["Intruder", "Gaffer"]], rowNumbers: [2] }, mapping: { Name: "creditedName", Role: "role" }, edits: {} },
    });
    expect(forged.status()).toBe(403);
    const upload = await page.request.post(`/api/projects/${owner.project.id}/roster/import/parse`, {
      multipart: { file: { name: "crew.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Role\nIntruder,Gaffer\n") } },
    });
    expect(upload.status()).toBe(403);
    // The person page is read-only.
    await page.getByRole("link", { name: "Nikolai Petrov" }).click();
    await expect(page.getByLabel("Credited name")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save person" })).toHaveCount(0);
  });

  test("a non-member gets 404 for the roster and its export", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    const outsider = await seed.user("Otto Outsider");
    seed.team([{ user: outsider.user, role: "owner" }]);
    await signInOverHttp(page.request, outsider.user.email);
    expect((await page.goto(`/projects/${owner.project.id}/roster`))?.status()).toBe(404);
    expect((await page.request.get(`/api/projects/${owner.project.id}/roster/export?format=csv`)).status()).toBe(404);
  });
});
