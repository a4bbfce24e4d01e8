/**
 * A size a person reads: "17 bytes", "512 KB", "2.4 MB", "12 MB", "1.3 GB" (binary units, one
 * decimal below ten, whole numbers from ten up). For the limit messages of an import, which
 * must never round a file just over the limit down to it, see formatMegabytes in
 * lib/roster/import/limits.ts.
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${roughly(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 ** 2) return `${roughly(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}

/** One decimal below ten, a whole number from ten up. */
function roughly(n: number): number {
  return n >= 10 ? Math.round(n) : Math.round(n * 10) / 10;
}
