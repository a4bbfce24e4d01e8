import type { Metadata } from "next";
import Link from "next/link";
import { Lock } from "lucide-react";
import { getDb } from "@/db";
import { getVersion } from "@/db/queries/credit-list";
import { orNotFound } from "@/server/actions/page";
import { requestActor, requireUser } from "@/server/auth/session";
import { Badge, Card } from "@/components/ui/card";
import { CreditListEditor } from "@/components/credits/list-editor";
import { ExportLinks } from "@/components/credits/export-links";
import { editListAction } from "../../actions";

export const metadata: Metadata = { title: "Credit list version" };

/** A saved version, read-only (a version is never edited; restore it to work on it again). */
export default async function VersionPage({ params }: { params: Promise<{ projectId: string; versionId: string }> }) {
  const { projectId, versionId } = await params;
  const user = await requireUser(`/projects/${projectId}/credits/list/versions/${versionId}`);
  const { project, version } = orNotFound(() => getVersion(getDb(), requestActor(user.id), projectId, versionId));
  return (
    <div className="space-y-5">
      <nav aria-label="Credit list" className="text-sm">
        <Link href={`/projects/${project.id}/credits/list`} className="text-accent-700 hover:underline dark:text-accent-300">
          ← Credit list
        </Link>
      </nav>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-lg font-semibold">{version.name}</h2>
        {version.lockedAt ? (
          <Badge tone="warning">
            <Lock className="mr-1 size-3" aria-hidden /> Sent to post — read-only
          </Badge>
        ) : (
          <Badge>Saved version — read-only</Badge>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <CreditListEditor projectId={project.id} list={version.list} revision={0} readOnly edit={editListAction} />
        <Card aria-labelledby="vexport">
          <h3 id="vexport" className="text-sm font-semibold">
            Export this version
          </h3>
          <ExportLinks projectId={project.id} versionId={version.id} crawl={{ frameRate: project.frameRate, targetRuntimeSeconds: project.targetRuntimeSeconds }} />
          <p className="mt-3 text-xs">
            <Link href={`/projects/${project.id}/credits/list/compare?a=${version.id}&b=working`} className="text-accent-700 underline dark:text-accent-300">
              Compare with the working list
            </Link>
          </p>
        </Card>
      </div>
    </div>
  );
}
