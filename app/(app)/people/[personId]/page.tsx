import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { duplicatesOf, getPersonWithEntries } from "@/db/queries/people";
import { roleInTeam } from "@/db/queries/access";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/server/auth/session";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { FlashToast } from "@/components/ui/flash-toast";
import { PersonForm } from "@/components/people/person-form";
import { MergeButton } from "@/components/people/merge-button";
import { mergePersonAction, updatePersonAction } from "../actions";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ personId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { personId } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/people/${personId}`);
  const db = getDb();
  const actor = { userId: user.id };
  const { person, entries, contacts } = orNotFound(() => getPersonWithEntries(db, actor, personId));
  const role = roleInTeam(db, actor, person.teamId);
  const canWrite = can(role, "project:write");
  const duplicates = canWrite ? duplicatesOf(db, person.teamId, person, person.id) : [];
  const byProject = new Map<string, { title: string; archived: boolean; entries: typeof entries }>();
  for (const e of entries) {
    const group = byProject.get(e.projectId) ?? { title: e.projectTitle, archived: Boolean(e.projectArchived), entries: [] };
    group.entries.push(e);
    byProject.set(e.projectId, group);
  }

  return (
    <div className="space-y-6">
      <FlashToast when={sp.created === "1"} message="Person added to the directory." />
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/people" className="hover:underline">
          People
        </Link>{" "}
        / <span className="break-words">{person.creditedName}</span>
      </nav>
      <PageHeader
        title={person.creditedName}
        description={
          <>
            Sorts as “{person.sortName}”{person.pronouns ? ` · ${person.pronouns}` : ""}
            {person.unions.length ? ` · ${person.unions.join(", ")}` : ""}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="credits-heading">
            <h2 id="credits-heading" className="text-base font-semibold">
              On {byProject.size} {byProject.size === 1 ? "project" : "projects"}
            </h2>
            {byProject.size === 0 ? (
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Not on any project&apos;s roster yet.</p>
            ) : (
              <ul className="mt-3 space-y-4">
                {[...byProject.entries()].map(([projectId, group]) => (
                  <li key={projectId}>
                    <Link href={`/projects/${projectId}/roster`} className="font-medium hover:underline">
                      {group.title}
                    </Link>
                    {group.archived ? (
                      <span className="ml-2">
                        <Badge>Archived</Badge>
                      </span>
                    ) : null}
                    <ul className="mt-1 space-y-0.5 text-sm text-zinc-700 dark:text-zinc-300">
                      {group.entries.map((e) => (
                        <li key={e.id}>
                          {e.role} <span className="text-zinc-500 dark:text-zinc-400">· {e.department}</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {duplicates.length > 0 ? (
            <Card aria-labelledby="dupes-heading" className="border-amber-300 dark:border-amber-800">
              <h2 id="dupes-heading" className="text-base font-semibold">
                Possibly the same person
              </h2>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Merging moves their roster entries here and removes the duplicate.</p>
              <ul className="mt-3 space-y-2">
                {duplicates.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span>
                      <Link href={`/people/${d.id}`} className="font-medium hover:underline">
                        {d.creditedName}
                      </Link>
                      <span className="text-zinc-600 dark:text-zinc-400"> (same {d.reason})</span>
                    </span>
                    <MergeButton action={mergePersonAction.bind(null, person.id)} mergeId={d.id} mergeName={d.creditedName} keepName={person.creditedName} />
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
        <Card className="lg:col-span-3" aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-4 text-base font-semibold">
            Details
          </h2>
          <PersonForm action={updatePersonAction.bind(null, person.id)} person={person} submitLabel="Save person" readOnly={!canWrite} contacts={contacts} />
        </Card>
      </div>
    </div>
  );
}
