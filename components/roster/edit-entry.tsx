"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { initialState } from "@/components/forms/state";
import type { FormState } from "@/lib/actions/form";
import { INVALID_FIELDS_MESSAGE } from "@/lib/validation/common";

/** Changes one roster entry's department and role (the person stays). */
export function EditEntryButton({
  action,
  entry,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  entry: { id: string; creditedName: string; department: string; role: string; character?: string | null; revision: number };
}) {
  const [open, setOpen] = useState(false);
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
        setOpen(false);
        router.refresh();
      } else {
        // A field's own message when zod refused it; otherwise the data layer's explanation.
        const field = Object.values(state.fieldErrors ?? {}).flat()[0];
        setError((state.message === INVALID_FIELDS_MESSAGE ? field : state.message) ?? field ?? "Nothing was changed.");
      }
    });
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setError(null);
      }}
      title={`Change ${entry.creditedName}'s role`}
      description="A role from the catalogue files under its own department; other roles are kept as typed."
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Change role of ${entry.creditedName}, ${entry.role}`} className="h-7 px-2">
          <Pencil className="size-3.5" aria-hidden />
        </Button>
      }
    >
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
    </Dialog>
  );
}
