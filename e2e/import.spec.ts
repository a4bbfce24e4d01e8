import { and, eq } from "drizzle-orm";
import { openDatabase } from "@/db";
import { people } from "@/db/schema";
import { E2E_DATABASE } from "./constants";
import { expect, signInOverHttp, test } from "./fixtures";

const CSV = [
  "Name,Dept,Position,E-mail,Union",
  "Ines Alvarez,Camera,Direktor of Fotography,ines@example.test,IATSE",
  "Kwame Boateng,,Gaffer,kwame-at-example.test,",
  'Maya Okafor,Producers,Producer,,"PGA, DGA"',
  "Sun-hee Park,Sound,Boom Op,sunhee@example.test,",
  ",Grip,Key Grip,,",
].join("\n");

test.describe("roster import", () => {
  test("map, preview, fix a flagged row, import, and import again without duplicates", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster`);
    await page.getByRole("link", { name: "Import…" }).click();
    await expect(page.getByRole("heading", { name: "Import a crew list" })).toBeVisible();

    await page.getByLabel(/Drop a file here/).setInputFiles({ name: "crew.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await expect(page.getByRole("heading", { name: "Match the columns" })).toBeVisible();
    await expect(page.getByText("crew.csv · 5 rows")).toBeVisible();
    // Headers were recognised.
    await expect(page.getByLabel("Import column Name as")).toHaveValue("creditedName");
    await expect(page.getByLabel("Import column Dept as")).toHaveValue("department");
    await expect(page.getByLabel("Import column Position as")).toHaveValue("role");
    await expect(page.getByLabel("Import column E-mail as")).toHaveValue("email");
    await page.getByRole("button", { name: "Check rows" }).click();

    await expect(page.getByRole("heading", { name: "Check the rows" })).toBeVisible();
    await expect(page.getByText("✕ 2 with errors (they don't)")).toBeVisible();
    const preview = page.getByRole("table", { name: "Rows of the file as they will be imported" });
    await expect(preview.getByText(/Unknown role "Direktor of Fotography"/)).toBeVisible();
    await expect(preview.getByText(/kwame-at-example\.test/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Import \d+ entr/ })).toBeDisabled();

    // Pick the suggested role, fix the email.
    await preview.getByRole("button", { name: "Use “Director of Photography”" }).click();
    await expect(preview.getByText(/Unknown role "Direktor of Fotography"/)).toHaveCount(0);
    await preview.getByRole("button", { name: "Fix row 3" }).click();
    await page.getByLabel("Email").fill("kwame@example.test");
    await page.getByRole("button", { name: "Save fix" }).click();
    await expect(page.getByText("✕ 1 with errors (they don't)")).toBeVisible();

    await page.getByLabel(/Skip the 1 row with errors/).check();
    // Maya Okafor is already the project's Producer: that row is skipped, not added twice.
    await page.getByRole("button", { name: "Import 3 entries" }).click();
    await expect(page.getByRole("heading", { name: "Imported into Harbor Lights" })).toBeVisible();
    await expect(page.getByText("3 roster entries added, 3 new people in your directory, 1 already on the roster and skipped, 1 row with errors left out.")).toBeVisible();

    await page.getByRole("link", { name: "See the roster" }).click();
    await page.getByRole("button", { name: "Table" }).click();
    await expect(page.getByRole("row", { name: /Ines Alvarez.*Director of Photography.*Camera/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Sun-hee Park.*Boom Operator/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Kwame Boateng.*Gaffer.*Electric/ })).toBeVisible();

    // The same file again adds nothing.
    await page.goto(`/projects/${owner.project.id}/roster/import`);
    await page.getByLabel(/Drop a file here/).setInputFiles({ name: "crew.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.getByRole("button", { name: "Check rows" }).click();
    const again = page.getByRole("table", { name: "Rows of the file as they will be imported" });
    await expect(again.getByRole("row", { name: /Sun-hee Park.*Existing person \(same email\).*will be skipped/ })).toBeVisible();
    await expect(again.getByRole("row", { name: /Maya Okafor.*will be skipped/ })).toBeVisible();
    // With the same correction as the first time, nothing is left to add.
    await again.getByRole("button", { name: "Use “Director of Photography”" }).click();
    await expect(again.getByRole("row", { name: /Ines Alvarez.*will be skipped/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Import 0 entries" })).toBeDisabled();
  });

  test("contact details merge into the directory, with a choice where they differ; crew shorthand keeps its department", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    const db = openDatabase(E2E_DATABASE).db;
    const where = (name: string) => and(eq(people.teamId, owner.team.id), eq(people.creditedName, name));
    db.update(people).set({ phone: "+1 415 555 0100" }).where(where("Maya Okafor")).run();
    const csv = [
      "Name,Dept,Position,Email,Phone",
      "Maya Okafor,Producers,Producer,maya@new.test,+1 415 555 0142",
      "Nikolai Petrov,Camera,DP,nikolai@example.test,",
      "Wren Hale,Camera,Drone Op,,",
      "Tess Moreau,,Script Supe,,",
    ].join("\n");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster/import`);
    await page.getByLabel(/Drop a file here/).setInputFiles({ name: "crew.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check rows" }).click();
    const preview = page.getByRole("table", { name: "Rows of the file as they will be imported" });
    await expect(preview.getByRole("row", { name: /Nikolai Petrov.*Adds the email to "Nikolai Petrov"/ })).toBeVisible();
    await page.getByRole("button", { name: "All rows" }).click();
    await expect(preview.getByRole("row", { name: /Wren Hale.*Camera · Drone Pilot/ })).toBeVisible();
    await expect(preview.getByRole("row", { name: /Tess Moreau.*Script Supervisor/ })).toBeVisible();
    // Maya's email is new (added); her phone differs: the directory's is kept unless the sheet's is chosen, row by row.
    await expect(preview.getByRole("row", { name: /Maya Okafor.*Adds the email to "Maya Okafor"/ })).toBeVisible();
    const maya = preview.getByRole("group", { name: "Which contact details should Maya Okafor keep?" });
    await expect(maya.getByRole("radio", { name: "The directory's: phone +1 415 555 0100" })).toBeChecked();
    // The choice is checked once the preview comes back from the server.
    await maya.getByRole("radio", { name: "This sheet's: phone +1 415 555 0142" }).click();
    await expect(maya.getByRole("radio", { name: "This sheet's: phone +1 415 555 0142" })).toBeChecked();
    await expect(preview.getByText(/differs from "Maya Okafor" in your people directory — will use the sheet's/)).toBeVisible();
    await page.getByRole("button", { name: /Import 2 entries and update 2 people/ }).click();
    await expect(page.getByRole("heading", { name: "Imported into Harbor Lights" })).toBeVisible();
    await expect(page.getByText(/contact details of 2 people updated/)).toBeVisible();

    expect(db.select().from(people).where(where("Maya Okafor")).get()).toMatchObject({ email: "maya@new.test", phone: "+1 415 555 0142" });
    expect(db.select().from(people).where(where("Nikolai Petrov")).get()).toMatchObject({ email: "nikolai@example.test" });
    await page.goto(`/projects/${owner.project.id}/roster?view=table`);
    await expect(page.getByRole("row", { name: /Wren Hale.*Drone Pilot.*Camera/ })).toBeVisible();
  });

  test("on a phone, matching columns fits the screen: no sideways scrolling, every choice in reach", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/projects/${owner.project.id}/roster/import`);
    const wide = ["Crew member's full credited name", "Department (as on the call sheet)", "Position", "E-mail address for the deal memo", "Guild or union membership"];
    await page.getByLabel(/Drop a file here/).setInputFiles({
      name: "crew.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${wide.map((h) => `"${h}"`).join(",")}\nInes Alvarez-Montenegro de la Fuente,Camera,Director of Photography,ines.alvarez.montenegro@example.test,IATSE\n`),
    });
    const table = page.getByRole("table", { name: "Columns of the file and the Hatrack field each one fills" });
    await expect(table).toBeVisible();
    const overflow = await table.evaluate((t) => ({ table: t.scrollWidth - t.parentElement!.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth }));
    expect(overflow.table).toBeLessThanOrEqual(0);
    expect(overflow.page).toBeLessThanOrEqual(0);
    for (const header of wide) {
      const select = page.getByLabel(`Import column ${header} as`);
      const box = (await select.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await page.getByLabel("Import column Position as").selectOption("role");
    await page.getByLabel(`Import column ${wide[0]} as`).selectOption("creditedName");
    await expect(page.getByRole("button", { name: "Check rows" })).toBeEnabled();
  });

  test("a file that is not a spreadsheet is refused with a clear message", async ({ page, seed }) => {
    const owner = await seed.ownerWithProject("Harbor Lights");
    await signInOverHttp(page.request, owner.user.email);
    await page.goto(`/projects/${owner.project.id}/roster/import`);
    await page.getByLabel(/Drop a file here/).setInputFiles({ name: "crew.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("Name,Role\nA,B\n") });
    await expect(page.getByRole("alert").filter({ hasText: /xlsx|spreadsheet|Excel/i })).toBeVisible();
    await page.getByLabel(/Drop a file here/).setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Role\n") });
    await expect(page.getByRole("alert").filter({ hasText: "header row but no people" })).toBeVisible();
  });
});
