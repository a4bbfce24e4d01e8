import { eq } from "drizzle-orm";
import type { Conn } from "@/db";
import { users } from "@/db/schema";
import { ConflictError, DomainError } from "@/lib/errors";
import type { Actor } from "./access";

/**
 * Optimistic concurrency for records two people can open at once (work entries, people,
 * roster entries, projects): every change adds one to the record's `revision`; a save names
 * the revision it started from, and a save from an older one is refused, never written over
 * the other person's change.
 */

/** The record changed since the saver opened it (HTTP 409). */
export class StaleRevisionError extends ConflictError {
  constructor(
    readonly current: number,
    what: string,
    changedBy: string | null,
  ) {
    super(
      `${changedBy ?? "Someone else"} changed this ${what} since you opened it. Nothing was saved and what you typed is still here: reload to see their changes, then save again.`,
    );
  }
}

/** An API write that named no revision to check (HTTP 428): it could overwrite a change unseen. */
export class RevisionRequiredError extends DomainError {
  constructor(what: string) {
    super(`Send the ${what}'s revision (from GET, as the "revision" field or an If-Match header) so that nobody's change is overwritten.`, 428);
  }
}

/**
 * Refuses the save unless `expected` is the record's current revision. `what` names the record
 * for the message ("work entry"); `updatedBy`, the user id of its last change, names who —
 * "You (in another tab or window)" when that was the actor.
 */
export function checkRevision(db: Conn, actor: Actor, record: { revision: number; updatedBy: string | null }, expected: number | null, what: string): void {
  if (expected === null) throw new RevisionRequiredError(what);
  if (record.revision === expected) return;
  const name =
    record.updatedBy === actor.userId
      ? "You (in another tab or window)"
      : record.updatedBy
        ? (db.select({ name: users.name }).from(users).where(eq(users.id, record.updatedBy)).get()?.name ?? null)
        : null;
  throw new StaleRevisionError(record.revision, what, name);
}
