import { cmp } from "@/lib/credits/normalize";
import { cachedSortKey, cleanTitle, keyLabel, titleKey } from "./titles";

/** One held title on one project of the team. */
export type CreditHistoryRow = { projectId: string; projectTitle: string; personId: string; title: string; personName?: string | null };

export type TitleCount = {
  /** titleKey(): the same title however it is written. */
  key: string;
  /** A person-noun label for sentences ("Producer", "Editor"). */
  label: string;
  /** Distinct projects with this title. */
  projects: number;
  projectIds: string[];
};

export type PersonCreditHistory = {
  personId: string;
  /** The name given with the rows (smallest in code-unit order when they differ); the id when none. */
  name: string;
  /** Distinct projects with any title. */
  projects: number;
  /** Those projects, by title then id. */
  projectList: { projectId: string; projectTitle: string }[];
  /** Most projects first, then billing label, then key. */
  titles: TitleCount[];
};

export type CreditHistory = { people: PersonCreditHistory[] };

/**
 * Person nouns for the engine's "… by" titles, so a history reads "Producer on 3" rather
 * than "Produced by on 3". Titles that already are nouns keep the engine's label.
 */
export const TITLE_NOUNS: Readonly<Record<string, string>> = {
  "produced-by": "Producer",
  "written-by": "Writer",
  "screenplay-by": "Screenwriter",
  "story-by": "Story writer",
  "directed-by": "Director",
  "edited-by": "Editor",
  "music-by": "Composer",
  "casting-by": "Casting Director",
};

/**
 * Credit history across every project of a team: per person, how many projects they are
 * credited on and how many projects per title (the same title written differently counts
 * once per project). Rows with a blank title, project or person are skipped. Never throws;
 * independent of row order. People by most projects, then name, then id.
 */
export function creditHistory(rows: readonly CreditHistoryRow[]): CreditHistory {
  type Acc = { name: string | null; projects: Map<string, string>; titles: Map<string, { spellings: Map<string, number>; projects: Set<string> }> };
  const byPerson = new Map<string, Acc>();
  const sortKey = cachedSortKey();
  for (const r of Array.isArray(rows) ? rows : []) {
    if (typeof r !== "object" || r === null) continue;
    const { projectId, personId } = r;
    if (typeof projectId !== "string" || !projectId || typeof personId !== "string" || !personId || typeof r.title !== "string") continue;
    const title = cleanTitle(r.title);
    const key = titleKey(title);
    if (!key) continue;
    let acc = byPerson.get(personId);
    if (!acc) byPerson.set(personId, (acc = { name: null, projects: new Map(), titles: new Map() }));
    const name = typeof r.personName === "string" && r.personName.trim() ? r.personName.trim() : null;
    if (name !== null && (acc.name === null || cmp(name, acc.name) < 0)) acc.name = name;
    const projectTitle = typeof r.projectTitle === "string" ? cleanTitle(r.projectTitle) : "";
    const prevTitle = acc.projects.get(projectId);
    if (prevTitle === undefined || cmp(projectTitle, prevTitle) < 0) acc.projects.set(projectId, projectTitle);
    let t = acc.titles.get(key);
    if (!t) acc.titles.set(key, (t = { spellings: new Map(), projects: new Set() }));
    t.projects.add(projectId);
    t.spellings.set(title, (t.spellings.get(title) ?? 0) + 1);
  }
  const people: PersonCreditHistory[] = [...byPerson].map(([personId, acc]) => {
    const titles: TitleCount[] = [...acc.titles].map(([key, t]) => {
      // The spelling used most often, the smallest on a tie: for titles the engine doesn't know.
      const written = [...t.spellings].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? key;
      return { key, label: TITLE_NOUNS[key] ?? keyLabel(key, written), projects: t.projects.size, projectIds: [...t.projects].sort(cmp) };
    });
    titles.sort((a, b) => b.projects - a.projects || cmp(sortKey(a.label), sortKey(b.label)) || cmp(a.key, b.key));
    const projectList = [...acc.projects]
      .map(([projectId, projectTitle]) => ({ projectId, projectTitle }))
      .sort((a, b) => cmp(sortKey(a.projectTitle), sortKey(b.projectTitle)) || cmp(a.projectId, b.projectId));
    return { personId, name: acc.name ?? personId, projects: acc.projects.size, projectList, titles };
  });
  people.sort((a, b) => b.projects - a.projects || cmp(sortKey(a.name), sortKey(b.name)) || cmp(a.name, b.name) || cmp(a.personId, b.personId));
  return { people };
}

/** One person's history, or an empty one (0 projects) when they hold no title anywhere. */
export function personCreditHistory(history: CreditHistory, personId: string, name = personId): PersonCreditHistory {
  return history.people.find((p) => p.personId === personId) ?? { personId, name, projects: 0, projectList: [], titles: [] };
}

/**
 * "Credited on 4 projects: Producer on 3, Editor on 2"; "Credited on 1 project: Editor";
 * "Not credited on any project yet" for none.
 */
export function creditHistorySentence(history: Pick<PersonCreditHistory, "projects" | "titles">): string {
  const n = history?.projects ?? 0;
  if (!(n > 0)) return "Not credited on any project yet";
  const head = `Credited on ${n} ${n === 1 ? "project" : "projects"}`;
  const titles = (history.titles ?? []).map((t) => (n === 1 ? t.label : `${t.label} on ${t.projects}`));
  return titles.length ? `${head}: ${titles.join(", ")}` : head;
}
