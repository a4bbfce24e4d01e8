/**
 * `npm run bench`: the figures the issues ask for, measured on this machine and printed, each
 * beside its goal. Builds a throwaway database with a 5,000-entry roster and times what the
 * roster page's server work consists of (the same db/queries functions the page calls), plus
 * an import preview of 20,000 rows, the import worker on the worst-shaped files it accepts and
 * a 20,000-row commit with the roster page requested meanwhile (scripts/bench-import.ts), the
 * credit engine and its read on a 5,000-person / 100,000-entry work log (interleaved, one
 * loop), the review, the end-credit list (realistic and spread shapes). Then what users feel,
 * over HTTP on a production build (scripts/bench-http.ts): the credits page and API of the
 * 100,000-entry projects (server time and bytes), and the roster page under 50 concurrent
 * clients beside the app's own not-found page in the same run. Medians over interleaved runs.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { openDatabase } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { listRoster, rosterFacets, rosterForExport } from "@/db/queries/roster";
import { previewImport } from "@/db/queries/roster-import";
import { nameChecks, people, projects, rosterEntries } from "@/db/schema";
import { seedTeam, seedUser } from "@/db/seed";
import { deriveSortName, nameMatchKey, sortCollationKey } from "@/lib/people/names";
import { ROLES, getDepartment } from "@/lib/roster/catalog";
import { resolveRole } from "@/lib/roster/resolve";
import { guessMapping } from "@/lib/roster/import/mapping";
import { newId } from "@/lib/tokens";
import { loadEngineRows } from "@/db/queries/credit-input";
import { customAsResponsibility } from "@/db/queries/work";
import { suggestCredits, type EngineInput } from "@/lib/credits/engine";
import { RESPONSIBILITIES } from "@/lib/work/taxonomy";
import { buildCreditList, toCreditsCsv, type BuildInput } from "@/lib/end-credits";
import { coverage, hatsMatrix, MATRIX_PAGE_SIZE, prepareReview } from "@/lib/review";
import { renderListPdf } from "@/lib/exports/credits-pdf-input";
import { importCommitBench, importParseBench } from "./bench-import";
import { FIRST, LAST, seedWorkProject } from "./bench-data";
import { httpBench } from "./bench-http-figures";
import { videoBench } from "./bench-video";

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

// A full garbage collection before each measured section, so no section pays for the garbage
// an earlier one left (each still pays for its own, run after run).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Times `fn` (after one warm-up run), prints median and p95, and returns the median. */
/** Times `a` and `b` turn about, `runs` times each, so both meet the same machine: their ratio holds on a busy one. */
function turnAbout(runs: number, a: () => unknown, b: () => unknown): [number[], number[]] {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const t = performance.now();
      fn();
      samples[k]!.push(performance.now() - t);
    }
  }
  return samples;
}

function time(label: string, runs: number, fn: () => unknown, goal = ""): number {
  collectGarbage();
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  const { median, p95 } = stats(samples);
  console.log(`${label.padEnd(58)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   (${runs} runs)${goal ? `   ${goal}` : ""}`);
  return median;
}

function machine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? "unknown CPU";
  return `${model}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version} (${process.platform}/${process.arch})`;
}

/** Linux CPU counters (jiffies): busy (user + system…), steal (taken by the hypervisor), total; null elsewhere. */
function cpuCounters(): { busy: number; steal: number; total: number } | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return { busy: user + nice + system + irq + softirq, steal, total: user + nice + system + idle + iowait + irq + softirq + steal };
  } catch {
    return null;
  }
}

/** How loaded the machine was while the bench ran: figures from a busy or throttled VM run slow. */
function conditions(start: ReturnType<typeof cpuCounters>): string {
  const end = cpuCounters();
  const load = loadavg().map((l) => l.toFixed(1)).join(" / ");
  if (!start || !end || end.total === start.total) return `load average ${load}`;
  const pct = (n: number) => `${Math.round((100 * n) / (end.total - start.total))}%`;
  return `load average ${load} (1/5/15 min); CPU busy ${pct(end.busy - start.busy)} of both cores (this bench included), stolen by the hypervisor ${pct(end.steal - start.steal)}`;
}

async function main() {
  console.log(`Machine: ${machine()}\n`);
  const counters = cpuCounters();
  const dir = mkdtempSync(path.join(tmpdir(), "hatrack-bench-"));
  const { db, sqlite } = openDatabase(path.join(dir, "bench.db"));
  try {
    migrateDatabase(db);
    const user = await seedUser(db, { email: "bench@example.test", password: "benchmark-password", name: "Bench" });
    const team = seedTeam(db, "Bench Pictures", [{ user, role: "owner" }]);
    const project = db
      .insert(projects)
      .values({ id: newId(), teamId: team.id, title: "Five Thousand", kind: "feature", stage: "production", currency: "USD", frameRate: "24" })
      .returning()
      .get();

    const ENTRIES = 5_000;
    const t0 = performance.now();
    db.transaction((tx) => {
      for (let i = 0; i < ENTRIES; i++) {
        const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
        const personId = newId();
        const sortName = deriveSortName(name);
        tx.insert(people)
          .values({ id: personId, teamId: team.id, creditedName: name, sortName, sortKey: sortCollationKey(sortName), nameKey: nameMatchKey(name), unions: i % 4 === 0 ? ["IATSE"] : [] })
          .run();
        const role = ROLES[i % ROLES.length]!;
        const r = resolveRole({ department: getDepartment(role.departmentId)?.name, role: role.name });
        tx.insert(rosterEntries)
          .values({ id: newId(), projectId: project.id, personId, department: r.department, departmentId: r.departmentId, role: r.role, roleId: r.roleId, sortKey: r.sortKey })
          .run();
        if (i % 3 === 0) {
          tx.insert(nameChecks)
            .values({ id: newId(), projectId: project.id, personId, tokenHash: newId(), expiresAt: new Date(Date.now() + 86_400_000), response: i % 2 ? "confirmed" : null, respondedAt: i % 2 ? new Date() : null })
            .run();
        }
      }
    });
    console.log(`Seeded a ${ENTRIES.toLocaleString("en-US")}-entry roster in ${(performance.now() - t0).toFixed(0)} ms\n`);

    const actor = { userId: user.id };
    console.log("Roster page server time (the page's queries: one page of rows + filter facets), 5,000 entries:");
    time("  first page, by department (100 rows) + facets", 30, () => {
      listRoster(db, actor, project.id, { page: 1, pageSize: 100 });
      rosterFacets(db, actor, project.id);
    });
    time("  last page, by department (100 rows) + facets", 30, () => {
      listRoster(db, actor, project.id, { page: 50, pageSize: 100 });
      rosterFacets(db, actor, project.id);
    });
    time("  table sorted by name, page 10 (200 rows) + facets", 30, () => {
      listRoster(db, actor, project.id, { sort: "name", page: 10, pageSize: 200 });
      rosterFacets(db, actor, project.id);
    });
    time("  sorted by name-check status + facets", 30, () => {
      listRoster(db, actor, project.id, { sort: "status", pageSize: 100 });
      rosterFacets(db, actor, project.id);
    });
    time("  filtered: union IATSE + status confirmed + facets", 30, () => {
      listRoster(db, actor, project.id, { union: "IATSE", status: "confirmed", pageSize: 100 });
      rosterFacets(db, actor, project.id);
    });
    time("  name search 'okafor' + facets", 30, () => {
      listRoster(db, actor, project.id, { q: "okafor", pageSize: 100 });
      rosterFacets(db, actor, project.id);
    });
    time("  whole roster for CSV/XLSX export (5,000 rows)", 10, () => rosterForExport(db, actor, project.id));

    const headers = ["Name", "Department", "Position", "Email"];
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const role = ROLES[i % ROLES.length]!;
      return [`Crew Member ${i}`, getDepartment(role.departmentId)?.name ?? "", role.name, `crew${i}@example.test`];
    });
    const table = { headers, rows, rowNumbers: rows.map((_, i) => i + 2) };
    console.log("\nImport preview against the 5,000-person directory:");
    time("  20,000-row file: validate every row, match people, roles", 5, () => previewImport(db, actor, project.id, table, guessMapping(headers)));

    await importParseBench();
    await importCommitBench(db, user.id, project.id);

    // Issue 4's engine on a generated 5,000-person / 100,000-entry work log, stored in SQLite like
    // a real project's: people, their roster entries and work entries (raw prepared statements in
    // one transaction, so seeding stays quick), then read back with the query the credits page uses.
    const PEOPLE = 5_000;
    const WORK = 100_000;
    const workProject = db
      .insert(projects)
      .values({ id: newId(), teamId: team.id, title: "Hundred Thousand Entries", kind: "feature", stage: "post-production", budgetAmount: 2_000_000, currency: "USD", frameRate: "24" })
      .returning()
      .get();
    const t1 = performance.now();
    seedWorkProject(sqlite, team.id, workProject.id, "multi-hat", PEOPLE, WORK);
    console.log(
      `\nSeeded ${PEOPLE.toLocaleString("en-US")} people (on the roster) and ${WORK.toLocaleString("en-US")} work entries in ${(performance.now() - t1).toFixed(0)} ms`,
    );

    const engineRows = loadEngineRows(db, workProject.id);
    const engineInput: EngineInput = {
      budget: { amount: workProject.budgetAmount, currency: workProject.currency },
      // The project's kind decides which functions it needs (applicability) and the series titles.
      project: { kind: workProject.kind },
      people: engineRows.people,
      responsibilities: [...RESPONSIBILITIES, ...engineRows.custom.map(customAsResponsibility)],
      entries: engineRows.entries,
      notApplicable: ["sponsorship", "tax-incentives"],
    };
    const out = suggestCredits(engineInput);
    console.log(
      `Credit suggestion engine on what loadEngineRows returns: ${engineRows.people.length.toLocaleString("en-US")} people, ${engineRows.entries.length.toLocaleString("en-US")} entries → ${out.suggestions.length} suggestions, ${out.findings.length.toLocaleString("en-US")} findings`,
    );
    // Read and engine in one loop, turn about, so both meet the same machine and their ratio holds.
    collectGarbage();
    loadEngineRows(db, workProject.id);
    suggestCredits(engineInput);
    const [reads, engines] = turnAbout(15, () => loadEngineRows(db, workProject.id), () => suggestCredits(engineInput));
    const read = stats(reads).median;
    const engine = stats(engines).median;
    console.log(`${"  read the project's rows from SQLite (loadEngineRows)".padEnd(58)} median ${read.toFixed(1).padStart(7)} ms   p95 ${stats(reads).p95.toFixed(1).padStart(7)} ms   (15 runs, interleaved)`);
    console.log(`${"  engine (suggestCredits) on those rows".padEnd(58)} median ${engine.toFixed(1).padStart(7)} ms   p95 ${stats(engines).p95.toFixed(1).padStart(7)} ms   (15 runs, interleaved)   (goal < 100 ms)`);
    const ratio = engine / read;
    console.log(`${"  ratio engine / read".padEnd(58)} ${ratio.toFixed(2).padStart(14)}${" ".repeat(32)}(goal < 2)`);
    // Linear growth: the same read on a quarter of the log (1,250 people, 25,000 entries).
    const quarter = db.insert(projects).values({ id: newId(), teamId: team.id, title: "Quarter", kind: "feature", stage: "post-production", currency: "USD", frameRate: "24" }).returning().get();
    seedWorkProject(sqlite, team.id, quarter.id, "multi-hat", PEOPLE / 4, WORK / 4);
    // Both sizes in one loop, turn about, so each meets the same machine (and the same heap).
    collectGarbage();
    const [fullReads, quarterReads] = turnAbout(15, () => loadEngineRows(db, workProject.id), () => loadEngineRows(db, quarter.id));
    const [fullRead, quarterRead] = [stats(fullReads).median, stats(quarterReads).median];
    console.log(`${"  the same read, 25,000 entries (1,250 people)".padEnd(58)} median ${quarterRead.toFixed(1).padStart(7)} ms   (15 runs, interleaved with 100,000: median ${fullRead.toFixed(1)} ms)`);
    console.log(`${"  read growth, 25,000 → 100,000 entries".padEnd(58)} ${`×${(fullRead / quarterRead).toFixed(2)}`.padStart(14)}${" ".repeat(32)}(goal: linear, ×4 for 4× the rows)`);

    // Issue 6: the multi-hat review's aggregation on the same 5,000-person / 100,000-entry project.
    const reviewData = prepareReview(engineInput);
    const hm = hatsMatrix(reviewData, { limit: MATRIX_PAGE_SIZE });
    const cov = coverage(reviewData);
    console.log(
      `\nMulti-hat review: ${hm.total.toLocaleString("en-US")} people × ${hm.columns.length} functions; the busiest person carries ${(cov.concentration.share * 100).toFixed(1)}% of the producing work`,
    );
    time(`  review: prepare + hats matrix (page of ${MATRIX_PAGE_SIZE}) + coverage`, 15, () => {
      const data = prepareReview(engineInput);
      return [hatsMatrix(data, { limit: MATRIX_PAGE_SIZE }), coverage(data)];
    }, "(goal < 100 ms)");
    time("  review: prepare + hats matrix (all rows) + coverage", 15, () => {
      const data = prepareReview(engineInput);
      return [hatsMatrix(data), coverage(data)];
    });

    // End credits: a 6,000-credit list (the roster above as 6,000 held titles and roster lines).
    const scripts = ["Maya Okafor", "Νίκος Παπαδόπουλος", "Иван Петров", "山田太郎", "김민준", "محمد عبد الله", "דוד לוי", "Zoë Laurent"];
    const creditInput: BuildInput = {
      heldCredits: [],
      roster: Array.from({ length: 6_000 }, (_, i) => {
        const role = ROLES[i % ROLES.length]!;
        return { personId: `p${i}`, name: `${scripts[i % scripts.length]} ${i}`, department: getDepartment(role.departmentId)?.name ?? "Crew", departmentId: role.departmentId, role: role.name, roleId: role.id, sortKey: i % ROLES.length, isHead: role.head === true };
      }),
      options: { mergeMultiHat: true },
    };
    console.log("\nEnd credits, 6,000 credits:");
    const built = buildCreditList(creditInput);
    time("  build the credit list", 15, () => buildCreditList(creditInput), "(goal < 50 ms)");
    time("  CSV export", 15, () => toCreditsCsv(built), "(goal < 100 ms)");
    // Issue 16: linear in names. A realistic crawl has few departments (a big crew is big in a
    // few of them); a spread one has every role of the catalogue.
    const FEW_DEPARTMENTS = ["camera", "grip", "electric", "art", "sound", "costume", "locations", "transportation", "production", "editorial"];
    const fewRoles = ROLES.filter((r) => FEW_DEPARTMENTS.includes(r.departmentId) && !r.head).slice(0, 30);
    const crewOf = (n: number, roles: typeof ROLES): BuildInput => ({
      heldCredits: [],
      roster: Array.from({ length: n }, (_, i) => {
        const role = roles[i % roles.length]!;
        return { personId: `p${i}`, name: `${scripts[i % scripts.length]} ${i}`, department: getDepartment(role.departmentId)?.name ?? "Crew", departmentId: role.departmentId, role: role.name, roleId: role.id, sortKey: i % ROLES.length, isHead: role.head === true };
      }),
      options: { mergeMultiHat: true },
    });
    const realistic = crewOf(60_000, fewRoles);
    time(`  build, 60,000 names in ${new Set(fewRoles.map((r) => r.departmentId)).size} departments (${fewRoles.length} roles)`, 7, () => buildCreditList(realistic), "(goal ≤ 300 ms)");
    const spread = crewOf(60_000, ROLES);
    time(`  build, 60,000 names spread over ${ROLES.length} roles`, 7, () => buildCreditList(spread), "(goal ≤ 300 ms)");
    const pdfMeta = { projectTitle: "Six Thousand", versionName: null, savedAt: new Date(), lockedAt: null, frameRate: "24", targetRuntimeSeconds: null, exportedAt: new Date() };
    await renderListPdf(built, pdfMeta); // fonts load once per process
    const pdfSamples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await renderListPdf(built, pdfMeta);
      pdfSamples.push(performance.now() - t0);
    }
    const pdf = stats(pdfSamples);
    console.log(`${"  PDF export (fonts embedded, warm)".padEnd(58)} median ${pdf.median.toFixed(1).padStart(7)} ms   p95 ${pdf.p95.toFixed(1).padStart(7)} ms   (3 runs)   (goal < 3 s)`);
    // The crawl render is two thirds of the run: BENCH_SKIP_VIDEO=1 leaves it out (say so, not silently).
    if (process.env.BENCH_SKIP_VIDEO === "1") console.log("\nCrawl video render: skipped (BENCH_SKIP_VIDEO=1)");
    else await videoBench();

    // What users feel: the same database served by a production build, over HTTP.
    const realisticProject = db
      .insert(projects)
      .values({ id: newId(), teamId: team.id, title: "Hundred Thousand, Realistic", kind: "feature", stage: "post-production", budgetAmount: 2_000_000, currency: "USD", frameRate: "24" })
      .returning()
      .get();
    seedWorkProject(sqlite, team.id, realisticProject.id, "realistic", PEOPLE, WORK);
    await httpBench({
      db,
      databaseFile: path.join(dir, "bench.db"),
      login: { email: "bench@example.test", password: "benchmark-password", userId: user.id },
      credits: [
        { label: "realistic log", projectId: realisticProject.id },
        { label: "everyone multi-hat", projectId: workProject.id },
      ],
      rosterProjectId: project.id,
    });
    console.log(`\nWhile it ran: ${conditions(counters)}`);
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
