/**
 * The crawl-video figure of `npm run bench` (issue 17): a 3,000-name crawl rendered to H.264
 * at 1920×1080, 24 fps, at the default speed (3 px/frame, the PDF's running time), through the
 * render worker and ffmpeg exactly as the app does it. Prints the render time as a ratio to
 * the crawl's running time (goal: under 1, faster than real time, on these 2 cores) and the
 * peak memory of this process (the worker thread included) and of ffmpeg.
 */
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildCreditList, formatSeconds, type BuildInput } from "@/lib/end-credits";
import { getDepartment, ROLES } from "@/lib/roster/catalog";
import { renderVideo } from "@/server/video/runner";

const SCRIPTS = ["Maya Okafor", "Νίκος Παπαδόπουλος", "Иван Петров", "山田太郎", "김민준", "محمد عبد الله", "דוד לוי", "Zoë Laurent"];

/** A 3,000-name crawl: the catalogue's roles in turn, names in eight scripts. */
export function threeThousandNames(): BuildInput {
  return {
    heldCredits: [],
    roster: Array.from({ length: 3_000 }, (_, i) => {
      const role = ROLES[i % ROLES.length]!;
      return { personId: `p${i}`, name: `${SCRIPTS[i % SCRIPTS.length]} ${i}`, department: getDepartment(role.departmentId)?.name ?? "Crew", departmentId: role.departmentId, role: role.name, roleId: role.id, sortKey: i % ROLES.length, isHead: role.head === true };
    }),
    options: { mergeMultiHat: true },
  };
}

/** Resident memory of this process's ffmpeg children, in bytes (Linux /proc). */
function ffmpegRss(): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid !== process.pid || !stat.includes("(ffmpeg)")) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

export async function videoBench(): Promise<void> {
  const list = buildCreditList(threeThousandNames());
  console.log("\nCrawl video, 3,000 names, 1920×1080 H.264 at 24 fps, 3 px/frame (render worker + ffmpeg):");
  let peakNode = 0;
  let peakFfmpeg = 0;
  const sample = () => {
    peakNode = Math.max(peakNode, process.memoryUsage().rss);
    peakFfmpeg = Math.max(peakFfmpeg, ffmpegRss());
  };
  const sampler = setInterval(sample, 500);
  let lastPrint = 0;
  const t0 = performance.now();
  const file = await renderVideo({ list, fps: "24", size: { width: 1920, height: 1080 }, codec: "h264", cards: null, speed: { mode: "speed", pxPerFrame: 3, lineSpacing: 1 }, logos: [] }, "bench.mp4", {
    onProgress: (done, total) => {
      const now = performance.now();
      if (now - lastPrint > 60_000) {
        lastPrint = now;
        process.stdout.write(`  … ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} frames\n`);
      }
    },
    started: () => {},
    signal: new AbortController().signal,
  });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  sample();
  const { summary } = file;
  const ratio = seconds / summary.seconds;
  const mb = (n: number) => `${Math.round(n / 1024 ** 2)} MB`;
  console.log(`  the crawl: ${summary.frames.toLocaleString("en-US")} frames, ${formatSeconds(summary.seconds)} of picture; the file ${mb(file.size)}`);
  console.log(`${"  render time / running time".padEnd(58)} ${ratio.toFixed(3).padStart(14)}   (${formatSeconds(seconds)} for ${formatSeconds(summary.seconds)}; ${(summary.frames / seconds).toFixed(0)} frames/s)   (goal < 1: faster than real time)`);
  console.log(`${"  peak memory: this process (with the render worker)".padEnd(58)} ${mb(peakNode).padStart(14)}`);
  console.log(`${"  peak memory: ffmpeg".padEnd(58)} ${mb(peakFfmpeg).padStart(14)}`);
  await file.remove();
}
