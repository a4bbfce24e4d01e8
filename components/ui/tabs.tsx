"use client";

import { Tabs as T } from "radix-ui";
import type { ReactNode } from "react";

/** Accessible tabs (Radix): arrow keys move between tabs, the panel follows. */
export function Tabs({ label, tabs, defaultValue }: { label: string; tabs: Array<{ value: string; label: ReactNode; content: ReactNode }>; defaultValue?: string }) {
  return (
    <T.Root defaultValue={defaultValue ?? tabs[0]?.value}>
      <T.List aria-label={label} className="mb-6 flex gap-4 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800">
        {tabs.map((t) => (
          <T.Trigger
            key={t.value}
            value={t.value}
            className="-mb-px border-b-2 border-transparent px-1 pb-2 text-sm font-medium whitespace-nowrap text-zinc-600 hover:text-zinc-900 data-[state=active]:border-accent-600 data-[state=active]:text-zinc-900 dark:text-zinc-400 dark:hover:text-white dark:data-[state=active]:border-accent-500 dark:data-[state=active]:text-white"
          >
            {t.label}
          </T.Trigger>
        ))}
      </T.List>
      {tabs.map((t) => (
        <T.Content key={t.value} value={t.value} className="focus-visible:outline-none">
          {t.content}
        </T.Content>
      ))}
    </T.Root>
  );
}
