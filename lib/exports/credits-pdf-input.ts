import { renderCreditsPdf, type PdfBlock } from "@/lib/pdf/credits-pdf";
import { hasNames, nameRows, songRows, visibleBlocks, type CreditList } from "@/lib/end-credits";

/** A logo's uploaded file, by asset id (PNG bytes, or SVG already cleaned on upload). */
export type LogoFiles = ReadonlyMap<string, { mime: "image/png" | "image/svg+xml"; data: Buffer }>;

/**
 * The credit list as the PDF renderer's blocks: only what is shown (hidden blocks and names
 * left out), writing credits joined the WGA way, songs as their rows. A logo prints its
 * image (PNG as is, SVG as vectors) when its file is given, else its text alternative.
 */
export function pdfBlocks(list: CreditList, logos: LogoFiles = new Map()): PdfBlock[] {
  return visibleBlocks(list).map((b): PdfBlock => {
    if (hasNames(b)) {
      const cast = b.lines.some((l) => l.character !== undefined);
      const names = cast ? b.lines.map((l) => ({ name: l.asCredited ?? l.name, character: l.character ?? null })) : nameRows(b.lines).map((name) => ({ name }));
      return { kind: b.kind, heading: b.heading, names, columns: b.columns };
    }
    if (b.kind === "paragraph") return { kind: "paragraph", heading: b.heading, names: [], columns: 1, text: b.text };
    if (b.kind === "song") return { kind: "song", heading: b.heading, names: songRows(b).map((name) => ({ name })), columns: 1 };
    const file = logos.get(b.assetId);
    if (!file) return { kind: "names", heading: b.heading, names: [{ name: b.alt }], columns: 1 };
    const logo = { width: b.width, height: b.height, ...(file.mime === "image/png" ? { png: file.data } : { svg: file.data.toString("utf8") }) };
    return { kind: "logo", heading: b.heading, names: [], columns: 1, logo };
  });
}

export function renderListPdf(
  list: CreditList,
  projectTitle: string,
  versionName: string | null,
  onProgress?: (done: number, total: number) => void,
  logos?: LogoFiles,
): Promise<Buffer> {
  return renderCreditsPdf({ title: projectTitle, subtitle: versionName ? `Credits — ${versionName}` : "Credits", blocks: pdfBlocks(list, logos) }, onProgress);
}
