"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
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
import { formActionWithId } from "@/server/actions/form";
import { actionWithId, type Outcome } from "@/server/actions/outcome";
import type { Degree } from "@/lib/credits/types";
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

export const deleteCustomResponsibilityAction = actionWithId(
  z.tuple([idSchema]),
  (projectId, [id], { user, db }) => {
    deleteCustomResponsibility(db, { userId: user.id }, projectId, id);
    changed(projectId);
    return { ok: true, message: "Responsibility removed." };
  },
  { label: "work", invalid: "Unknown responsibility." },
);

/** Deletes entries; the answer's data is the server-kept undo token (db/queries/undo.ts). */
export const deleteWorkEntriesAction = actionWithId(
  z.tuple([z.array(idSchema).min(1).max(1000)]),
  (projectId, [entryIds], { user, db }) => {
    const { rows, undoToken } = deleteWorkEntries(db, { userId: user.id }, projectId, entryIds);
    changed(projectId);
    return { ok: true, message: `Deleted ${rows.length} work ${rows.length === 1 ? "entry" : "entries"}.`, data: undoToken };
  },
  { label: "work", invalid: "Choose the entries to delete." },
);

export const restoreWorkEntriesAction = actionWithId(
  z.tuple([undoTokenSchema]),
  (projectId, [token], { user, db }) => {
    const n = restoreWorkEntries(db, { userId: user.id }, projectId, token);
    changed(projectId);
    return n > 0
      ? { ok: true, message: `Restored ${n} work ${n === 1 ? "entry" : "entries"}.` }
      : { ok: false, message: "Nothing was restored: those entries are back already." };
  },
  { label: "work", invalid: "Nothing to restore." },
);

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

type CellData = { degree: Degree | null; count: number; undoToken?: string };

const setCell = actionWithId(
  z.tuple([cellSchema]),
  (projectId, [cell], { user, db }): Outcome<CellData> => {
    const r = setMatrixCell(db, { userId: user.id }, projectId, cell);
    changed(projectId);
    const removed = r.removed;
    return {
      ok: true,
      message: r.degree ? `Set to ${DEGREE_WORDS[r.degree]}.` : removed ? `Removed ${removed} work ${removed === 1 ? "entry" : "entries"}.` : "Cleared.",
      data: { degree: r.degree, count: r.count, undoToken: r.undoToken },
    };
  },
  {
    label: "work-matrix",
    onError: (error): Outcome<CellData> | null => (error instanceof StaleCellError ? { ok: false, message: error.message, data: { degree: error.degree, count: error.count } } : null),
  },
);

export async function setMatrixCellAction(
  projectId: string,
  input: { personId: string; responsibilityId: string; stage: WorkStage; degree: Degree | null; expected: Degree | null },
): Promise<CellResult> {
  const outcome = await setCell(projectId, input);
  return outcome.ok
    ? { ok: true, message: outcome.message, degree: outcome.data?.degree ?? null, count: outcome.data?.count ?? 0, undoToken: outcome.data?.undoToken }
    : { ok: false, message: outcome.message, degree: outcome.data?.degree, count: outcome.data?.count };
}
