import { describe, expect, it } from "vitest";
import { creditHistory, creditHistorySentence, personCreditHistory, type CreditHistoryRow } from "@/lib/review";

const row = (projectId: string, personId: string, title: string, personName = personId.toUpperCase()): CreditHistoryRow => ({ projectId, projectTitle: `Film ${projectId}`, personId, title, personName });

const rows: CreditHistoryRow[] = [
  row("1", "maya", "Producer"),
  row("1", "maya", "Produced by"), // same title, same project: counted once
  row("2", "maya", "Produced by"),
  row("3", "maya", "producer"),
  row("3", "maya", "Editor"),
  row("4", "maya", "Edited by"),
  row("1", "sam", "Key Grip"),
  row("2", "sam", "key  grip"),
];

describe("creditHistory", () => {
  it("counts projects per person and per title, most first", () => {
    const h = creditHistory(rows);
    expect(h.people.map((p) => [p.personId, p.projects])).toEqual([
      ["maya", 4],
      ["sam", 2],
    ]);
    const maya = personCreditHistory(h, "maya");
    expect(maya.titles.map((t) => [t.key, t.label, t.projects, t.projectIds])).toEqual([
      ["produced-by", "Producer", 3, ["1", "2", "3"]],
      ["edited-by", "Editor", 2, ["3", "4"]],
    ]);
    expect(maya.projectList.map((p) => p.projectTitle)).toEqual(["Film 1", "Film 2", "Film 3", "Film 4"]);
    expect(personCreditHistory(h, "sam").titles).toEqual([{ key: "key-grip", label: "Key Grip", projects: 2, projectIds: ["1", "2"] }]);
  });

  it("writes the sentence", () => {
    const h = creditHistory(rows);
    expect(creditHistorySentence(personCreditHistory(h, "maya"))).toBe("Credited on 4 projects: Producer on 3, Editor on 2");
    expect(creditHistorySentence(creditHistory([row("9", "x", "Director")]).people[0]!)).toBe("Credited on 1 project: Director");
    expect(creditHistorySentence(personCreditHistory(h, "nobody"))).toBe("Not credited on any project yet");
  });

  it("skips bad rows and never throws", () => {
    const h = creditHistory([row("", "a", "Producer"), row("1", "", "Producer"), row("1", "a", " "), null as never, { projectId: 1 } as never]);
    expect(h.people).toEqual([]);
    expect(() => creditHistory(null as never)).not.toThrow();
  });
});
