import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getCurrentTeam } from "@/db/queries/teams";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/server/auth/session";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { ProjectForm } from "@/components/projects/project-form";
import { createProjectAction } from "../actions";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  const user = await requireUser("/projects/new");
  const team = getCurrentTeam(getDb(), { userId: user.id });
  if (!team) {
    return (
      <EmptyState title="Create a team first" action={<ButtonLink href="/teams/new">Create a team</ButtonLink>}>
        Projects belong to a team.
      </EmptyState>
    );
  }
  if (!can(team.role, "project:write")) {
    return (
      <EmptyState title="Viewers can't create projects" action={<ButtonLink href="/projects">Back to projects</ButtonLink>}>
        Your role in {team.name} is Viewer. Ask an Owner to make you an Editor.
      </EmptyState>
    );
  }
  return (
    <div className="mx-auto max-w-2xl">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/projects" className="hover:underline">
          Projects
        </Link>{" "}
        / New
      </nav>
      <PageHeader title="New project" description={`In ${team.name}. You can change all of this later.`} />
      <Card>
        <ProjectForm action={createProjectAction} submitLabel="Create project" />
      </Card>
    </div>
  );
}
