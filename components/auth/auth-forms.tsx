"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function SignInForm({ action, callbackUrl }: { action: Action; callbackUrl?: string }) {
  const [state, formAction] = useActionState(action, initialState);
  const signupHref = callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signup";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessage state={state} />
      <Field id="email" label="Email" errors={state.fieldErrors?.email}>
        {(p) => <TextInput {...p} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />}
      </Field>
      <Field id="password" label="Password" errors={state.fieldErrors?.password}>
        {(p) => <TextInput {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <SubmitButton className="w-full" pendingText="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New to Hatrack?{" "}
        <Link href={signupHref} className="font-medium text-zinc-900 underline underline-offset-4 dark:text-zinc-100">
          Create an account
        </Link>
      </p>
    </form>
  );
}

export function SignUpForm({ action, callbackUrl }: { action: Action; callbackUrl?: string }) {
  const [state, formAction] = useActionState(action, initialState);
  const signinHref = callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessage state={state} />
      <Field id="name" label="Your name" errors={state.fieldErrors?.name}>
        {(p) => <TextInput {...p} name="name" autoComplete="name" required defaultValue={state.values?.name} maxLength={120} />}
      </Field>
      <Field id="email" label="Email" errors={state.fieldErrors?.email}>
        {(p) => <TextInput {...p} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />}
      </Field>
      <Field
        id="password"
        label="Password"
        errors={state.fieldErrors?.password}
        hint="At least 10 characters. A short sentence is easy to remember and hard to guess."
      >
        {(p) => <TextInput {...p} name="password" type="password" autoComplete="new-password" required minLength={10} />}
      </Field>
      <SubmitButton className="w-full" pendingText="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link href={signinHref} className="font-medium text-zinc-900 underline underline-offset-4 dark:text-zinc-100">
          Sign in
        </Link>
      </p>
    </form>
  );
}
