import { asciiOnly } from "@/lib/text/fold";

/**
 * Download names for an export: "Harbor Lights: Director's Cut" + "roster" + "csv" →
 * utf8 "Harbor Lights- Director's Cut roster.csv" for `filename*`, and an ASCII-only
 * fallback for `filename=` ("Cafe Noir roster.csv" for "Café Noir"). Invariant: neither
 * contains a path separator, a quote, a backslash or a control character, so both are safe
 * inside a quoted Content-Disposition value.
 */
export function exportFileName(title: string, kind: string, ext: string): { ascii: string; utf8: string } {
  const utf8Base = cleanName(`${title} ${kind}`) || kind;
  const asciiBase = cleanName(asciiOnly(utf8Base)) || kind;
  return { ascii: `${asciiBase}.${ext}`, utf8: `${utf8Base}.${ext}` };
}

function cleanName(text: string): string {
  return Array.from(text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/[\\/:*?"<>|]/g, "-").replace(/\s+/g, " ").trim())
    .slice(0, 100)
    .join("")
    .replace(/^[.\s-]+|[.\s]+$/g, "");
}

/**
 * The Content-Disposition value for a download: the ASCII fallback in `filename=` for old
 * clients, the real name (RFC 5987/6266) in `filename*=`.
 */
export function attachmentDisposition(name: { ascii: string; utf8: string }): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`;
}
