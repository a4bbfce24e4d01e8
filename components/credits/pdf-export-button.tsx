"use client";

import { Download } from "lucide-react";
import { useRef, useState } from "react";
import { toast } from "sonner";

type Status = { status: "running" | "done" | "failed"; done: number; total: number; error: string | null };

/**
 * Starts a PDF export job, shows its progress, then downloads the file. Long lists (6,000
 * credits) take a few seconds; the page stays usable meanwhile. With `confirm`, a click asks
 * first (an out-of-date list) and the export starts when `confirm` calls back.
 */
export function PdfExportButton({ projectId, versionId, confirm }: { projectId: string; versionId: string | null; confirm?: (go: () => void) => void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const base = `/api/projects/${projectId}/credits/list/export-jobs`;

  const start = async () => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    setProgress(0);
    try {
      const res = await fetch(base, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ version: versionId }) });
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? "The export could not start.");
      const jobId = body.jobId as string;
      for (;;) {
        await new Promise((r) => setTimeout(r, 400));
        const s = (await (await fetch(`${base}/${jobId}`, { cache: "no-store" })).json()) as Status & { error?: unknown };
        if (s.status === "failed") throw new Error(s.error ?? "The export failed.");
        setProgress(s.total > 0 ? Math.round((s.done / s.total) * 100) : 0);
        if (s.status === "done") break;
      }
      setProgress(100);
      const a = document.createElement("a");
      a.href = `${base}/${jobId}?download=1`;
      a.download = "";
      document.body.appendChild(a);
      a.click();
      a.remove();
      toast.success("PDF ready.");
    } catch (e) {
      const message = e instanceof Error ? e.message : "The export failed.";
      setError(message);
      toast.error(message);
    } finally {
      busy.current = false;
      setTimeout(() => setProgress(null), 1500);
    }
  };

  return (
    <div>
      <button
        type="button"
        onClick={() => (confirm ? confirm(() => void start()) : void start())}
        disabled={progress !== null && progress < 100}
        className="flex w-full items-center gap-1.5 rounded-md px-2 py-1 text-left text-accent-700 hover:bg-zinc-50 hover:underline disabled:opacity-70 dark:text-accent-300 dark:hover:bg-zinc-800"
        title="Print-ready, fonts embedded"
      >
        <Download className="size-3.5" aria-hidden /> PDF
      </button>
      {progress !== null ? (
        <div className="mt-1 px-2">
          <progress value={progress} max={100} aria-label="PDF export progress" className="h-1.5 w-full accent-accent-600" />
          <span className="sr-only" role="status">
            {progress < 100 ? `Preparing the PDF: ${progress}%` : "PDF ready"}
          </span>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="px-2 text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
