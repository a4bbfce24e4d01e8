import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { TeamNameForm } from "@/components/teams/team-forms";
import { requireUser } from "@/server/auth/session";
import { createTeamAction } from "../../team/actions";

export const metadata: Metadata = { title: "New team" };

export default async function NewTeamPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/teams/new");
  const welcome = (await searchParams).welcome === "1";
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader
        title={welcome ? `Welcome, ${user.name.split(/\s+/)[0]}` : "New team"}
        description={
          welcome
            ? "First, name your team. Projects, people and credits live in a team; invite your collaborators to it next."
            : "A team is a production company or crew. You will be its Owner."
        }
      />
      <Card>
        <TeamNameForm action={createTeamAction} submitLabel="Create team" autoFocus />
      </Card>
      {welcome ? (
        <p className="mt-4 text-center text-sm text-zinc-600 dark:text-zinc-400">
          Were you invited to a team? Open the invitation link you were sent instead.
        </p>
      ) : null}
    </div>
  );
}
