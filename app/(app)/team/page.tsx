import type { Metadata } from "next";
import { getDb } from "@/db";
import { getCurrentTeam, listInvites, listMembers } from "@/db/queries/teams";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/server/auth/session";
import { INVITE_STATUS_LABELS } from "@/lib/teams/invites";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { Tabs } from "@/components/ui/tabs";
import { ConfirmActionDialog, InviteForm, MemberRoleSelect, RevokeInviteButton, SenderNameForm, TeamNameForm } from "@/components/teams/team-forms";
import Link from "next/link";
import {
  changeRoleAction,
  createInviteAction,
  leaveTeamAction,
  removeMemberAction,
  renameTeamAction,
  revokeInviteAction,
  senderNameAction,
} from "./actions";

export const metadata: Metadata = { title: "Team" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });

export default async function TeamPage() {
  const user = await requireUser("/team");
  const db = getDb();
  const actor = { userId: user.id };
  const team = getCurrentTeam(db, actor);
  if (!team) {
    return (
      <>
        <PageHeader title="Team" />
        <EmptyState title="You are not in a team yet" action={<ButtonLink href="/teams/new">Create a team</ButtonLink>}>
          Create one, or open an invitation link an Owner sent you.
        </EmptyState>
      </>
    );
  }
  const isOwner = can(team.role, "team:manage-members");
  const members = listMembers(db, actor, team.id);
  const invites = isOwner ? listInvites(db, actor, team.id) : [];
  const openInvites = invites.filter((i) => i.status === "open");
  const ownerCount = members.filter((m) => m.role === "owner").length;

  const membersPanel = (
    <Card className="p-0">
      <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="Members">
        {members.map((m) => {
          const isSelf = m.userId === user.id;
          const lastOwner = m.role === "owner" && ownerCount <= 1;
          return (
            <li key={m.userId} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="truncate text-sm font-medium">
                  {m.name} {isSelf ? <span className="text-zinc-500 dark:text-zinc-400">(you)</span> : null}
                </p>
                <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">
                  {m.email} · joined {dateFormat.format(m.joinedAt)}
                </p>
              </div>
              <div className="flex items-center gap-2">
                {isOwner && !lastOwner ? (
                  <MemberRoleSelect action={changeRoleAction.bind(null, team.id)} userId={m.userId} role={m.role} name={m.name} />
                ) : (
                  <Badge tone={m.role === "owner" ? "accent" : "neutral"}>{ROLE_LABELS[m.role]}</Badge>
                )}
                {isOwner && !isSelf && !lastOwner ? (
                  <ConfirmActionDialog
                    action={removeMemberAction.bind(null, team.id)}
                    hidden={{ userId: m.userId }}
                    triggerLabel="Remove"
                    title={`Remove ${m.name}?`}
                    description={`${m.name} loses access to ${team.name} and its projects at once. You can invite them again later.`}
                    confirmLabel="Remove member"
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {isOwner && members.length === 1 ? (
        <p className="border-t border-zinc-100 px-5 py-3 text-sm text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
          Working with others? Create an invitation link for each of your collaborators in the Invitations tab.
        </p>
      ) : null}
      {isOwner && ownerCount <= 1 && members.length > 1 ? (
        <p className="border-t border-zinc-100 px-5 py-3 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          A team always keeps at least one Owner: make someone else an Owner before changing the last Owner&apos;s role.
        </p>
      ) : null}
    </Card>
  );

  const invitesPanel = (
    <div className="space-y-6">
      <Card>
        <h2 className="text-base font-semibold">Invite someone</h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          Each invitation adds one person to {team.name}, with the role you choose. Emails wait in the{" "}
          <Link href="/team/outbox" className="underline underline-offset-4">
            outbox
          </Link>{" "}
          until they are sent.
        </p>
        <InviteForm action={createInviteAction.bind(null, team.id)} />
      </Card>
      <Card className="p-0">
        <h2 className="px-5 pt-4 text-base font-semibold">Invitations</h2>
        {invites.length === 0 ? (
          <p className="px-5 pt-1 pb-4 text-sm text-zinc-600 dark:text-zinc-400">No invitations yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-sm">
              <caption className="sr-only">Invitations and their status</caption>
              <thead>
                <tr className="border-b border-zinc-100 text-left text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
                  <th scope="col" className="px-5 py-2 font-medium">Role</th>
                  <th scope="col" className="px-2 py-2 font-medium">Status</th>
                  <th scope="col" className="px-2 py-2 font-medium">Created</th>
                  <th scope="col" className="px-2 py-2 font-medium">Expires</th>
                  <th scope="col" className="px-5 py-2 text-right font-medium"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {invites.map((i) => (
                  <tr key={i.id}>
                    <td className="px-5 py-2">{ROLE_LABELS[i.role]}</td>
                    <td className="px-2 py-2">
                      <Badge tone={i.status === "open" ? "success" : "neutral"}>{INVITE_STATUS_LABELS[i.status]}</Badge>
                      {i.usedByName ? <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">by {i.usedByName}</span> : null}
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">
                      {dateFormat.format(i.createdAt)}
                      {i.createdByName ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">by {i.createdByName}</span> : null}
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">{dateFormat.format(i.expiresAt)}</td>
                    <td className="px-5 py-2 text-right">
                      {i.status === "open" ? <RevokeInviteButton action={revokeInviteAction.bind(null, team.id)} inviteId={i.id} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );

  const generalPanel = (
    <div className="space-y-6">
      {can(team.role, "team:rename") ? (
        <Card>
          <h2 className="mb-4 text-base font-semibold">Team name</h2>
          <TeamNameForm action={renameTeamAction.bind(null, team.id)} name={team.name} submitLabel="Rename team" />
        </Card>
      ) : null}
      {can(team.role, "team:rename") ? (
        <Card>
          <h2 className="mb-4 text-base font-semibold">Email</h2>
          <SenderNameForm action={senderNameAction.bind(null, team.id)} senderName={team.senderName ?? ""} teamName={team.name} />
        </Card>
      ) : null}
      <Card>
        <h2 className="text-base font-semibold">Leave team</h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          {team.role === "owner" && ownerCount <= 1
            ? "You are the last Owner. Make someone else an Owner before you leave."
            : `You will lose access to ${team.name} and its projects.`}
        </p>
        {team.role === "owner" && ownerCount <= 1 ? null : (
          <ConfirmActionDialog
            action={leaveTeamAction.bind(null, team.id)}
            triggerLabel="Leave team…"
            title={`Leave ${team.name}?`}
            description="You will need a new invitation to come back."
            confirmLabel="Leave team"
          />
        )}
      </Card>
    </div>
  );

  return (
    <>
      <PageHeader
        title={team.name}
        description={
          <>
            {members.length} {members.length === 1 ? "member" : "members"} · your role: {ROLE_LABELS[team.role]}
          </>
        }
        actions={
          can(team.role, "people:contacts") ? (
            <ButtonLink href="/team/outbox" variant="secondary">
              Outbox
            </ButtonLink>
          ) : null
        }
      />
      <Tabs
        label="Team settings"
        tabs={[
          { value: "members", label: `Members (${members.length})`, content: membersPanel },
          ...(isOwner ? [{ value: "invitations", label: `Invitations (${openInvites.length} open)`, content: invitesPanel }] : []),
          { value: "general", label: "General", content: generalPanel },
        ]}
      />
    </>
  );
}
