/**
 * The HTTP side of `npm run bench`: what users feel. A production build (`next build`, unless
 * BENCH_SKIP_BUILD=1 and a build exists) served by `next start` on the bench's own database and
 * port (BENCH_PORT, default 3216), signed in over HTTP like a browser, then timed from the
 * client: time to the last byte of the answer on this machine's loopback (the server's time,
 * since nothing else is on the way) and the bytes sent. Load comes from autocannon (npm), in
 * this process, the latency of every answer kept so percentiles are exact.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3216);

export function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** `next build`, so the figures are the current code's (BENCH_SKIP_BUILD=1 reuses an existing build). Returns seconds, or null when reused. */
export async function buildApp(): Promise<number | null> {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return null;
  const t0 = performance.now();
  const { code, output } = await run("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  if (code !== 0) throw new Error(`next build failed:\n${output.slice(-4000)}`);
  return (performance.now() - t0) / 1000;
}

export type Server = { base: string; stop: () => Promise<void> };

/** `npm start` (`next start` with the app's Node options) on the bench's database; resolves once the sign-in page answers. */
export async function startServer(databaseFile: string): Promise<Server> {
  const base = `http://127.0.0.1:${BENCH_PORT}`;
  const child: ChildProcess = spawn("npm", ["start", "--", "-H", "127.0.0.1", "-p", String(BENCH_PORT)], {
    cwd: ROOT,
    // Its own process group, so stopping it stops npm and the server under it (and nothing else).
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DATABASE_PATH: databaseFile, SEED_DEMO: "0", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: randomBytes(32).toString("hex"), NODE_ENV: "production" },
  });
  let errors = "";
  child.stderr?.on("data", (d) => (errors = (errors + d).slice(-4000)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid, "SIGTERM");
    });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${errors}`);
    try {
      if ((await fetch(`${base}/signin`)).ok) return { base, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer on ${base} within 90 s:\n${errors}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

/** Signs in with the credentials form as a browser would; returns the Cookie header to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/projects" }),
  });
  cookiesOf(res, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed (${res.status})`);
  return header();
}

/** One GET, read to its last byte. */
export async function timedGet(base: string, url: string, cookie: string): Promise<{ ms: number; bytes: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(base + url, { headers: { cookie }, redirect: "manual" });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, bytes: body.byteLength, status: res.status };
}

export type LoadResult = { latencies: number[]; requests: number; errors: number; non2xx: number; seconds: number };

/** `connections` clients requesting `url` back to back for `seconds`; every answer's latency kept. */
export async function load(base: string, url: string, cookie: string, connections: number, seconds: number, expectStatus = 200): Promise<LoadResult> {
  const latencies: number[] = [];
  let unexpected = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: base + url, connections, duration: seconds, headers: { cookie }, timeout: 30 }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      if (statusCode !== expectStatus) unexpected++;
    });
  });
  return { latencies, requests: latencies.length, errors: result.errors + result.timeouts, non2xx: unexpected, seconds };
}
