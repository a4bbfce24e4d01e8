import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { EmptyState } from "@/components/ui/card";
import { ImportWizard } from "@/components/roster/import-wizard";

export const metadata: Metadata = { title: "Import a crew list" };

export default async function ImportPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/roster/import`);
  const { project, role } = orNotFound(() => getProject(getDb(), requestActor(user.id), projectId));
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/projects/${project.id}/roster`} className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
          ← Roster
        </Link>
        <h2 className="mt-1 text-lg font-semibold">Import a crew list</h2>
      </div>
      {can(role, "project:write") ? (
        <ImportWizard projectId={project.id} projectTitle={project.title} />
      ) : (
        <EmptyState title="Viewers can't import">Your role in this team is Viewer. Ask an Owner to make you an Editor.</EmptyState>
      )}
    </div>
  );
}
