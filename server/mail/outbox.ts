import nodemailer, { type Transporter } from "nodemailer";
import type { DB } from "@/db";
import { claimDueMessages, markFailed, markSent } from "@/db/queries/outbox";
import type { OutboxMessage } from "@/db/schema";

/**
 * The outbox loop: every few seconds it claims the messages that are due (db/queries/outbox.ts)
 * and sends each through SMTP with nodemailer. Everything it knows lives in the outbox table
 * (attempts, next try), so a restart picks up where it stopped. Started once per server by
 * instrumentation.ts when SMTP_URL is set.
 */

/** What sending needs from nodemailer (a test can pass its own). */
export type MailTransport = Pick<Transporter, "sendMail">;

export function smtpTransport(url: string): MailTransport {
  // Bounded waits: a server that hangs costs one attempt, not the loop.
  return nodemailer.createTransport(url, { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 } as never);
}

/** The message as nodemailer sends it. Its Message-ID is the outbox id, so a resend after a crash is recognisably the same. */
export function mailOf(message: OutboxMessage, from: string) {
  const host = from.split("@")[1] ?? "hatrack";
  return {
    from: { name: message.fromName, address: from },
    to: message.toName ? { name: message.toName, address: message.toAddress } : message.toAddress,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody,
    messageId: `<${message.id}@${host}>`,
    headers: { "Auto-Submitted": "auto-generated" },
  };
}

/** Sends what is due once; returns how many were sent and how many failed. */
export async function processOutbox(db: DB, transport: MailTransport, options: { from: string; now?: () => number; limit?: number }): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? Date.now;
  const claimed = claimDueMessages(db, now(), options.limit ?? 20);
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      await transport.sendMail(mailOf(message, options.from));
      markSent(db, message.id, now());
      sent += 1;
    } catch (error) {
      markFailed(db, message, error as { message?: string; responseCode?: unknown }, now());
      failed += 1;
    }
  }
  return { sent, failed };
}

const INTERVAL_MS = 5_000;
const loopState = globalThis as unknown as { hatrackOutboxLoop?: { stop: () => void } };

/** Starts the loop (once per process; a second call returns the running one). */
export function startOutboxLoop(db: DB, transport: MailTransport, from: string, intervalMs = INTERVAL_MS): { stop: () => void } {
  if (loopState.hatrackOutboxLoop) return loopState.hatrackOutboxLoop;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await processOutbox(db, transport, { from });
    } catch (error) {
      console.error("[outbox]", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  const handle = {
    stop: () => {
      clearInterval(timer);
      loopState.hatrackOutboxLoop = undefined;
    },
  };
  loopState.hatrackOutboxLoop = handle;
  return handle;
}
