import type { Metadata } from "next";
import Link from "next/link";
import { Archive, Film, Search, Users } from "lucide-react";
import { getDb } from "@/db";
import { countProjects, listProjects } from "@/db/queries/projects";
import { getCurrentTeam } from "@/db/queries/teams";
import { requireUser } from "@/server/auth/session";
import { can } from "@/lib/auth/roles";
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from "@/lib/projects/catalog";
import { formatBudget } from "@/lib/projects/format";
import { projectListSchema } from "@/lib/validation/project";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { FlashToast } from "@/components/ui/flash-toast";

export const metadata: Metadata = { title: "Projects" };

const FILTERS = [
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
  { value: "all", label: "All" },
] as const;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/projects");
  const params = await searchParams;
  const db = getDb();
  const actor = { userId: user.id };
  const team = getCurrentTeam(db, actor);

  if (!team) {
    return (
      <>
        <PageHeader title="Projects" />
        <EmptyState
          title="Start with a team"
          action={<ButtonLink href="/teams/new">Create a team</ButtonLink>}
        >
          Projects belong to a team — your production company or crew. Create one, or open an invitation link an Owner sent you.
        </EmptyState>
      </>
    );
  }

  const parsed = projectListSchema.safeParse({
    q: typeof params.q === "string" ? params.q : undefined,
    archived: typeof params.archived === "string" ? params.archived : undefined,
  });
  const filter = parsed.success ? parsed.data : { q: "", archived: "active" as const };
  const projects = listProjects(db, actor, team.id, filter);
  const counts = countProjects(db, actor, team.id);
  const canWrite = can(team.role, "project:write");
  const total = counts.active + counts.archived;
  const hrefFor = (archived: string) => {
    const sp = new URLSearchParams();
    if (filter.q) sp.set("q", filter.q);
    if (archived !== "active") sp.set("archived", archived);
    const s = sp.toString();
    return s ? `/projects?${s}` : "/projects";
  };

  return (
    <>
      <FlashToast when={params.deleted === "1"} message="Project deleted." />
      <PageHeader
        title="Projects"
        description={
          <>
            {team.name} · {counts.active} active{counts.archived ? `, ${counts.archived} archived` : ""}
          </>
        }
        actions={canWrite ? <ButtonLink href="/projects/new">New project</ButtonLink> : null}
      />

      {total === 0 ? (
        <EmptyState
          title="No projects yet"
          action={canWrite ? <ButtonLink href="/projects/new">Create your first project</ButtonLink> : null}
        >
          {canWrite
            ? "A project holds one production's crew roster, work log and end credits. Start with the one you are making now."
            : "Nobody in this team has created a project yet. As a Viewer you'll see them here once an Editor does."}
        </EmptyState>
      ) : (
        <>
          <div className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <form role="search" action="/projects" className="relative w-full sm:max-w-xs">
              <label htmlFor="project-search" className="sr-only">
                Search projects
              </label>
              <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400" aria-hidden />
              <input
                id="project-search"
                type="search"
                name="q"
                defaultValue={filter.q}
                placeholder="Search by title or logline"
                className={cn(inputClass, "pl-9")}
              />
              {filter.archived !== "active" ? <input type="hidden" name="archived" value={filter.archived} /> : null}
            </form>
            <nav aria-label="Filter projects" className="flex gap-1 rounded-lg bg-zinc-100 p-1 dark:bg-zinc-900">
              {FILTERS.map((f) => (
                <Link
                  key={f.value}
                  href={hrefFor(f.value)}
                  aria-current={filter.archived === f.value ? "page" : undefined}
                  className={cn(
                    "rounded-md px-3 py-1 text-sm font-medium",
                    filter.archived === f.value
                      ? "bg-white text-zinc-900 shadow-sm dark:bg-zinc-700 dark:text-white"
                      : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
                  )}
                >
                  {f.label}
                </Link>
              ))}
            </nav>
          </div>

          {projects.length === 0 ? (
            <EmptyState
              title={filter.q ? `No projects match “${filter.q}”` : filter.archived === "archived" ? "No archived projects" : "No active projects"}
              action={
                <Link href="/projects?archived=all" className={buttonClass("secondary")}>
                  Show all projects
                </Link>
              }
            >
              {filter.q ? "Try another word, or look in archived projects." : "Archived projects are kept here until you restore or delete them."}
            </EmptyState>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Projects">
              {projects.map((p) => (
                <li key={p.id}>
                  <Card className="group relative flex h-full flex-col transition-shadow hover:shadow-md">
                    <div className="flex items-start justify-between gap-2">
                      <h2 className="min-w-0 text-base font-semibold break-words">
                        <Link href={`/projects/${p.id}`} className="after:absolute after:inset-0 after:rounded-xl">
                          {p.title}
                        </Link>
                      </h2>
                      {p.archivedAt ? (
                        <Badge>
                          <Archive className="mr-1 size-3" aria-hidden /> Archived
                        </Badge>
                      ) : null}
                    </div>
                    <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                      {PROJECT_KIND_LABELS[p.kind]} · {PROJECT_STAGE_LABELS[p.stage]}
                    </p>
                    {p.logline ? <p className="mt-3 line-clamp-3 text-sm text-zinc-700 dark:text-zinc-300">{p.logline}</p> : null}
                    <div className="mt-auto flex items-center gap-4 pt-4 text-xs text-zinc-600 dark:text-zinc-400">
                      <span className="inline-flex items-center gap-1">
                        <Users className="size-3.5" aria-hidden /> {p.crewCount} {p.crewCount === 1 ? "person" : "people"}
                      </span>
                      {p.budgetAmount !== null ? (
                        <span className="inline-flex items-center gap-1">
                          <Film className="size-3.5" aria-hidden /> {formatBudget(p.budgetAmount, p.currency)}
                        </span>
                      ) : null}
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
