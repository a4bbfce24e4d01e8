import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { lookupInvite } from "@/db/queries/teams";
import { roleInTeam } from "@/db/queries/access";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { getCurrentUser } from "@/server/auth/session";
import { Logo } from "@/components/shell/logo";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { AcceptInviteForm } from "@/components/teams/accept-invite-form";
import { acceptInviteAction } from "@/app/(app)/team/actions";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

const STATUS_TEXT = {
  used: "This invitation has already been used.",
  revoked: "This invitation was revoked.",
  expired: "This invitation has expired.",
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = token.length <= 64 ? lookupInvite(getDb(), token) : null;
  const user = await getCurrentUser();
  const here = `/invite/${token}`;

  let body: React.ReactNode;
  if (!invite) {
    body = (
      <>
        <h1 className="text-xl font-semibold">This invitation link is not valid</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Check that you copied the whole link, or ask the team&apos;s Owner for a new one.</p>
      </>
    );
  } else if (invite.status !== "open") {
    body = (
      <>
        <h1 className="text-xl font-semibold">{STATUS_TEXT[invite.status]}</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Ask an Owner of {invite.teamName} for a new link.</p>
      </>
    );
  } else {
    const already = user ? roleInTeam(getDb(), { userId: user.id }, invite.teamId) : null;
    body = (
      <>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">You are invited to join</p>
        <h1 className="mt-1 text-xl font-semibold break-words">{invite.teamName}</h1>
        <p className="mt-3 text-sm">
          as <strong>{ROLE_LABELS[invite.role]}</strong> — {ROLE_DESCRIPTIONS[invite.role]}
        </p>
        <div className="mt-6">
          {!user ? (
            <div className="flex flex-col gap-2 sm:flex-row">
              <ButtonLink href={`/signup?callbackUrl=${encodeURIComponent(here)}`}>Create an account to join</ButtonLink>
              <ButtonLink variant="secondary" href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>
                I have an account
              </ButtonLink>
            </div>
          ) : already ? (
            <div className="space-y-3">
              <p className="text-sm">You are already a member of this team ({ROLE_LABELS[already]}).</p>
              <ButtonLink href="/projects">Go to projects</ButtonLink>
            </div>
          ) : (
            <AcceptInviteForm action={acceptInviteAction.bind(null, token)} userName={user.name} />
          )}
        </div>
      </>
    );
  }

  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 rounded-md text-xl" aria-label="Hatrack home">
        <Logo />
      </Link>
      <main className="w-full max-w-md">
        <Card className="p-6">{body}</Card>
      </main>
    </div>
  );
}
