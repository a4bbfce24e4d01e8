"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/server/actions/form";
import { INVALID_FIELDS_MESSAGE } from "@/lib/validation/common";

export type EditableEntry = { id: string; creditedName: string; department: string; role: string; character?: string | null; revision: number };

/**
 * The roster's one edit dialog (department, role and, for the cast, character; the person
 * stays): every row's pencil opens it with that row's entry, so a page of 200 entries mounts one
 * dialog, not 200. `entry` null: closed.
 */
export function EditEntryDialog({
  action,
  entry,
  onClose,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  entry: EditableEntry | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={entry !== null}
      onOpenChange={(o) => {
        if (!o) onClose();
      }}
      title={`Change ${entry?.creditedName ?? "the entry"}'s role`}
      description="A role from the catalogue files under its own department; other roles are kept as typed."
    >
      {/* Keyed on the entry (and its revision), so the fields start from the row that opened it. */}
      {entry ? <EditEntryForm key={`${entry.id}:${entry.revision}`} action={action} entry={entry} onDone={onClose} /> : null}
    </Dialog>
  );
}

function EditEntryForm({ action, entry, onDone }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; entry: EditableEntry; onDone: () => void }) {
  const [department, setDepartment] = useState(entry.department);
  const [role, setRole] = useState(entry.role);
  const [character, setCharacter] = useState(entry.character ?? "");
  const isCast = department.trim().toLowerCase() === "cast";
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const save = () =>
    start(async () => {
      const fd = new FormData();
      fd.set("entryId", entry.id);
      fd.set("revision", String(entry.revision));
      fd.set("department", department);
      fd.set("role", role);
      if (isCast) fd.set("character", character);
      const state = await action(initialState, fd);
      if (state.status === "success") {
        toast.success(state.message ?? "Saved.");
        onDone();
        router.refresh();
      } else {
        // A field's own message when zod refused it; otherwise the data layer's explanation.
        const field = Object.values(state.fieldErrors ?? {}).flat()[0];
        setError((state.message === INVALID_FIELDS_MESSAGE ? field : state.message) ?? field ?? "Nothing was changed.");
      }
    });
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/60 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`edit-dept-${entry.id}`} className="mb-1.5 block text-sm font-medium">
            Department
          </label>
          <input id={`edit-dept-${entry.id}`} list="catalog-departments" value={department} onChange={(e) => setDepartment(e.target.value)} className={inputClass} maxLength={120} autoComplete="off" />
        </div>
        <div>
          <label htmlFor={`edit-role-${entry.id}`} className="mb-1.5 block text-sm font-medium">
            Role
          </label>
          <input id={`edit-role-${entry.id}`} list="catalog-roles" value={role} onChange={(e) => setRole(e.target.value)} className={inputClass} maxLength={120} required autoComplete="off" />
        </div>
        {isCast ? (
          <div className="sm:col-span-2">
            <label htmlFor={`edit-character-${entry.id}`} className="mb-1.5 block text-sm font-medium">
              Character
            </label>
            <input id={`edit-character-${entry.id}`} value={character} onChange={(e) => setCharacter(e.target.value)} className={inputClass} maxLength={200} autoComplete="off" placeholder="e.g. Captain Ida Marsh" />
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Shown in the credit list&apos;s cast block: character, then actor.</p>
          </div>
        ) : null}
      </div>
      <div className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" disabled={pending || !role.trim()}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
