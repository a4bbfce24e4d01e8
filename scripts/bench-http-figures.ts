/**
 * Issue 16's figures for `npm run bench`, over HTTP on a production build (./bench-http.ts):
 * - the credits page and its API on 100,000-entry projects: server time (to the last byte, on
 *   loopback) and bytes, for a view served from the engine's cache, the first view after a
 *   decision (the engine reruns on the rows already read) and the first view after a change to
 *   the work log (the rows are read again), in interleaved rounds, medians;
 * - the roster page (5,000 entries) under 50 concurrent clients, beside the app's own
 *   not-found page (a project that doesn't exist, signed in: the same layouts, no data) in the
 *   same run, their 10-second rounds interleaved after a warm-up: p50 / p99 / max and errors.
 */
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import type { DB } from "@/db";
import { creditsReview, decideCredit } from "@/db/queries/credits";
import { buildApp, load, percentile, signIn, startServer, timedGet, type LoadResult } from "./bench-http";

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const load1 = () => loadavg().map((l) => l.toFixed(1)).join(" / ");

type Options = {
  db: DB;
  databaseFile: string;
  login: { email: string; password: string; userId: string };
  credits: { label: string; projectId: string }[];
  rosterProjectId: string;
};

const ROUNDS = 7;
const CLIENTS = 50;
const LOAD_ROUNDS = 3;
const ROUND_SECONDS = 10;

export async function httpBench(o: Options): Promise<void> {
  console.log(`\nOver HTTP, on a production build (issue 16); load average ${load1()} (1/5/15 min) before:`);
  const built = await buildApp();
  console.log(built === null ? "  reusing the existing build (BENCH_SKIP_BUILD=1)" : `  next build: ${built.toFixed(0)} s`);
  const server = await startServer(o.databaseFile);
  try {
    const cookie = await signIn(server.base, o.login.email, o.login.password);
    await creditsFigures(o, server.base, cookie);
    await rosterFigures(o, server.base, cookie);
  } finally {
    await server.stop();
  }
}

async function creditsFigures(o: Options, base: string, cookie: string): Promise<void> {
  const actor = { userId: o.login.userId };
  const bump = o.db.$client.prepare("update work_entries set effort_hours = coalesce(effort_hours, 0) + 1 where id = (select id from work_entries where project_id = ? limit 1)");
  type Sample = { warm: number[]; decision: number[]; work: number[]; bytes: number };
  const targets = o.credits.flatMap((c) => {
    const row = creditsReview(o.db, actor, c.projectId, { view: "all", title: null, confidence: null }).people.flatMap((p) => p.rows).find((r) => r.kind === "suggestion");
    if (!row || row.kind !== "suggestion") throw new Error(`${c.label}: no suggestion to decide`);
    return (["page", "API"] as const).map((what) => ({
      ...c,
      what,
      url: what === "page" ? `/projects/${c.projectId}/credits` : `/api/projects/${c.projectId}/credits`,
      decide: (n: number) => decideCredit(o.db, actor, c.projectId, { action: n % 2 ? "reject" : "accept", personId: row.personId, titleId: row.titleId, reason: "" }),
      sample: { warm: [], decision: [], work: [], bytes: 0 } as Sample,
    }));
  });
  const get = async (url: string) => {
    const r = await timedGet(base, url, cookie);
    if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
    return r;
  };
  for (const t of targets) await get(t.url); // warm-up: the server's first render of each, and its cache
  let n = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of targets) {
      bump.run(t.projectId);
      t.sample.work.push((await get(t.url)).ms);
      t.decide(n++);
      t.sample.decision.push((await get(t.url)).ms);
      const warm = await get(t.url);
      t.sample.warm.push(warm.ms);
      t.sample.bytes = warm.bytes;
    }
  }
  console.log(`\nCredits page and API, 5,000 people / 100,000 work entries (the first view: To decide), ${ROUNDS} interleaved rounds, medians:`);
  for (const t of targets) {
    const m = (xs: number[]) => percentile(xs, 0.5);
    const goal = t.what === "page" ? "(goal ≤ 300 ms, ≤ 1 MB)" : "(goal ≤ 300 ms)";
    console.log(`  ${`${t.what === "page" ? "credits page" : "GET /api/…/credits"}, ${t.label}`.padEnd(44)} ${ms(m(t.sample.warm))}  ${mb(t.sample.bytes).padStart(8)}   ${goal}`);
    console.log(`  ${"    first view after a decision".padEnd(44)} ${ms(m(t.sample.decision))}`);
    console.log(`  ${"    first view after a work-log change".padEnd(44)} ${ms(m(t.sample.work))}`);
  }
}

function summary(r: LoadResult[]) {
  const latencies = r.flatMap((x) => x.latencies);
  const seconds = r.reduce((s, x) => s + x.seconds, 0);
  return {
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: Math.max(...latencies),
    rate: latencies.length / seconds,
    requests: latencies.length,
    errors: r.reduce((s, x) => s + x.errors, 0),
    unexpected: r.reduce((s, x) => s + x.non2xx, 0),
  };
}

async function rosterFigures(o: Options, base: string, cookie: string): Promise<void> {
  const roster = `/projects/${o.rosterProjectId}/roster`;
  const missing = `/projects/${randomUUID()}/roster`;
  const page = await timedGet(base, roster, cookie);
  const notFound = await timedGet(base, missing, cookie);
  if (page.status !== 200 || notFound.status !== 404) throw new Error(`roster ${page.status}, not-found ${notFound.status}`);
  // Warm-up (JIT, caches), then 10-second rounds of each, turn about, so both meet the same machine.
  await load(base, roster, cookie, CLIENTS, 5);
  await load(base, missing, cookie, CLIENTS, 5, 404);
  const rosterRuns: LoadResult[] = [];
  const missingRuns: LoadResult[] = [];
  for (let i = 0; i < LOAD_ROUNDS; i++) {
    rosterRuns.push(await load(base, roster, cookie, CLIENTS, ROUND_SECONDS));
    missingRuns.push(await load(base, missing, cookie, CLIENTS, ROUND_SECONDS, 404));
  }
  const r = summary(rosterRuns);
  const n = summary(missingRuns);
  const line = (label: string, s: ReturnType<typeof summary>) =>
    console.log(`  ${label.padEnd(44)} ${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)}   ${s.rate.toFixed(1).padStart(6)} req/s   ${s.errors} errors, ${s.unexpected} unexpected statuses (${s.requests} answers)`);
  console.log(`\nRoster page, 5,000 entries (first page, by department: ${mb(page.bytes)}; alone ${page.ms.toFixed(0)} ms), ${CLIENTS} clients × ${LOAD_ROUNDS * ROUND_SECONDS} s, p50 / p99 / max:`);
  line("roster page", r);
  line("not-found page, the same run (reference)", n);
  console.log(`  ${"roster p99 / not-found p99".padEnd(44)} ${`×${(r.p99 / n.p99).toFixed(2)}`.padStart(9)}   (goal ≤ ×2)`);
  console.log(`  ${"roster page errors".padEnd(44)} ${String(r.errors + r.unexpected).padStart(9)}   (goal 0)`);
  console.log(`  load average after: ${load1()} (1/5/15 min)`);
}
