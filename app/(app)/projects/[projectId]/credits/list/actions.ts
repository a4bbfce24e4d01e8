"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteVersion, editCreditList, generateCreditList, lockVersion, restoreVersion, saveVersion } from "@/db/queries/credit-list";
import { formActionWithId } from "@/server/actions/form";
import { actionWithId, type Outcome } from "@/server/actions/outcome";
import {
  addManualBlock,
  CREDIT_SECTIONS,
  moveBlock,
  moveBlockToSection,
  moveLine,
  removeManualBlock,
  renameHeading,
  resetHeading,
  setAsCredited,
  setColumns,
  setHidden,
  setJoiner,
  type CreditList,
} from "@/lib/end-credits";
import { newId } from "@/lib/tokens";
import { idSchema, requiredText } from "@/lib/validation/common";
import type { DB } from "@/db";

function changed(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
}

const key = z.string().min(1).max(300);
const text = z.string().max(20_000);

/** Every edit the list editor sends; the pure functions in lib/end-credits validate ids and values. */
const opSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("move-block"), blockId: key, toIndex: z.number().int().min(0).max(100_000) }),
  z.object({ op: z.literal("section"), blockId: key, section: z.enum(CREDIT_SECTIONS) }),
  z.object({ op: z.literal("move-line"), blockId: key, lineKey: key, toIndex: z.number().int().min(0).max(100_000) }),
  z.object({ op: z.literal("rename"), blockId: key, heading: text }),
  z.object({ op: z.literal("reset-heading"), blockId: key }),
  z.object({ op: z.literal("as-credited"), blockId: key, lineKey: key, value: z.string().max(500).nullable() }),
  z.object({ op: z.literal("hidden"), blockId: key, lineKey: key.nullable(), hidden: z.boolean() }),
  z.object({ op: z.literal("columns"), blockId: key, columns: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ op: z.literal("joiner"), blockId: key, lineKey: key, joiner: z.enum(["&", "and"]) }),
  z.object({ op: z.literal("add-paragraph"), heading: z.string().max(500), text }),
  z.object({ op: z.literal("add-group"), heading: z.string().max(500), names: z.array(z.string().max(500)).max(5_000) }),
  z.object({ op: z.literal("remove-block"), blockId: key }),
]);
export type ListOp = z.input<typeof opSchema>;

function apply(list: CreditList, op: z.output<typeof opSchema>): CreditList {
  switch (op.op) {
    case "move-block":
      return moveBlock(list, op.blockId, op.toIndex);
    case "section":
      return moveBlockToSection(list, op.blockId, op.section);
    case "move-line":
      return moveLine(list, op.blockId, op.lineKey, op.toIndex);
    case "rename":
      return renameHeading(list, op.blockId, op.heading);
    case "reset-heading":
      return resetHeading(list, op.blockId);
    case "as-credited":
      return setAsCredited(list, op.blockId, op.lineKey, op.value && op.value.trim() ? op.value : null);
    case "hidden":
      return setHidden(list, { blockId: op.blockId, lineKey: op.lineKey }, op.hidden);
    case "columns":
      return setColumns(list, op.blockId, op.columns);
    case "joiner":
      return setJoiner(list, op.blockId, op.lineKey, op.joiner);
    case "add-paragraph":
      return addManualBlock(list, "paragraph", { id: `manual:${newId()}`, heading: op.heading, text: op.text });
    case "add-group":
      return addManualBlock(list, "group", { id: `manual:${newId()}`, heading: op.heading, names: op.names.filter((n) => n.trim()) });
    case "remove-block":
      return removeManualBlock(list, op.blockId);
  }
}

export type EditResult = Outcome<{ list: CreditList; revision: number }>;

/** The list's revision the editor saw: an integer, or null before the list exists. */
const listRevision = z.number().int().nullable();

export const editListAction = actionWithId(
  z.tuple([z.number().int(), opSchema]),
  (projectId, [revision, op], { user, db }): EditResult => {
    const r = editCreditList(db, { userId: user.id }, projectId, revision, (list) => apply(list, op));
    changed(projectId);
    return { ok: true, message: "Saved.", data: r };
  },
  { label: "credit-list" },
);

export const generateListAction = actionWithId(
  z.tuple([listRevision]),
  (projectId, [revision], { user, db }): Outcome<{ added: number; removed: number; summary: string }> => {
    const r = generateCreditList(db, { userId: user.id }, projectId, revision);
    changed(projectId);
    const names = (list: { name: string | null; heading: string }[]) => list.slice(0, 5).map((c) => c.name ?? c.heading).join(", ");
    const summary = r.first
      ? "Built the credit list from the credits and the roster."
      : r.added.length || r.removed.length
        ? `Regenerated: ${r.added.length} new (${names(r.added) || "—"}), ${r.removed.length} gone (${names(r.removed) || "—"}). Your order and edits were kept.`
        : "Regenerated: nothing new. Your order and edits were kept.";
    return { ok: true, message: summary, data: { added: r.added.length, removed: r.removed.length, summary } };
  },
  { label: "credit-list" },
);

export const saveVersionAction = formActionWithId(z.object({ name: requiredText("Name", 120) }), (projectId, input, { user, db }) => {
  const v = saveVersion(db, { userId: user.id }, projectId, input.name);
  changed(projectId);
  return { message: `Saved version "${v.name}".` };
});

/**
 * Lock, delete and restore act on one saved version the same way: its id (and, for a restore,
 * the working list's revision) checked, the data layer's change, the list's pages refreshed.
 */
function versionAction<O extends [string, ...unknown[]], A extends [string, ...unknown[]]>(
  args: z.ZodType<O, A>,
  act: (db: DB, actor: { userId: string }, projectId: string, input: O) => string,
) {
  return actionWithId(
    args,
    (projectId, input, { user, db }) => {
      const message = act(db, { userId: user.id }, projectId, input);
      changed(projectId);
      return { ok: true, message };
    },
    { label: "credit-list", invalid: "Unknown version." },
  );
}

export const lockVersionAction = versionAction(z.tuple([idSchema]), (db, actor, projectId, [versionId]) => `"${lockVersion(db, actor, projectId, versionId).name}" is locked as sent to post.`);

export const deleteVersionAction = versionAction(z.tuple([idSchema]), (db, actor, projectId, [versionId]) => {
  deleteVersion(db, actor, projectId, versionId);
  return "Version deleted.";
});

export const restoreVersionAction = versionAction(
  z.tuple([idSchema, listRevision]),
  (db, actor, projectId, [versionId, revision]) => `"${restoreVersion(db, actor, projectId, versionId, revision).name}" is the working list again.`,
);
