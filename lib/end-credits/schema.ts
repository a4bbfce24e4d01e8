import { z } from "zod";
import { CRAWL_OPENERS } from "./build";
import { CreditListError } from "./errors";
import { blockDepartment, departmentSection } from "./departments";
import { settleSections } from "./sections";
import { CREDIT_LIST_SCHEMA_VERSION, CREDIT_SECTIONS, type CreditBlock, type CreditList } from "./types";

/**
 * Reading a stored or posted credit list back: the JSON shape of types.ts, checked. Unknown
 * fields are dropped; block ids must be unique in the list and line keys unique in their
 * block. Older versions are upgraded before the check:
 * - version 1 had no "opening" and "post" sections and let blocks sit outside their section's
 *   run. A crew block before the cast (the UPM and ADs, or one the user moved up) becomes
 *   "opening", a generated block of a post-production department "post" and so does any
 *   crew block after it (version 1 billed free-text departments last); then the sections
 *   are settled into order (sections.ts settleSections), no block moving.
 * A version 2 list whose sections are out of order (made by hand) is settled the same way.
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

const OPENER_IDS = CRAWL_OPENERS.map((role) => `:${role}`);

/** A version 1 list's blocks with version 2 sections (see the file comment); anything unreadable is left for the check. */
function upgradeV1(value: { blocks?: unknown }): unknown {
  if (!Array.isArray(value.blocks)) return { ...value, schemaVersion: CREDIT_LIST_SCHEMA_VERSION };
  const blocks = value.blocks as Partial<CreditBlock>[];
  const firstCast = blocks.findIndex((b) => b?.section === "cast");
  const firstOtherCrew = blocks.findIndex((b) => b?.section === "crew" && !OPENER_IDS.some((s) => b.id?.endsWith(s)));
  const upgraded = blocks.map((b, i) => {
    if (!b || typeof b !== "object" || b.section !== "crew") return b;
    const opener = OPENER_IDS.some((s) => b.id?.endsWith(s)) && (firstOtherCrew < 0 || i < firstOtherCrew);
    if (opener || (firstCast >= 0 && i < firstCast)) return { ...b, section: "opening" };
    const department = b.origin === "generated" && typeof b.id === "string" ? blockDepartment(b.id) : null;
    return department && departmentSection(department) === "post" ? { ...b, section: "post" } : b;
  });
  // Version 1 billed free-text departments after post-production: they end the crawl there.
  const firstPost = upgraded.findIndex((b) => b?.section === "post");
  if (firstPost >= 0) upgraded.forEach((b, i) => i > firstPost && b?.section === "crew" && (upgraded[i] = { ...b, section: "post" }));
  return { ...value, schemaVersion: CREDIT_LIST_SCHEMA_VERSION, blocks: upgraded };
}

/** The credit list in `value`, or a CreditListError (422) saying what is wrong first. */
export function parseCreditList(value: unknown): CreditList {
  const input = value && typeof value === "object" && (value as { schemaVersion?: unknown }).schemaVersion === 1 ? upgradeV1(value as { blocks?: unknown }) : value;
  const result = creditListSchema.safeParse(input);
  if (result.success) return settleSections(result.data as CreditList);
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? ` (at ${issue.path.join(".")})` : "";
  throw new CreditListError("invalid-value", `This is not a credit list Hatrack can read: ${issue.message}${where}.`);
}
