/**
 * A worksheet name Excel accepts: the characters \ / ? * [ ] : become "-", leading and
 * trailing apostrophes and spaces go, at most 31 characters; "Roster" when nothing is left.
 */
export function safeSheetName(name: string): string {
  const cleaned = Array.from(name.replace(/[\\/?*[\]:]/g, "-").replace(/[\u0000-\u001f]/g, ""))
    .slice(0, 31)
    .join("")
    .replace(/^['\s]+|['\s]+$/g, "");
  return cleaned || "Roster";
}
