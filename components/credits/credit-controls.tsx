"use client";

import { Check, History, Lock, LockOpen, PenLine, Plus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/lib/actions/form";
import type { Outcome } from "@/lib/actions/outcome";

type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/** useActionState that toasts and refreshes once per success, then calls onDone. */
function useFormResult(action: FormAction, onDone: () => void) {
  const [state, formAction] = useActionState(action, initialState);
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.status !== "success" || handled.current === state.at) return;
    handled.current = state.at;
    toast.success(state.message ?? "Saved.");
    router.refresh();
    onDone();
  }, [state, router, onDone]);
  return [state, formAction] as const;
}

/** Accept and Reject in one click. */
export function QuickDecision({
  projectId,
  personId,
  titleId,
  label,
  personName,
  current,
  decide,
}: {
  projectId: string;
  personId: string;
  titleId: string;
  label: string;
  personName: string;
  current: "accepted" | "rejected" | "overridden" | null;
  decide: (projectId: string, input: { action: "accept" | "reject"; personId: string; titleId: string }) => Promise<Outcome>;
}) {
  const [pending, start] = useTransition();
  const router = useRouter();
  const run = (action: "accept" | "reject") =>
    start(async () => {
      const r = await decide(projectId, { action, personId, titleId });
      if (r.ok) toast.success(r.message);
      else toast.error(r.message);
      router.refresh();
    });
  return (
    <>
      {current !== "accepted" ? (
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => run("accept")} aria-label={`Accept ${label} for ${personName}`}>
          <Check className="size-3.5" aria-hidden /> Accept
        </Button>
      ) : null}
      {current !== "rejected" ? (
        <Button size="sm" variant="ghost" disabled={pending} onClick={() => run("reject")} aria-label={`Reject ${label} for ${personName}`}>
          <X className="size-3.5" aria-hidden /> Reject
        </Button>
      ) : null}
    </>
  );
}

/** A decision with a reason: accept, reject, or override with a custom title. */
export function DecisionDialog({
  action,
  personId,
  titleId,
  label,
  personName,
  initialAction = "override",
}: {
  action: FormAction;
  personId: string;
  titleId: string;
  label: string;
  personName: string;
  initialAction?: "accept" | "reject" | "override";
}) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setRound((r) => r + 1);
      }}
      title={`${label} — ${personName}`}
      description="Record the decision and, if you like, why. It shows in the credit's history."
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Override or decide with a reason: ${label} for ${personName}`}>
          <PenLine className="size-3.5" aria-hidden /> Override…
        </Button>
      }
    >
      <DecisionForm key={round} action={action} personId={personId} titleId={titleId} label={label} initialAction={initialAction} onDone={() => setOpen(false)} />
    </Dialog>
  );
}

function DecisionForm({
  action,
  personId,
  titleId,
  label,
  initialAction,
  onDone,
}: {
  action: FormAction;
  personId: string;
  titleId: string;
  label: string;
  initialAction: "accept" | "reject" | "override";
  onDone: () => void;
}) {
  const [state, formAction] = useFormResult(action, onDone);
  const v = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Decision">
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="titleId" value={titleId} />
      <DecisionFields key={state.at ?? 0} id={`${personId}-${titleId}`} label={label} start={v?.action ?? initialAction} values={v} errors={state.fieldErrors ?? {}} />
      <div className="flex justify-end">
        <SubmitButton>Save decision</SubmitButton>
      </div>
    </form>
  );
}

/** Keyed on each answer: React resets a form after its action, so fields remount with what was typed. */
function DecisionFields({
  id,
  label,
  start,
  values,
  errors,
}: {
  id: string;
  label: string;
  start: string;
  values: Record<string, string> | undefined;
  errors: Record<string, string[] | undefined>;
}) {
  const [choice, setChoice] = useState<string>(start);
  return (
    <>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Decision</legend>
        {(
          [
            ["accept", `Accept "${label}"`],
            ["reject", "Reject the suggestion"],
            ["override", "Override with another title"],
          ] as const
        ).map(([value, text]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="action" value={value} defaultChecked={start === value} onChange={() => setChoice(value)} className="accent-accent-600" />
            {text}
          </label>
        ))}
      </fieldset>
      {choice === "override" ? (
        <Field id={`ov-title-${id}`} label="Title as it will be credited" errors={errors.title} hint='e.g. "Creative Producer", "Producer", "Co-Executive Producer".'>
          {(p) => <TextInput {...p} name="title" maxLength={120} defaultValue={values?.title ?? ""} autoFocus />}
        </Field>
      ) : null}
      <Field id={`ov-reason-${id}`} label="Reason (optional)" errors={errors.reason}>
        {(p) => <TextInput {...p} name="reason" maxLength={500} defaultValue={values?.reason ?? ""} placeholder="e.g. per the financing agreement, section 4" />}
      </Field>
    </>
  );
}

/** Lock a held credit as contractual (or unlock it), with an optional reason. */
export function LockDialog({ action, creditId, title, personName, locked }: { action: FormAction; creditId: string; title: string; personName: string; locked: boolean }) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setRound((r) => r + 1);
      }}
      title={locked ? `Unlock "${title}"?` : `Lock "${title}" as contractual?`}
      description={
        locked
          ? "Unlocked, the credit can be accepted, rejected or overridden again."
          : `${personName}'s "${title}" will not change — no decision and no new work alters it — until someone unlocks it.`
      }
      trigger={
        <Button size="sm" variant="ghost" aria-label={`${locked ? "Unlock" : "Lock"} ${title} for ${personName}`}>
          {locked ? <LockOpen className="size-3.5" aria-hidden /> : <Lock className="size-3.5" aria-hidden />} {locked ? "Unlock" : "Lock"}
        </Button>
      }
    >
      <LockForm key={round} action={action} creditId={creditId} locked={locked} onDone={() => setOpen(false)} />
    </Dialog>
  );
}

function LockForm({ action, creditId, locked, onDone }: { action: FormAction; creditId: string; locked: boolean; onDone: () => void }) {
  const [state, formAction] = useFormResult(action, onDone);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={locked ? "Unlock credit" : "Lock credit"}>
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <input type="hidden" name="creditId" value={creditId} />
      <input type="hidden" name="locked" value={locked ? "0" : "1"} />
      <Field key={state.at ?? 0} id={`lock-reason-${creditId}`} label="Reason (optional)" errors={state.fieldErrors?.reason}>
        {(p) => <TextInput {...p} name="reason" maxLength={500} defaultValue={state.status === "error" ? (state.values?.reason ?? "") : ""} placeholder={locked ? "e.g. contract renegotiated" : "e.g. deal memo of 3 March"} />}
      </Field>
      <div className="flex justify-end">
        <SubmitButton>{locked ? "Unlock" : "Lock"}</SubmitButton>
      </div>
    </form>
  );
}

export type HistoryItem = { id: string; action: string; title: string; reason: string; at: number; userName: string | null };

const ACTION_WORDS: Record<string, string> = {
  accepted: "Accepted",
  rejected: "Rejected",
  overridden: "Overridden as",
  added: "Added by hand:",
  locked: "Locked",
  unlocked: "Unlocked",
  reopened: "Reopened",
  renamed: "Renamed to",
};

export function HistoryDialog({ title, personName, items }: { title: string; personName: string; items: HistoryItem[] }) {
  return (
    <Dialog
      title={`History of "${title}" — ${personName}`}
      trigger={
        <Button size="sm" variant="ghost" aria-label={`History of ${title} for ${personName}`}>
          <History className="size-3.5" aria-hidden /> History
        </Button>
      }
    >
      {items.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No decisions yet.</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700">
          {[...items].reverse().map((i) => (
            <li key={i.id} className="text-sm">
              <div>
                <span className="font-medium">{ACTION_WORDS[i.action] ?? i.action}</span> “{i.title}”
              </div>
              <div className="text-xs text-zinc-600 dark:text-zinc-400">
                {i.userName ?? "A former member"} · <time dateTime={new Date(i.at).toISOString()}>{new Date(i.at).toISOString().slice(0, 16).replace("T", " ")} UTC</time>
              </div>
              {i.reason ? <p className="mt-0.5 text-xs text-zinc-700 italic dark:text-zinc-300">“{i.reason}”</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}

/** A title typed by hand, e.g. a contractual credit that predates the work log. */
export function AddManualCreditDialog({ action, people }: { action: FormAction; people: { id: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setRound((r) => r + 1);
      }}
      title="Add a title by hand"
      description="For a credit agreed outside the work log, such as a contractual one. If no logged work supports it, the Credits health panel says so."
      trigger={
        <Button variant="secondary">
          <Plus className="size-4" aria-hidden /> Add a title by hand
        </Button>
      }
    >
      <ManualCreditForm key={round} action={action} people={people} onDone={() => setOpen(false)} />
    </Dialog>
  );
}

function ManualCreditForm({ action, people, onDone }: { action: FormAction; people: { id: string; name: string }[]; onDone: () => void }) {
  const [state, formAction] = useFormResult(action, onDone);
  const v = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Add a title by hand">
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <div key={state.at ?? 0} className="space-y-4">
      <Field id="mc-person" label="Person" errors={errors.personId}>
        {(p) => (
          <Select {...p} name="personId" defaultValue={v?.personId ?? ""}>
            <option value="">Choose someone on the roster…</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="mc-title" label="Title" errors={errors.title} hint='e.g. "Executive Producer", "Co-Producer".'>
        {(p) => <TextInput {...p} name="title" maxLength={120} defaultValue={v?.title ?? ""} />}
      </Field>
      <Field id="mc-reason" label="Reason (optional)" errors={errors.reason}>
        {(p) => <TextInput {...p} name="reason" maxLength={500} defaultValue={v?.reason ?? ""} placeholder="e.g. financing agreement" />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="locked" value="1" defaultChecked={v?.locked === "1"} className="accent-accent-600" />
        Lock it as contractual
      </label>
      </div>
      <div className="flex justify-end">
        <SubmitButton>Add title</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveManualCreditButton({
  projectId,
  creditId,
  title,
  personName,
  remove,
}: {
  projectId: string;
  creditId: string;
  title: string;
  personName: string;
  remove: (projectId: string, creditId: string) => Promise<Outcome>;
}) {
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={pending}
      aria-label={`Remove ${title} from ${personName}`}
      onClick={() =>
        start(async () => {
          const r = await remove(projectId, creditId);
          if (r.ok) toast.success(r.message);
          else toast.error(r.message);
          router.refresh();
        })
      }
    >
      <X className="size-3.5" aria-hidden /> Remove
    </Button>
  );
}
