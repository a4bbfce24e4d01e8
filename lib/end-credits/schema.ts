import { z } from "zod";
import { CreditListError } from "./errors";
import { CREDIT_LIST_SCHEMA_VERSION, CREDIT_SECTIONS, type CreditList } from "./types";

/**
 * Reading a stored or posted credit list back: the JSON shape of types.ts, checked. Unknown
 * fields are dropped; block ids must be unique in the list and line keys unique in their
 * block. A later schemaVersion upgrades older shapes here before the check.
 */

const line = z.object({
  key: z.string().min(1),
  personId: z.string().min(1).nullable(),
  name: z.string(),
  asCredited: z.string().nullable(),
  hidden: z.boolean(),
  character: z.string().optional(),
  joiner: z.enum(["&", "and"]).optional(),
});

const flag = z.object({ kind: z.literal("guild-waiver"), message: z.string(), personIds: z.array(z.string()) });

const common = {
  id: z.string().min(1),
  section: z.enum(CREDIT_SECTIONS),
  heading: z.string(),
  baseHeading: z.string(),
  headingEdited: z.boolean(),
  columns: z.union([z.literal(1), z.literal(2)]),
  hidden: z.boolean(),
  lines: z.array(line),
  flags: z.array(flag),
  origin: z.enum(["generated", "manual"]),
};

const nullableText = z.string().nullable();
const pixels = z.number().int().positive();

const block = z.discriminatedUnion("kind", [
  z.object({ ...common, kind: z.literal("names") }),
  z.object({ ...common, kind: z.literal("group") }),
  z.object({ ...common, kind: z.literal("paragraph"), text: z.string() }),
  z.object({ ...common, kind: z.literal("song"), title: z.string(), performedBy: nullableText, writtenBy: nullableText, courtesyOf: nullableText }),
  z.object({ ...common, kind: z.literal("logo"), assetId: z.string(), alt: z.string(), width: pixels, height: pixels }),
]);

export const creditListSchema = z
  .object({ schemaVersion: z.literal(CREDIT_LIST_SCHEMA_VERSION), blocks: z.array(block) })
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    list.blocks.forEach((b, i) => {
      if (ids.has(b.id)) ctx.addIssue({ code: "custom", path: ["blocks", i, "id"], message: `Two blocks have the id "${b.id}".` });
      ids.add(b.id);
      const keys = new Set<string>();
      b.lines.forEach((l, j) => {
        if (keys.has(l.key)) ctx.addIssue({ code: "custom", path: ["blocks", i, "lines", j, "key"], message: `Two lines of "${b.id}" have the key "${l.key}".` });
        keys.add(l.key);
      });
    });
  });

/** The credit list in `value`, or a CreditListError (422) saying what is wrong first. */
export function parseCreditList(value: unknown): CreditList {
  const result = creditListSchema.safeParse(value);
  if (result.success) return result.data as CreditList;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? ` (at ${issue.path.join(".")})` : "";
  throw new CreditListError("invalid-value", `This is not a credit list Hatrack can read: ${issue.message}${where}.`);
}
