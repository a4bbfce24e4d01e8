import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/auth-forms";
import { Card } from "@/components/ui/card";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/server/auth/session";
import { getDb } from "@/db";
import { demoAccountExists } from "@/db/queries/accounts";
import { DEMO_LOGIN } from "@/db/seed";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, "");
  if (await getCurrentUser()) redirect(callbackUrl || "/projects");
  const showDemo = demoAccountExists(getDb(), DEMO_LOGIN.email);
  return (
    <>
    {params.signedOut === "everywhere" ? (
      <p role="status" className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-300">
        You have been signed out on every browser.
      </p>
    ) : null}
    <Card className="p-6">
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">Welcome back. Your rosters and credits are where you left them.</p>
      <SignInForm action={signInAction} callbackUrl={callbackUrl || undefined} />
    </Card>
    {showDemo ? (
      <p className="mt-4 rounded-lg border border-dashed border-zinc-300 px-3 py-2 text-center text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        Trying Hatrack? The demo team signs in as <span className="font-mono">{DEMO_LOGIN.email}</span> with{" "}
        <span className="font-mono">{DEMO_LOGIN.password}</span>
      </p>
    ) : null}
    </>
  );
}
