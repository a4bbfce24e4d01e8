"use client";

import { useActionState, useState, useTransition } from "react";
import { toast } from "sonner";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/server/actions/form";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, TEAM_ROLES, type TeamRole } from "@/lib/auth/roles";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function TeamNameForm({ action, name, submitLabel, autoFocus }: { action: Action; name?: string; submitLabel: string; autoFocus?: boolean }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state.status === "error" && !state.fieldErrors?.name ? state : { status: "idle" }} />
      <Field id="team-name" label="Team name" errors={state.fieldErrors?.name} hint="Usually your production company, e.g. “Lighthouse Pictures”.">
        {(p) => (
          <TextInput
            key={state.at ?? 0}
            {...p}
            name="name"
            required
            maxLength={120}
            autoFocus={autoFocus}
            defaultValue={state.status === "error" ? (state.values?.name ?? name) : name}
          />
        )}
      </Field>
      <div className="flex justify-end">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

export function InviteForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialState);
  const [copiedLink, setCopiedLink] = useState<string | null>(null);
  // The role chosen stays chosen after the action: React resets the form after it, so the
  // select remounts (keyed on the answer) with the role last picked.
  const [role, setRole] = useState<TeamRole>("editor");
  const link = state.status === "success" ? state.data?.link : undefined;
  const copied = link !== undefined && copiedLink === link;
  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-col gap-3 lg:flex-row lg:items-start" noValidate>
        <Field id="invite-email" label="Their email (optional)" errors={state.fieldErrors?.email} hint="Leave empty for a link only." className="lg:w-64">
          {(p) => <TextInput {...p} key={state.at ?? 0} name="email" type="email" maxLength={254} autoComplete="off" defaultValue={state.status === "error" ? state.values?.email : ""} />}
        </Field>
        <Field id="invite-role" label="Role for the new member" errors={state.fieldErrors?.role} className="lg:w-64">
          {(p) => (
            <Select {...p} key={state.at ?? 0} name="role" defaultValue={role} onChange={(e) => setRole(e.currentTarget.value as TeamRole)}>
              {TEAM_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]} — {ROLE_DESCRIPTIONS[r]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="lg:pt-7">
          <SubmitButton pendingText="Creating…">Create invitation</SubmitButton>
        </div>
      </form>
      {state.status === "error" ? <FormMessage state={state} /> : null}
      {link ? (
        <div className="rounded-lg border border-accent-500/40 bg-accent-50 p-4 dark:bg-accent-800/20" role="status" aria-live="polite">
          <p className="text-sm font-medium">{state.message}</p>
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            {state.data?.emailed === "queued"
              ? "The email has the link; here it is too, shown only once."
              : "Copy the link and send it yourself. It is shown only once."}
          </p>
          <div className="mt-3 flex flex-col gap-2 sm:flex-row">
            <label htmlFor="invite-link" className="sr-only">
              Invitation link
            </label>
            <input
              id="invite-link"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="w-full min-w-0 rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
            />
            <Button
              variant="secondary"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(link);
                  setCopiedLink(link);
                  toast.success("Link copied.");
                } catch {
                  toast.error("Could not copy: select the link and copy it by hand.");
                }
              }}
            >
              {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
              {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Runs a server action from a button or a select and toasts its answer. The toast is raised by
 * the awaiting code, not by an effect, so it shows even when the answer removes this component
 * (a revoked invitation, a removed member).
 */
function useRunAction(action: Action) {
  const [pending, start] = useTransition();
  const run = (fields: Record<string, string>, onSuccess?: () => void, onError?: () => void) =>
    start(async () => {
      const formData = new FormData();
      for (const [k, v] of Object.entries(fields)) formData.set(k, v);
      const state = await action(initialState, formData);
      if (state.status === "success") {
        if (state.message) toast.success(state.message);
        onSuccess?.();
      } else {
        const detail = Object.values(state.fieldErrors ?? {}).flat()[0];
        toast.error(detail ?? state.message ?? "That did not work. Nothing was changed.");
        onError?.();
      }
    });
  return { pending, run };
}

export function RevokeInviteButton({ action, inviteId }: { action: Action; inviteId: string }) {
  const { pending, run } = useRunAction(action);
  return (
    <Button variant="ghost" size="sm" disabled={pending} onClick={() => run({ inviteId })}>
      {pending ? "Revoking…" : "Revoke"}
    </Button>
  );
}

export function MemberRoleSelect({ action, userId, role, name }: { action: Action; userId: string; role: TeamRole; name: string }) {
  const { pending, run } = useRunAction(action);
  const [value, setValue] = useState<TeamRole>(role);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={`role-${userId}`} className="sr-only">
        Role of {name}
      </label>
      <Select
        id={`role-${userId}`}
        value={value}
        disabled={pending}
        className="h-8 w-28 py-1"
        onChange={(e) => {
          const next = e.currentTarget.value as TeamRole;
          const previous = value;
          setValue(next);
          // On a refusal (e.g. the last Owner) the select goes back to the saved role.
          run({ userId, role: next }, undefined, () => setValue(previous));
        }}
      >
        {TEAM_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
    </div>
  );
}

export function ConfirmActionDialog({
  action,
  triggerLabel,
  title,
  description,
  confirmLabel,
  hidden,
}: {
  action: Action;
  triggerLabel: string;
  title: string;
  description: string;
  confirmLabel: string;
  hidden?: Record<string, string>;
}) {
  const [open, setOpen] = useState(false);
  const { pending, run } = useRunAction(action);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={title}
      description={description}
      trigger={
        <Button variant="ghost" size="sm" className="text-red-700 dark:text-red-400">
          {triggerLabel}
        </Button>
      }
    >
      <div className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button variant="danger" disabled={pending} onClick={() => run(hidden ?? {}, () => setOpen(false))}>
          {pending ? "Working…" : confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}

/** The name the team's emails are sent as (an Owner's setting). */
export function SenderNameForm({ action, senderName, teamName }: { action: Action; senderName: string; teamName: string }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state.status === "error" && !state.fieldErrors?.senderName ? state : { status: "idle" }} />
      <Field id="sender-name" label="Emails come from" errors={state.fieldErrors?.senderName} hint={`Invitations and name checks show this as the sender. Empty: “${teamName}”.`}>
        {(p) => <TextInput key={state.at ?? 0} {...p} name="senderName" maxLength={120} placeholder={teamName} defaultValue={state.status === "error" ? (state.values?.senderName ?? senderName) : senderName} />}
      </Field>
      <div className="flex justify-end">
        <SubmitButton>Save sender name</SubmitButton>
      </div>
    </form>
  );
}
