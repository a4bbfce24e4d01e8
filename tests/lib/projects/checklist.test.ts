import { describe, expect, it } from "vitest";
import { setupChecklist, type ChecklistFacts } from "@/lib/projects/checklist";

const empty: ChecklistFacts = { rosterPeople: 0, peopleWithWork: 0, workEntries: 0, undecided: 0, held: 0, list: "none", namesConfirmed: 0 };
const done = (f: Partial<ChecklistFacts>) => Object.fromEntries(setupChecklist("p1", { ...empty, ...f }).map((s) => [s.id, s.done]));

describe("setupChecklist", () => {
  it("starts with nothing done, each step linking to its page", () => {
    const steps = setupChecklist("p1", empty);
    expect(steps.map((s) => [s.id, s.done, s.href])).toEqual([
      ["crew", false, "/projects/p1/roster"],
      ["work", false, "/projects/p1/work"],
      ["credits", false, "/projects/p1/credits"],
      ["list", false, "/projects/p1/credits/list"],
      ["names", false, "/projects/p1/roster/name-checks"],
    ]);
  });

  it("ticks each step off from the project's facts", () => {
    expect(done({ rosterPeople: 6 })).toMatchObject({ crew: true, work: false });
    expect(done({ rosterPeople: 6, peopleWithWork: 5, workEntries: 9 })).toMatchObject({ work: false });
    expect(done({ rosterPeople: 6, peopleWithWork: 6, workEntries: 9, undecided: 2, held: 3 })).toMatchObject({ work: true, credits: false });
    expect(done({ rosterPeople: 6, peopleWithWork: 6, workEntries: 9, undecided: 0, held: 5, list: "stale" })).toMatchObject({ credits: true, list: false });
    expect(done({ rosterPeople: 6, list: "current", namesConfirmed: 6 })).toMatchObject({ list: true, names: true });
  });

  it("never counts an empty project as done", () => {
    expect(Object.values(done({}))).toEqual([false, false, false, false, false]);
    expect(setupChecklist("p1", { ...empty, rosterPeople: 1, peopleWithWork: 0 })[1]!.detail).toBe("Work logged for 0 of 1 person.");
  });
});
