import { describe, expect, it } from "vitest";
import { buildCreditList } from "@/lib/end-credits/build";
import { addManualBlock, renameHeading } from "@/lib/end-credits/edit";
import { renderListPdf, type ListPdfMeta } from "@/lib/exports/credits-pdf-input";
import { renderCreditsPdf } from "@/lib/pdf/credits-pdf";
import { actor, crew, held, input } from "../end-credits/fixtures";
import { extractPdf, type TextItem } from "./pdf-inspect";

const SLOW = 120_000;

/** One name per script, as typed. Arabic with the lam-alef ligature (لأ, لا), Hebrew with and without points. */
const NAMES = {
  latin: "José Müller-Ñúñez",
  greek: "Γιώργος Παπαδόπουλος",
  cyrillic: "Анна Каренина",
  cjk: "黒澤 明",
  chinese: "王小明",
  hangul: "김민준",
  arabic: "محمد الأحمد",
  arabicLa: "سلام علاء",
  hebrew: "דוד לוי",
  hebrewPointed: "שָׁלוֹם",
} as const;

const meta = (over: Partial<ListPdfMeta> = {}): ListPdfMeta => ({
  projectTitle: "Harbor Lights",
  versionName: null,
  savedAt: new Date("2026-12-01T10:00:00Z"),
  lockedAt: null,
  frameRate: "24",
  targetRuntimeSeconds: null,
  exportedAt: new Date("2026-12-03T14:05:00Z"),
  ...over,
});

const film = buildCreditList(
  input({
    heldCredits: [held("d", NAMES.latin, "Directed by"), held("p", NAMES.greek, "Produced by")],
    roster: [
      crew("g", NAMES.cyrillic, "Gaffer"),
      crew("k", NAMES.cjk, "Key Grip"),
      crew("k2", NAMES.chinese, "Key Grip"),
      crew("c", NAMES.hangul, "Colorist"),
      crew("a", NAMES.arabic, "Boom Operator"),
      crew("h", NAMES.hebrew, "Production Assistant"),
      crew("z", "Zoë Adebayo", "Lead Actor", "Cast"),
    ],
    cast: [actor("z", "Zoë Adebayo", "Maya"), actor("l", NAMES.arabicLa, "الطبيب"), actor("s", NAMES.hebrewPointed, "Inspector")],
  }),
);

const texts = (items: readonly TextItem[]) => items.map((i) => i.str);

describe("the credit list PDF", () => {
  it(
    "gives back every name as typed: Latin, Greek, Cyrillic, CJK, Hangul, Arabic (lam-alef) and Hebrew",
    async () => {
      const { pages } = await extractPdf(await renderListPdf(film, meta()));
      const items = pages.flatMap((p) => p.items);
      const lines = pages.flatMap((p) => p.lines);
      for (const name of [NAMES.latin, NAMES.greek, NAMES.cyrillic, NAMES.cjk, NAMES.chinese, NAMES.hangul, "Zoë Adebayo"]) {
        expect(lines.some((l) => l.includes(name)), `${name} in ${JSON.stringify(lines)}`).toBe(true);
      }
      // Right-to-left names come back whole, in logical order, letters of the ligatures in place.
      for (const name of [NAMES.arabic, NAMES.arabicLa, NAMES.hebrew, NAMES.hebrewPointed, "الطبيب"]) {
        const item = items.find((i) => i.str === name);
        expect(item, `${name} (${[...name].map((c) => c.codePointAt(0)!.toString(16)).join(" ")}) in ${JSON.stringify(texts(items))}`).toBeDefined();
        expect(item!.dir).toBe("rtl");
      }
    },
    SLOW,
  );

  it(
    "opens on a title page with the project, version, dates, running time and status, and marks a draft on every page",
    async () => {
      const { pages } = await extractPdf(await renderListPdf(film, meta({ targetRuntimeSeconds: null })));
      const cover = pages[0]!.lines;
      expect(cover).toEqual(
        expect.arrayContaining([
          "Harbor Lights",
          "End credits",
          "VERSION Working list",
          "LAST CHANGED 2026-12-01 10:00 UTC",
          "EXPORTED 2026-12-03 14:05 UTC",
          "STATUS DRAFT — not locked as sent to post",
        ]),
      );
      expect(cover.find((l) => l.startsWith("RUNNING TIME"))).toMatch(/^RUNNING TIME \d:\d\d\.\d \([\d,]+ frames at 24 fps, 3 px\/frame\)$/);
      expect(cover.find((l) => l.startsWith("CREDITS"))).toMatch(/^CREDITS \d+ names in \d+ blocks$/);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) {
        // The diagonal mark and the header's label.
        expect(page.items.filter((i) => i.str === "DRAFT").length, JSON.stringify(page.lines)).toBe(2);
        expect(page.lines.at(-1)).toMatch(new RegExp(`^\\d+ / ${pages.length}$`));
      }
      expect(pages[1]!.lines[0]).toMatch(/^Harbor Lights · End credits · Working list/);
    },
    SLOW,
  );

  it(
    "prints no DRAFT on a version locked as sent to post, and says when it was locked",
    async () => {
      const locked = meta({ versionName: "Picture lock v2", lockedAt: new Date("2026-12-02T09:30:00Z") });
      const { pages } = await extractPdf(await renderListPdf(film, locked));
      expect(pages.flatMap((p) => texts(p.items)).some((t) => t.includes("DRAFT"))).toBe(false);
      expect(pages[0]!.lines).toEqual(expect.arrayContaining(["VERSION Picture lock v2", "SAVED 2026-12-01 10:00 UTC", "STATUS Sent to post — locked 2026-12-02 09:30 UTC"]));
    },
    SLOW,
  );

  it(
    "sets main titles in one column, the crew as role | name and the cast as character | actor",
    async () => {
      const { pages } = await extractPdf(await renderListPdf(film, meta()));
      const lines = pages.slice(1).flatMap((p) => p.lines);
      // Main titles: a centred heading over the name.
      expect(lines).toEqual(expect.arrayContaining(["DIRECTED BY", NAMES.latin, "PRODUCED BY", NAMES.greek]));
      // Crew: the role beside its first name, more names below.
      expect(lines).toContain(`GAFFER ${NAMES.cyrillic}`);
      const grips = lines.findIndex((l) => l.startsWith("KEY GRIPS"));
      expect(lines.slice(grips, grips + 2)).toEqual([`KEY GRIPS ${NAMES.cjk}`, NAMES.chinese]);
      // Cast: character, then actor, across the centre.
      expect(lines).toContain("CAST");
      expect(lines).toContain("Maya Zoë Adebayo");
      const page = pages.slice(1).find((p) => p.lines.includes("Maya Zoë Adebayo"))!;
      const maya = page.items.find((i) => i.str === "Maya")!;
      const zoe = page.items.find((i) => i.str === "Zoë Adebayo")!;
      expect(maya.x + maya.width).toBeLessThan(page.width / 2);
      expect(zoe.x).toBeGreaterThan(page.width / 2);
    },
    SLOW,
  );

  it(
    "wraps a 10,000-character unbroken heading and a very long name inside the page",
    async () => {
      let list = addManualBlock(film, "group", { id: "long", heading: "Long", names: ["N".repeat(400)] });
      list = { ...list, blocks: list.blocks.map((b) => (b.id === "long" ? { ...b, heading: "Q".repeat(10_000) } : b)) };
      list = renameHeading(list, "crew:electric:electric.gaffer", "G".repeat(300));
      const { pages } = await extractPdf(await renderListPdf(list, meta()));
      for (const page of pages) {
        for (const item of page.items) {
          expect(item.x, item.str.slice(0, 20)).toBeGreaterThanOrEqual(0);
          expect(item.x + item.width, item.str.slice(0, 20)).toBeLessThanOrEqual(page.width);
        }
      }
      const all = pages.flatMap((p) => texts(p.items)).join("");
      expect(all.split("Q").length - 1).toBe(10_000);
      expect(all.split("G").length - 1).toBeGreaterThanOrEqual(300);
    },
    SLOW,
  );

  it(
    "keeps the old layout without a title page (title first, no header or mark)",
    async () => {
      const { pages } = await extractPdf(await renderCreditsPdf({ title: "Plain", blocks: [{ heading: "Crew", kind: "names", columns: 1, names: [{ name: "Ann" }] }] }));
      expect(pages[0]!.lines).toEqual(["Plain", "CREW", "Ann", "1 / 1"]);
    },
    SLOW,
  );
});
