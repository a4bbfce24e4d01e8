import { Download } from "lucide-react";
import { CREDIT_EXPORT_FORMATS } from "@/lib/exports/credit-formats";
import { PdfExportButton } from "./pdf-export-button";

/** Download links for the working list (versionId null) or a saved version. */
export function ExportLinks({ projectId, versionId }: { projectId: string; versionId: string | null }) {
  const query = versionId ? `&version=${encodeURIComponent(versionId)}` : "";
  return (
    <ul className="mt-2 grid grid-cols-2 gap-1.5 text-sm" aria-label="Downloads">
      {CREDIT_EXPORT_FORMATS.map((f) => (
        <li key={f.id}>
          {f.id === "pdf" ? (
            <PdfExportButton projectId={projectId} versionId={versionId} />
          ) : (
          <a
            href={`/api/projects/${projectId}/credits/list/export?format=${f.id}${query}`}
            download
            className="flex items-center gap-1.5 rounded-md px-2 py-1 text-accent-700 hover:bg-zinc-50 hover:underline dark:text-accent-300 dark:hover:bg-zinc-800"
            title={f.description}
          >
            <Download className="size-3.5" aria-hidden /> {f.label}
          </a>
          )}
        </li>
      ))}
    </ul>
  );
}
