import { describe, expect, it } from "vitest";
import { moveLine } from "@/lib/end-credits/edit";
import { pgaPacket, type PgaSource } from "@/lib/exports/pga";
import { renderPgaPacket } from "@/lib/exports/pga-pdf";
import { extractPdf } from "../pdf/pdf-inspect";
import { indieList } from "../end-credits/fixtures";

/** The indie list's two producers, Sam Reed then Λένα Παπαδοπούλου on the Produced by card, with their work. */
function source(parts: Partial<PgaSource> = {}): PgaSource {
  return {
    project: { title: "Harbor Lights", kind: "feature", stage: "post-production", logline: "A harbor town films its last summer.", budgetAmount: 450_000, currency: "USD", frameRate: "24", targetRuntimeSeconds: null },
    company: "Lighthouse Pictures",
    list: indieList(),
    listName: "Working list",
    heldCredits: [
      { personId: "p-lena", name: "Λένα Παπαδοπούλου", title: "Producer", locked: false, guilds: [] },
      { personId: "p-sam", name: "Sam Reed", title: "Produced by", locked: true, guilds: ["PGA"] },
    ],
    work: [
      { personId: "p-sam", responsibility: "Acquire rights", stage: "development", degree: "lead", effortHours: 30, startDate: "2026-01-05", endDate: "2026-02-10", note: "Optioned the memoir." },
      { personId: "p-sam", responsibility: "Hire crew", stage: "pre-production", degree: "lead", effortHours: 40, startDate: "2026-03-01", endDate: "2026-03-20", note: "Hired the DP." },
      { personId: "p-sam", responsibility: "Hire crew", stage: "pre-production", degree: "equal", effortHours: 5, startDate: "2026-03-25", endDate: null, note: "" },
      { personId: "p-lena", responsibility: "Supervise the edit", stage: "post-production", degree: "lead", effortHours: 60, startDate: "2026-06-01", endDate: "2026-08-02", note: "Locked picture." },
      { personId: "p-dan", responsibility: "Cinematography", stage: "production", degree: "lead", effortHours: 200, startDate: null, endDate: null, note: "" },
    ],
    roster: [
      { personId: "p-dan", name: "Dana Levi", department: "Camera", role: "Director of Photography" },
      { personId: "p-omar", name: "عمر الشريف", department: "Camera", role: "First Assistant Camera" },
      { personId: "p-noa", name: "נועה כהן", department: "Electric", role: "Gaffer" },
      { personId: "p-eq", name: "=Sam Formula", department: "Electric", role: "Gaffer" },
    ],
    preparedBy: "Olive Owner",
    preparedAt: new Date("2026-12-03T10:00:00Z"),
    ...parts,
  };
}

describe("pgaPacket", () => {
  it("takes the producers in the Produced by card's order, each with the basis from their work log by stage", () => {
    const packet = pgaPacket(source());
    expect(packet.producers.map((p) => [p.order, p.name, p.credit, p.contractual])).toEqual([
      [1, "Sam Reed", "Produced by", true],
      [2, "Λένα Παπαδοπούλου", "Produced by", false],
    ]);
    const sam = packet.producers[0]!;
    expect(sam.stages.filter((s) => s.entries).map((s) => s.label)).toEqual(["Development", "Pre-production"]);
    expect(sam.stages[1]!.functions).toEqual([{ responsibility: "Hire crew", degree: "lead", hours: 45, dates: "2026-03-01 – 2026-03-25", notes: ["Hired the DP."] }]);
    expect(sam.totals).toMatchObject({ entries: 3, hours: 75, stagesWorked: 2, stageWeight: 50, leadFunctions: 2, firstDate: "2026-01-05", lastDate: "2026-03-25" });
  });

  it("follows the card when the producers are reordered; falls back to the decided credits without a list", () => {
    const reordered = moveLine(indieList(), "main:produced-by", "p-lena", 0);
    expect(pgaPacket(source({ list: reordered })).producers.map((p) => p.name)).toEqual(["Λένα Παπαδοπούλου", "Sam Reed"]);
    expect(pgaPacket(source({ list: null })).producers.map((p) => p.name)).toEqual(["Λένα Παπαδοπούλου", "Sam Reed"]);
  });

  it("lists the principal crew (not the producers) and the whole crew by department", () => {
    const packet = pgaPacket(source());
    expect(packet.principalCrew.map((c) => c.role)).toEqual(["Written, Directed and Edited by", "Story by", "Director of Photography"]);
    expect(packet.crew).toEqual([
      { department: "Camera", roles: [{ role: "Director of Photography", names: ["Dana Levi"] }, { role: "First Assistant Camera", names: ["عمر الشريف"] }] },
      { department: "Electric", roles: [{ role: "Gaffer", names: ["נועה כהן", "=Sam Formula"] }] },
    ]);
    expect(packet.facts.find((f) => f.label === "Budget")!.value).toBe("$450,000");
  });
});

describe("renderPgaPacket", () => {
  it("reads back with every producer in billing order, their stages, the crew, the credits and a summary page each", async () => {
    const { pages } = await extractPdf(await renderPgaPacket(pgaPacket(source())));
    const text = pages.map((p) => p.lines.join("\n"));
    const all = text.join("\n");
    expect(text[0]).toContain("Notice of Producing Credits");
    // The notice: both producers, in order, with the stages they worked.
    const first = all.indexOf("1. Sam Reed — Produced by (contractual, locked)");
    const second = all.indexOf("2. Λένα Παπαδοπούλου — Produced by");
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(all).toContain("Stages worked: Development, Pre-production. 3 entries, 75 h in the work log.");
    expect(all).toContain("Stages worked: Post-production. 1 entry, 60 h in the work log.");
    // The basis, stage by stage, with the evidence.
    expect(all).toMatch(/DEVELOPMENT · 1 ENTRY, 30 H\s+Acquire rights — lead, 30 h, 2026-01-05 – 2026-02-10\s+“Optioned the memoir\.”/);
    expect(all).toContain("POST-PRODUCTION · NOTHING LOGGED");
    // Crew in every script, the on-screen credits attached, one summary page per producer.
    expect(all).toContain("عمر الشريف");
    expect(all).toContain("נועה כהן");
    expect(all).toContain("On-screen credits — Working list".toUpperCase());
    expect(all).toContain("WRITTEN, DIRECTED AND EDITED BY");
    const summaries = text.map((t, i) => [i, t] as const).filter(([, t]) => t.includes("Producer summary —"));
    expect(summaries.map(([, t]) => /Producer summary — (.+)/.exec(t)![1])).toEqual(["Sam Reed", "Λένα Παπαδοπούλου"]);
    expect(summaries[0]![1]).toContain("2 of 5 (PGA stage weight covered: 50%)");
    expect(summaries[1]![0]).toBe(pages.length - 1);
  });
});
