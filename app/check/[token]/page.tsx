import type { Metadata } from "next";
import { getDb } from "@/db";
import { lookupNameCheck } from "@/db/queries/name-checks";
import { LINK_STATE_MESSAGES } from "@/lib/roster/name-check";
import { Logo } from "@/components/shell/logo";
import { Card } from "@/components/ui/card";
import { RespondForm } from "@/components/name-checks/respond-form";
import { respondAction } from "./actions";

export const metadata: Metadata = { title: "Check your credit", referrer: "no-referrer", robots: { index: false } };

export default async function NameCheckPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = lookupNameCheck(getDb(), token);
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <Logo className="mb-8 text-xl" />
      <main className="w-full max-w-lg">
        <Card className="p-6">
          {!check ? (
            <>
              <h1 className="text-xl font-semibold">This link is not valid</h1>
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Check that you copied the whole link, or ask the production for a new one.</p>
            </>
          ) : (
            <>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {check.teamName} asks you to check your credit on
              </p>
              <h1 className="mt-1 text-xl font-semibold break-words">{check.projectTitle}</h1>
              <div className="my-6 rounded-lg bg-zinc-950 px-6 py-8 text-center text-zinc-100" aria-label="Your credit as it will appear">
                {check.roles.map((r, i) => (
                  <p key={i} className="text-xs tracking-[0.2em] text-zinc-400 uppercase">
                    {r.role}
                  </p>
                ))}
                <p className="mt-2 text-2xl font-medium tracking-wide">{check.creditedName}</p>
              </div>
              {check.pronouns ? <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">Pronouns on file: {check.pronouns}</p> : null}
              {check.state === "open" ? (
                <>
                  <p className="mb-4 text-sm">Is your name spelled exactly right, and are these your roles?</p>
                  <RespondForm action={respondAction.bind(null, token)} creditedName={check.creditedName} pronouns={check.pronouns} />
                </>
              ) : (
                <p role="status" className="rounded-lg bg-zinc-100 px-4 py-3 text-sm dark:bg-zinc-800">
                  {LINK_STATE_MESSAGES[check.state]}
                </p>
              )}
            </>
          )}
        </Card>
      </main>
    </div>
  );
}
