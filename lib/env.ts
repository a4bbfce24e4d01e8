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
