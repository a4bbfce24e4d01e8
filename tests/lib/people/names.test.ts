import { describe, expect, it } from "vitest";
import { deriveSortName, emailKey, findDuplicates, nameMatchKey, normalizeName, samePersonOnProject, sortCollationKey } from "@/lib/people/names";
import { deriveSortName as reexported } from "@/lib/people/sort-name";

const NFD = (s: string) => s.normalize("NFD");

describe("normalizeName", () => {
  it("trims and collapses inner whitespace, tabs, newlines and no-break spaces", () => {
    expect(normalizeName("  Maya \t  Okafor \n")).toBe("Maya Okafor");
    expect(normalizeName("Maya\u00a0\u00a0Okafor")).toBe("Maya Okafor");
    expect(normalizeName("是枝\u3000裕和")).toBe("是枝 裕和");
  });

  it("composes to NFC, so NFC and NFD input are equal", () => {
    expect(normalizeName(NFD("Tomás Herrera"))).toBe("Tom\u00e1s Herrera");
    expect(normalizeName(NFD("봉준호"))).toBe("봉준호");
  });

  it("keeps every character, case and punctuation", () => {
    expect(normalizeName("Conan O'Brien-Smith, Jr.")).toBe("Conan O'Brien-Smith, Jr.");
    expect(normalizeName("ÆSA øre")).toBe("ÆSA øre");
  });

  it("is empty for blank input", () => {
    expect(normalizeName("")).toBe("");
    expect(normalizeName(" \t\n ")).toBe("");
  });
});

describe("deriveSortName", () => {
  it.each([
    ["Maya Okafor", "Okafor, Maya"],
    ["Mary Jane Watson", "Watson, Mary Jane"],
    ["Ji-woo Park", "Park, Ji-woo"],
    ["Ursula K. Le Guin", "Le Guin, Ursula K."],
  ])("puts the last word first: %s → %s", (name, expected) => {
    expect(deriveSortName(name)).toBe(expected);
  });

  it.each([
    ["Sofia van der Berg", "van der Berg, Sofia"],
    ["Ana María de la Cruz", "de la Cruz, Ana María"],
    ["Ludwig van Beethoven", "van Beethoven, Ludwig"],
    ["Lars von Trier", "von Trier, Lars"],
    ["Antonella della Porta", "della Porta, Antonella"],
    ["Vittorio De Sica", "De Sica, Vittorio"],
    ["Brian De Palma", "De Palma, Brian"],
    ["Gus Van Sant", "Van Sant, Gus"],
    ["Benicio Del Toro", "Del Toro, Benicio"],
    ["Marco De Luca", "De Luca, Marco"],
    ["Pedro dos Santos", "dos Santos, Pedro"],
    ["Gerard ter Horst", "ter Horst, Gerard"],
    ["Leonardo da Vinci", "da Vinci, Leonardo"],
    ["Daphne du Maurier", "du Maurier, Daphne"],
    ["Mohammed bin Rashid", "bin Rashid, Mohammed"],
    ["Haifaa al Mansour", "al Mansour, Haifaa"],
    ["Valéry Giscard d' Estaing", "d' Estaing, Valéry Giscard"],
  ])("keeps particles with the family name: %s → %s", (name, expected) => {
    expect(deriveSortName(name)).toBe(expected);
  });

  it("keeps apostrophe names as one word", () => {
    expect(deriveSortName("Conan O'Brien")).toBe("O'Brien, Conan");
    expect(deriveSortName("Sinéad O’Connor")).toBe("O’Connor, Sinéad");
    expect(deriveSortName("Valéry Giscard d'Estaing")).toBe("d'Estaing, Valéry Giscard");
  });

  it("always keeps the first word as a given name", () => {
    expect(deriveSortName("Van Morrison")).toBe("Morrison, Van");
    expect(deriveSortName("van Gogh")).toBe("Gogh, van");
    expect(deriveSortName("Del Shannon")).toBe("Shannon, Del");
  });

  it("does not take an ordinary capitalized word for a particle", () => {
    expect(deriveSortName("Anna Dean Smith")).toBe("Smith, Anna Dean");
    expect(deriveSortName("John Al Smith")).toBe("Smith, John Al");
  });

  it.each([
    ["Martin Luther King Jr.", "King, Martin Luther, Jr."],
    ["Martin Luther King, Jr.", "King, Martin Luther, Jr."],
    ["Sammy Davis Jr", "Davis, Sammy, Jr"],
    ["Robert Downey Sr.", "Downey, Robert, Sr."],
    ["John Smith III", "Smith, John, III"],
    ["Thurston Howell II", "Howell, Thurston, II"],
    ["Ana de la Cruz Jr.", "de la Cruz, Ana, Jr."],
  ])("puts suffixes after the given name: %s → %s", (name, expected) => {
    expect(deriveSortName(name)).toBe(expected);
  });

  it("does not take a two-word name's last word for a suffix", () => {
    expect(deriveSortName("Jay Jr")).toBe("Jr, Jay");
  });

  it("sorts single names as themselves", () => {
    expect(deriveSortName("Madonna")).toBe("Madonna");
    expect(deriveSortName("  Zendaya ")).toBe("Zendaya");
    expect(deriveSortName("Björk")).toBe("Björk");
  });

  it("is empty for an empty or blank name", () => {
    expect(deriveSortName("")).toBe("");
    expect(deriveSortName(" \n ")).toBe("");
  });

  it("puts the first word first with familyNameFirst", () => {
    expect(deriveSortName("Bong Joon-ho", { familyNameFirst: true })).toBe("Bong, Joon-ho");
    expect(deriveSortName("Wong Kar-wai", { familyNameFirst: true })).toBe("Wong, Kar-wai");
    expect(deriveSortName("Nguyen Thi Minh Khai", { familyNameFirst: true })).toBe("Nguyen, Thi Minh Khai");
    expect(deriveSortName("Bong Joon-ho")).toBe("Joon-ho, Bong");
    expect(deriveSortName("Madonna", { familyNameFirst: true })).toBe("Madonna");
    expect(deriveSortName("Kim Jee-woon Jr.", { familyNameFirst: true })).toBe("Kim, Jee-woon, Jr.");
  });

  it("sorts CJK and Hangul names as written, with or without spaces", () => {
    expect(deriveSortName("是枝裕和")).toBe("是枝裕和");
    expect(deriveSortName("宮崎 駿")).toBe("宮崎 駿");
    expect(deriveSortName("봉준호")).toBe("봉준호");
    expect(deriveSortName("박 찬욱")).toBe("박 찬욱");
    expect(deriveSortName("  박   찬욱 ")).toBe("박 찬욱");
    expect(deriveSortName("박 찬욱", { familyNameFirst: true })).toBe("박 찬욱");
    expect(deriveSortName("ミヤザキ ハヤオ")).toBe("ミヤザキ ハヤオ");
  });

  it("uses Last, First for Arabic, Hebrew and Cyrillic names", () => {
    expect(deriveSortName("نجيب محفوظ")).toBe("محفوظ, نجيب");
    expect(deriveSortName("محمد بن سلمان")).toBe("بن سلمان, محمد");
    expect(deriveSortName("עמוס גיתאי")).toBe("גיתאי, עמוס");
    expect(deriveSortName("Андрей Арсеньевич Тарковский")).toBe("Тарковский, Андрей Арсеньевич");
    expect(deriveSortName("Лариса Шепитько")).toBe("Шепитько, Лариса");
  });

  it("keeps accents and gives the same NFC result for NFC and NFD input", () => {
    const result = deriveSortName(NFD("José García Márquez"));
    expect(result).toBe("Márquez, José García");
    expect(result).toBe(result.normalize("NFC"));
    expect(deriveSortName(NFD("Zoë Laurent"))).toBe(deriveSortName("Zoë Laurent"));
  });

  it("collapses extra whitespace", () => {
    expect(deriveSortName("  Maya \t  Okafor \n")).toBe("Okafor, Maya");
    expect(deriveSortName("Sofia  van   der Berg")).toBe("van der Berg, Sofia");
  });

  it("takes a name that already holds a comma as already sorted", () => {
    expect(deriveSortName("Okafor, Maya")).toBe("Okafor, Maya");
    expect(deriveSortName("  Okafor,   Maya ")).toBe("Okafor, Maya");
  });

  it("is the same function through the old lib/people/sort-name import", () => {
    expect(reexported).toBe(deriveSortName);
  });
});

describe("nameMatchKey", () => {
  it("ignores accents, case and extra spaces", () => {
    expect(nameMatchKey("José  García")).toBe("jose garcia");
    expect(nameMatchKey("jose garcia")).toBe(nameMatchKey("José  García"));
    expect(nameMatchKey(" ZOË\tLAURENT ")).toBe("zoe laurent");
  });

  it("is the same for NFC and NFD input", () => {
    expect(nameMatchKey(NFD("Tomás Herrera"))).toBe(nameMatchKey("Tomás Herrera"));
    expect(nameMatchKey(NFD("봉준호"))).toBe(nameMatchKey("봉준호"));
  });

  it("removes punctuation: apostrophes and dots join, hyphens and commas separate", () => {
    expect(nameMatchKey("Conan O'Brien")).toBe(nameMatchKey("Conan OBrien"));
    expect(nameMatchKey("Jean-Luc Godard")).toBe(nameMatchKey("Jean Luc Godard"));
    expect(nameMatchKey("Jean-Luc Godard")).toBe("jean luc godard");
    expect(nameMatchKey("King, Jr.")).toBe("king jr");
  });

  it("joins runs of initials", () => {
    expect(nameMatchKey("J. J. Abrams")).toBe("jj abrams");
    expect(nameMatchKey("J.J. Abrams")).toBe("jj abrams");
    expect(nameMatchKey("JJ Abrams")).toBe("jj abrams");
    expect(nameMatchKey("Maya O Okafor")).toBe("maya o okafor");
  });

  it("folds letters without a decomposition", () => {
    expect(nameMatchKey("Johann Strauß")).toBe(nameMatchKey("Johann Strauss"));
    expect(nameMatchKey("Lars Løkke")).toBe("lars lokke");
    expect(nameMatchKey("Andrzej Żuławski")).toBe("andrzej zulawski");
  });

  it("matches CJK and Hangul names with or without spaces, keeping kana voicing", () => {
    expect(nameMatchKey("박 찬욱")).toBe(nameMatchKey("박찬욱"));
    expect(nameMatchKey("宮崎 駿")).toBe("宮崎駿");
    expect(nameMatchKey("ガ")).not.toBe(nameMatchKey("カ"));
  });

  it("lower-cases Cyrillic and strips its breves and diaereses too (ё = е, й = и)", () => {
    expect(nameMatchKey("Андрей ТАРКОВСКИЙ")).toBe("андреи тарковскии");
    expect(nameMatchKey("Пётр")).toBe(nameMatchKey("Петр"));
  });

  it("keeps other scripts as they are and different names apart", () => {
    expect(nameMatchKey("نجيب محفوظ")).toBe("نجيب محفوظ");
    expect(nameMatchKey("Maya Okafor")).not.toBe(nameMatchKey("Maya Okafo"));
  });

  it("is empty for blank or punctuation-only text", () => {
    expect(nameMatchKey("")).toBe("");
    expect(nameMatchKey(" - . ' ")).toBe("");
  });
});

describe("emailKey", () => {
  it("trims and lower-cases", () => {
    expect(emailKey("  Maya.Okafor@Example.COM ")).toBe("maya.okafor@example.com");
  });

  it("keeps dots and plus tags (providers differ on them)", () => {
    expect(emailKey("maya+crew@example.com")).not.toBe(emailKey("maya@example.com"));
  });

  it("is null for null, undefined, empty and blank", () => {
    expect(emailKey(null)).toBeNull();
    expect(emailKey(undefined)).toBeNull();
    expect(emailKey("")).toBeNull();
    expect(emailKey("   ")).toBeNull();
  });
});

describe("findDuplicates", () => {
  const people = [
    { id: "p1", creditedName: "José García", email: null },
    { id: "p2", creditedName: "Maya Okafor", email: "maya@example.com" },
    { id: "p3", creditedName: "Someone Else", email: "MAYA@example.com " },
    { id: "p4", creditedName: "jose  garcia", email: "jose@example.com" },
    { id: "p5", creditedName: "Lucy Chen", email: "" },
  ];

  it("finds the same email, ignoring case and spaces", () => {
    const found = findDuplicates({ creditedName: "M. Okafor", email: " Maya@Example.com" }, people);
    expect(found.map((d) => [d.person.id, d.reason])).toEqual([["p2", "email"], ["p3", "email"]]);
  });

  it("finds the same name, ignoring accents, case and spaces", () => {
    const found = findDuplicates({ creditedName: "JOSE GARCÍA" }, people);
    expect(found.map((d) => [d.person.id, d.reason])).toEqual([["p1", "name"], ["p4", "name"]]);
  });

  it("lists email matches first and each person once, as email when both match", () => {
    const found = findDuplicates({ creditedName: "José García", email: "jose@example.com" }, people);
    expect(found.map((d) => [d.person.id, d.reason])).toEqual([["p4", "email"], ["p1", "name"]]);
  });

  it("never matches on empty emails or blank names", () => {
    expect(findDuplicates({ creditedName: "Somebody New", email: "" }, people)).toEqual([]);
    expect(findDuplicates({ creditedName: "   ", email: null }, people)).toEqual([]);
    expect(findDuplicates({ creditedName: "Lucy Chen" }, people).map((d) => d.reason)).toEqual(["name"]);
  });

  it("returns the people objects themselves and nothing for an empty directory", () => {
    expect(findDuplicates({ creditedName: "Maya Okafor" }, people)[0]?.person).toBe(people[1]);
    expect(findDuplicates({ creditedName: "Maya Okafor" }, [])).toEqual([]);
  });
});

describe("samePersonOnProject", () => {
  const rosa = { id: "rosa", creditedName: "Rosa Delgado", email: "rosa@harbor.film" };
  const quiet = { id: "quiet", creditedName: "Rosa Delgado", email: null };
  const on = new Set(["rosa"]);

  it("is the one person on the project with exactly the typed name, with or without their email", () => {
    expect(samePersonOnProject({ creditedName: "Rosa Delgado" }, [rosa], on)).toBe(rosa);
    expect(samePersonOnProject({ creditedName: "  Rosa   Delgado " }, [rosa], on)).toBe(rosa);
    expect(samePersonOnProject({ creditedName: "Rosa Delgado", email: "ROSA@harbor.film" }, [rosa], on)).toBe(rosa);
  });

  it("is null when unsure: not on the project, a name that matches only loosely, another email, two candidates", () => {
    expect(samePersonOnProject({ creditedName: "Rosa Delgado" }, [rosa], new Set())).toBeNull();
    expect(samePersonOnProject({ creditedName: "rosa delgado" }, [rosa], on)).toBeNull();
    expect(samePersonOnProject({ creditedName: "Rosa Delgado", email: "other@harbor.film" }, [rosa], on)).toBeNull();
    expect(samePersonOnProject({ creditedName: "Rosa Delgado", email: "new@harbor.film" }, [{ ...quiet, id: "rosa" }], on)).toBeNull();
    expect(samePersonOnProject({ creditedName: "Rosa Delgado" }, [rosa, quiet], new Set(["rosa", "quiet"]))).toBeNull();
  });
});

describe("printable ASCII takes a shortcut past Unicode normalization, with the same results", () => {
  // Strings of letters, digits, punctuation and runs of spaces, from a fixed seed.
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const alphabet = "aZ  .'-,09Jr IIvanDe3'`";
  const samples = Array.from({ length: 2_000 }, () => Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join(""));
  samples.push("", " ", "J. J. Abrams", "O'Brien", "Crew Person 1017", "Take 09", "de la Cruz, Ana", "~!@#$%^&*()_+{}|:<>?");

  it("normalizeName, nameMatchKey and sortCollationKey match the full path (forced by a character normalization removes)", () => {
    for (const s of samples) {
      // A no-break space is whitespace to normalizeName; a combining accent on nothing is folded away by the keys.
      expect(normalizeName(s), JSON.stringify(s)).toBe(normalizeName(`${s}\u00a0`));
      expect(nameMatchKey(s), JSON.stringify(s)).toBe(nameMatchKey(`${s}\u00a0`));
      expect(sortCollationKey(s), JSON.stringify(s)).toBe(sortCollationKey(`${s}\u0301`));
    }
  });
});
