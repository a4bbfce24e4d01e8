import { and, eq, lt } from "drizzle-orm";
import type { Conn } from "@/db";
import { undoTokens } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { hashToken, newToken } from "@/lib/tokens";
import type { Actor } from "./access";

/** How long a deletion can be undone. */
export const UNDO_TTL_MS = 10 * 60 * 1000;

type Kind = (typeof undoTokens.$inferSelect)["kind"];

/**
 * Keeps what a deletion removed, on the server, and returns the token the user's undo button
 * sends back. The client never holds the rows, so an undo can only put back what this user
 * deleted from this project, exactly as it was (who created it, when), within UNDO_TTL_MS.
 * Call it inside the deleting transaction.
 */
export function issueUndo(db: Conn, actor: Actor, projectId: string, kind: Kind, rows: unknown[], now = Date.now()): string {
  db.delete(undoTokens).where(lt(undoTokens.expiresAt, new Date(now))).run();
  const token = newToken(24);
  db.insert(undoTokens).values({ tokenHash: hashToken(token), userId: actor.userId, projectId, kind, rows, expiresAt: new Date(now + UNDO_TTL_MS) }).run();
  return token;
}

/**
 * The rows an undo token stands for, used up (a token restores once). The same refusal for a
 * token that never existed, expired, was used, or was issued to someone else or for another
 * project: nothing about other teams shows through it.
 */
export function takeUndo(db: Conn, actor: Actor, projectId: string, kind: Kind, token: string, now = Date.now()): unknown[] {
  const where = and(eq(undoTokens.tokenHash, hashToken(token)), eq(undoTokens.userId, actor.userId), eq(undoTokens.projectId, projectId), eq(undoTokens.kind, kind));
  const row = db.select().from(undoTokens).where(where).get();
  if (!row || row.expiresAt.getTime() <= now) throw new NotFoundError("Nothing to restore: the undo has expired or was already used.");
  db.delete(undoTokens).where(where).run();
  return row.rows;
}
