"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { deleteVersion, editCreditList, generateCreditList, lockVersion, restoreVersion, saveVersion } from "@/db/queries/credit-list";
import { formActionWithId } from "@/lib/actions/form";
import { withUser, type Outcome } from "@/lib/actions/outcome";
import {
  addManualBlock,
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
import { listOpSchema, type CheckedListOp, type ListOp } from "@/lib/end-credits/ops";
import { newId } from "@/lib/tokens";
import { idSchema, requiredText } from "@/lib/validation/common";

function changed(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
}

function apply(list: CreditList, op: CheckedListOp): CreditList {
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

export async function editListAction(projectId: string, revision: number, input: ListOp): Promise<EditResult> {
  const parsed = listOpSchema.safeParse(input);
  if (!parsed.success || !Number.isInteger(revision)) return { ok: false, message: parsed.error?.issues[0]?.message ?? "Invalid request." };
  return withUser("credit-list", (userId) => {
    const r = editCreditList(getDb(), { userId }, String(projectId), revision, (list) => apply(list, parsed.data));
    changed(projectId);
    return { ok: true, message: "Saved.", data: r };
  });
}

export async function generateListAction(projectId: string, revision: number | null): Promise<Outcome<{ added: number; removed: number; summary: string }>> {
  return withUser("credit-list", (userId) => {
    const r = generateCreditList(getDb(), { userId }, String(projectId), revision === null ? null : Number(revision));
    changed(projectId);
    const names = (list: { name: string | null; heading: string }[]) => list.slice(0, 5).map((c) => c.name ?? c.heading).join(", ");
    const summary = r.first
      ? "Built the credit list from the credits and the roster."
      : r.added.length || r.removed.length
        ? `Regenerated: ${r.added.length} new (${names(r.added) || "—"}), ${r.removed.length} gone (${names(r.removed) || "—"}). Your order and edits were kept.`
        : "Regenerated: nothing new. Your order and edits were kept.";
    return { ok: true, message: summary, data: { added: r.added.length, removed: r.removed.length, summary } };
  });
}

export const saveVersionAction = formActionWithId(z.object({ name: requiredText("Name", 120) }), (projectId, input, { user, db }) => {
  const v = saveVersion(db, { userId: user.id }, projectId, input.name);
  changed(projectId);
  return { message: `Saved version "${v.name}".` };
});

export async function lockVersionAction(projectId: string, versionId: string): Promise<Outcome> {
  if (!idSchema.safeParse(versionId).success) return { ok: false, message: "Unknown version." };
  return withUser("credit-list", (userId) => {
    const v = lockVersion(getDb(), { userId }, String(projectId), versionId);
    changed(projectId);
    return { ok: true, message: `"${v.name}" is locked as sent to post.` };
  });
}

export async function deleteVersionAction(projectId: string, versionId: string): Promise<Outcome> {
  if (!idSchema.safeParse(versionId).success) return { ok: false, message: "Unknown version." };
  return withUser("credit-list", (userId) => {
    deleteVersion(getDb(), { userId }, String(projectId), versionId);
    changed(projectId);
    return { ok: true, message: "Version deleted." };
  });
}

export async function restoreVersionAction(projectId: string, versionId: string, revision: number | null): Promise<Outcome> {
  if (!idSchema.safeParse(versionId).success) return { ok: false, message: "Unknown version." };
  return withUser("credit-list", (userId) => {
    const r = restoreVersion(getDb(), { userId }, String(projectId), versionId, revision === null ? null : Number(revision));
    changed(projectId);
    return { ok: true, message: `"${r.name}" is the working list again.` };
  });
}
