"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { PossibleDuplicateError } from "@/db/queries/people";
import { addToRoster, bulkChangeDepartment, removeRosterEntries, restoreRosterEntries, updateRosterEntry } from "@/db/queries/roster";
import { formActionWithId } from "@/server/actions/form";
import { actionWithId } from "@/server/actions/outcome";
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

export const bulkDepartmentAction = actionWithId(
  z.tuple([bulkSchema.shape.entryIds, requiredText("Department", 120)]),
  (projectId, [entryIds, department], { user, db }) => {
    const n = bulkChangeDepartment(db, { userId: user.id }, projectId, entryIds, department);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { ok: true, message: `Moved ${n} ${n === 1 ? "entry" : "entries"} to ${department}.` };
  },
  { label: "roster" },
);

/** Removes entries; the answer's data is the server-kept undo token (db/queries/undo.ts). */
export const removeEntriesAction = actionWithId(
  z.tuple([bulkSchema.shape.entryIds]),
  (projectId, [entryIds], { user, db }) => {
    const { rows, undoToken } = removeRosterEntries(db, { userId: user.id }, projectId, entryIds);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { ok: true, message: `Removed ${rows.length} ${rows.length === 1 ? "entry" : "entries"} from the roster.`, data: undoToken };
  },
  { label: "roster" },
);

export const restoreEntriesAction = actionWithId(
  z.tuple([undoTokenSchema]),
  (projectId, [token], { user, db }) => {
    const { restored, removed } = restoreRosterEntries(db, { userId: user.id }, projectId, token);
    revalidatePath(`/projects/${projectId}`, "layout");
    const entries = (n: number) => `${n} ${n === 1 ? "entry" : "entries"}`;
    if (restored === removed) return { ok: true, message: `Restored ${entries(restored)}.` };
    return {
      ok: restored > 0,
      message: `Restored ${restored} of ${entries(removed)}: the others' people left the team or are on the roster with that role again.`,
    };
  },
  { label: "roster", invalid: "Nothing to restore." },
);
