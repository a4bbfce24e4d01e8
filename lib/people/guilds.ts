/** Guild and union affiliations a person can have (for credits rules and filters). */
export const GUILDS = ["DGA", "PGA", "WGA", "SAG-AFTRA", "IATSE", "Editors Guild", "Other"] as const;
export type Guild = (typeof GUILDS)[number];

export function isGuild(value: unknown): value is Guild {
  return typeof value === "string" && (GUILDS as readonly string[]).includes(value);
}
