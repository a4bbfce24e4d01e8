"use client";

import { Check, Copy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/lib/actions/form";

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

/** Creates a link for one person and shows it once, with a copy button. */
export function CreateLinkButton({ action, personId, personName, hasOpenLink }: { action: Action; personId: string; personName: string; hasOpenLink: boolean }) {
  const { pending, run } = useAction(action);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  if (link) {
    return (
      <div className="flex w-full min-w-0 flex-col gap-1.5 sm:w-auto sm:flex-row sm:items-center">
        <label htmlFor={`link-${personId}`} className="sr-only">
          Name-check link for {personName}
        </label>
        <input id={`link-${personId}`} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs sm:w-72 dark:border-zinc-700 dark:bg-zinc-900" />
        <Button
          size="sm"
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied(true);
            } catch {
              toast.error("Could not copy: select the link and copy it by hand.");
            }
          }}
        >
          {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />} {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    );
  }
  return (
    <Button size="sm" variant="secondary" disabled={pending} onClick={() => run({ personId, personName }, (s) => setLink(s.data?.link ?? null))}>
      {pending ? "Creating…" : hasOpenLink ? "New link" : "Create link"}
    </Button>
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
