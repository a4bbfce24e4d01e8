import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildCreditList } from "@/lib/end-credits/build";
import { addManualBlock, setAsCredited, setHidden, setJoiner } from "@/lib/end-credits/edit";
import { CREDITS_JSON_SCHEMA_VERSION, escapeMarkdown, toCreditsCsv, toJson, toJsonDocument, toMarkdown, toPlainText, toCreditsTsv } from "@/lib/end-credits/export-text";
import type { CreditList } from "@/lib/end-credits/types";
import { crew, held, indieList, input } from "./fixtures";

const expected = (name: string) => readFileSync(new URL(`../../fixtures/end-credits/${name}`, import.meta.url), "utf8");
const empty: CreditList = { schemaVersion: 2, blocks: [] };

function crewOf(...people: [string, string][]): CreditList {
  return buildCreditList(input({ roster: people.map(([id, name]) => crew(id, name, "Gaffer")) }));
}

describe("exports of the indie list match the checked-in files", () => {
  const list = indieList();
  it("toCreditsCsv → indie.csv", () => expect(toCreditsCsv(list)).toBe(expected("indie.csv")));
  it("toCreditsTsv → indie.tsv", () => expect(toCreditsTsv(list)).toBe(expected("indie.tsv")));
  it("toPlainText → indie.txt", () => expect(toPlainText(list)).toBe(expected("indie.txt")));
  it("toMarkdown → indie.md", () => expect(toMarkdown(list, { title: "Night Bus" })).toBe(expected("indie.md")));
  it("toJson → indie.json", () => expect(toJson(list, { id: "proj-1", title: "Night Bus", frameRate: "23.976" })).toBe(expected("indie.json")));

  it("leave out the hidden name and the hidden block everywhere", () => {
    for (const text of [toCreditsCsv(list), toCreditsTsv(list), toPlainText(list), toMarkdown(list), toJson(list, { title: "t" })]) {
      expect(text).not.toContain("Di Wu");
      expect(text).not.toContain("Hidden Person");
      expect(text).not.toContain("Second Unit");
    }
  });
});

describe("toCreditsCsv", () => {
  it("is a BOM and the header for an empty list", () => {
    expect(toCreditsCsv(empty)).toBe("\uFEFFSection,Heading,Name,As credited,Character,Joined with\r\n");
  });

  it("neutralizes every formula start", () => {
    const list = crewOf(["a", "=1+1"], ["b", "+cmd"], ["c", "-5"], ["d", "@SUM(A1)"], ["e", "＝HYPERLINK()"]);
    const rows = Papa.parse<string[]>(toCreditsCsv(list).slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => r[2])).toEqual(["'=1+1", "'+cmd", "'-5", "'@SUM(A1)", "'＝HYPERLINK()"]);
    expect(rows.flat().every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it("neutralizes a per-credit name and a heading too, and round-trips quotes and line breaks", () => {
    let list = setAsCredited(crewOf(["a", 'Sam "Sparks", Reed']), "crew:electric:electric.gaffer", "a", "@sparks");
    list = addManualBlock(list, "group", { id: "t", heading: "=Thanks", names: ["Line, one"] });
    const rows = Papa.parse<string[]>(toCreditsCsv(list).slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1)).toEqual([
      ["crew", "Gaffer", 'Sam "Sparks", Reed', "'@sparks", "", ""],
      ["thanks", "'=Thanks", "Line, one", "Line, one", "", ""],
    ]);
  });
});

describe("toCreditsTsv", () => {
  it("keeps one row per name even when text holds tabs or line breaks", () => {
    const list = addManualBlock(empty, "paragraph", { id: "p", heading: "Note\tone", text: "a\tb\r\nc" });
    expect(toCreditsTsv(list)).toBe("Note one\ta b c\r\n");
  });

  it("is empty for an empty list", () => {
    expect(toCreditsTsv(empty)).toBe("");
  });
});

describe("toPlainText", () => {
  it("is empty for an empty list and ends with one newline otherwise", () => {
    expect(toPlainText(empty)).toBe("");
    expect(toPlainText(crewOf(["a", "Ann"]))).toBe("Gaffer\nAnn\n");
  });

  it("prints a per-credit name instead of the name on file", () => {
    expect(toPlainText(setAsCredited(crewOf(["a", "Ann"]), "crew:electric:electric.gaffer", "a", "Annie"))).toBe("Gaffer\nAnnie\n");
  });

  it("sets writers with WGA punctuation and the rest one a line", () => {
    const list = buildCreditList(input({ heldCredits: [held("a", "Ann", "Written by"), held("b", "Ben", "Written by")] }));
    expect(toPlainText(list)).toBe("Written by\nAnn\nand\nBen\n");
  });

  it("leaves out a block whose names are all hidden", () => {
    const list = setHidden(crewOf(["a", "Ann"]), { blockId: "crew:electric:electric.gaffer", lineKey: "a" }, true);
    expect(toPlainText(list)).toBe("");
  });
});

describe("toMarkdown / escapeMarkdown", () => {
  it("escapes Markdown syntax so names print as typed", () => {
    expect(escapeMarkdown("*NSYNC")).toBe("\\*NSYNC");
    expect(escapeMarkdown("=Sam")).toBe("\\=Sam");
    expect(escapeMarkdown("# One")).toBe("\\# One");
    expect(escapeMarkdown("1. Place")).toBe("1\\. Place");
    expect(escapeMarkdown("a_b [c] <d> | e ~ f `g` \\")).toBe("a\\_b \\[c\\] \\<d\\> \\| e \\~ f \\`g\\` \\\\");
    expect(escapeMarkdown("AT&amp;T & Co")).toBe("AT\\&amp;T & Co");
    expect(escapeMarkdown("    code?")).toBe("code?");
  });

  it("escapes pipes inside the cast table", () => {
    const list = buildCreditList(input({ cast: [{ personId: "a", name: "Ann|Lee", character: "Guard #1" }] }));
    expect(toMarkdown(list)).toBe("## Cast\n\n| Character | Actor |\n| --- | --- |\n| Guard #1 | Ann\\|Lee |\n");
  });

  it("is empty for an empty list, or just the title", () => {
    expect(toMarkdown(empty)).toBe("");
    expect(toMarkdown(empty, { title: "Night_Bus" })).toBe("# Night\\_Bus\n");
  });
});

describe("toJson", () => {
  it("documents its schema version and the project", () => {
    const doc = toJsonDocument(empty, { title: "Night Bus" });
    expect(doc).toEqual({ schema: CREDITS_JSON_SCHEMA_VERSION, project: { id: null, title: "Night Bus", frameRate: null }, blocks: [] });
    expect(CREDITS_JSON_SCHEMA_VERSION).toBe("hatrack.credits/v2");
  });

  it("is indented, newline-terminated and parses back to the document", () => {
    const list = indieList();
    const text = toJson(list, { title: "Night Bus" });
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(toJsonDocument(list, { title: "Night Bus" }));
  });

  it("gives each line its name on file and its name on screen", () => {
    const list = setAsCredited(crewOf(["a", "Ann"]), "crew:electric:electric.gaffer", "a", "Annie");
    expect(toJsonDocument(list, { title: "t" }).blocks[0]!.lines).toEqual([{ key: "a", personId: "a", name: "Ann", credited: "Annie" }]);
  });
});

describe("joiners outside writing credits", () => {
  it("joins a directing team set with '&' and starts a row for a name without a joiner", () => {
    let list = buildCreditList(input({ heldCredits: [held("a", "Daniel Kwan", "Directed by"), held("b", "Daniel Scheinert", "Directed by"), held("c", "Cy", "Directed by")] }));
    list = setJoiner(list, "main:directed-by", "b", "&");
    expect(toPlainText(list)).toBe("Directed by\nDaniel Kwan & Daniel Scheinert\nCy\n");
    const rows = Papa.parse<string[]>(toCreditsCsv(list).slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => r[5])).toEqual(["", "&", ""]);
  });
});
