import { and, eq, inArray } from "drizzle-orm";
import type { DB } from "@/db";
import { creditAssets } from "@/db/schema";
import { addManualBlock, MAX_TEXT } from "@/lib/end-credits/edit";
import { visibleBlocks } from "@/lib/end-credits/render";
import type { CreditList } from "@/lib/end-credits/types";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { inspectImage } from "@/lib/uploads/image";
import { newId } from "@/lib/tokens";
import { requireProjectPermission, type Actor } from "./access";
import { editCreditList } from "./credit-list";

export type AddLogoInput = {
  bytes: Uint8Array;
  /** The name the file had on the user's computer: only for messages (the bytes decide the type). */
  fileName: string;
  /** Text alternative, printed in the text exports in place of the image. */
  alt: string;
  /** The working list's revision the user saw; a stale one is refused (ConflictError). */
  expectedRevision: number;
};

function cleanAlt(alt: unknown): string {
  const text = typeof alt === "string" ? alt.replace(/\s+/g, " ").trim() : "";
  if (!text) throw new InvalidError("Describe the logo for people who can't see it.", { alt: ["Describe the logo (e.g. “Lighthouse Pictures logo”)."] });
  if (text.length > MAX_TEXT) throw new InvalidError(`The description is too long (${text.length} characters).`, { alt: [`Keep it under ${MAX_TEXT} characters.`] });
  return text;
}

/**
 * Uploads a logo (PNG or SVG, see lib/uploads/image.ts) and adds it as a logo block at the end
 * of the "logos" section of the working credit list. Editors and Owners only.
 *
 * The image is checked (and an SVG sanitized) before any write; what is stored is the PNG
 * as uploaded, or the sanitized SVG. The asset row and the list edit are one transaction: a
 * refusal (stale revision, no list yet, invalid block) leaves neither.
 */
export function addLogo(db: DB, actor: Actor, projectId: string, input: AddLogoInput, now = Date.now()): { assetId: string; revision: number } {
  requireProjectPermission(db, actor, projectId, "project:write");
  const alt = cleanAlt(input.alt);
  const image = inspectImage(input.bytes, input.fileName);
  const data = image.mime === "image/svg+xml" ? Buffer.from(image.svg, "utf8") : Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const assetId = newId();

  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    tx.insert(creditAssets)
      .values({ id: assetId, projectId, mime: image.mime, data, width: image.width, height: image.height, createdBy: actor.userId, createdAt: new Date(now) })
      .run();
    // better-sqlite3 runs a transaction opened inside another on the same connection as a
    // savepoint: the list edit commits or rolls back together with the insert above.
    const { revision } = editCreditList(
      db,
      actor,
      projectId,
      input.expectedRevision,
      (list) => addManualBlock(list, "logo", { id: `manual:${newId()}`, assetId, alt, width: image.width, height: image.height }),
      now,
    );
    return { assetId, revision };
  });
}

/** A logo's bytes and type, for any member of the project's team; another project's asset is NotFound. */
export function getLogo(db: DB, actor: Actor, projectId: string, assetId: string): { mime: "image/png" | "image/svg+xml"; data: Buffer } {
  requireProjectPermission(db, actor, projectId, "project:read");
  const row = db
    .select({ mime: creditAssets.mime, data: creditAssets.data })
    .from(creditAssets)
    .where(and(eq(creditAssets.id, assetId), eq(creditAssets.projectId, projectId)))
    .get();
  if (!row) throw new NotFoundError("Logo not found.");
  return row;
}

/**
 * The files of the logos a credit list shows, for its PDF: only this project's assets (an id
 * of another project's asset is simply absent, and that logo prints its text alternative).
 */
export function logoFilesFor(db: DB, actor: Actor, projectId: string, list: CreditList): Map<string, { mime: "image/png" | "image/svg+xml"; data: Buffer }> {
  requireProjectPermission(db, actor, projectId, "project:read");
  const ids = [...new Set(visibleBlocks(list).flatMap((b) => (b.kind === "logo" ? [b.assetId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: creditAssets.id, mime: creditAssets.mime, data: creditAssets.data })
    .from(creditAssets)
    .where(and(eq(creditAssets.projectId, projectId), inArray(creditAssets.id, ids)))
    .all();
  return new Map(rows.map((r) => [r.id, { mime: r.mime, data: r.data }]));
}
