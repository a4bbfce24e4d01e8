import { describe, expect, it } from "vitest";
import { openPdf, Typesetter, type Style } from "@/lib/pdf/layout";
import { loadFontsFor } from "@/lib/pdf/text";

const plain: Style = { size: 10.5, lineHeight: 15.5, color: "#111111", tracking: 0, upper: false };
const tracked: Style = { size: 8.5, lineHeight: 15.5, color: "#6b6b6b", tracking: 0.68, upper: true };
const paragraph =
  "Financing (lead, 120 h); Packaging (equal share, 40 h); Hiring key crew (supporting, 12 h); Budgeting (lead, 30 h); Scheduling (lead, 22 h). 12 entries, 224 h, 3 Jan 2026 – 14 Mar 2026.";

describe("Typesetter.wrap", () => {
  it("breaks a long paragraph into lines at the style's own size, each inside the measure (never shrinks a line that could wrap)", async () => {
    await loadFontsFor([paragraph, paragraph.toUpperCase()]);
    const { doc } = openPdf({ title: "t", subject: "s", size: [595, 842], margins: { top: 10, bottom: 10, left: 10, right: 10 } });
    const ts = new Typesetter(doc);
    for (const style of [plain, tracked]) {
      for (const max of [180, 333, 420]) {
        const lines = ts.wrap(paragraph, style, max);
        expect(lines.length).toBeGreaterThan(1);
        for (const line of lines) {
          expect(line.size, `${style.size} pt at ${max}`).toBe(style.size);
          expect(line.width).toBeLessThanOrEqual(max + 0.01);
        }
        // Every word is kept, in order.
        const words = (style.upper ? paragraph.toUpperCase() : paragraph).split(" ");
        expect(lines.map((l) => l.segments.map((s) => s.text).join("")).join(" ").split(" ")).toEqual(words);
      }
    }
  });
});
