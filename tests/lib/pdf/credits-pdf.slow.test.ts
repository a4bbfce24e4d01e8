import { describe, expect, it } from "vitest";
import { renderCreditsPdf } from "@/lib/pdf/credits-pdf";
import { bigCreditList } from "./fixtures";
import { extractPdf, inspectFonts } from "./pdf-inspect";

/** A scale test (npm run test:slow): a 6,000-credit list renders, reports progress and yields while it draws. */
const SLOW = 120_000;

describe("renderCreditsPdf: 6,000 credits", () => {
  it(
    "renders a 6,000-credit list, reports progress and lets other work run between pages",
    async () => {
      const blocks = bigCreditList(6000);
      expect(blocks.reduce((n, b) => n + b.names.length, 0)).toBe(6000);
      // A chain of setImmediate callbacks counts the turns the event loop gets while rendering:
      // a renderer that never yields would see the count stand still from first page to last.
      let turns = 0;
      let stop = false;
      const spin = () => {
        turns += 1;
        if (!stop) setImmediate(spin);
      };
      setImmediate(spin);
      const calls: [number, number, number][] = [];
      const pdf = await renderCreditsPdf({ title: "Six thousand", blocks }, (done, total) => calls.push([done, total, turns]));
      stop = true;

      expect(calls[0]![0]).toBe(0);
      const total = calls[0]![1];
      expect(total).toBeGreaterThan(8);
      expect(calls.at(-1)!.slice(0, 2)).toEqual([total, total]);
      for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
      // Mid-render, the loop turned: other requests are served while the PDF is drawn.
      const midway = calls.filter(([done]) => done > 0 && done < total);
      expect(midway.length).toBeGreaterThan(0);
      expect(calls.at(-1)![2]).toBeGreaterThan(calls[1]![2]);

      expect(inspectFonts(pdf).problems).toEqual([]);
      const { pages } = await extractPdf(pdf, 2);
      expect(pages[0]!.lines).toContain("Six thousand");
      expect(pages[0]!.lines.at(-1)).toMatch(/^1 \/ \d{2,3}$/);
    },
    SLOW,
  );
});
