import { eq } from "drizzle-orm";
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listOutbox, setSenderName } from "@/db/queries/outbox";
import { requestAllNameChecks, requestNameCheck, respondToNameCheck } from "@/db/queries/name-checks";
import { emailInvite } from "@/db/queries/teams";
import { outbox, people } from "@/db/schema";
import { seedProject } from "@/db/seed";
import { MAX_ATTEMPTS } from "@/lib/mail/retry";
import { processOutbox, smtpTransport } from "@/server/mail/outbox";
import { as, createTestDb, makeRoleUsers, roleTeam, type TestDb } from "@/tests/helpers/db";

/**
 * The outbox against a real SMTP server (smtp-server) started here: what arrives is read
 * back with mailparser, never assumed from what was handed to nodemailer.
 */

const APP = "https://credits.example.test";
const SEND = { appUrl: APP, deliver: true };
const FROM = "hatrack@credits.example.test";

type Received = { envelopeTo: string[]; mail: ParsedMail };
let t: TestDb;
let users: Awaited<ReturnType<typeof makeRoleUsers>>;
let server: SMTPServer;
let port: number;
const received: Received[] = [];
/** When set, the server refuses every message with this SMTP code. */
let refuseWith: number | null = null;

function startServer(): Promise<void> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 1_000_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        if (refuseWith) {
          const error = Object.assign(new Error(refuseWith >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: refuseWith });
          return callback(error);
        }
        received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail: await simpleParser(Buffer.concat(chunks)) });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(port ?? 0, "127.0.0.1", () => resolve()));
}

beforeAll(async () => {
  t = createTestDb();
  users = await makeRoleUsers(t.db);
  await startServer();
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  t.close();
});

const transport = () => smtpTransport(`smtp://127.0.0.1:${port}`);
const row = (id: string) => t.db.select().from(outbox).where(eq(outbox.id, id)).get()!;
const lastQueued = () => t.db.select().from(outbox).all().at(-1)!;
/** Sends whatever earlier tests left due (before each test), so a test counts only its own messages. */
const flush = () => processOutbox(t.db, transport(), { from: FROM, limit: 100 });

describe("the outbox over SMTP", () => {
  // Each test counts only its own messages, whatever ran before it (CI shuffles the order).
  beforeEach(async () => {
    await flush();
  });

  it("delivers an invitation in plain text and HTML, from the team's sender name, with a link to the public URL", async () => {
    const team = roleTeam(t.db, users, "Lighthouse Pictures");
    setSenderName(t.db, as(users.owner), team.id, "Lighthouse Pictures (production office)");
    const invite = emailInvite(t.db, as(users.owner), team.id, { role: "viewer", email: "Financier@Example.test" }, SEND);
    expect(invite.emailed).toBe("queued");
    const before = received.length;
    expect(await processOutbox(t.db, transport(), { from: FROM })).toEqual({ sent: 1, failed: 0 });
    const { mail, envelopeTo } = received[before]!;
    expect(envelopeTo).toEqual(["financier@example.test"]);
    expect(mail.from?.value[0]).toEqual({ name: "Lighthouse Pictures (production office)", address: FROM });
    expect(mail.replyTo?.value[0]?.address).toBe(users.owner.email);
    expect(mail.subject).toBe("Olive Owner invited you to Lighthouse Pictures on Hatrack");
    const link = `${APP}/invite/${invite.token}`;
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("as a Viewer");
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.messageId).toBe(`<${row(lastQueued().id).id}@credits.example.test>`);
    expect(row(lastQueued().id)).toMatchObject({ status: "sent", attempts: 1 });
    // Sent once: another pass finds nothing due.
    expect(await processOutbox(t.db, transport(), { from: FROM })).toEqual({ sent: 0, failed: 0 });
  });

  it("emails a name-check request to the crew member and the answer to the Editor who asked", async () => {
    const team = roleTeam(t.db, users, "Tidewater Films");
    const project = seedProject(t.db, team, { title: "Tidewater <short>" }, [
      ["Rosa Delgado", "Cast", "Lead Actor"],
      ["Tomas Ruiz", "Camera", "DP"],
    ]);
    const rosa = t.db.select().from(people).where(eq(people.creditedName, "Rosa Delgado")).all().find((p) => p.teamId === team.id)!;
    t.db.update(people).set({ email: "rosa@example.test" }).where(eq(people.id, rosa.id)).run();
    const request = requestNameCheck(t.db, as(users.editor), project.id, rosa.id, SEND);
    expect(request.emailed).toBe("queued");
    const before = received.length;
    await processOutbox(t.db, transport(), { from: FROM });
    const ask = received[before]!.mail;
    expect(ask.to && "value" in ask.to ? ask.to.value[0] : null).toEqual({ name: "Rosa Delgado", address: "rosa@example.test" });
    expect(ask.subject).toBe("Check your name in the credits of Tidewater <short>");
    expect(ask.text).toContain(`${APP}/check/${request.token}`);
    expect(ask.html).toContain("Tidewater &lt;short&gt;");
    expect(ask.html).not.toContain("<short>");

    respondToNameCheck(t.db, request.token, { answer: "propose", proposedName: "Rosa María Delgado", proposedPronouns: "she/her", proposedNote: "With the accent, please." }, Date.now(), SEND);
    await processOutbox(t.db, transport(), { from: FROM });
    const answer = received[before + 1]!;
    expect(answer.envelopeTo).toEqual([users.editor.email]);
    expect(answer.mail.subject).toBe("Rosa Delgado proposed a correction for Tidewater <short>");
    expect(answer.mail.text).toContain("Name: Rosa María Delgado");
    expect(answer.mail.text).toContain(`${APP}/projects/${project.id}/roster/name-checks`);
  });

  it("requests every unanswered person at once; people without an email get a link only", async () => {
    const team = roleTeam(t.db, users, "Bulk Films");
    const project = seedProject(t.db, team, { title: "Bulk" }, [
      ["Ana Silva", "Camera", "DP"],
      ["Ben Okoro", "Sound", "Boom Operator"],
      ["Cleo Park", "Art", "Production Designer"],
    ]);
    const ofTeam = t.db.select().from(people).where(eq(people.teamId, team.id)).all();
    for (const p of ofTeam) if (p.creditedName !== "Cleo Park") t.db.update(people).set({ email: `${p.creditedName.split(" ")[0]!.toLowerCase()}@example.test` }).where(eq(people.id, p.id)).run();
    const first = requestAllNameChecks(t.db, as(users.editor), project.id, SEND);
    expect(first.remaining).toBe(0);
    expect(Object.fromEntries(first.requests.map((r) => [r.creditedName, r.emailed]))).toEqual({ "Ana Silva": "queued", "Ben Okoro": "queued", "Cleo Park": null });
    const before = received.length;
    await processOutbox(t.db, transport(), { from: FROM });
    expect(received.slice(before).map((r) => r.envelopeTo[0]).sort()).toEqual(["ana@example.test", "ben@example.test"]);
    // Ana answers; asking everyone again skips her.
    respondToNameCheck(t.db, first.requests.find((r) => r.creditedName === "Ana Silva")!.token, { answer: "confirm" }, Date.now(), SEND);
    const again = requestAllNameChecks(t.db, as(users.editor), project.id, SEND);
    expect(again.requests.map((r) => r.creditedName).sort()).toEqual(["Ben Okoro", "Cleo Park"]);
    // A Viewer may not ask.
    expect(() => requestAllNameChecks(t.db, as(users.viewer), project.id, SEND)).toThrow();
  });

  it("retries after a failure, across a restart, and gives up on a permanent refusal", async () => {
    const team = roleTeam(t.db, users, "Retry Films");
    emailInvite(t.db, as(users.owner), team.id, { role: "editor", email: "later@example.test" }, SEND);
    const id = lastQueued().id;
    const now = Date.now();
    // The server is down: nothing listens on the port.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await processOutbox(t.db, transport(), { from: FROM, now: () => now })).toEqual({ sent: 0, failed: 1 });
    expect(row(id)).toMatchObject({ status: "queued", attempts: 1 });
    expect(row(id).nextAttemptAt.getTime()).toBe(now + 60_000);
    expect(row(id).lastError).toBeTruthy();
    // Not due yet.
    expect(await processOutbox(t.db, transport(), { from: FROM, now: () => now + 30_000 })).toEqual({ sent: 0, failed: 0 });
    // "After a restart": a new connection to the same file, a new transport, the server back up.
    await startServer();
    const { openDatabase } = await import("@/db");
    const reopened = openDatabase(t.file).db;
    const before = received.length;
    expect(await processOutbox(reopened, transport(), { from: FROM, now: () => now + 61_000 })).toEqual({ sent: 1, failed: 0 });
    expect(received[before]!.envelopeTo).toEqual(["later@example.test"]);
    expect(row(id)).toMatchObject({ status: "sent", attempts: 2 });
    reopened.$client.close();

    emailInvite(t.db, as(users.owner), team.id, { role: "viewer", email: "nobody@example.test" }, SEND);
    const refused = lastQueued().id;
    refuseWith = 550;
    try {
      await processOutbox(t.db, transport(), { from: FROM });
    } finally {
      refuseWith = null;
    }
    expect(row(refused)).toMatchObject({ status: "failed", attempts: 1 });
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
  });

  it("sends a message once even when two loops run at the same time", async () => {
    const team = roleTeam(t.db, users, "Twice Films");
    emailInvite(t.db, as(users.owner), team.id, { role: "editor", email: "once@example.test" }, SEND);
    const before = received.length;
    const [a, b] = await Promise.all([processOutbox(t.db, transport(), { from: FROM }), processOutbox(t.db, transport(), { from: FROM })]);
    expect(a.sent + b.sent).toBe(1);
    expect(received.slice(before).map((r) => r.envelopeTo[0])).toEqual(["once@example.test"]);
  });

  it("holds messages without SMTP and shows them in the outbox; Editors never see invitation links", async () => {
    const team = roleTeam(t.db, users, "Held Films");
    const invite = emailInvite(t.db, as(users.owner), team.id, { role: "editor", email: "held@example.test" }, { appUrl: APP, deliver: false });
    expect(invite.emailed).toBe("held");
    const before = received.length;
    expect(await processOutbox(t.db, transport(), { from: FROM })).toEqual({ sent: 0, failed: 0 });
    expect(received.length).toBe(before);
    const forOwner = listOutbox(t.db, as(users.owner), team.id);
    expect(forOwner.rows.map((r) => [r.status, r.toAddress, r.link])).toEqual([["held", "held@example.test", `${APP}/invite/${invite.token}`]]);
    expect(listOutbox(t.db, as(users.editor), team.id).rows).toEqual([]);
    expect(() => listOutbox(t.db, as(users.viewer), team.id)).toThrow();
    expect(() => listOutbox(t.db, as(users.outsider), team.id)).toThrow();
  });
});
