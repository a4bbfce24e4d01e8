"use client";

import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";
import { DEGREES, DEGREE_LABELS, MAX_EFFORT_HOURS, NOTE_MAX } from "@/lib/validation/work";
import { WORK_STAGES, WORK_STAGE_LABELS, type Lane, type WorkStage } from "@/lib/work/taxonomy";
import { ResponsibilityCombobox } from "./responsibility-combobox";

export type ResponsibilityOption = { id: string; name: string; lane: Lane; description: string; stages: readonly WorkStage[]; tracksAmount: boolean };
export type PersonOption = { id: string; name: string; roles: string };

export type WorkEntryValues = {
  entryId?: string;
  /** The revision the entry was opened at: a save from an older one is refused (nothing is overwritten). */
  revision?: string;
  personId: string;
  responsibilityId: string;
  stage: string;
  degree: string;
  effortHours: string;
  startDate: string;
  endDate: string;
  note: string;
  amountRaised: string;
};

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const DEGREE_HINTS: Record<(typeof DEGREES)[number], string> = {
  lead: "They led it.",
  equal: "Shared equally with others.",
  supporting: "They helped someone who led it.",
};

/**
 * The work entry form (create or edit). Keeps what was typed when the server refuses it. With
 * `keepOpen` (new entries) a saved entry clears the form for the next one, keeping its stage
 * and degree, and puts the focus back on the person.
 */
function WorkEntryForm({
  action,
  people,
  responsibilities,
  currency,
  initial,
  submitLabel,
  onDone,
  keepOpen = false,
  onSaved,
}: {
  action: Action;
  people: PersonOption[];
  responsibilities: ResponsibilityOption[];
  currency: string;
  initial: WorkEntryValues;
  submitLabel: string;
  onDone: () => void;
  keepOpen?: boolean;
  onSaved?: (values: Partial<WorkEntryValues>) => void;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const v = state.status === "error" && state.values ? (state.values as Partial<WorkEntryValues>) : null;
  const saved = state.status === "success" ? (state.values as Partial<WorkEntryValues> | undefined) : undefined;
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.status !== "success" || handled.current === state.at) return;
    handled.current = state.at;
    toast.success(state.message ?? "Saved.");
    router.refresh();
    onSaved?.(saved ?? {});
    if (!keepOpen) onDone();
  }, [state, router, onDone, onSaved, keepOpen, saved]);
  // After a save with the form kept open: the next entry starts at the same stage and degree.
  const next = keepOpen && saved ? { ...initial, stage: saved.stage ?? initial.stage, degree: saved.degree ?? initial.degree } : initial;

  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={submitLabel}>
      <FormMessage state={state.status === "error" ? state : { status: "idle" }} />
      {/* Keyed on the answer: React resets a form after its action, so the fields remount with what was typed. */}
      <WorkEntryFields
        key={state.at ?? 0}
        people={people}
        responsibilities={responsibilities}
        currency={currency}
        start={{ ...next, ...v }}
        editing={Boolean(initial.entryId)}
        errors={state.fieldErrors ?? {}}
        focusPerson={Boolean(keepOpen && saved)}
      />
      <div className="flex justify-end">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

function WorkEntryFields({
  people,
  responsibilities,
  currency,
  start,
  editing,
  errors,
  focusPerson,
}: {
  people: PersonOption[];
  responsibilities: ResponsibilityOption[];
  currency: string;
  start: WorkEntryValues;
  editing: boolean;
  errors: Record<string, string[] | undefined>;
  focusPerson: boolean;
}) {
  // Uncontrolled selects (React resets a form after its action; a controlled select would
  // lose its value). State here drives the responsibility picker and the hints; the stage
  // follows the responsibility (to its usual stage, unless the one set is usual for it too)
  // until the user picks a stage.
  const [responsibilityId, setResponsibilityId] = useState(start.responsibilityId);
  const [stageTouched, setStageTouched] = useState(editing);
  const stageRef = useRef<HTMLSelectElement>(null);
  const byId = useMemo(() => new Map(responsibilities.map((r) => [r.id, r])), [responsibilities]);
  const chosen = byId.get(responsibilityId);
  return (
    <>
      {start.entryId ? <input type="hidden" name="entryId" value={start.entryId} /> : null}
      {start.revision ? <input type="hidden" name="revision" value={start.revision} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="we-person" label="Person" errors={errors.personId}>
          {(p) => (
            <Select {...p} name="personId" defaultValue={start.personId} required autoFocus={focusPerson}>
              <option value="">Choose a person…</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                  {person.roles ? ` — ${person.roles}` : ""}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="we-resp" label="Responsibility" errors={errors.responsibilityId} hint={chosen?.description ?? "What they did: type a word, e.g. money, hiring, DP."}>
          {(p) => (
            <ResponsibilityCombobox
              id={p.id}
              name="responsibilityId"
              options={responsibilities}
              value={responsibilityId}
              describedBy={p["aria-describedby"]}
              invalid={p["aria-invalid"]}
              onChange={(id) => {
                setResponsibilityId(id);
                const r = byId.get(id);
                const current = stageRef.current?.value as WorkStage | undefined;
                if (r && !stageTouched && r.stages[0] && stageRef.current && !(current && r.stages.includes(current))) stageRef.current.value = r.stages[0];
              }}
            />
          )}
        </Field>
        <Field
          id="we-stage"
          label="Stage"
          errors={errors.stage}
          hint={chosen ? `Usually ${chosen.stages.map((s) => WORK_STAGE_LABELS[s].toLowerCase()).join(", ")}.` : undefined}
        >
          {(p) => (
            <Select
              {...p}
              name="stage"
              ref={stageRef}
              defaultValue={start.stage}
              onChange={() => setStageTouched(true)}
            >
              {WORK_STAGES.map((s) => (
                <option key={s} value={s}>
                  {WORK_STAGE_LABELS[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Degree</legend>
          <div className="flex flex-wrap gap-2" role="radiogroup" aria-describedby="we-degree-error">
            {DEGREES.map((d) => (
              <label
                key={d}
                title={DEGREE_HINTS[d]}
                className="flex cursor-pointer items-center gap-1.5 rounded-lg border border-zinc-300 px-3 py-1.5 text-sm has-checked:border-accent-600 has-checked:bg-accent-50 dark:border-zinc-700 dark:has-checked:border-accent-500 dark:has-checked:bg-accent-800/30"
              >
                <input type="radio" name="degree" value={d} defaultChecked={start.degree === d} className="accent-accent-600" />
                {DEGREE_LABELS[d]}
              </label>
            ))}
          </div>
          <div id="we-degree-error" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
            {errors.degree?.map((e) => <p key={e}>{e}</p>)}
          </div>
        </fieldset>
        <Field id="we-effort" label="Effort (hours, optional)" errors={errors.effortHours}>
          {(p) => <TextInput {...p} name="effortHours" inputMode="decimal" defaultValue={start.effortHours} placeholder="e.g. 40" max={MAX_EFFORT_HOURS} />}
        </Field>
        {chosen?.tracksAmount || start.amountRaised ? (
          <Field id="we-amount" label={`Amount raised (${currency}, optional)`} errors={errors.amountRaised} hint="Whole units, e.g. 250000.">
            {(p) => <TextInput {...p} name="amountRaised" inputMode="numeric" defaultValue={start.amountRaised} placeholder="e.g. 250000" />}
          </Field>
        ) : null}
        <Field id="we-start" label="From (optional)" errors={errors.startDate}>
          {(p) => <TextInput {...p} type="date" name="startDate" defaultValue={start.startDate} />}
        </Field>
        <Field id="we-end" label="To (optional)" errors={errors.endDate}>
          {(p) => <TextInput {...p} type="date" name="endDate" defaultValue={start.endDate} />}
        </Field>
      </div>
      <Field id="we-note" label="Evidence note (optional)" errors={errors.note} hint="What happened, where it is documented: an email, a contract, a call sheet.">
        {(p) => <TextArea {...p} name="note" maxLength={NOTE_MAX} defaultValue={start.note} className="min-h-20" />}
      </Field>
    </>
  );
}

const EMPTY: WorkEntryValues = { personId: "", responsibilityId: "", stage: "development", degree: "lead", effortHours: "", startDate: "", endDate: "", note: "", amountRaised: "" };

const KEEP_OPEN_KEY = "hatrack:log-work:keep-open";

/**
 * "Log work" button + dialog; `preset` fills the person (from a timeline) or the responsibility.
 * A new entry starts at the stage last used on this project in this browser, else at
 * `defaultStage` (the project's current stage). "Keep open for the next one" (remembered)
 * clears the form after each save instead of closing it.
 */
export function LogWorkDialog(props: {
  action: Action;
  people: PersonOption[];
  responsibilities: ResponsibilityOption[];
  currency: string;
  preset?: Partial<WorkEntryValues>;
  label?: string;
  projectId?: string;
  defaultStage?: WorkStage;
}) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const [keepOpen, setKeepOpen] = useState(true);
  const [lastStage, setLastStage] = useState<string | null>(null);
  const stageKey = props.projectId ? `hatrack:last-stage:${props.projectId}` : null;
  // Read when the dialog opens (localStorage is not there on the server).
  const remembered = () => {
    try {
      setKeepOpen(window.localStorage.getItem(KEEP_OPEN_KEY) !== "0");
      if (stageKey) setLastStage(window.localStorage.getItem(stageKey));
    } catch {
      // Private mode or storage off: the defaults stand.
    }
  };
  const stage = (WORK_STAGES as readonly string[]).includes(lastStage ?? "") ? lastStage! : (props.defaultStage ?? EMPTY.stage);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (o) remembered();
        setOpen(o);
        if (!o) setRound((r) => r + 1);
      }}
      title="Log work"
      description="One piece of work one person did. Titles are suggested from these entries."
      trigger={
        <Button>
          <Plus className="size-4" aria-hidden /> {props.label ?? "Log work"}
        </Button>
      }
    >
      <WorkEntryForm
        key={round}
        action={props.action}
        people={props.people}
        responsibilities={props.responsibilities}
        currency={props.currency}
        initial={{ ...EMPTY, stage, ...props.preset }}
        submitLabel="Log work"
        onDone={() => setOpen(false)}
        keepOpen={keepOpen}
        onSaved={(values) => {
          if (!stageKey || !values.stage) return;
          setLastStage(values.stage);
          try {
            window.localStorage.setItem(stageKey, values.stage);
          } catch {
            // Not remembered; the next entry still starts at this stage while the dialog is open.
          }
        }}
      />
      <label className="mt-3 flex items-center gap-2 border-t border-zinc-100 pt-3 text-sm dark:border-zinc-800">
        <input
          type="checkbox"
          checked={keepOpen}
          onChange={(e) => {
            setKeepOpen(e.target.checked);
            try {
              window.localStorage.setItem(KEEP_OPEN_KEY, e.target.checked ? "1" : "0");
            } catch {
              // Remembered for this dialog only.
            }
          }}
          className="size-4 accent-accent-600"
        />
        Keep open for the next one
      </label>
    </Dialog>
  );
}

export function EditWorkDialog(props: {
  action: Action;
  people: PersonOption[];
  responsibilities: ResponsibilityOption[];
  currency: string;
  entry: WorkEntryValues & { entryId: string; revision: string };
  label: string;
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
      title="Edit work entry"
      trigger={
        <Button size="sm" variant="ghost" aria-label={props.label} className="h-7 px-2">
          <Pencil className="size-3.5" aria-hidden />
        </Button>
      }
    >
      <WorkEntryForm
        key={round}
        action={props.action}
        people={props.people}
        responsibilities={props.responsibilities}
        currency={props.currency}
        initial={props.entry}
        submitLabel="Save entry"
        onDone={() => setOpen(false)}
      />
    </Dialog>
  );
}
