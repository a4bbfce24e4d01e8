/**
 * The next steps of a new project, ticked off by what the project already has: the crew on
 * the roster, work logged for each of them, the suggested titles decided, the end-credit list
 * built (and up to date), and the crew's names checked. Pure: the overview passes the counts.
 */
export type ChecklistFacts = {
  rosterPeople: number;
  /** People on the roster with at least one work entry. */
  peopleWithWork: number;
  workEntries: number;
  undecided: number;
  held: number;
  list: "none" | "current" | "stale" | "unknown";
  namesConfirmed: number;
};

export type ChecklistStep = { id: "crew" | "work" | "credits" | "list" | "names"; title: string; detail: string; done: boolean; href: string; action: string };

export function setupChecklist(projectId: string, f: ChecklistFacts): ChecklistStep[] {
  const base = `/projects/${projectId}`;
  const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;
  return [
    {
      id: "crew",
      title: "Put the crew on the roster",
      detail: f.rosterPeople ? `${people(f.rosterPeople)} on the roster.` : "Paste several people and roles at once, or import your crew list.",
      done: f.rosterPeople > 0,
      href: `${base}/roster`,
      action: "Add the crew",
    },
    {
      id: "work",
      title: "Log who did what",
      detail: f.rosterPeople ? `Work logged for ${f.peopleWithWork} of ${people(f.rosterPeople)}.` : "Titles are suggested from the work log.",
      done: f.rosterPeople > 0 && f.peopleWithWork >= f.rosterPeople,
      href: `${base}/work`,
      action: "Log work",
    },
    {
      id: "credits",
      title: "Decide the credits",
      detail: f.workEntries === 0 ? "Suggestions appear once work is logged." : f.undecided ? `${f.undecided} ${f.undecided === 1 ? "suggestion" : "suggestions"} to decide; ${f.held} held.` : `${f.held} ${f.held === 1 ? "title" : "titles"} held.`,
      done: f.workEntries > 0 && f.undecided === 0 && f.held > 0,
      href: `${base}/credits`,
      action: "Review the credits",
    },
    {
      id: "list",
      title: "Build the end-credit list and export it",
      detail: f.list === "none" ? "Built from the decided credits and the roster." : f.list === "current" ? "Up to date: export it as a PDF." : "Out of date: regenerate it before you export.",
      done: f.list === "current",
      href: `${base}/credits/list`,
      action: f.list === "none" ? "Build the list" : "Open the list",
    },
    {
      id: "names",
      title: "Ask the crew to check their names",
      detail: f.rosterPeople ? `${f.namesConfirmed} of ${people(f.rosterPeople)} confirmed.` : "Each person confirms their name by a private link.",
      done: f.rosterPeople > 0 && f.namesConfirmed >= f.rosterPeople,
      href: `${base}/roster/name-checks`,
      action: "Name checks",
    },
  ];
}
