"use client";

import { Download, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { Outcome } from "@/server/actions/outcome";
import type { Staleness } from "@/lib/end-credits/sources";
import { CREDIT_EXPORT_FORMATS, DELIVERY_FORMATS } from "@/lib/exports/credit-formats";
import { PdfExportButton } from "./pdf-export-button";
import { VideoExports } from "./video-exports";

type Regenerate = { revision: number; generate: (projectId: string, revision: number | null) => Promise<Outcome<unknown>> };

/** Starts a download of `href` as if its link had been clicked. */
function download(href: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = "";
  document.body.appendChild(a);
  a.click();
  a.remove();
}

const linkClass = "flex items-center gap-1.5 rounded-md px-2 py-1 text-accent-700 hover:bg-zinc-50 hover:underline dark:text-accent-300 dark:hover:bg-zinc-800";

/**
 * Download links for the working list (versionId null) or a saved version: the list itself,
 * the delivery files (title house, Cinecred, MovieLabs, the PGA notice packet) and the crawl
 * rendered to video (with `crawl`: the project's frame rate and target). When the working
 * list is out of date (or may be), every export asks first: regenerate (Editors), export
 * anyway, or cancel. So it does when producer titles the roster states are still undecided
 * (`undecided`: they don't bill): decide them first, or export anyway.
 */
export function ExportLinks({
  projectId,
  versionId,
  staleness = null,
  regenerate = null,
  undecided = [],
  crawl = null,
}: {
  projectId: string;
  versionId: string | null;
  staleness?: Staleness | null;
  regenerate?: Regenerate | null;
  undecided?: readonly { name: string; title: string }[];
  crawl?: { frameRate: string; targetRuntimeSeconds: number | null } | null;
}) {
  const query = versionId ? `&version=${encodeURIComponent(versionId)}` : "";
  const [asking, setAsking] = useState<{ format: string; go: () => void } | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const stale = staleness && staleness.state !== "current" ? staleness : null;
  const claims = undecided.length ? `${undecided.map((c) => `${c.name} (${c.title})`).join(", ")} ${undecided.length === 1 ? "is a producer title" : "are producer titles"} from the roster nobody decided: ${undecided.length === 1 ? "it doesn't" : "they don't"} bill.` : "";
  const confirm = stale || claims ? (format: string, go: () => void) => setAsking({ format, go }) : null;

  return (
    <>
      {stale ? (
        <p className="mt-2 flex items-start gap-1.5 text-xs text-amber-800 dark:text-amber-300">
          <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden />
          {stale.state === "stale" ? `Out of date: ${stale.summary.charAt(0).toLowerCase()}${stale.summary.slice(1)}.` : "May be out of date."} Exports ask first.
        </p>
      ) : null}
      <ul className="mt-2 grid grid-cols-2 gap-1.5 text-sm" aria-label="Downloads">
        {CREDIT_EXPORT_FORMATS.map((f) => {
          const href = `/api/projects/${projectId}/credits/list/export?format=${f.id}${query}`;
          return (
            <li key={f.id}>
              {f.id === "pdf" ? (
                <PdfExportButton projectId={projectId} versionId={versionId} confirm={confirm ? (go) => confirm(f.label, go) : undefined} />
              ) : (
                <DownloadLink href={href} label={f.label} description={f.description} confirm={confirm} />
              )}
            </li>
          );
        })}
      </ul>
      <h4 className="mt-4 border-t border-zinc-200 pt-3 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">Delivery</h4>
      <ul className="mt-1 space-y-0.5 text-sm" aria-label="Delivery files">
        {DELIVERY_FORMATS.map((f) => (
          <li key={f.id}>
            <DownloadLink href={`/api/projects/${projectId}/credits/list/export?format=${f.id}${query}`} label={f.label} description={f.description} confirm={confirm} />
          </li>
        ))}
      </ul>
      {crawl ? <VideoExports projectId={projectId} versionId={versionId} frameRate={crawl.frameRate} targetRuntimeSeconds={crawl.targetRuntimeSeconds} confirm={confirm ? (go) => confirm("crawl video", go) : undefined} /> : null}
      <Dialog
        open={asking !== null}
        onOpenChange={(open) => !open && setAsking(null)}
        title={stale ? "Export an out-of-date list?" : "Export without the undecided producer titles?"}
        description={[
          stale?.state === "stale" ? `${stale.summary} since the list was built: the ${asking?.format ?? ""} export would leave that out.` : (stale?.summary ?? ""),
          claims,
        ]
          .filter(Boolean)
          .join(" ")}
      >
        <div className="flex flex-wrap justify-end gap-2">
          {claims ? (
            <a href={`/projects/${projectId}/credits?view=decide`} className="inline-flex h-10 items-center rounded-lg px-4 text-sm font-medium text-accent-700 underline dark:text-accent-300">
              Decide them first
            </a>
          ) : null}
          <Button variant="ghost" onClick={() => setAsking(null)}>
            Cancel
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              asking?.go();
              setAsking(null);
            }}
          >
            Export anyway
          </Button>
          {regenerate && stale ? (
            <Button
              disabled={pending}
              onClick={() =>
                start(async () => {
                  const r = await regenerate.generate(projectId, regenerate.revision);
                  if (r.ok) toast.success(`${r.message} Export again to download the new list.`);
                  else toast.error(r.message);
                  setAsking(null);
                  router.refresh();
                })
              }
            >
              Regenerate first
            </Button>
          ) : null}
        </div>
      </Dialog>
    </>
  );
}

/** A download link; with `confirm`, a click asks first (an out-of-date list). */
function DownloadLink({ href, label, description, confirm }: { href: string; label: string; description: string; confirm: ((format: string, go: () => void) => void) | null }) {
  return (
    <a
      href={href}
      download
      onClick={(e) => {
        if (!confirm) return;
        e.preventDefault();
        confirm(label, () => download(href));
      }}
      className={linkClass}
      title={description}
    >
      <Download className="size-3.5" aria-hidden /> {label}
    </a>
  );
}
