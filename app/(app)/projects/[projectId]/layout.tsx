import Link from "next/link";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { orNotFound } from "@/server/actions/page";
import { requestActor, requireUser } from "@/server/auth/session";
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from "@/lib/projects/catalog";
import { Badge } from "@/components/ui/card";
import { ProjectTabs } from "@/components/projects/project-tabs";

export default async function ProjectLayout({ children, params }: { children: React.ReactNode; params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}`);
  const { project, role } = orNotFound(() => getProject(getDb(), requestActor(user.id), projectId));
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/projects" className="hover:underline">
          Projects
        </Link>{" "}
        / <span className="break-words">{project.title}</span>
      </nav>
      <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words">{project.title}</h1>
        <Badge tone="accent">{PROJECT_KIND_LABELS[project.kind]}</Badge>
        <Badge>{PROJECT_STAGE_LABELS[project.stage]}</Badge>
        {project.archivedAt ? <Badge tone="warning">Archived</Badge> : null}
        {role === "viewer" ? <Badge tone="neutral">View only</Badge> : null}
      </div>
      <ProjectTabs projectId={project.id} />
      <div className="pt-6">{children}</div>
    </div>
  );
}
