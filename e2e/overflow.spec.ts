import { expect, signInOverHttp, test } from "./fixtures";
import { seedSite } from "./site";

/**
 * No page scrolls sideways at common widths: the document is never wider than the window,
 * and nothing sticks out of it, except inside a scroll box that says so — one with an
 * accessible name (aria-label or aria-labelledby) or holding a captioned table, so a screen
 * reader and a reader of the page both know what scrolls.
 */
const WIDTHS = [390, 768, 1366, 1440] as const;

type Finding = string;

/** Runs in the page: what overflows, described for the failure message. */
function findOverflow(): Finding[] {
  const doc = document.documentElement;
  const vw = doc.clientWidth;
  const findings: string[] = [];
  if (doc.scrollWidth > vw + 1) findings.push(`the page is ${doc.scrollWidth}px wide in a ${vw}px window`);
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : "";
    const label = el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}> "${label}"`;
  };
  const says = (box: Element) =>
    box.hasAttribute("aria-label") || box.hasAttribute("aria-labelledby") || Boolean(box.querySelector("table > caption"));
  const scrollBoxOf = (el: Element): Element | null => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return a;
    }
    return null;
  };
  const reported = new Set<Element>();
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    if (el.closest("[data-sonner-toaster]")) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none") continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right <= vw + 1 && r.left >= -1) continue;
    const box = scrollBoxOf(el);
    if (box) {
      if (box.scrollWidth > box.clientWidth + 1 && !says(box) && !reported.has(box)) {
        reported.add(box);
        findings.push(`${describe(box)} scrolls sideways without saying what it is`);
      }
      continue;
    }
    findings.push(`${describe(el)} sticks out to ${Math.round(r.right)}px`);
    if (findings.length > 12) break;
  }
  return findings;
}

test.describe("no sideways scroll", () => {
  test("every page at 390, 768, 1366 and 1440 px", async ({ page, seed }) => {
    test.setTimeout(600_000);
    const site = await seedSite(seed);
    await signInOverHttp(page.request, site.owner.user.email);
    const failures: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of site.pages) {
        // The sign-in and sign-up pages are for signed-out visitors: they redirect the others.
        if (name === "signin" || name === "signup") continue;
        await page.goto(path);
        await expect(page.locator("main, body").first()).toBeVisible();
        await page.waitForLoadState("networkidle");
        const found = await page.evaluate(findOverflow);
        for (const f of found) failures.push(`${width}px ${name} (${path}): ${f}`);
      }
    }
    // The roster on a phone shows each entry's name and role whole, without scrolling sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const view of ["departments", "table"]) {
      await page.goto(`/projects/${site.owner.project.id}/roster?view=${view}`);
      const table = page.getByRole("table", { name: /Roster/ });
      const row = table.getByRole("row", { name: /Samuel Osei/ }).first();
      // Whole across the width (the page scrolls down to them, never sideways).
      for (const part of [row.getByRole("link", { name: "Samuel Osei" }), row.getByText("First Assistant Director")]) {
        await part.scrollIntoViewIfNeeded();
        await expect(part).toBeInViewport({ ratio: 1 });
      }
      expect(await table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth + 1), `roster ${view} view scrolls sideways at 390px`).toBe(true);
    }

    // Signed out: the public pages.
    await page.context().clearCookies();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ["/signin", "/signup"]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        for (const f of await page.evaluate(findOverflow)) failures.push(`${width}px ${path}: ${f}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
