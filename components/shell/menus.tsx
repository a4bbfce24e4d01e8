"use client";

import { DropdownMenu as M } from "radix-ui";
import { Check, ChevronsUpDown, LogOut, Plus, Settings, User, Users } from "lucide-react";
import Link from "next/link";
import { useTransition } from "react";
import { toast } from "sonner";

const contentClass =
  "z-50 min-w-56 rounded-xl border border-zinc-200 bg-white p-1 text-sm shadow-lg dark:border-zinc-800 dark:bg-zinc-900";
const itemClass =
  "flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-2 text-zinc-800 outline-none select-none data-[highlighted]:bg-zinc-100 dark:text-zinc-200 dark:data-[highlighted]:bg-zinc-800";

type TeamOption = { id: string; name: string; role: string };

export function TeamSwitcher({
  teams,
  currentId,
  switchAction,
}: {
  teams: TeamOption[];
  currentId: string | null;
  switchAction: (teamId: string) => Promise<{ ok: boolean; message?: string }>;
}) {
  const [pending, start] = useTransition();
  const current = teams.find((t) => t.id === currentId);
  return (
    <M.Root>
      <M.Trigger
        className="flex max-w-56 items-center gap-2 rounded-lg px-2.5 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
        aria-label={current ? `Team: ${current.name}. Switch team` : "Choose a team"}
        disabled={pending}
      >
        <Users className="size-4 shrink-0 text-zinc-500" aria-hidden />
        <span className="truncate">{current?.name ?? "No team yet"}</span>
        <ChevronsUpDown className="size-3.5 shrink-0 text-zinc-500" aria-hidden />
      </M.Trigger>
      <M.Portal>
        <M.Content className={contentClass} align="start" sideOffset={6}>
          {teams.length > 0 ? (
            <M.Label className="px-2.5 py-1.5 text-xs font-medium text-zinc-500 dark:text-zinc-400">Your teams</M.Label>
          ) : null}
          {teams.map((t) => (
            <M.Item
              key={t.id}
              className={itemClass}
              onSelect={() =>
                start(async () => {
                  if (t.id === currentId) return;
                  const res = await switchAction(t.id);
                  if (!res.ok) toast.error(res.message ?? "Could not switch team.");
                })
              }
            >
              <Check className={`size-4 ${t.id === currentId ? "opacity-100" : "opacity-0"}`} aria-hidden />
              <span className="flex-1 truncate">{t.name}</span>
              <span className="text-xs text-zinc-500 capitalize dark:text-zinc-400">{t.role}</span>
            </M.Item>
          ))}
          {teams.length > 0 ? <M.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" /> : null}
          <M.Item asChild className={itemClass}>
            <Link href="/teams/new">
              <Plus className="size-4" aria-hidden /> New team
            </Link>
          </M.Item>
        </M.Content>
      </M.Portal>
    </M.Root>
  );
}

export function AccountMenu({ name, email, signOutAction }: { name: string; email: string; signOutAction: () => Promise<void> }) {
  const initials = name
    .split(/\s+/)
    .map((w) => w[0])
    .filter(Boolean)
    .slice(0, 2)
    .join("")
    .toUpperCase();
  return (
    <M.Root>
      <M.Trigger
        className="flex size-9 items-center justify-center rounded-full bg-zinc-900 text-xs font-semibold text-white hover:ring-2 hover:ring-accent-500 dark:bg-zinc-100 dark:text-zinc-900"
        aria-label={`Account menu for ${name}`}
      >
        {initials || "?"}
      </M.Trigger>
      <M.Portal>
        <M.Content className={contentClass} align="end" sideOffset={6}>
          <div className="px-2.5 py-2">
            <p className="truncate font-medium">{name}</p>
            <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">{email}</p>
          </div>
          <M.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <M.Item asChild className={itemClass}>
            <Link href="/account">
              <User className="size-4" aria-hidden /> Account and sessions
            </Link>
          </M.Item>
          <M.Item asChild className={itemClass}>
            <Link href="/team">
              <Settings className="size-4" aria-hidden /> Team settings
            </Link>
          </M.Item>
          <M.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <M.Item className={itemClass} onSelect={() => void signOutAction()}>
            <LogOut className="size-4" aria-hidden /> Sign out
          </M.Item>
        </M.Content>
      </M.Portal>
    </M.Root>
  );
}
