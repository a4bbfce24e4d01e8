import type { Guild } from "@/lib/people/guilds";

/** Spellings of each guild, compared by `unionKey`. */
const SPELLINGS: ReadonlyArray<[Guild, readonly string[]]> = [
  ["DGA", ["dga", "directors guild", "directors guild of america"]],
  ["PGA", ["pga", "producers guild", "producers guild of america"]],
  ["WGA", ["wga", "wgae", "wgaw", "wga east", "wga west", "writers guild", "writers guild of america"]],
  ["SAG-AFTRA", ["sag-aftra", "sag aftra", "sagaftra", "sag", "aftra", "screen actors guild"]],
  ["IATSE", ["iatse", "ia", "iatse local", "ia local", "icg", "local 600", "iatse local 600", "international cinematographers guild"]],
  ["Editors Guild", ["editors guild", "motion picture editors guild", "mpeg", "local 700", "iatse local 700", "ia local 700"]],
  ["Other", ["other"]],
];
const GUILD_BY_KEY: ReadonlyMap<string, Guild> = new Map(SPELLINGS.flatMap(([guild, words]) => words.map((w) => [unionKey(w), guild] as const)));
const NONE = new Set(["none", "non-union", "nonunion", "non union", "no", "n/a", "na", "-", "—"].map(unionKey));

/** Case, punctuation and spacing dropped: "SAG / AFTRA" and "sag-aftra" compare equal. */
export function unionKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * A cell like "DGA, SAG/AFTRA; Local 700" → the guilds in list order, each once, plus the
 * values it did not recognise (those are filed as "Other" and worth a warning).
 * "None", "non-union" or an empty cell give no guilds.
 */
export function parseUnions(cell: string): { unions: Guild[]; unknown: string[] } {
  const text = cell.normalize("NFKC").trim();
  if (text === "" || NONE.has(unionKey(text))) return { unions: [], unknown: [] };
  const unions = new Set<Guild>();
  const unknown: string[] = [];
  for (const part of splitUnions(text)) {
    const guild = guildOf(part);
    if (guild) unions.add(guild);
    else if (!NONE.has(unionKey(part))) {
      unions.add("Other");
      unknown.push(part);
    }
  }
  return { unions: [...unions], unknown };
}

/** One value → its guild; "IATSE Local 80" is IATSE (Local 700 is the Editors Guild; a bare "Local 399" could be the Teamsters, so it stays unknown). */
function guildOf(value: string): Guild | null {
  const key = unionKey(value);
  return GUILD_BY_KEY.get(key) ?? (/^(iatse|ia)local\d+$/.test(key) ? "IATSE" : null);
}

/** Splits on , ; / ("SAG/AFTRA" splits too, and both halves are SAG-AFTRA). */
function splitUnions(text: string): string[] {
  return text
    .split(/[,;/]/)
    .map((p) => p.trim())
    .filter((p) => p !== "" && unionKey(p) !== "");
}
