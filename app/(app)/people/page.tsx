import type { Metadata } from "next";
import Link from "next/link";
import { Search } from "lucide-react";
import { z } from "zod";
import { getDb } from "@/db";
import { listPeople } from "@/db/queries/people";
import { getCurrentTeam } from "@/db/queries/teams";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/server/auth/session";
import { pageParam, param, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { PersonForm } from "@/components/people/person-form";
import { createPersonAction } from "./actions";

export const metadata: Metadata = { title: "People" };

/** ?q= searches names; ?page= pages through them. */
const peopleParams = z.object({ q: param.transform((s) => s.slice(0, 200)), page: pageParam });

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/people");
  const { q, page } = parseSearchParams(peopleParams, await searchParams);
  const db = getDb();
  const actor = { userId: user.id };
  const team = getCurrentTeam(db, actor);
  if (!team) {
    return (
      <EmptyState title="Start with a team" action={<ButtonLink href="/teams/new">Create a team</ButtonLink>}>
        The people directory belongs to a team.
      </EmptyState>
    );
  }
  const result = listPeople(db, actor, team.id, { q, page, pageSize: 50 });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const canWrite = can(team.role, "project:write");
  const href = (p: number) => `/people?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <>
      <PageHeader
        title="People"
        description={`${team.name}'s directory: everyone who has worked with you, reused across projects.`}
        actions={
          canWrite ? (
            <Dialog title="New person" description="Add someone to the directory; put them on a project's roster from there." trigger={<button className={buttonClass()}>New person</button>}>
              <PersonForm action={createPersonAction} submitLabel="Add person" />
            </Dialog>
          ) : null
        }
      />
      <form role="search" action="/people" className="relative mb-5 max-w-sm">
        <label htmlFor="people-search" className="sr-only">
          Search people
        </label>
        <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400" aria-hidden />
        <input id="people-search" type="search" name="q" defaultValue={q} placeholder={result.contacts ? "Search by name or email" : "Search by name"} className={cn(inputClass, "pl-9")} />
      </form>
      {result.total === 0 ? (
        <EmptyState title={q ? `Nobody matches “${q}”` : "No people yet"}>
          {q ? "Try part of the name, without accents if you're unsure of them." : "People appear here when you add them to a project's roster or import a crew list."}
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full min-w-[560px] text-sm">
            <caption className="sr-only">People, page {result.page} of {pages}</caption>
            <thead className="bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-950/40 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-4 py-2.5 font-medium">Name</th>
                {result.contacts ? <th scope="col" className="px-4 py-2.5 font-medium">Email</th> : null}
                <th scope="col" className="px-4 py-2.5 font-medium">Unions</th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">Projects</th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">Roles</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {result.rows.map((p) => (
                <tr key={p.id}>
                  <td className="px-4 py-2">
                    <Link href={`/people/${p.id}`} className="font-medium hover:underline">
                      {p.creditedName}
                    </Link>
                    {p.pronouns ? <span className="ml-1.5 text-xs text-zinc-500 dark:text-zinc-400">({p.pronouns})</span> : null}
                    <span className="block text-xs text-zinc-500 dark:text-zinc-400">{p.sortName}</span>
                  </td>
                  {result.contacts ? <td className="px-4 py-2 text-zinc-700 dark:text-zinc-300">{p.email ?? "—"}</td> : null}
                  <td className="px-4 py-2">{p.unions.length ? p.unions.join(", ") : "—"}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.projects}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.entries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {pages > 1 ? (
        <nav aria-label="People pages" className="mt-4 flex items-center justify-end gap-2 text-sm">
          {result.page > 1 ? <Link className={buttonClass("secondary", "sm")} href={href(result.page - 1)}>Previous</Link> : null}
          <span className="tabular-nums">
            {result.page} / {pages}
          </span>
          {result.page < pages ? <Link className={buttonClass("secondary", "sm")} href={href(result.page + 1)}>Next</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
