import { describe, expect, it } from "vitest";
import { renderCreditsPdf, type PdfBlock } from "@/lib/pdf/credits-pdf";
import { paginate, type Row } from "@/lib/pdf/layout";
import { loadSlices, sliceFor } from "@/lib/pdf/fonts";
import { FontPlanner, shapeLine } from "@/lib/pdf/text";
import { extractPdf, fillColors, inspectFonts, solidPng } from "./pdf-inspect";

/** One name per script the renderer must handle. */
const NAMES = {
  latin: "José Müller-Ñúñez",
  latinExt: "Łukasz Żuławski",
  nordic: "Zoë Ødegaard",
  greek: "Γιώργος Παπαδόπουλος",
  cyrillic: "Анна Каренина",
  japanese: "高橋 さくら",
  chinese: "王小明",
  korean: "김민준",
  arabic: "محمد عبد الله",
  hebrew: "דוד לוי",
} as const;

const ALL_SCRIPTS: PdfBlock[] = [
  { heading: "Directed by", kind: "names", columns: 1, names: [{ name: NAMES.latin }] },
  {
    heading: "Cast",
    kind: "names",
    columns: 1,
    names: [
      { name: NAMES.greek, character: "The Ferryman" },
      { name: NAMES.arabic, character: "الطبيب" },
      { name: NAMES.hebrew, character: "Inspector (retired)" },
    ],
  },
  {
    heading: "Crew",
    kind: "names",
    columns: 2,
    names: [NAMES.latinExt, NAMES.nordic, NAMES.cyrillic, NAMES.japanese, NAMES.chinese, NAMES.korean].map((name) => ({ name })),
  },
];

const SLOW = 120_000;

describe("renderCreditsPdf: scripts, fonts and metadata", () => {
  it(
    "draws every script with embedded fonts, and every name can be extracted again",
    async () => {
      const pdf = await renderCreditsPdf({ title: "Ünïcode Credits", subtitle: "all scripts", blocks: ALL_SCRIPTS });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

      const { pages, info } = await extractPdf(pdf);
      expect(info.Title).toBe("Ünïcode Credits");
      expect(info.Creator).toBe("Hatrack");
      expect(pages).toHaveLength(1);
      const { lines, items } = pages[0]!;

      // Left-to-right names come back whole on their line (a name that needs two font
      // slices, like Łukasz, is two text runs that the line joins again).
      for (const name of [NAMES.latin, NAMES.latinExt, NAMES.nordic, NAMES.greek, NAMES.cyrillic, NAMES.japanese, NAMES.chinese, NAMES.korean]) {
        expect(lines.some((l) => l.includes(name)), `${name} in ${JSON.stringify(lines)}`).toBe(true);
      }
      // Right-to-left names are drawn as one run in visual order; pdf.js applies the bidi
      // algorithm to each run and returns the logical string, marked dir "rtl".
      for (const name of [NAMES.arabic, NAMES.hebrew, "الطبيب"]) {
        const item = items.find((i) => i.str === name);
        expect(item, `${name} in ${JSON.stringify(items.map((i) => i.str))}`).toBeDefined();
        expect(item!.dir).toBe("rtl");
      }
      // Headings are small capitals: upper case, tracked less than pdf.js's word-gap threshold.
      expect(lines).toContain("DIRECTED BY");
      expect(lines).toContain("CAST");
    },
    SLOW,
  );

  it(
    "embeds a font program for every font and uses no base-14 font",
    async () => {
      const pdf = await renderCreditsPdf({ title: "Fonts", blocks: ALL_SCRIPTS });
      const report = inspectFonts(pdf);
      expect(report.problems).toEqual([]);
      const type0 = report.fonts.filter((f) => f.subtype === "Type0");
      const cid = report.fonts.filter((f) => f.subtype === "CIDFontType2");
      expect(report.fonts.length).toBe(type0.length + cid.length);
      expect(cid.length).toBe(type0.length);
      expect(report.embedded).toBe(cid.length);
      // One font per script family at least: Noto Sans, Plex Arabic, Noto Hebrew/JP/SC/KR.
      const families = new Set(cid.map((f) => f.baseFont.replace(/^[A-Z]{6}\+/, "").replace(/-Regular-.*$/, "")));
      expect([...families].sort()).toEqual(["IBMPlexSansArabic", "NotoSans", "NotoSansHebrew", "NotoSansJP", "NotoSansKR", "NotoSansSC"]);
    },
    SLOW,
  );

  it(
    "uses the requested page size",
    async () => {
      const a4 = await extractPdf(await renderCreditsPdf({ title: "A4", blocks: [] }));
      expect([Math.round(a4.pages[0]!.width), Math.round(a4.pages[0]!.height)]).toEqual([595, 842]);
      const letter = await extractPdf(await renderCreditsPdf({ title: "Letter", blocks: [], pageSize: "LETTER" }));
      expect([letter.pages[0]!.width, letter.pages[0]!.height]).toEqual([612, 792]);
    },
    SLOW,
  );
});

describe("renderCreditsPdf: right-to-left and shaping", () => {
  it(
    "orders right-to-left runs visually and keeps Arabic in one shaped run",
    async () => {
      const arabic = sliceFor("arabic", 0x645)!;
      const hebrew = sliceFor("hebrew", 0x5d3)!;
      const latin = sliceFor("latin", 0x41)!;
      await loadSlices([arabic, hebrew, latin]);
      const planner = new FontPlanner(true);

      // One RTL run, spaces included, handed to fontkit in logical order.
      expect(shapeLine(NAMES.arabic, planner).map((s) => [s.text, s.wholeRun, s.slice.key])).toEqual([[NAMES.arabic, true, arabic.key]]);

      // "דוד לוי (2)": an RTL paragraph read right to left; drawn left to right it is
      // "(2) " then the Hebrew run (whose trailing space fontkit puts on its left). The
      // digit is an LTR island; the brackets, at an RTL level, are mirrored.
      const segs = shapeLine("דוד לוי (2)", planner);
      expect(segs.map((s) => [s.text, s.level])).toEqual([
        ["(", 1],
        ["2", 2],
        [")", 1],
        ["דוד לוי ", 1],
      ]);
      expect(segs.map((s) => s.wholeRun)).toEqual([false, false, false, true]);

      // Latin with an Arabic name inside: the Arabic run is placed as a unit.
      const mixed = shapeLine("with فاطمة الزهراء and", planner).map((s) => s.text);
      expect(mixed).toEqual(["with ", "فاطمة الزهراء", " and"]);
    },
    SLOW,
  );

  it(
    "shapes Arabic with contextual forms and a lam-alef ligature (fontkit OpenType shaping)",
    async () => {
      const arabic = sliceFor("arabic", 0x645)!;
      await loadSlices([arabic]);
      const font = arabic.font!;
      const isolated = Array.from("محمد").map((ch) => font.glyphForCodePoint(ch.codePointAt(0)!).id);
      const run = font.layout("محمد");
      // Visual order (reversed) and different glyphs from the isolated forms.
      expect(run.glyphs.map((g) => g.codePoints[0])).toEqual(Array.from("محمد").reverse().map((c) => c.codePointAt(0)));
      expect(run.glyphs.map((g) => g.id)).not.toEqual([...isolated].reverse());
      // لا is one glyph standing for two characters.
      const la = font.layout("لا");
      expect(la.glyphs).toHaveLength(1);
      // …whose code points are handed out in visual order (alef, lam), so that text extractors,
      // which reverse a right-to-left line, give back "لا" (fonts.ts visualCodePoints).
      expect(la.glyphs[0]!.codePoints).toEqual([0x627, 0x644]);
    },
    SLOW,
  );
});

describe("renderCreditsPdf: layout", () => {
  it(
    "draws two-column blocks side by side and cast as character … actor rows",
    async () => {
      const pdf = await renderCreditsPdf({
        title: "Layout",
        blocks: [
          { heading: "Grips", kind: "names", columns: 2, names: [{ name: "Ana Lima" }, { name: "Bo Chen" }, { name: "Odd One" }] },
          { heading: "Cast", kind: "names", columns: 1, names: [{ name: "Maria Costa", character: "The Ferryman" }] },
          { heading: "Thanks", kind: "paragraph", columns: 1, names: [], text: "Thank you to ".repeat(40) + "everyone." },
          { heading: "", kind: "song", columns: 1, names: [], text: "“Night Train”\nWritten by Ana Lima" },
        ],
      });
      const { lines } = (await extractPdf(pdf)).pages[0]!;
      expect(lines).toContain("Ana Lima Bo Chen");
      expect(lines).toContain("Odd One");
      expect(lines).toContain("The Ferryman Maria Costa");
      // Wrapped over several lines, every word kept in order, the last line ending it.
      const first = lines.findIndex((l) => l.startsWith("Thank you to"));
      const last = lines.findIndex((l) => l.endsWith("everyone."));
      expect(last - first).toBeGreaterThan(1);
      expect(lines.slice(first, last + 1).join(" ")).toBe("Thank you to ".repeat(40) + "everyone.");
      expect(lines).toContain("“Night Train”");
      expect(lines).toContain("Written by Ana Lima");
    },
    SLOW,
  );

  it(
    "places a logo PNG and skips an unreadable one",
    async () => {
      const png = await solidPng(40, 20, [200, 30, 30]);
      const pdf = await renderCreditsPdf({
        title: "Logos",
        blocks: [
          { heading: "Made with", kind: "logo", columns: 1, names: [], logo: { png, width: 40, height: 20 } },
          { heading: "Broken", kind: "logo", columns: 1, names: [], logo: { png: Buffer.from("not a png"), width: 40, height: 20 } },
        ],
      });
      const text = pdf.toString("latin1");
      expect(text.match(/\/Subtype \/Image/g)).toHaveLength(1);
      const { lines } = (await extractPdf(pdf)).pages[0]!;
      expect(lines).toEqual(expect.arrayContaining(["MADE WITH", "BROKEN"]));
    },
    SLOW,
  );

  it(
    "draws an SVG logo as vectors (no image object), and skips one without a size",
    async () => {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#1e90ff"/><circle cx="20" cy="20" r="10" fill="#ff8c00"/></svg>';
      const pdf = await renderCreditsPdf({
        title: "Vector logos",
        blocks: [
          { heading: "Distributed by", kind: "logo", columns: 1, names: [], logo: { svg, width: 120, height: 40 } },
          { heading: "Sizeless", kind: "logo", columns: 1, names: [], logo: { svg: svg.replace("#1e90ff", "#00ff00"), width: 0, height: 0 } },
        ],
      });
      expect(pdf.toString("latin1")).not.toMatch(/\/Subtype \/Image/);
      const colors = await fillColors(pdf);
      expect(colors).toEqual(expect.arrayContaining(["#1e90ff", "#ff8c00"]));
      expect(colors).not.toContain("#00ff00");
      const { lines } = (await extractPdf(pdf)).pages[0]!;
      expect(lines).toEqual(expect.arrayContaining(["DISTRIBUTED BY", "SIZELESS"]));
    },
    SLOW,
  );

  it("never leaves a kept row (a heading) last on a page", () => {
    const row = (height: number, keep = false, before = 0): Row => ({ height, keep, before, draw: () => {} });
    // Page of 100: 90 of names, then a heading (10) that would just fit, then its first name.
    const rows = [row(90), row(10, true, 0), row(10)];
    const pages = paginate(rows, 0, 100);
    expect(pages.map((p) => p.length)).toEqual([1, 2]);
    expect(pages[1]![0]!.row).toBe(rows[1]);
    // A chain of kept rows (group title, heading, first name) moves as one.
    const chain = [row(80), row(10, true, 5), row(10, true), row(10)];
    expect(paginate(chain, 0, 100).map((p) => p.length)).toEqual([1, 3]);
    // The space above a row is dropped at the top of a page.
    const spaced = paginate([row(95), row(10, false, 20)], 0, 100);
    expect(spaced[1]![0]!.top).toBe(0);
    // A unit taller than a page is split row by row, still never ending a page on a heading.
    const tall = [row(10, true), ...Array.from({ length: 12 }, () => row(10, true)), row(10)];
    const tallPages = paginate(tall, 0, 100);
    for (const page of tallPages.slice(0, -1)) expect(page.at(-1)!.row.keep && page.length < 2).toBe(false);
    expect(tallPages.flat()).toHaveLength(tall.length);
  });

  it(
    "keeps every heading on the same page as its first name, wherever the page breaks",
    async () => {
      const HEADING = /^ROLE \d+$/;
      let sawBreakBeforeHeading = false;
      for (let filler = 36; filler <= 48; filler++) {
        const blocks: PdfBlock[] = [
          { heading: "Role 0", kind: "names", columns: 1, names: Array.from({ length: filler }, (_, i) => ({ name: `Filler Person ${i}` })) },
          { heading: "Role 1", kind: "names", columns: 1, names: [{ name: "First Name 1" }, { name: "Second Name 1" }] },
          { heading: "Role 2", kind: "names", columns: 2, names: Array.from({ length: 30 }, (_, i) => ({ name: `Pair Person ${i}` })) },
          { heading: "Role 3", kind: "names", columns: 1, names: [{ name: "First Name 3", character: "Someone" }] },
        ];
        const { pages } = await extractPdf(await renderCreditsPdf({ title: "Breaks", blocks }));
        for (const page of pages) {
          const content = page.lines.filter((l) => !/^\d+ \/ \d+$/.test(l)); // drop the folio
          expect(HEADING.test(content.at(-1) ?? ""), `page ends with a heading: ${JSON.stringify(content.slice(-3))}`).toBe(false);
          content.forEach((l, i) => {
            if (HEADING.test(l)) {
              expect(content[i + 1], `${l} has its first name below it`).toBeDefined();
              if (i === 0 && page !== pages[0]) sawBreakBeforeHeading = true;
            }
          });
        }
        expect(pages.at(-1)!.lines).toContain(`${pages.length} / ${pages.length}`);
      }
      // Some filler size put the break right before a heading, and it moved to the next page.
      expect(sawBreakBeforeHeading).toBe(true);
    },
    SLOW,
  );
});

describe("renderCreditsPdf: songs", () => {
  it(
    "never splits a song credit across pages, wherever the page breaks",
    async () => {
      const song = ["“Night Train”", "Written by Ana Lima", "Performed by The Quays", "Courtesy of Harbor Records"];
      let moved = false;
      for (let filler = 30; filler <= 60; filler++) {
        const blocks: PdfBlock[] = [
          { heading: "Crew", kind: "names", columns: 1, names: Array.from({ length: filler }, (_, i) => ({ name: `Filler Person ${i}` })) },
          { heading: "", kind: "song", columns: 1, names: song.map((name) => ({ name })) },
        ];
        const { pages } = await extractPdf(await renderCreditsPdf({ title: "Songs", blocks }));
        const holding = pages.filter((p) => p.lines.some((l) => song.includes(l)));
        expect(holding, `filler ${filler}`).toHaveLength(1);
        expect(song.every((l) => holding[0]!.lines.includes(l))).toBe(true);
        if (holding[0] !== pages[0]) moved = true;
      }
      // Some filler size put the break inside the song, and the whole song moved on.
      expect(moved).toBe(true);
    },
    SLOW,
  );
});
