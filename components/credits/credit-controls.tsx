"use client";

import { CheckCheck, EyeOff, Plus, RotateCcw, Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { createContext, useActionState, useCallback, useContext, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CheckIcon, HistoryIcon, LockIcon, LockOpenIcon, PenLineIcon, XIcon } from "@/components/ui/icons";
import { Field, FormMessage, TextArea, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";
import type { Outcome } from "@/server/actions/outcome";
import { PersonCombobox } from "./person-combobox";

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

/** Runs a non-form server action: pending state, a toast, a refresh. */
function useRun() {
  const [pending, start] = useTransition();
  const router = useRouter();
  const run = useCallback(
    <T,>(call: () => Promise<Outcome<T>>, after?: (r: Outcome<T>) => void) =>
      start(async () => {
        const r = await call();
        if (r.ok) toast.success(r.message);
        else toast.error(r.message);
        router.refresh();
        after?.(r);
      }),
    [router],
  );
  return [pending, run] as const;
}

export type HistoryItem = { id: string; action: string; title: string; reason: string; at: number; userName: string | null };

/** What a row hands the shared dialogs: who, which title, the decision it was opened on. */
export type RowRef = {
  personId: string;
  personName: string;
  titleId: string | null;
  label: string;
  /** "none" before any decision, else the decision's time (a stale form is refused). */
  expected: string;
  creditId: string | null;
  creditTitle: string | null;
  locked: boolean;
  history: HistoryItem[];
};

/** A finding to dismiss: what the user read (its fingerprint) is what gets dismissed. */
export type FindingRef = { findingId: string; fingerprint: string; title: string };

type Open =
  | { kind: "decide"; row: RowRef; initial: "accept" | "reject" | "override" }
  | { kind: "lock"; row: RowRef }
  | { kind: "history"; row: RowRef }
  | { kind: "dismiss"; finding: FindingRef }
  | null;

type Ctx = {
  projectId: string;
  open: (o: Open) => void;
  quick: (projectId: string, input: { action: "accept" | "reject"; personId: string; titleId: string; expected?: string }) => Promise<Outcome>;
  remove: (projectId: string, creditId: string) => Promise<Outcome>;
};

const CreditsContext = createContext<Ctx | null>(null);

function useCredits(): Ctx {
  const ctx = useContext(CreditsContext);
  if (!ctx) throw new Error("Credit controls need a <CreditDialogs> around them.");
  return ctx;
}

/**
 * The credits page's dialogs, mounted once for the whole page (decide with a reason, lock,
 * history): each row's buttons open them with the row's data, so a page of hundreds of
 * credits carries one set of dialogs, not one per row.
 */
export function CreditDialogs({
  projectId,
  decide,
  lock,
  dismiss,
  quick,
  remove,
  children,
}: {
  projectId: string;
  decide: FormAction;
  lock: FormAction;
  dismiss: FormAction;
  quick: Ctx["quick"];
  remove: Ctx["remove"];
  children: ReactNode;
}) {
  const [current, setCurrent] = useState<Open>(null);
  const [round, setRound] = useState(0);
  const close = useCallback(() => setCurrent(null), []);
  const ctx = useMemo<Ctx>(() => ({ projectId, open: setCurrent, quick, remove }), [projectId, quick, remove]);
  const onOpenChange = (o: boolean) => {
    if (!o) {
      setCurrent(null);
      setRound((r) => r + 1);
    }
  };
  const row = current && "row" in current ? current.row : undefined;
  return (
    <CreditsContext.Provider value={ctx}>
      {children}
      {current?.kind === "decide" && row ? (
        <Dialog open onOpenChange={onOpenChange} title={`${row.label} — ${row.personName}`} description="Record the decision and, if you like, why. It shows in the credit's history.">
          <DecisionForm key={round} action={decide} row={row} initialAction={current.initial} onDone={close} />
        </Dialog>
      ) : null}
      {current?.kind === "lock" && row ? (
        <Dialog
          open
          onOpenChange={onOpenChange}
          title={row.locked ? `Unlock "${row.creditTitle}"?` : `Lock "${row.creditTitle}" as contractual?`}
          description={
            row.locked
              ? "Unlocked, the credit can be accepted, rejected or overridden again."
              : `${row.personName}'s "${row.creditTitle}" will not change — no decision and no new work alters it — until someone unlocks it.`
          }
        >
          <LockForm key={round} action={lock} row={row} onDone={close} />
        </Dialog>
      ) : null}
      {current?.kind === "history" && row ? (
        <Dialog open onOpenChange={onOpenChange} title={`History of "${row.creditTitle ?? row.label}" — ${row.personName}`}>
          <HistoryList items={row.history} />
        </Dialog>
      ) : null}
      {current?.kind === "dismiss" ? (
        <Dialog
          open
          onOpenChange={onOpenChange}
          title={`Dismiss "${current.finding.title}"?`}
          description="Say why it doesn't apply. The reason is kept with your name; the finding comes back on its own if its facts change."
        >
          <DismissForm key={round} action={dismiss} finding={current.finding} onDone={close} />
        </Dialog>
      ) : null}
    </CreditsContext.Provider>
  );
}

/**
 * A row's buttons: Accept / Reject in one click, "Decide…" with a reason or another title,
 * Lock / Unlock, History, Remove (titles typed by hand). What shows follows the row's state.
 */
export function RowActions({
  row,
  canDecide,
  canLock,
  canRemove,
  current,
  initial = "override",
}: {
  row: RowRef;
  /** Suggestion, claim or withdrawn decision, unlocked, and the user may write. */
  canDecide: boolean;
  canLock: boolean;
  canRemove: boolean;
  /** The decision in force (null when undecided or changed since): its one-click button is not offered again. */
  current: "accepted" | "rejected" | "overridden" | null;
  initial?: "accept" | "reject" | "override";
}) {
  const { projectId, open, quick, remove } = useCredits();
  const [pending, run] = useRun();
  const titleId = row.titleId;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-1">
      {canDecide && titleId && initial !== "reject" ? (
        <>
          {current !== "accepted" ? (
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => quick(projectId, { action: "accept", personId: row.personId, titleId, expected: row.expected }))} aria-label={`Accept ${row.label} for ${row.personName}`}>
              <CheckIcon className="size-3.5" /> Accept
            </Button>
          ) : null}
          {current !== "rejected" ? (
            <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => quick(projectId, { action: "reject", personId: row.personId, titleId, expected: row.expected }))} aria-label={`Reject ${row.label} for ${row.personName}`}>
              <XIcon className="size-3.5" /> Reject
            </Button>
          ) : null}
        </>
      ) : null}
      {canDecide && titleId ? (
        <Button size="sm" variant="ghost" onClick={() => open({ kind: "decide", row, initial })} aria-label={`Override or decide with a reason: ${row.label} for ${row.personName}`}>
          <PenLineIcon className="size-3.5" /> {initial === "reject" ? "Decide…" : "Override…"}
        </Button>
      ) : null}
      {canLock && row.creditId ? (
        <Button size="sm" variant="ghost" onClick={() => open({ kind: "lock", row })} aria-label={`${row.locked ? "Unlock" : "Lock"} ${row.creditTitle} for ${row.personName}`}>
          {row.locked ? <LockOpenIcon className="size-3.5" /> : <LockIcon className="size-3.5" />} {row.locked ? "Unlock" : "Lock"}
        </Button>
      ) : null}
      {canRemove && row.creditId ? (
        <Button size="sm" variant="ghost" disabled={pending} aria-label={`Remove ${row.creditTitle} from ${row.personName}`} onClick={() => run(() => remove(projectId, row.creditId as string))}>
          <XIcon className="size-3.5" /> Remove
        </Button>
      ) : null}
      {row.creditId ? (
        <Button size="sm" variant="ghost" onClick={() => open({ kind: "history", row })} aria-label={`History of ${row.creditTitle ?? row.label} for ${row.personName}`}>
          <HistoryIcon className="size-3.5" /> History
        </Button>
      ) : null}
    </div>
  );
}

function DecisionForm({ action, row, initialAction, onDone }: { action: FormAction; row: RowRef; initialAction: "accept" | "reject" | "override"; onDone: () => void }) {
  const [state, formAction] = useFormResult(action, onDone);
  const v = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Decision">
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <input type="hidden" name="personId" value={row.personId} />
      <input type="hidden" name="titleId" value={row.titleId ?? ""} />
      <input type="hidden" name="expected" value={row.expected} />
      <DecisionFields key={state.at ?? 0} id={`${row.personId}-${row.titleId}`} label={row.label} start={v?.action ?? initialAction} values={v} errors={state.fieldErrors ?? {}} />
      <div className="flex justify-end">
        <SubmitButton>Save decision</SubmitButton>
      </div>
    </form>
  );
}

/** Keyed on each answer: React resets a form after its action, so fields remount with what was typed. */
function DecisionFields({ id, label, start, values, errors }: { id: string; label: string; start: string; values: Record<string, string> | undefined; errors: Record<string, string[] | undefined> }) {
  const [choice, setChoice] = useState<string>(start);
  return (
    <>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Decision</legend>
        {(
          [
            ["accept", `Accept "${label}"`],
            ["reject", "Reject it"],
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

function LockForm({ action, row, onDone }: { action: FormAction; row: RowRef; onDone: () => void }) {
  const [state, formAction] = useFormResult(action, onDone);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={row.locked ? "Unlock credit" : "Lock credit"}>
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <input type="hidden" name="creditId" value={row.creditId ?? ""} />
      <input type="hidden" name="locked" value={row.locked ? "0" : "1"} />
      <Field key={state.at ?? 0} id={`lock-reason-${row.creditId}`} label="Reason (optional)" errors={state.fieldErrors?.reason}>
        {(p) => <TextInput {...p} name="reason" maxLength={500} defaultValue={state.status === "error" ? (state.values?.reason ?? "") : ""} placeholder={row.locked ? "e.g. contract renegotiated" : "e.g. deal memo of 3 March"} />}
      </Field>
      <div className="flex justify-end">
        <SubmitButton>{row.locked ? "Unlock" : "Lock"}</SubmitButton>
      </div>
    </form>
  );
}

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

function when(at: number): ReactNode {
  return <time dateTime={new Date(at).toISOString()}>{new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC</time>;
}

function HistoryList({ items }: { items: HistoryItem[] }) {
  if (items.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No decisions yet.</p>;
  return (
    <ol className="space-y-3 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700">
      {[...items].reverse().map((i) => (
        <li key={i.id} className="text-sm">
          <div>
            <span className="font-medium">{ACTION_WORDS[i.action] ?? i.action}</span> “{i.title}”
          </div>
          <div className="text-xs text-zinc-600 dark:text-zinc-400">
            {i.userName ?? "A former member"} · {when(i.at)}
          </div>
          {i.reason ? <p className="mt-0.5 text-xs text-zinc-700 italic dark:text-zinc-300">“{i.reason}”</p> : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * "Accept all high-confidence": one click for every undecided high-confidence suggestion, and
 * one undo — in the toast and, so a keyboard user reaches it too, in a notice beside the button
 * that takes the focus.
 */
export function AcceptAllButton({
  projectId,
  count,
  accept,
  undo,
}: {
  projectId: string;
  count: number;
  accept: (projectId: string) => Promise<Outcome<{ batchId: string; count: number }>>;
  undo: (projectId: string, batchId: string) => Promise<Outcome>;
}) {
  const [pending, run] = useRun();
  const [batch, setBatch] = useState<{ batchId: string; count: number } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focused = useRef<string | null>(null);
  // Once the accept is done (the button enabled again), the focus goes to Undo — once per batch.
  useEffect(() => {
    if (!batch || pending || focused.current === batch.batchId) return;
    focused.current = batch.batchId;
    undoRef.current?.focus();
  }, [batch, pending]);
  const doUndo = (b: { batchId: string }) =>
    run(
      () => undo(projectId, b.batchId),
      () => setBatch(null),
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      {count > 0 ? (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => accept(projectId),
              (r) => {
                if (r.ok && r.data) setBatch(r.data);
              },
            )
          }
        >
          <CheckCheck className="size-4" aria-hidden /> Accept all high-confidence ({count})
        </Button>
      ) : null}
      {batch ? (
        <p role="status" className="flex items-center gap-2 rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-1.5 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          Accepted {batch.count} high-confidence {batch.count === 1 ? "suggestion" : "suggestions"}.
          <Button ref={undoRef} size="sm" variant="ghost" disabled={pending} onClick={() => doUndo(batch)}>
            <Undo2 className="size-3.5" aria-hidden /> Undo
          </Button>
        </p>
      ) : null}
    </div>
  );
}

/** Opens the page's dismiss dialog for a finding (the reason is kept: who, when, why). */
export function DismissFindingButton({ finding }: { finding: FindingRef }) {
  const { open } = useCredits();
  return (
    <Button size="sm" variant="ghost" aria-label={`Dismiss: ${finding.title}`} onClick={() => open({ kind: "dismiss", finding })}>
      <EyeOff className="size-3.5" aria-hidden /> Dismiss…
    </Button>
  );
}

function DismissForm({ action, finding, onDone }: { action: FormAction; finding: FindingRef; onDone: () => void }) {
  const [state, formAction] = useFormResult(action, onDone);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Dismiss the finding">
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <input type="hidden" name="findingId" value={finding.findingId} />
      <input type="hidden" name="fingerprint" value={finding.fingerprint} />
      <Field key={state.at ?? 0} id={`dismiss-${finding.fingerprint}`} label="Why it doesn't apply" errors={state.fieldErrors?.reason}>
        {(p) => <TextArea {...p} name="reason" maxLength={500} rows={3} defaultValue={state.status === "error" ? (state.values?.reason ?? "") : ""} placeholder="e.g. we shot on private land: no permit needed" autoFocus />}
      </Field>
      <div className="flex justify-end">
        <SubmitButton>Dismiss</SubmitButton>
      </div>
    </form>
  );
}

/** A one-click button for a non-form action (show a finding again, mark a function needed or not). */
export function ActionButton({ label, ariaLabel, call, icon = "restore" }: { label: string; ariaLabel?: string; call: () => Promise<Outcome>; icon?: "restore" | "hide" }) {
  const [pending, run] = useRun();
  return (
    <Button size="sm" variant="ghost" disabled={pending} aria-label={ariaLabel ?? label} onClick={() => run(call)}>
      {icon === "restore" ? <RotateCcw className="size-3.5" aria-hidden /> : <EyeOff className="size-3.5" aria-hidden />} {label}
    </Button>
  );
}

/** A title typed by hand, e.g. a contractual credit that predates the work log. The person is found by name (PersonCombobox). */
export function AddManualCreditDialog({ action, projectId }: { action: FormAction; projectId: string }) {
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
      <ManualCreditForm key={round} action={action} projectId={projectId} onDone={() => setOpen(false)} />
    </Dialog>
  );
}

function ManualCreditForm({ action, projectId, onDone }: { action: FormAction; projectId: string; onDone: () => void }) {
  const [state, formAction] = useFormResult(action, onDone);
  const v = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Add a title by hand">
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      <div key={state.at ?? 0} className="space-y-4">
        <Field id="mc-person" label="Person" errors={errors.personId}>
          {(p) => <PersonCombobox projectId={projectId} name="personId" initial={v?.personId && v.personIdName ? { id: v.personId, name: v.personIdName } : null} inputProps={p} />}
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
