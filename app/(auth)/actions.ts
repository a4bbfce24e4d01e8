"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getDb } from "@/db";
import { headers } from "next/headers";
import { signUp } from "@/db/queries/accounts";
import { signIn } from "@/server/auth";
import { isDomainError } from "@/lib/errors";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { fieldErrorsOf, INVALID_FIELDS_MESSAGE } from "@/lib/validation/common";
import type { FormState } from "@/server/actions/form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { clientIpOf } from "@/lib/http/client-address";

const WRONG = "Wrong email or password.";

function lockedMessage(code: string): string | null {
  const m = /^locked:(\d+)$/.exec(code);
  if (!m) return null;
  const n = Number(m[1]);
  return `Too many failed sign-ins. Try again in ${n} minute${n === 1 ? "" : "s"}.`;
}

async function signInOrState(email: string, password: string, redirectTo: string, values: Record<string, string>): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    // A successful signIn throws NEXT_REDIRECT, which must pass through.
    if (error instanceof AuthError) {
      const code = error instanceof CredentialsSignin ? error.code : "";
      return { status: "error", message: lockedMessage(code) ?? WRONG, values };
    }
    throw error;
  }
  return { status: "success" };
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? "").slice(0, 300) };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { status: "error", message: INVALID_FIELDS_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const redirectTo = safeCallbackUrl(formData.get("callbackUrl"));
  return signInOrState(parsed.data.email, parsed.data.password, redirectTo, values);
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = {
    name: String(formData.get("name") ?? "").slice(0, 300),
    email: String(formData.get("email") ?? "").slice(0, 300),
  };
  const parsed = signUpSchema.safeParse({ name: formData.get("name"), email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { status: "error", message: INVALID_FIELDS_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    await signUp(getDb(), { ...parsed.data, ip: clientIpOf(await headers()) });
  } catch (error) {
    if (isDomainError(error)) {
      const field = error.status === 409 || error.status === 429 ? { email: [error.message] } : undefined;
      return { status: "error", message: error.message, fieldErrors: field, values };
    }
    throw error;
  }
  const callback = safeCallbackUrl(formData.get("callbackUrl"), "");
  return signInOrState(parsed.data.email, parsed.data.password, callback || "/teams/new?welcome=1", values);
}
