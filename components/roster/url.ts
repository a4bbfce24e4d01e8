/** Builds a roster URL from the current query, changing some keys (empty values are dropped; page resets unless set). */
export function withParams(pathname: string, current: URLSearchParams | Record<string, string>, changes: Record<string, string | number | null>): string {
  const next = new URLSearchParams(current instanceof URLSearchParams ? current : Object.entries(current));
  if (!("page" in changes)) next.delete("page");
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") next.delete(key);
    else next.set(key, String(value));
  }
  const qs = next.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
