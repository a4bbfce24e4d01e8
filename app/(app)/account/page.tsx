import type { Metadata } from "next";
import { getDb } from "@/db";
import { listActiveSessions } from "@/db/queries/accounts";
import { requireUser } from "@/server/auth/session";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { PasswordForm, ProfileForm, SignOutEverywhereForm } from "@/components/account/account-forms";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

export default async function AccountPage() {
  const user = await requireUser("/account");
  const sessions = listActiveSessions(getDb(), user.id);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Account" description={user.email} />
      <Card aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="mb-4 text-base font-semibold">
          Profile
        </h2>
        <ProfileForm action={updateProfileAction} name={user.name} />
      </Card>
      <Card aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-1 text-base font-semibold">
          Password
        </h2>
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">Changing it signs you out on your other browsers.</p>
        <PasswordForm action={changePasswordAction} />
      </Card>
      <Card aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-base font-semibold">
          Where you&apos;re signed in
        </h2>
        <ul className="mt-3 divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="Active sessions">
          {sessions.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-3 py-2.5 text-sm">
              <div className="min-w-0">
                <p className="truncate">{describeUserAgent(s.userAgent)}</p>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">Signed in {dateFormat.format(s.createdAt)}</p>
              </div>
              {s.id === user.sessionId ? <Badge tone="success">This browser</Badge> : null}
            </li>
          ))}
        </ul>
        <div className="mt-4 border-t border-zinc-100 pt-4 dark:border-zinc-800">
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Lost a laptop, or signed in on a shared computer? End every session at once, this one included.
          </p>
          <SignOutEverywhereForm action={signOutEverywhereAction} />
        </div>
      </Card>
    </div>
  );
}
