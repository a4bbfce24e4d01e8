import { formatBytes } from "@/lib/text/bytes";

/**
 * Limits of a logo upload, shared by the server (authoritative) and the upload form
 * (an early, friendlier refusal). Pure (no framework or server imports): safe in client components.
 */

/** Largest logo file accepted: 2 MB. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** Largest request body for an upload: the file plus the other fields and the multipart framing (2.5 MB). */
export const MAX_LOGO_BODY_BYTES = MAX_LOGO_BYTES + 512 * 1024;

/** Largest width or height of a logo, in pixels. */
export const MAX_LOGO_DIMENSION = 8000;

/** What the file input offers. */
export const LOGO_ACCEPT = "image/png,image/svg+xml,.png,.svg";

/** The message for a file over MAX_LOGO_BYTES. */
export function logoTooBigMessage(fileName: string, bytes: number): string {
  return `“${fileName}” is ${formatBytes(bytes)}; a logo can be at most ${formatBytes(MAX_LOGO_BYTES)}. Export it at a smaller size, or as an SVG, and upload it again.`;
}
