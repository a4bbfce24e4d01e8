"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import {
  addCustomResponsibility,
  createWorkEntry,
  deleteCustomResponsibility,
  deleteWorkEntries,
  restoreWorkEntries,
  setMatrixCell,
  StaleCellError,
  updateWorkEntry,
} from "@/db/queries/work";
import { formActionWithId } from "@/lib/actions/form";
import { withUser, type Outcome } from "@/lib/actions/outcome";
import type { Degree } from "@/lib/credits/types";
import type { Undoable } from "@/lib/undo";
import { idSchema, revisionSchema, undoTokenSchema } from "@/lib/validation/common";
import { customResponsibilitySchema, degreeSchema, responsibilityIdSchema, stageSchema, workEntrySchema } from "@/lib/validation/work";
import { getResponsibility, WORK_STAGE_LABELS, type WorkStage } from "@/lib/work/taxonomy";

function changed(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
}

export const createWorkEntryAction = formActionWithId(workEntrySchema, (projectId, input, { user, db }) => {
  createWorkEntry(db, { userId: user.id }, projectId, input);
  changed(projectId);
  return { message: `Logged ${getResponsibility(input.responsibilityId)?.name ?? "the work"} (${WORK_STAGE_LABELS[input.stage]}).` };
});

export const updateWorkEntryAction = formActionWithId(
  z.object({ entryId: idSchema, revision: revisionSchema }).and(workEntrySchema),
  (projectId, input, { user, db }) => {
    updateWorkEntry(db, { userId: user.id }, projectId, input.entryId, input, input.revision);
    changed(projectId);
    return { message: "Work entry saved." };
  },
);

export const addCustomResponsibilityAction = formActionWithId(customResponsibilitySchema, (projectId, input, { user, db }) => {
  const row = addCustomResponsibility(db, { userId: user.id }, projectId, input);
  changed(projectId);
  return { message: `Added "${row.name}".` };
});

export async function deleteCustomResponsibilityAction(projectId: string, id: string): Promise<Outcome> {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) return { ok: false, message: "Unknown responsibility." };
  return withUser("work", (userId) => {
    deleteCustomResponsibility(getDb(), { userId }, String(projectId), parsed.data);
    changed(projectId);
    return { ok: true, message: "Responsibility removed." };
  });
}

/** Deletes entries; the answer carries the undo token (lib/undo.ts) that restoreWorkEntriesAction takes. */
export async function deleteWorkEntriesAction(projectId: string, entryIds: string[]): Promise<Outcome<Undoable>> {
  const parsed = z.array(idSchema).min(1).max(1000).safeParse(entryIds);
  if (!parsed.success) return { ok: false, message: "Choose the entries to delete." };
  return withUser("work", (userId) => {
    const { rows, undoToken } = deleteWorkEntries(getDb(), { userId }, String(projectId), parsed.data);
    changed(projectId);
    return { ok: true, message: `Deleted ${rows.length} work ${rows.length === 1 ? "entry" : "entries"}.`, data: { undoToken } };
  });
}

export async function restoreWorkEntriesAction(projectId: string, token: string): Promise<Outcome> {
  const parsed = undoTokenSchema.safeParse(token);
  if (!parsed.success) return { ok: false, message: "Nothing to restore." };
  return withUser("work", (userId) => {
    const n = restoreWorkEntries(getDb(), { userId }, String(projectId), parsed.data);
    changed(projectId);
    return n > 0
      ? { ok: true, message: `Restored ${n} work ${n === 1 ? "entry" : "entries"}.` }
      : { ok: false, message: "Nothing was restored: those entries are back already." };
  });
}

const cellSchema = z.object({
  personId: idSchema,
  responsibilityId: responsibilityIdSchema,
  stage: stageSchema,
  degree: degreeSchema.nullable(),
  expected: degreeSchema.nullable(),
});

export type CellResult =
  | { ok: true; message: string; degree: Degree | null; count: number; undoToken?: string }
  | { ok: false; message: string; degree?: Degree | null; count?: number };

const DEGREE_WORDS: Record<Degree, string> = { lead: "lead", equal: "equal", supporting: "supporting" };

export async function setMatrixCellAction(
  projectId: string,
  input: { personId: string; responsibilityId: string; stage: WorkStage; degree: Degree | null; expected: Degree | null },
): Promise<CellResult> {
  const parsed = cellSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid request." };
  const outcome = await withUser<{ degree: Degree | null; count: number; undoToken?: string }>(
    "work-matrix",
    (userId) => {
      const r = setMatrixCell(getDb(), { userId }, String(projectId), parsed.data);
      changed(projectId);
      const removed = r.removed;
      return {
        ok: true,
        message: r.degree ? `Set to ${DEGREE_WORDS[r.degree]}.` : removed ? `Removed ${removed} work ${removed === 1 ? "entry" : "entries"}.` : "Cleared.",
        data: { degree: r.degree, count: r.count, undoToken: r.undoToken },
      };
    },
    (error) => (error instanceof StaleCellError ? { ok: false, message: error.message, data: { degree: error.degree, count: error.count } } : null),
  );
  return outcome.ok
    ? { ok: true, message: outcome.message, degree: outcome.data?.degree ?? null, count: outcome.data?.count ?? 0, undoToken: outcome.data?.undoToken }
    : { ok: false, message: outcome.message, degree: outcome.data?.degree, count: outcome.data?.count };
}
