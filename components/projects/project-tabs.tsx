"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/** The project's sections as a tab-styled navigation (each tab is its own page). */
export function ProjectTabs({ projectId }: { projectId: string }) {
  const pathname = usePathname();
  const base = `/projects/${projectId}`;
  const tabs = [
    { href: base, label: "Overview", active: pathname === base },
    { href: `${base}/roster`, label: "Roster", active: pathname.startsWith(`${base}/roster`) },
    { href: `${base}/work`, label: "Work log", active: pathname.startsWith(`${base}/work`) },
    { href: `${base}/credits`, label: "Credits", active: pathname.startsWith(`${base}/credits`) },
    { href: `${base}/review`, label: "Hats review", active: pathname.startsWith(`${base}/review`) },
    { href: `${base}/settings`, label: "Settings", active: pathname.startsWith(`${base}/settings`) },
  ];
  return (
    <nav aria-label="Project sections" className="-mb-px flex gap-4 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800">
      {tabs.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.active ? "page" : undefined}
          className={cn(
            "border-b-2 px-1 pb-2 text-sm font-medium whitespace-nowrap",
            t.active
              ? "border-accent-600 text-zinc-900 dark:border-accent-500 dark:text-white"
              : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
