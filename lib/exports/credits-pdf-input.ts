import { renderCreditsPdf, type PdfBlock } from "@/lib/pdf/credits-pdf";
import { formatSeconds, hasNames, nameRows, runningTime, songRows, visibleBlocks, type CreditList, type CreditSection } from "@/lib/end-credits";

/** A logo's uploaded file, by asset id (PNG bytes, or SVG already cleaned on upload). */
export type LogoFiles = ReadonlyMap<string, { mime: "image/png" | "image/svg+xml"; data: Buffer }>;

/** Sections whose blocks of names are set role | names, as title houses set the crew. */
const SIDE_BY_SIDE: ReadonlySet<CreditSection> = new Set(["opening", "crew", "post"]);

/**
 * The credit list as the PDF renderer's blocks: only what is shown (hidden blocks and names
 * left out), writing credits joined the WGA way, songs as their rows. The crew (the UPM and
 * ADs, the departments, post-production) is set role | names; main titles, the cast (character
 * | actor, by the renderer) and the closing blocks centred. A logo prints its image (PNG as
 * is, SVG as vectors) when its file is given, else its text alternative.
 */
export function pdfBlocks(list: CreditList, logos: LogoFiles = new Map()): PdfBlock[] {
  return visibleBlocks(list).map((b): PdfBlock => {
    if (hasNames(b)) {
      const cast = b.lines.some((l) => l.character !== undefined);
      const names = cast ? b.lines.map((l) => ({ name: l.asCredited ?? l.name, character: l.character ?? null })) : nameRows(b.lines).map((name) => ({ name }));
      return { kind: b.kind, heading: b.heading, names, columns: b.columns, layout: SIDE_BY_SIDE.has(b.section) ? "side-by-side" : "centred" };
    }
    if (b.kind === "paragraph") return { kind: "paragraph", heading: b.heading, names: [], columns: 1, text: b.text };
    if (b.kind === "song") return { kind: "song", heading: b.heading, names: songRows(b).map((name) => ({ name })), columns: 1 };
    const file = logos.get(b.assetId);
    if (!file) return { kind: "names", heading: b.heading, names: [{ name: b.alt }], columns: 1 };
    const logo = { width: b.width, height: b.height, ...(file.mime === "image/png" ? { png: file.data } : { svg: file.data.toString("utf8") }) };
    return { kind: "logo", heading: b.heading, names: [], columns: 1, logo };
  });
}

/** What the title page says about the list being exported. */
export type ListPdfMeta = {
  projectTitle: string;
  /** null: the working list. */
  versionName: string | null;
  /** When the version (or the working list) was last saved. */
  savedAt: Date;
  /** When a version was locked as sent to post; null for anything else (marked DRAFT). */
  lockedAt: Date | null;
  frameRate: string;
  targetRuntimeSeconds: number | null;
  exportedAt: Date;
};

/** "2026-12-03 14:05 UTC" */
function stamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The title page's facts, the running header and the DRAFT mark for a list. */
export function listPdfFrame(list: CreditList, meta: ListPdfMeta) {
  const version = meta.versionName ?? "Working list";
  const time = runningTime(list, meta.frameRate, meta.targetRuntimeSeconds);
  const shown = visibleBlocks(list);
  const names = shown.reduce((n, b) => n + (hasNames(b) ? b.lines.length : 0), 0);
  const draft = meta.lockedAt === null;
  return {
    draft,
    header: `${meta.projectTitle} · End credits · ${version}`,
    titlePage: {
      title: meta.projectTitle,
      subtitle: "End credits",
      facts: [
        { label: "Version", value: version },
        { label: meta.versionName ? "Saved" : "Last changed", value: stamp(meta.savedAt) },
        { label: "Exported", value: stamp(meta.exportedAt) },
        {
          label: "Running time",
          value: `${formatSeconds(time.seconds)} (${time.frames.toLocaleString("en-US")} frames at ${time.fps} fps, ${time.pxPerFrame} px/frame${time.fitted ? ", fitted to the target" : ""})`,
        },
        { label: "Credits", value: `${names.toLocaleString("en-US")} ${names === 1 ? "name" : "names"} in ${shown.length} ${shown.length === 1 ? "block" : "blocks"}` },
        { label: "Status", value: draft ? "DRAFT — not locked as sent to post" : `Sent to post — locked ${stamp(meta.lockedAt!)}` },
      ],
    },
  };
}

export function renderListPdf(list: CreditList, meta: ListPdfMeta, onProgress?: (done: number, total: number) => void, logos?: LogoFiles): Promise<Buffer> {
  const frame = listPdfFrame(list, meta);
  return renderCreditsPdf({ title: meta.projectTitle, subtitle: `End credits — ${meta.versionName ?? "Working list"}`, blocks: pdfBlocks(list, logos), ...frame }, onProgress);
}
