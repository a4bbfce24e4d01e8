import { z } from "zod";
import { CREDIT_SECTIONS } from "./types";

const key = z.string().min(1).max(300);
const text = z.string().max(20_000);

/**
 * One edit of the working credit list, as the list editor sends it and the server checks it:
 * the one definition of the contract between the two (the editor's type is `ListOp`, the
 * server parses with `listOpSchema`). The pure functions of edit.ts validate ids and values
 * against the list itself.
 */
export const listOpSchema = z.discriminatedUnion("op", [
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

/** An edit as the editor builds it. */
export type ListOp = z.input<typeof listOpSchema>;
/** An edit as the server applies it, checked. */
export type CheckedListOp = z.output<typeof listOpSchema>;
