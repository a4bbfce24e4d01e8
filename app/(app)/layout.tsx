import Link from "next/link";
import { getDb } from "@/db";
import { getCurrentTeam, listTeams } from "@/db/queries/teams";
import { requireUser } from "@/server/auth/session";
import { AccountMenu, TeamSwitcher } from "@/components/shell/menus";
import { Logo } from "@/components/shell/logo";
import { NavLinks } from "@/components/shell/nav-links";
import { signOutAction, switchTeamAction } from "./actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const db = getDb();
  const actor = { userId: user.id };
  const teams = listTeams(db, actor);
  const current = getCurrentTeam(db, actor);
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 dark:bg-zinc-900"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-4">
          <Link href="/projects" className="shrink-0 rounded-md" aria-label="Hatrack home">
            <Logo />
          </Link>
          <span className="hidden h-5 w-px bg-zinc-200 sm:block dark:bg-zinc-800" aria-hidden />
          <TeamSwitcher
            teams={teams.map((t) => ({ id: t.id, name: t.name, role: t.role }))}
            currentId={current?.id ?? null}
            switchAction={switchTeamAction}
          />
          <div className="ml-auto flex items-center gap-2">
            <div className="hidden sm:block">
              <NavLinks />
            </div>
            <AccountMenu name={user.name} email={user.email} signOutAction={signOutAction} />
          </div>
        </div>
        <div className="border-t border-zinc-100 px-4 py-1.5 sm:hidden dark:border-zinc-900">
          <NavLinks />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-zinc-200 py-6 text-center text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        Hatrack — titles follow responsibility.
      </footer>
    </div>
  );
}
