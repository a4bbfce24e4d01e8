import { and, asc, count, desc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { outbox, teams, type OutboxKind, type OutboxMessage } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { appUrl, smtpUrl } from "@/lib/env";
import type { MailContent } from "@/lib/mail/messages";
import { isPermanentFailure, nextAttemptAt } from "@/lib/mail/retry";
import { newId } from "@/lib/tokens";
import { requireTeamPermission, type Actor } from "./access";

/**
 * How messages leave: the public address links point at, and whether an SMTP server is
 * configured (`deliver`). Without one, messages are kept as "held": the outbox page shows
 * them with their links, and nothing ever sends them later (the links may be long dead).
 */
export type MailSettings = { appUrl: string; deliver: boolean };
export const mailSettings = (): MailSettings => ({ appUrl, deliver: smtpUrl !== null });

/** The name a team's emails are sent as. */
export function senderNameOf(team: { name: string; senderName: string | null }): string {
  return (team.senderName?.trim() || team.name).slice(0, 120);
}

export type NewMessage = {
  teamId: string;
  projectId?: string | null;
  kind: OutboxKind;
  dedupeKey: string;
  to: { address: string; name?: string };
  replyTo?: string | null;
  content: MailContent;
  link?: string | null;
  expiresAt?: Date | null;
  createdBy?: string | null;
};

/**
 * Puts a message in the outbox, inside the caller's transaction (so it exists exactly when
 * what it tells about does). A second message with the same `dedupeKey` is ignored. Returns
 * the message's status: "queued" (the outbox loop sends it) or "held" (no SMTP configured).
 */
export function enqueueMessage(tx: Conn, message: NewMessage, settings: MailSettings, now = Date.now()): "queued" | "held" {
  const team = tx.select({ name: teams.name, senderName: teams.senderName }).from(teams).where(eq(teams.id, message.teamId)).get();
  if (!team) throw new NotFoundError("Team not found.");
  const status = settings.deliver ? "queued" : "held";
  tx.insert(outbox)
    .values({
      id: newId(),
      teamId: message.teamId,
      projectId: message.projectId ?? null,
      kind: message.kind,
      dedupeKey: message.dedupeKey,
      toAddress: message.to.address,
      toName: message.to.name ?? "",
      fromName: senderNameOf(team),
      replyTo: message.replyTo ?? null,
      subject: message.content.subject,
      textBody: message.content.text,
      htmlBody: message.content.html,
      link: message.link ?? null,
      status,
      nextAttemptAt: new Date(now),
      expiresAt: message.expiresAt ?? null,
      createdBy: message.createdBy ?? null,
      createdAt: new Date(now),
    })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .run();
  return status;
}

export type OutboxRow = Pick<
  OutboxMessage,
  "id" | "kind" | "toAddress" | "toName" | "fromName" | "subject" | "textBody" | "link" | "status" | "attempts" | "nextAttemptAt" | "lastError" | "createdAt" | "sentAt" | "expiresAt"
>;

/**
 * The team's outbox, newest first, for Owners and Editors (it shows crew emails). Invitation
 * messages carry a link that adds a member: only Owners, who may invite, see those.
 */
export function listOutbox(db: DB, actor: Actor, teamId: string, filter: { page?: number; pageSize?: number } = {}) {
  const role = requireTeamPermission(db, actor, teamId, "people:contacts");
  const pageSize = Math.min(Math.max(filter.pageSize ?? 50, 1), 200);
  const where = and(eq(outbox.teamId, teamId), can(role, "team:manage-members") ? undefined : sql`${outbox.kind} <> 'invite'`);
  const total = db.select({ n: count() }).from(outbox).where(where).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filter.page ?? 1, 1), pages);
  const rows: OutboxRow[] = db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      toAddress: outbox.toAddress,
      toName: outbox.toName,
      fromName: outbox.fromName,
      subject: outbox.subject,
      textBody: outbox.textBody,
      link: outbox.link,
      status: outbox.status,
      attempts: outbox.attempts,
      nextAttemptAt: outbox.nextAttemptAt,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      expiresAt: outbox.expiresAt,
    })
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { rows, total, page, pages };
}

/** An Owner names the sender of the team's emails; empty = the team's name. */
export function setSenderName(db: DB, actor: Actor, teamId: string, senderName: string): void {
  requireTeamPermission(db, actor, teamId, "team:rename");
  db.update(teams).set({ senderName: senderName.trim() || null }).where(eq(teams.id, teamId)).run();
}

// ---- For the outbox loop (server/mail/outbox.ts): no actor, it runs for the whole app. ----

/** How long a claimed message is left to its sender before another loop may try it. */
export const CLAIM_MS = 2 * 60_000;

/**
 * Claims up to `limit` due messages for sending: queued, due, not claimed by a live sender.
 * Each claim is one conditional update, so a message goes to one sender even with two loops
 * (or two processes) on the same database. Messages whose link has expired are marked so.
 */
export function claimDueMessages(db: DB, now: number, limit = 20): OutboxMessage[] {
  return db.transaction((tx) => {
    tx.update(outbox)
      .set({ status: "expired", claimedUntil: null })
      .where(and(eq(outbox.status, "queued"), lte(outbox.expiresAt, new Date(now))))
      .run();
    const due = tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, "queued"), lte(outbox.nextAttemptAt, new Date(now)), or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, new Date(now)))))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(Math.min(Math.max(limit, 1), 100))
      .all()
      .map((r) => r.id);
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ claimedUntil: new Date(now + CLAIM_MS), attempts: sql`${outbox.attempts} + 1` })
      .where(and(inArray(outbox.id, due), eq(outbox.status, "queued")))
      .returning()
      .all();
  });
}

export function markSent(db: DB, id: string, now: number): void {
  db.update(outbox).set({ status: "sent", sentAt: new Date(now), claimedUntil: null, lastError: null }).where(eq(outbox.id, id)).run();
}

/** A failed attempt: tried again later (see lib/mail/retry.ts), or given up. */
export function markFailed(db: DB, message: Pick<OutboxMessage, "id" | "attempts">, error: { message?: string; responseCode?: unknown }, now: number): void {
  const next = isPermanentFailure(error) ? null : nextAttemptAt(message.attempts, now);
  db.update(outbox)
    .set({
      status: next === null ? "failed" : "queued",
      nextAttemptAt: new Date(next ?? now),
      claimedUntil: null,
      lastError: String(error.message ?? "Unknown error").slice(0, 500),
    })
    .where(eq(outbox.id, message.id))
    .run();
}
