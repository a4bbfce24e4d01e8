import { spawnSync } from "node:child_process";

/**
 * ffmpeg is Debian's package (`apt-get install ffmpeg`; scripts/ensure-ffmpeg.sh installs it
 * where it may), run as a child process: `FFMPEG_PATH`, else the one on the PATH.
 */
export function ffmpegPath(): string {
  return process.env.FFMPEG_PATH || "ffmpeg";
}

let available: boolean | null = null;

/** Whether ffmpeg runs here (asked once per process). */
export function ffmpegAvailable(): boolean {
  if (available === null) {
    const probe = spawnSync(ffmpegPath(), ["-hide_banner", "-version"], { stdio: "ignore", timeout: 10_000 });
    available = probe.status === 0;
  }
  return available;
}
