import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getCreditList } from "@/db/queries/credit-list";
import { orNotFound } from "@/server/actions/page";
import { requestActor, requireUser } from "@/server/auth/session";
import { EmptyState } from "@/components/ui/card";
import { CrawlPreview } from "@/components/credits/crawl-preview";
import { GenerateButton } from "@/components/credits/list-controls";
import { StaleNotice } from "@/components/credits/stale-notice";
import { can } from "@/lib/auth/roles";
import { generateListAction } from "../actions";

export const metadata: Metadata = { title: "Crawl preview" };

export default async function CrawlPreviewPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/credits/list/preview`);
  const { project, role, working, staleness } = orNotFound(() => getCreditList(getDb(), requestActor(user.id), projectId));
  return (
    <div className="space-y-4">
      <nav aria-label="Credit list" className="text-sm">
        <Link href={`/projects/${project.id}/credits/list`} className="text-accent-700 hover:underline dark:text-accent-300">
          ← Credit list
        </Link>
      </nav>
      <h2 className="text-lg font-semibold">Crawl preview</h2>
      {working ? (
        <StaleNotice
          staleness={staleness}
          action={can(role, "project:write") ? <GenerateButton projectId={project.id} revision={working.revision} generate={generateListAction} first={false} label="Regenerate now" variant="primary" /> : null}
        />
      ) : null}
      {working ? (
        <CrawlPreview projectId={project.id} list={working.list} frameRate={project.frameRate} targetSeconds={project.targetRuntimeSeconds} />
      ) : (
        <EmptyState title="No credit list yet">Build the credit list first.</EmptyState>
      )}
    </div>
  );
}
