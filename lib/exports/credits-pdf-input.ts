import { renderCreditsPdf, type PdfBlock } from "@/lib/pdf/credits-pdf";
import { hasNames, nameRows, songRows, visibleBlocks, type CreditList } from "@/lib/end-credits";

/**
 * The credit list as the PDF renderer's blocks: only what is shown (hidden blocks and names
 * left out), writing credits joined the WGA way, songs as their rows. Logos print their
 * text alternative (the image files are not part of the list yet).
 */
export function pdfBlocks(list: CreditList): PdfBlock[] {
  return visibleBlocks(list).map((b): PdfBlock => {
    if (hasNames(b)) {
      const cast = b.lines.some((l) => l.character !== undefined);
      const names = cast ? b.lines.map((l) => ({ name: l.asCredited ?? l.name, character: l.character ?? null })) : nameRows(b.lines).map((name) => ({ name }));
      return { kind: b.kind, heading: b.heading, names, columns: b.columns };
    }
    if (b.kind === "paragraph") return { kind: "paragraph", heading: b.heading, names: [], columns: 1, text: b.text };
    if (b.kind === "song") return { kind: "song", heading: b.heading, names: songRows(b).map((name) => ({ name })), columns: 1 };
    return { kind: "names", heading: b.heading, names: [{ name: b.alt }], columns: 1 };
  });
}

export function renderListPdf(list: CreditList, projectTitle: string, versionName: string | null, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  return renderCreditsPdf({ title: projectTitle, subtitle: versionName ? `Credits — ${versionName}` : "Credits", blocks: pdfBlocks(list) }, onProgress);
}
