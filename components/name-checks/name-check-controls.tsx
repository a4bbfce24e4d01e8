"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function useAction(action: Action) {
  const [pending, start] = useTransition();
  const router = useRouter();
  const run = (fields: Record<string, string>, onDone?: (state: FormState) => void) =>
    start(async () => {
      const fd = new FormData();
      for (const [k, v] of Object.entries(fields)) fd.set(k, v);
      const state = await action(initialState, fd);
      if (state.status === "success") {
        if (state.message) toast.success(state.message);
        onDone?.(state);
        router.refresh();
      } else toast.error(state.message ?? "That did not work. Nothing was changed.");
    });
  return { pending, run };
}

/** Creates a link for one person (emailed to them when their address is known) and shows it once, with a copy button. */
export function CreateLinkButton({ action, personId, personName, hasOpenLink, hasEmail }: { action: Action; personId: string; personName: string; hasOpenLink: boolean; hasEmail: boolean }) {
  const { pending, run } = useAction(action);
  const [link, setLink] = useState<string | null>(null);
  if (link) {
    return (
      <div className="w-full min-w-0 sm:w-96">
        <CopyField id={`link-${personId}`} label={`Name-check link for ${personName}`} value={link} />
      </div>
    );
  }
  const label = hasEmail ? (hasOpenLink ? "Email a new link" : "Email link") : hasOpenLink ? "New link" : "Create link";
  return (
    <Button size="sm" variant="secondary" disabled={pending} onClick={() => run({ personId }, (s) => setLink(s.data?.link ?? null))}>
      {pending ? "Creating…" : label}
    </Button>
  );
}

/** Asks everyone on the roster who has not answered, at once; shows the links of those it could not email. */
export function RequestAllButton({ action, count }: { action: Action; count: number }) {
  const { pending, run } = useAction(action);
  const [links, setLinks] = useState<Array<{ name: string; link: string }>>([]);
  return (
    <div className="space-y-3">
      <Button
        disabled={pending || count === 0}
        onClick={() =>
          run({}, (s) => {
            try {
              setLinks(JSON.parse(s.data?.links ?? "[]") as Array<{ name: string; link: string }>);
            } catch {
              setLinks([]);
            }
          })
        }
      >
        {pending ? "Asking…" : `Ask everyone without an answer (${count})`}
      </Button>
      {links.length > 0 ? (
        <div role="region" aria-label="Links to send yourself" className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <p className="text-sm font-medium">Send these yourself (shown once):</p>
          <ul className="space-y-2">
            {links.map((l, i) => (
              <li key={l.link} className="space-y-1">
                <p className="text-xs text-zinc-600 dark:text-zinc-400">{l.name}</p>
                <CopyField id={`bulk-link-${i}`} label={`Name-check link for ${l.name}`} value={l.link} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function RevokeLinkButton({ action, checkId }: { action: Action; checkId: string }) {
  const { pending, run } = useAction(action);
  return (
    <Button size="sm" variant="ghost" disabled={pending} onClick={() => run({ checkId })}>
      {pending ? "Withdrawing…" : "Withdraw link"}
    </Button>
  );
}

export function DecideButtons({ action, checkId, name }: { action: Action; checkId: string; name: string }) {
  const { pending, run } = useAction(action);
  return (
    <div className="flex gap-2">
      <Button size="sm" disabled={pending} onClick={() => run({ checkId, decision: "accepted" })} aria-label={`Accept the correction for ${name}`}>
        Accept
      </Button>
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => run({ checkId, decision: "rejected" })} aria-label={`Reject the correction for ${name}`}>
        Reject
      </Button>
    </div>
  );
}
