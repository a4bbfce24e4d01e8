import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { z } from "zod";

/**
 * Server configuration, read once from the environment with sensible defaults,
 * so a fresh clone runs with no setup at all.
 */
const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  /** Set to "0" to start without the demo team and project. */
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  /** Who may set X-Forwarded-For (lib/http/client-address.ts): unset, 1, or a list of addresses. */
  TRUST_PROXY: z.string().max(2_000).optional(),
  /** The app's public address, for links in emails ("https://credits.example.com"). AUTH_URL is read when it is unset. */
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.string().regex(/^\d{1,5}$/).optional(),
  /** smtp://user:pass@host:587 or smtps://…:465; unset: nothing is sent, the outbox page shows the messages. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The address emails come from; the name shown is the team's sender name. */
  MAIL_FROM: z.email().optional(),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
}
const env = parsed.data;

export const databasePath = path.resolve(/*turbopackIgnore: true*/ env.DATABASE_PATH ?? path.join(env.DATA_DIR ?? "data", "hatrack.db"));
/** The folder that holds the database also holds generated secrets. */
export const dataDir = env.DATA_DIR ? path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR) : path.dirname(databasePath);
export const seedDemo = env.SEED_DEMO !== "0";
/** TRUST_PROXY as written ("" when unset); parsed by lib/http/client-address.ts. */
export const trustProxySetting = env.TRUST_PROXY ?? "";

/** APP_URL (or AUTH_URL) without a trailing slash; null when neither is set. */
export const configuredAppUrl: string | null = (env.APP_URL ?? env.AUTH_URL)?.replace(/\/+$/, "") ?? null;
/**
 * The app's public address for links that leave the app (emails): the configured one, else
 * http://localhost on the port `npm start` uses. Never taken from a request's Host header,
 * which a client could forge into a link to somewhere else.
 */
export const appUrl: string = configuredAppUrl ?? `http://localhost:${env.PORT ?? "3000"}`;
/** SMTP_URL, or null: without it nothing is sent and the outbox shows what would have been. */
export const smtpUrl: string | null = env.SMTP_URL ?? null;
/** The address emails are sent from. */
export const mailFrom: string = env.MAIL_FROM ?? `hatrack@${new URL(appUrl).hostname === "localhost" ? "localhost.localdomain" : new URL(appUrl).hostname}`;

let secret: string | null = null;
/** AUTH_SECRET from the environment, else one generated on first run and kept in the data folder. */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (secret) return secret;
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    secret = readFileSync(file, "utf8").trim();
  } else {
    mkdirSync(dataDir, { recursive: true });
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  }
  return secret;
}
