/**
 * Limits of a logo upload, shared by the server (authoritative) and the upload form
 * (an early, friendlier refusal). No imports: safe in client components.
 */

/** Largest logo file accepted: 2 MB. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** Largest request body for an upload: the file plus the other fields and the multipart framing (2.5 MB). */
export const MAX_LOGO_BODY_BYTES = MAX_LOGO_BYTES + 512 * 1024;

/** Largest width or height of a logo, in pixels. */
export const MAX_LOGO_DIMENSION = 8000;

/** What the file input offers. */
export const LOGO_ACCEPT = "image/png,image/svg+xml,.png,.svg";

/** "2 MB", "512 KB", "17 bytes": a size a person reads. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}

/** The message for a file over MAX_LOGO_BYTES. */
export function logoTooBigMessage(fileName: string, bytes: number): string {
  return `“${fileName}” is ${formatBytes(bytes)}; a logo can be at most ${formatBytes(MAX_LOGO_BYTES)}. Export it at a smaller size, or as an SVG, and upload it again.`;
}
