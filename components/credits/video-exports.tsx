"use client";

import { Clapperboard, Download, X } from "lucide-react";
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import { formatSeconds } from "@/lib/end-credits/crawl";
import { formatBytes } from "@/lib/text/bytes";
import { VIDEO_CODECS, VIDEO_RESOLUTIONS } from "@/lib/video/formats";

/** A job as GET …/export-jobs answers it (server/exports/jobs.ts jobView). */
export type ExportJobView = {
  id: string;
  kind: "pdf" | "video";
  label: string;
  fileName: string;
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  done: number;
  total: number;
  error: string | null;
  detail: Record<string, unknown> | null;
  size: number | null;
};

const active = (j: ExportJobView) => j.status === "queued" || j.status === "running";

/**
 * How the frames split, beside the label (which gives the length and total frames):
 * "6 px/frame · 120 card frames + 3,084 crawl frames · 12 black frames pad it to the target".
 */
function detailText(detail: Record<string, unknown> | null): string | null {
  if (!detail || typeof detail.frames !== "number") return null;
  const count = (key: string) => Number(detail[key] ?? 0);
  const frames = (n: number, what: string) => `${n.toLocaleString("en-US")} ${what} ${n === 1 ? "frame" : "frames"}`;
  const split = count("cardFrames") > 0 ? `${frames(count("cardFrames"), "card")} + ${frames(count("crawlFrames"), "crawl")}` : frames(count("crawlFrames"), "crawl");
  const parts = [`${String(detail.pxPerFrame)} px/frame`, split];
  const pad = count("padFrames");
  const over = count("overFrames");
  if (pad > 0) parts.push(`${pad} black ${pad === 1 ? "frame pads" : "frames pad"} it to the target`);
  if (over > 0) parts.push(`${over.toLocaleString("en-US")} ${over === 1 ? "frame" : "frames"} over the target`);
  return parts.join(" · ");
}

function statusText(job: ExportJobView): string {
  const pct = job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
  switch (job.status) {
    case "queued":
      return "Waiting for another render to finish";
    case "running":
      return `Rendering: ${pct}% (${job.done.toLocaleString("en-US")} of ${job.total.toLocaleString("en-US")} frames)`;
    case "done":
      return `Ready${job.size ? ` — ${formatBytes(job.size)}` : ""}`;
    case "failed":
      return job.error ?? "The render failed.";
    case "cancelled":
      return "Cancelled; nothing was kept.";
  }
}

/**
 * The crawl rendered to video, as a background export job: a dialog chooses the size, format,
 * main-title cards and timing; the renders listed below come from the server (your jobs on this
 * project), so leaving the page and coming back finds them still running, with their progress,
 * a Cancel button and, once done, the download. With `confirm`, starting asks first (an
 * out-of-date list).
 */
export function VideoExports({
  projectId,
  versionId,
  frameRate,
  targetRuntimeSeconds,
  confirm,
}: {
  projectId: string;
  versionId: string | null;
  frameRate: string;
  targetRuntimeSeconds: number | null;
  confirm?: (go: () => void) => void;
}) {
  const base = `/api/projects/${projectId}/credits/list/export-jobs`;
  const [jobs, setJobs] = useState<ExportJobView[]>([]);
  const [open, setOpen] = useState(false);
  const [announce, setAnnounce] = useState("");
  const known = useRef(new Map<string, ExportJobView["status"]>());

  const refresh = useCallback(async () => {
    try {
      const res = await fetch(base, { cache: "no-store" });
      if (!res.ok) return;
      const body = (await res.json()) as { jobs: ExportJobView[] };
      const videos = body.jobs.filter((j) => j.kind === "video");
      for (const j of videos) {
        const before = known.current.get(j.id);
        if (before && active({ ...j, status: before }) && j.status === "done") {
          toast.success("The crawl video is ready to download.");
          setAnnounce(`${j.label}: ready to download.`);
        }
        if (before && active({ ...j, status: before }) && j.status === "failed") setAnnounce(`${j.label}: ${j.error ?? "failed"}`);
        known.current.set(j.id, j.status);
      }
      setJobs(videos);
    } catch {
      // Offline for a moment: the next poll tries again.
    }
  }, [base]);

  // Pick up running renders (this page may have been left and reopened), then poll while any runs.
  const running = jobs.some(active);
  useEffect(() => {
    const first = setTimeout(() => void refresh(), 0);
    return () => clearTimeout(first);
  }, [refresh]);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const cancel = async (job: ExportJobView) => {
    const res = await fetch(`${base}/${job.id}`, { method: "DELETE" });
    if (res.ok) setAnnounce(active(job) ? `${job.label}: cancelled.` : `${job.label}: removed.`);
    await refresh();
  };

  return (
    <div className="mt-4 border-t border-zinc-200 pt-3 dark:border-zinc-800">
      <h4 className="text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Crawl video</h4>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Frame-exact, fonts embedded; renders in the background.</p>
      <Button variant="secondary" size="sm" className="mt-2 w-full" onClick={() => (confirm ? confirm(() => setOpen(true)) : setOpen(true))}>
        <Clapperboard className="size-4" aria-hidden /> Render the crawl to video…
      </Button>
      <RenderDialog
        open={open}
        onOpenChange={setOpen}
        base={base}
        versionId={versionId}
        frameRate={frameRate}
        targetRuntimeSeconds={targetRuntimeSeconds}
        onStarted={(job) => {
          known.current.set(job.id, job.status);
          setJobs((js) => [job, ...js.filter((j) => j.id !== job.id)]);
          setAnnounce(`${job.label}: started.`);
          toast.success("Rendering started. You can leave this page; the render keeps going.");
        }}
      />
      {jobs.length ? (
        <ul className="mt-3 space-y-2" aria-label="Crawl renders">
          {jobs.map((job) => (
            <li key={job.id} className="rounded-lg border border-zinc-200 p-2 text-xs dark:border-zinc-800" aria-label={job.label}>
              <p className="font-medium text-zinc-900 dark:text-zinc-100">{job.label}</p>
              {detailText(job.detail) ? <p className="mt-0.5 text-zinc-600 dark:text-zinc-400">{detailText(job.detail)}</p> : null}
              {active(job) ? (
                <progress value={job.done} max={Math.max(1, job.total)} aria-label={`Rendering ${job.label}`} className="mt-1.5 h-1.5 w-full accent-accent-600" />
              ) : null}
              <p className={cn("mt-1", job.status === "failed" ? "text-red-700 dark:text-red-400" : "text-zinc-700 dark:text-zinc-300")}>{statusText(job)}</p>
              <div className="mt-1.5 flex flex-wrap gap-2">
                {job.status === "done" ? (
                  <a
                    href={`${base}/${job.id}?download=1`}
                    download
                    className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 font-medium text-accent-700 hover:bg-zinc-50 hover:underline dark:text-accent-300 dark:hover:bg-zinc-800"
                  >
                    <Download className="size-3.5" aria-hidden /> Download {job.fileName.split(".").pop()?.toUpperCase()}
                  </a>
                ) : null}
                <button
                  type="button"
                  onClick={() => void cancel(job)}
                  className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
                  aria-label={`${active(job) ? "Cancel" : "Remove"} ${job.label}`}
                >
                  <X className="size-3.5" aria-hidden /> {active(job) ? "Cancel" : "Remove"}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}

function RenderDialog({
  open,
  onOpenChange,
  base,
  versionId,
  frameRate,
  targetRuntimeSeconds,
  onStarted,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  base: string;
  versionId: string | null;
  frameRate: string;
  targetRuntimeSeconds: number | null;
  onStarted: (job: ExportJobView) => void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [timing, setTiming] = useState<"fit" | "speed">(targetRuntimeSeconds ? "fit" : "speed");
  const [cards, setCards] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const body = {
        kind: "video",
        version: versionId,
        resolution: form.get("resolution"),
        codec: form.get("codec"),
        cards,
        cardSeconds: Number(form.get("cardSeconds") ?? 3),
        timing,
        pxPerFrame: Number(form.get("pxPerFrame") ?? 3),
        lineSpacing: Number(form.get("lineSpacing") ?? 1),
      };
      const res = await fetch(base, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const answer = (await res.json()) as { job?: ExportJobView; error?: { message: string; fields?: Record<string, string[]> } };
      if (!res.ok || !answer.job) {
        const fields = answer.error?.fields ? Object.values(answer.error.fields).flat().filter(Boolean) : [];
        setError([answer.error?.message ?? "The render could not start.", ...fields].join(" "));
        return;
      }
      onStarted(answer.job);
      onOpenChange(false);
    } catch {
      setError("The render could not start. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  };

  const label = "mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400";
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Render the crawl to video" description={`At the project's ${frameRate} fps, a whole number of pixels every frame, exact to the frame. It renders in the background; you can leave the page.`}>
      <form onSubmit={submit} className="space-y-4" aria-describedby={error ? `${id}-error` : undefined}>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-resolution`} className={label}>
              Size
            </label>
            <select id={`${id}-resolution`} name="resolution" defaultValue="hd" className={inputClass}>
              {VIDEO_RESOLUTIONS.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-codec`} className={label}>
              Format
            </label>
            <select id={`${id}-codec`} name="codec" defaultValue="h264" className={inputClass}>
              {VIDEO_CODECS.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={cards} onChange={(e) => setCards(e.target.checked)} /> Main titles as cards before the crawl
          </label>
          {cards ? (
            <div>
              <label htmlFor={`${id}-cards`} className={label}>
                Seconds per card
              </label>
              <input id={`${id}-cards`} name="cardSeconds" type="number" min={1} max={10} step={0.5} defaultValue={3} className={cn(inputClass, "w-24")} />
            </div>
          ) : null}
        </div>
        <fieldset className="space-y-2 text-sm">
          <legend className={label}>Timing</legend>
          <label className={cn("flex items-center gap-1.5", !targetRuntimeSeconds && "opacity-60")}>
            <input type="radio" name="timing" value="fit" checked={timing === "fit"} onChange={() => setTiming("fit")} disabled={!targetRuntimeSeconds} />
            {targetRuntimeSeconds ? `Fit the project's target running time (${formatSeconds(targetRuntimeSeconds)}), padded with black to the exact frame` : "Fit a target running time (set one in the project first)"}
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="timing" value="speed" checked={timing === "speed"} onChange={() => setTiming("speed")} /> Choose the speed
          </label>
          {timing === "speed" ? (
            <div className="flex flex-wrap gap-3 pl-5">
              <div>
                <label htmlFor={`${id}-px`} className={label}>
                  Pixels per frame (at 1080 lines)
                </label>
                <input id={`${id}-px`} name="pxPerFrame" type="number" min={1} max={20} step={1} defaultValue={3} className={cn(inputClass, "w-24")} />
              </div>
              <div>
                <label htmlFor={`${id}-spacing`} className={label}>
                  Line spacing
                </label>
                <input id={`${id}-spacing`} name="lineSpacing" type="number" min={0.8} max={2} step={0.05} defaultValue={1} className={cn(inputClass, "w-24")} />
              </div>
            </div>
          ) : null}
        </fieldset>
        {error ? (
          <p id={`${id}-error`} role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Starting…" : "Start rendering"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
