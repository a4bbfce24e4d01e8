import { describe, expect, it } from "vitest";
import { RESPONSIBILITIES } from "@/lib/work/taxonomy";
import { searchWords } from "@/lib/text/fold";
import { RESPONSIBILITY_SYNONYMS, searchResponsibilities } from "@/lib/work/responsibility-search";

const top = (query: string) => searchResponsibilities(RESPONSIBILITIES, query)[0]?.id;

describe("searchResponsibilities", () => {
  it("finds a responsibility by the words crews use", () => {
    expect(top("money")).toBe("securing-financing");
    expect(top("investors")).toBe("bringing-investors");
    expect(top("DP")).toBe("cinematography");
    expect(top("camera")).toBe("cinematography");
    expect(top("hire crew")).toBe("hiring-crew");
    expect(top("script")).toBe("writing");
    expect(top("VFX")).toBe("visual-effects");
    expect(top("kickstarter")).toBe("fundraising");
    expect(top("colour")).toBe("color-grading");
  });

  it("puts a name that starts with the query before a synonym match", () => {
    const ids = searchResponsibilities(RESPONSIBILITIES, "edit").map((r) => r.id);
    expect(ids[0]).toBe("editing");
  });

  it("ignores case and accents, and gives everything for an empty query", () => {
    expect(top("DIRECTING")).toBe("directing");
    expect(top("Dírecting")).toBe("directing");
    expect(searchResponsibilities(RESPONSIBILITIES, "  ")).toHaveLength(RESPONSIBILITIES.length);
  });

  it("requires every word of the query", () => {
    expect(searchResponsibilities(RESPONSIBILITIES, "zebra")).toEqual([]);
    expect(searchResponsibilities(RESPONSIBILITIES, "festival zebra")).toEqual([]);
  });

  it("finds a project's own responsibility by its name", () => {
    const options = [...RESPONSIBILITIES, { id: "custom:drone-permits", name: "Drone permits", description: "" }];
    expect(searchResponsibilities(options, "drone")[0]?.id).toBe("custom:drone-permits");
  });

  it("has synonyms only for responsibilities that exist", () => {
    const ids = new Set(RESPONSIBILITIES.map((r) => r.id));
    for (const id of Object.keys(RESPONSIBILITY_SYNONYMS)) expect(ids.has(id), id).toBe(true);
    expect(searchWords("Écrit  —  par")).toBe("ecrit par");
  });
});
