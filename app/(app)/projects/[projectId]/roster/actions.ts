"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { PossibleDuplicateError } from "@/db/queries/people";
import { addToRoster, bulkChangeDepartment, removeRosterEntries, restoreRosterEntries, updateRosterEntry } from "@/db/queries/roster";
import { formActionWithId } from "@/lib/actions/form";
import { withUser, type Outcome } from "@/lib/actions/outcome";
import type { Undoable } from "@/lib/undo";
import { idSchema, optionalText, requiredText, revisionSchema, undoTokenSchema } from "@/lib/validation/common";
import { bulkSchema, personSchema } from "@/lib/validation/people";

const addSchema = personSchema.extend({
  personId: z.union([z.literal(""), idSchema]).optional(),
  department: optionalText("Department", 120),
  role: requiredText("Role", 120),
  character: optionalText("Character", 200).optional(),
  confirmNew: z.string().optional(),
});

export const addToRosterAction = formActionWithId(addSchema, (projectId, input, { user, db }) => {
  const actor = { userId: user.id };
  try {
    const entry = input.personId
      ? addToRoster(db, actor, projectId, { personId: input.personId, department: input.department, role: input.role, character: input.character })
      : addToRoster(db, actor, projectId, { person: input, allowDuplicate: input.confirmNew === "1", department: input.department, role: input.role, character: input.character });
    revalidatePath(`/projects/${projectId}`, "layout");
    return { message: `${entry.personName} added as ${entry.role}${entry.character ? ` (${entry.character})` : ""} in ${entry.department}.` };
  } catch (error) {
    if (error instanceof PossibleDuplicateError) {
      // Not a failure: the form asks whether to use the existing person or create a new one.
      return { message: error.message, data: { candidates: JSON.stringify(error.candidates) } };
    }
    throw error;
  }
});

export const updateEntryAction = formActionWithId(
  z.object({
    entryId: idSchema,
    revision: revisionSchema,
    department: optionalText("Department", 120),
    role: requiredText("Role", 120),
    character: optionalText("Character", 200).optional(),
  }),
  (projectId, input, { user, db }) => {
    const entry = updateRosterEntry(db, { userId: user.id }, projectId, input.entryId, input, input.revision);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { message: `Changed to ${entry.role} (${entry.department}).` };
  },
);

export async function bulkDepartmentAction(projectId: string, entryIds: string[], department: string): Promise<Outcome> {
  const parsed = bulkSchema.extend({ department: requiredText("Department", 120) }).safeParse({ entryIds, department });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid request." };
  return withUser("roster", (userId) => {
    const n = bulkChangeDepartment(getDb(), { userId }, String(projectId), parsed.data.entryIds, parsed.data.department);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { ok: true, message: `Moved ${n} ${n === 1 ? "entry" : "entries"} to ${parsed.data.department}.` };
  });
}

/** Removes entries; the answer carries the undo token (lib/undo.ts) that restoreEntriesAction takes. */
export async function removeEntriesAction(projectId: string, entryIds: string[]): Promise<Outcome<Undoable>> {
  const parsed = bulkSchema.safeParse({ entryIds });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid request." };
  return withUser("roster", (userId) => {
    const { rows, undoToken } = removeRosterEntries(getDb(), { userId }, String(projectId), parsed.data.entryIds);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { ok: true, message: `Removed ${rows.length} ${rows.length === 1 ? "entry" : "entries"} from the roster.`, data: { undoToken } };
  });
}

export async function restoreEntriesAction(projectId: string, token: string): Promise<Outcome> {
  const parsed = undoTokenSchema.safeParse(token);
  if (!parsed.success) return { ok: false, message: "Nothing to restore." };
  return withUser("roster", (userId) => {
    const { restored, removed } = restoreRosterEntries(getDb(), { userId }, String(projectId), parsed.data);
    revalidatePath(`/projects/${projectId}`, "layout");
    const entries = (n: number) => `${n} ${n === 1 ? "entry" : "entries"}`;
    if (restored === removed) return { ok: true, message: `Restored ${entries(restored)}.` };
    return {
      ok: restored > 0,
      message: `Restored ${restored} of ${entries(removed)}: the others' people left the team or are on the roster with that role again.`,
    };
  });
}
