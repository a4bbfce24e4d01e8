import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asciiOnly, asciiSlug, CATALOG_SLUG, foldCase, foldForKey, foldForSearch, foldMarks, searchWords, slugify } from "@/lib/text/fold";
import { FOLD_CORPUS } from "./fold-corpus";
import { foldOutputs } from "./fold-outputs";

describe("foldMarks", () => {
  it("decomposes compatibility forms and drops every mark by default", () => {
    expect(foldMarks("Zoë Ångström")).toBe("Zoe Angstrom");
    expect(foldMarks("ﬁnal Ｚ")).toBe("final Z");
    expect(foldMarks("שָׁלוֹם")).toBe("שלום");
    expect(foldMarks("")).toBe("");
  });

  it("with 'accents', keeps the marks that are letters to their readers", () => {
    expect(foldMarks("Zoë", "accents")).toBe("Zoe");
    expect(foldMarks("हिन्दी", "accents")).toBe("हिन्दी".normalize("NFKD"));
    expect(foldMarks("が", "accents")).toBe("か\u3099");
    expect(foldMarks("が")).toBe("か");
  });
});

describe("foldCase and foldForSearch", () => {
  it("fold case and accents; search text has its spacing collapsed", () => {
    expect(foldCase("JOSÉ")).toBe("jose");
    expect(foldForSearch("  Zoë \t O'Neil\n")).toBe("zoe o'neil");
    expect(foldForSearch("")).toBe("");
  });
});

describe("searchWords", () => {
  it("splits on anything that is not a letter or digit", () => {
    expect(searchWords("Hiring/crew! (Stage 2)")).toBe("hiring crew stage 2");
    expect(searchWords("...")).toBe("");
  });
});

describe("foldForKey", () => {
  it("spells & as and, drops apostrophes and full stops", () => {
    expect(foldForKey("Director’s Cut & 1st A.D.")).toBe("directors cut  and  1st ad");
  });
});

describe("slugify", () => {
  it("makes kebab-case slugs of any script, empty without letters or digits", () => {
    expect(slugify("Drône  permits")).toBe("drone-permits");
    expect(slugify("Hair & Make-up")).toBe("hair-and-make-up");
    expect(slugify("박 찬욱")).toBe("박-찬욱");
    expect(slugify("—!—")).toBe("");
  });

  it("with the catalogue's options, keeps non-accent marks and leaves the result decomposed", () => {
    expect(slugify("Post-production Supervisor", CATALOG_SLUG)).toBe("post-production-supervisor");
    expect(slugify("박", CATALOG_SLUG)).toBe("박".normalize("NFKD"));
    expect(slugify("박")).toBe("박");
  });
});

describe("asciiSlug and asciiOnly", () => {
  it("keep ASCII only for file names", () => {
    expect(asciiSlug("Café Noir: Night & Day")).toBe("cafe-noir-night-and-day");
    expect(asciiSlug("v2.1")).toBe("v2-1");
    expect(asciiSlug("a-".repeat(40))).toHaveLength(59);
    expect(asciiSlug("東京")).toBe("");
    expect(asciiOnly("Café — 東京")).toBe("Cafe  ");
  });
});

describe("stored keys stay byte-identical", () => {
  // What the functions returned before they shared lib/text/fold.ts (made by
  // tests/fixtures/text/make-fold-golden.ts). Catalogue role ids, credit-list block keys,
  // custom responsibility ids, people's name and sort keys are stored: a difference here
  // changes ids in databases and saved lists.
  const golden = JSON.parse(readFileSync(new URL("../../fixtures/text/fold-golden.json", import.meta.url), "utf8")) as unknown[][];

  it("covers the whole corpus", () => {
    expect(golden.map((row) => row[0])).toEqual([...FOLD_CORPUS]);
  });

  it("every folding function returns what it returned before, for every input", () => {
    const mismatches: string[] = [];
    for (const [input, ...expected] of golden) {
      const actual = Object.values(foldOutputs(input as string));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${JSON.stringify(input)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
