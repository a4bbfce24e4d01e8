/**
 * The revision an API client names for a write: an If-Match header (`"3"` or `W/"3"`, as the
 * ETag of GET gave it) or a `revision` field in the body; null when neither is there, or
 * when If-Match is not one revision.
 */
export function requestedRevision(headers: { get(name: string): string | null }, bodyRevision: number | undefined): number | null {
  const ifMatch = headers.get("if-match");
  if (ifMatch !== null) {
    const m = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(ifMatch);
    return m ? Number(m[1]) : null;
  }
  return bodyRevision ?? null;
}

/** The ETag of a record at `revision`. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}
