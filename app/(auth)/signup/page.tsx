import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/auth-forms";
import { Card } from "@/components/ui/card";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/server/auth/session";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, "");
  if (await getCurrentUser()) redirect(callbackUrl || "/projects");
  return (
    <Card className="p-6">
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">Free for your team. No credit card, no email confirmation.</p>
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl || undefined} />
    </Card>
  );
}
