import { describe, expect, it } from "vitest";
import { buildCreditList, MAIN_ON_END_TITLES, PERFORMING_ROLE_IDS, type BuildInput } from "@/lib/end-credits/build";
import { getRole } from "@/lib/roster/catalog";
import { actor, block, crew, headings, held, ids, indieInput, input, names } from "./fixtures";

describe("buildCreditList: main-on-end", () => {
  it("is empty for an empty project (no placeholder blocks)", () => {
    expect(buildCreditList(input())).toEqual({ schemaVersion: 2, blocks: [] });
  });

  it("orders the main-on-end titles conventionally, whatever the input order", () => {
    const list = buildCreditList(
      input({
        heldCredits: [
          held("p12", "Lee", "Casting by"),
          held("p11", "Kim", "Costume Designer"),
          held("p10", "Jan", "Music by"),
          held("p9", "Ira", "Edited by"),
          held("p8", "Hal", "Production Designer"),
          held("p7", "Gus", "Director of Photography"),
          held("p6", "Fay", "Executive Producer"),
          held("p5", "Eve", "Produced by"),
          held("p13", "Max", "Associate Producer"),
          held("p14", "Ned", "Line Producer"),
          held("p15", "Oz", "Co-Producer"),
          held("p16", "Pia", "Co-Executive Producer"),
          held("p4", "Dee", "Story by"),
          held("p3", "Cy", "Screenplay by"),
          held("p2", "Bo", "Written by"),
          held("p1", "Al", "Directed by"),
        ],
      }),
    );
    expect(ids(list)).toEqual(MAIN_ON_END_TITLES.map((t) => `main:${t}`));
    expect(headings(list)).toEqual([
      "Directed by",
      "Written by",
      "Screenplay by",
      "Story by",
      "Executive Producer",
      "Co-Executive Producer",
      "Produced by",
      "Co-Producer",
      "Line Producer",
      "Associate Producer",
      "Director of Photography",
      "Production Designer",
      "Edited by",
      "Music by",
      "Costume Designer",
      "Casting by",
    ]);
    expect(list.blocks.every((b) => b.section === "main" && b.origin === "generated" && b.kind === "names")).toBe(true);
  });

  it("pluralizes headings by the number of names, except … by credits", () => {
    const list = buildCreditList(
      input({
        heldCredits: [
          held("a", "Ann", "Executive Producer"),
          held("b", "Ben", "EP"),
          held("c", "Cat", "Producer"),
          held("d", "Dov", "Produced by"),
          held("e", "Eli", "Director of Photography"),
          held("f", "Fe", "DoP"),
        ],
      }),
    );
    expect(block(list, "main:executive-producer")).toMatchObject({ heading: "Executive Producers", baseHeading: "Executive Producer" });
    expect(block(list, "main:produced-by").heading).toBe("Produced by");
    expect(block(list, "main:director-of-photography").heading).toBe("Directors of Photography");
  });

  it("lists each holder once, in input order", () => {
    const list = buildCreditList(input({ heldCredits: [held("b", "Ben", "Produced by"), held("a", "Ann", "Produced by"), held("b", "Ben", "Producer")] }));
    expect(names(list, "main:produced-by")).toEqual(["Ben", "Ann"]);
  });

  it("uses matchTitle when titleId is missing, and places custom titles after the main-on-end block", () => {
    const list = buildCreditList(
      input({
        heldCredits: [
          { personId: "a", name: "Ann", title: "A Film by", titleId: null, guilds: [] },
          { personId: "a", name: "Ann", title: "director", titleId: null, guilds: [] },
          { personId: "b", name: "Ben", title: "Casting by", titleId: "casting-by", guilds: [] },
          { personId: "c", name: "Cy", title: "a film by", titleId: null, guilds: [] },
        ],
      }),
    );
    expect(ids(list)).toEqual(["main:directed-by", "main:casting-by", "main:custom:a-film-by"]);
    expect(block(list, "main:custom:a-film-by").heading).toBe("A Film by");
    expect(names(list, "main:custom:a-film-by")).toEqual(["Ann", "Cy"]);
  });

  it("gives writing credits an 'and' joiner on every line, and no joiner elsewhere", () => {
    const list = buildCreditList(input({ heldCredits: [held("a", "Ann", "Screenplay by"), held("b", "Ben", "Screenplay by"), held("c", "Cy", "Produced by")] }));
    expect(block(list, "main:screenplay-by").lines.map((l) => l.joiner)).toEqual(["and", "and"]);
    expect(block(list, "main:produced-by").lines[0]).not.toHaveProperty("joiner");
  });

  it("bills the producer family in the producers' block and other held titles under their crew role, once per person", () => {
    const list = buildCreditList(
      input({
        heldCredits: [held("a", "Ann", "Co-Producer"), held("b", "Ben", "Line Producer"), held("c", "Cy", "Colorist"), { personId: "d", name: "Di", title: "Gaffer", titleId: null, guilds: [] }],
        roster: [crew("a", "Ann", "Co-Producer"), crew("e", "Ed", "Co-Producer"), crew("f", "Flo", "Unit Production Manager")],
      }),
    );
    expect(ids(list)).toEqual([
      "main:co-producer",
      "main:line-producer",
      "crew:production:production.unit-production-manager",
      "crew:electric:electric.gaffer",
      "crew:post-production:post-production.colorist",
    ]);
    // Ed's roster role is a claim nobody decided: it does not bill.
    expect(names(list, "main:co-producer")).toEqual(["Ann"]);
  });

  it("never bills a roster's producer-family role in a crew department: an undecided claim bills nowhere", () => {
    const list = buildCreditList(
      input({
        roster: [crew("x", "Xena", "Exec Producer"), crew("l", "Lou", "Line Producer"), crew("a", "Ari", "Associate Producer"), crew("s", "Sue", "Script Supervisor"), crew("c", "Cal", "Consulting Producer")],
      }),
    );
    expect(list.blocks.flatMap((b) => b.lines.map((l) => l.name))).toEqual(["Sue", "Cal"]);
    const decided = buildCreditList(input({ heldCredits: [held("x", "Xena", "Executive Producer")], roster: [crew("x", "Xena", "Exec Producer"), crew("s", "Sue", "Script Supervisor")] }));
    expect(ids(decided)[0]).toBe("main:executive-producer");
    expect(decided.blocks.filter((b) => b.section === "crew").flatMap((b) => b.lines.map((l) => l.name))).toEqual(["Sue"]);
  });

  it("skips rows without a person or a name, and survives missing arrays", () => {
    const bad = {
      heldCredits: [null, { personId: "", name: "X", title: "Directed by", titleId: "directed-by", guilds: [] }, { personId: "a", name: "  ", title: "Directed by", titleId: null, guilds: null }],
      roster: [undefined, { personId: "b", name: "Bo", role: "", department: "", departmentId: null, roleId: null, sortKey: Number.NaN, isHead: false }],
      options: {},
    } as unknown as BuildInput;
    expect(buildCreditList(bad).blocks.map((b) => [b.id, b.heading])).toEqual([["crew:other:crew", "Crew"]]);
    expect(buildCreditList({} as BuildInput)).toEqual({ schemaVersion: 2, blocks: [] });
  });
});

describe("buildCreditList: multi-hat merging", () => {
  const writerDirector = [held("m", "Maya Okafor", "Written by"), held("m", "Maya Okafor", "Directed by")];

  it("merges a writer-director into one block at the director's position", () => {
    const list = buildCreditList(input({ merge: true, heldCredits: [held("p", "Sam", "Produced by"), ...writerDirector] }));
    expect(ids(list)).toEqual(["main:written-by+directed-by", "main:produced-by"]);
    expect(block(list, "main:written-by+directed-by")).toMatchObject({ heading: "Written and Directed by", flags: [] });
    expect(names(list, "main:written-by+directed-by")).toEqual(["Maya Okafor"]);
  });

  it("keeps the credits apart without the option", () => {
    const list = buildCreditList(input({ merge: false, heldCredits: writerDirector }));
    expect(headings(list)).toEqual(["Directed by", "Written by"]);
  });

  it("merges three hats in reading order and flags a guild member", () => {
    const list = buildCreditList(
      input({
        merge: true,
        heldCredits: [held("m", "Maya", "Edited by", ["DGA", "Editors Guild"]), held("m", "Maya", "Directed by", ["DGA", "Editors Guild"]), held("m", "Maya", "Written by", ["DGA", "Editors Guild"])],
      }),
    );
    expect(ids(list)).toEqual(["main:written-by+directed-by+edited-by"]);
    const merged = block(list, "main:written-by+directed-by+edited-by");
    expect(merged.heading).toBe("Written, Directed and Edited by");
    expect(merged.flags).toEqual([
      {
        kind: "guild-waiver",
        personIds: ["m"],
        message:
          'Maya belongs to the DGA and the Editors Guild. "Written, Directed and Edited by" combines several credits in one, and a guild agreement may require a waiver for that. Check with the guild before you lock the credits, or show the credits separately.',
      },
    ]);
  });

  it("takes guilds from any of the person's held credits", () => {
    const list = buildCreditList(input({ merge: true, heldCredits: [held("m", "Maya", "Edited by", ["Other"]), held("m", "Maya", "Directed by")] }));
    const merged = block(list, "main:directed-by+edited-by");
    expect(merged.heading).toBe("Directed and Edited by");
    expect(merged.flags[0]!.message).toMatch(/^Maya belongs to another guild\./);
  });

  it("bills Produced by on its own card: a one-person band gets Written, Directed and Edited by plus Produced by", () => {
    const band = [held("m", "Mo", "Written by"), held("m", "Mo", "Produced by"), held("m", "Mo", "Directed by"), held("m", "Mo", "Edited by")];
    const list = buildCreditList(input({ merge: true, heldCredits: band }));
    expect(headings(list)).toEqual(["Written, Directed and Edited by", "Produced by"]);
  });

  it("merges Produced by only when the project opts in and the person is the sole producer", () => {
    const band = [held("m", "Mo", "Written by", ["WGA"]), held("m", "Mo", "Produced by"), held("m", "Mo", "Directed by")];
    const opted = buildCreditList(input({ heldCredits: band, options: { mergeMultiHat: true, mergeProducedBy: true } }));
    expect(headings(opted)).toEqual(["Written, Produced and Directed by"]);
    expect(block(opted, "main:written-by+produced-by+directed-by").flags.map((f) => f.kind)).toEqual(["guild-waiver"]);
    const shared = buildCreditList(input({ heldCredits: [...band, held("s", "Sam", "Produced by")], options: { mergeMultiHat: true, mergeProducedBy: true } }));
    expect(headings(shared)).toEqual(["Written and Directed by", "Produced by"]);
    expect(names(shared, "main:produced-by")).toEqual(["Mo", "Sam"]);
    const creativeOff = buildCreditList(input({ heldCredits: band, options: { mergeMultiHat: false, mergeProducedBy: true } }));
    expect(headings(creativeOff)).toEqual(["Directed by", "Written by", "Produced by"]);
  });

  it("places a merge at its highest-billed credit: Directed and Edited by sits where Directed by would", () => {
    const list = buildCreditList(
      input({ merge: true, heldCredits: [held("e", "Eve", "Edited by"), held("w", "Wu", "Written by"), held("e", "Eve", "Directed by"), held("x", "Xi", "Executive Producer")] }),
    );
    expect(ids(list)).toEqual(["main:directed-by+edited-by", "main:written-by", "main:executive-producer"]);
  });

  it("merges a team that shares the same hats, and keeps a shared credit apart", () => {
    const coens = buildCreditList(
      input({ merge: true, heldCredits: [held("j", "Joel Coen", "Written by"), held("e", "Ethan Coen", "Written by"), held("j", "Joel Coen", "Directed by"), held("e", "Ethan Coen", "Directed by")] }),
    );
    expect(headings(coens)).toEqual(["Written and Directed by"]);
    expect(names(coens, "main:written-by+directed-by")).toEqual(["Joel Coen", "Ethan Coen"]);

    const cowriter = buildCreditList(input({ merge: true, heldCredits: [...writerDirector, held("b", "Ben", "Written by")] }));
    expect(headings(cowriter)).toEqual(["Directed by", "Written by"]);
    expect(names(cowriter, "main:written-by")).toEqual(["Maya Okafor", "Ben"]);
  });

  it("merges only the hats that nobody else shares", () => {
    const list = buildCreditList(
      input({ merge: true, heldCredits: [...writerDirector, held("m", "Maya Okafor", "Produced by"), held("s", "Sam", "Produced by")] }),
    );
    expect(ids(list)).toEqual(["main:written-by+directed-by", "main:produced-by"]);
    expect(names(list, "main:produced-by")).toEqual(["Maya Okafor", "Sam"]);
  });

  it("never merges screenplay, story or heads of department", () => {
    const list = buildCreditList(input({ merge: true, heldCredits: [held("m", "M", "Screenplay by"), held("m", "M", "Directed by"), held("m", "M", "Director of Photography")] }));
    expect(ids(list)).toEqual(["main:directed-by", "main:screenplay-by", "main:director-of-photography"]);
  });
});

describe("buildCreditList: cast", () => {
  it("puts the cast after the main-on-end block and before the crew, character → actor", () => {
    const list = buildCreditList(
      input({ heldCredits: [held("d", "Dov", "Directed by")], roster: [crew("g", "Gil", "Gaffer")], cast: [actor("z", "Zoë", "Maya"), actor("j", "Jon", "The Landlord")] }),
    );
    expect(ids(list)).toEqual(["main:directed-by", "cast", "crew:electric:electric.gaffer"]);
    expect(block(list, "cast")).toMatchObject({ section: "cast", heading: "Cast", columns: 1 });
    expect(block(list, "cast").lines.map((l) => [l.key, l.character, l.name])).toEqual([
      ["z", "Maya", "Zoë"],
      ["j", "The Landlord", "Jon"],
    ]);
  });

  it("keeps two parts of one actor as two lines with distinct keys, and drops exact repeats", () => {
    const list = buildCreditList(input({ cast: [actor("a", "Ann", "Twin A"), actor("a", "Ann", "Twin B"), actor("a", "Ann", "twin a"), actor("b", "Ben", "")] }));
    expect(block(list, "cast").lines.map((l) => l.key)).toEqual(["a", "a#2", "b"]);
    expect(block(list, "cast").lines[2]).not.toHaveProperty("character");
  });

  it("leaves out the roster's acting roles of people in the cast, not their other roles", () => {
    const list = buildCreditList(
      input({ roster: [crew("z", "Zoë", "Lead Actor"), crew("z", "Zoë", "Dialect Coach"), crew("q", "Quinn", "Supporting Actor")], cast: [actor("z", "Zoë", "Maya")] }),
    );
    expect(ids(list)).toEqual(["cast", "crew:cast:cast.supporting-actor", "crew:cast:cast.dialect-coach"]);
  });

  it("has performing roles that all exist in the catalogue's cast department", () => {
    for (const id of PERFORMING_ROLE_IDS) expect(getRole(id)?.departmentId).toBe("cast");
  });
});

describe("buildCreditList: crew", () => {
  it("orders departments by the catalogue, heads first, whatever the roster order", () => {
    const list = buildCreditList(
      input({
        roster: [
          crew("e1", "Eli", "Assistant Editor"),
          crew("g1", "Gil", "Gaffer"),
          crew("c2", "Cam", "1st AC"),
          crew("c1", "Dee", "Camera Operator"),
          crew("e2", "Eva", "Editor"),
          crew("a1", "Abe", "1st AD"),
          crew("u1", "Uma", "UPM"),
        ],
      }),
    );
    expect(ids(list)).toEqual([
      // The crawl's openers first: UPM, then the ADs (DOMAIN.md §3).
      "crew:production:production.unit-production-manager",
      "crew:direction:direction.first-assistant-director",
      "crew:camera:camera.camera-operator",
      "crew:camera:camera.first-assistant-camera",
      "crew:electric:electric.gaffer",
      "crew:editorial:editorial.editor",
      "crew:editorial:editorial.assistant-editor",
    ]);
  });

  it("opens the crawl with the UPM, 1st AD and 2nd AD, before the cast; the rest of the crew follows the cast", () => {
    const list = buildCreditList(
      input({
        cast: [{ personId: "x1", name: "Xan", character: "The Keeper" }],
        roster: [crew("g1", "Gil", "Gaffer"), crew("b1", "Bo", "2nd AD"), crew("a1", "Abe", "1st AD"), crew("u1", "Uma", "UPM"), crew("p1", "Pat", "Production Coordinator")],
      }),
    );
    expect(ids(list)).toEqual([
      "crew:production:production.unit-production-manager",
      "crew:direction:direction.first-assistant-director",
      "crew:direction:direction.second-assistant-director",
      "cast",
      "crew:production:production.production-coordinator",
      "crew:electric:electric.gaffer",
    ]);
  });

  it("lists each person once per role in roster order, whatever the size of the block (60,000 names in one role)", () => {
    const gaffer = crew("g0", "Gil 0", "Gaffer");
    const roster = Array.from({ length: 60_000 }, (_, i) => ({ ...gaffer, personId: `g${i % 30_000}`, name: `Gil ${i % 30_000}` }));
    const list = buildCreditList(input({ roster }));
    expect(ids(list)).toEqual(["crew:electric:electric.gaffer"]);
    const lines = block(list, "crew:electric:electric.gaffer").lines;
    expect(lines).toHaveLength(30_000);
    expect(lines.slice(0, 2).map((l) => l.personId)).toEqual(["g0", "g1"]);
    expect(lines.at(-1)?.personId).toBe("g29999");
  });

  it("works a role out once and files every entry of it alike (free-text roles included)", () => {
    const list = buildCreditList(
      input({ roster: [crew("a", "Ann", "Kite Pilot", "Aerial Kites"), crew("b", "Bob", "Gaffer"), crew("c", "Cy", "Kite Pilot", "Aerial Kites"), crew("d", "Dee", "Exec Producer")] }),
    );
    expect(ids(list)).toEqual(["crew:electric:electric.gaffer", "crew:aerial-kites:kite-pilot"]);
    expect(names(list, "crew:aerial-kites:kite-pilot")).toEqual(["Ann", "Cy"]);
  });

  it("puts a head flagged on a free-text role first in its department", () => {
    const list = buildCreditList(
      input({
        roster: [
          crew("c2", "Cam", "1st AC"),
          { personId: "h", name: "Hana", department: "Camera", departmentId: "camera", role: "Camera Chief", roleId: null, sortKey: 1_009_999, isHead: true },
        ],
      }),
    );
    expect(ids(list)).toEqual(["crew:camera:camera-chief", "crew:camera:camera.first-assistant-camera"]);
  });

  it("files free-text roles after catalogue roles and free-text departments last", () => {
    const list = buildCreditList(
      input({
        roster: [crew("x", "Xu", "Vibe Curator", "Zeppelin Unit"), crew("y", "Yo", "Sound Whisperer", "Sound"), crew("b", "Bea", "Boom Operator"), crew("w", "Wen", "Kite Pilot", "Aerial Kites")],
      }),
    );
    expect(ids(list)).toEqual(["crew:sound:sound.boom-operator", "crew:sound:sound-whisperer", "crew:aerial-kites:kite-pilot", "crew:zeppelin-unit:vibe-curator"]);
    expect(block(list, "crew:sound:sound-whisperer").heading).toBe("Sound Whisperer");
  });

  it("does not repeat a main-on-end credit in the crawl, but keeps the person's other roles", () => {
    const list = buildCreditList(
      input({
        heldCredits: [held("d", "Dana", "Director of Photography"), held("m", "Maya", "Directed by")],
        roster: [crew("d", "Dana", "Director of Photography"), crew("d", "Dana", "Camera Operator"), crew("m", "Maya", "Director"), crew("o", "Otto", "Director of Photography")],
      }),
    );
    expect(ids(list)).toEqual(["main:directed-by", "main:director-of-photography", "crew:camera:camera.director-of-photography", "crew:camera:camera.camera-operator"]);
    expect(names(list, "crew:camera:camera.director-of-photography")).toEqual(["Otto"]);
    expect(names(list, "crew:camera:camera.camera-operator")).toEqual(["Dana"]);
  });

  it("lists a person once per role and keeps the roster's order of names", () => {
    const list = buildCreditList(input({ roster: [crew("b", "Bo", "PA"), crew("a", "Ann", "PA"), crew("b", "Bo", "Production Assistant")] }));
    expect(names(list, "crew:production:production.production-assistant")).toEqual(["Bo", "Ann"]);
    expect(block(list, "crew:production:production.production-assistant").heading).toBe("Production Assistants");
  });

  it("normalizes names (NFC, single spaces) and keeps every script", () => {
    const list = buildCreditList(input({ roster: [crew("a", "  Zoe\u0308   Adebayo ", "Gaffer"), crew("b", "黒澤 明", "Gaffer"), crew("c", "عمر الشريف", "Gaffer")] }));
    expect(names(list, "crew:electric:electric.gaffer")).toEqual(["Zoë Adebayo", "黒澤 明", "عمر الشريف"]);
  });
});

describe("buildCreditList: the whole list", () => {
  it("is deterministic and JSON-serialisable as is", () => {
    const a = buildCreditList(indieInput());
    expect(buildCreditList(indieInput())).toStrictEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a);
  });

  it("has unique block ids and unique line keys per block", () => {
    const list = buildCreditList(indieInput());
    expect(new Set(ids(list)).size).toBe(list.blocks.length);
    for (const b of list.blocks) expect(new Set(b.lines.map((l) => l.key)).size).toBe(b.lines.length);
  });

  it("keeps sections in order: main, cast, crew", () => {
    const sections = buildCreditList(indieInput()).blocks.map((b) => b.section);
    expect(sections).toEqual([...sections].sort((x, y) => ["main", "cast", "crew"].indexOf(x) - ["main", "cast", "crew"].indexOf(y)));
    expect(new Set(sections)).toEqual(new Set(["main", "cast", "crew"]));
  });
});

describe("writing roles on the roster", () => {
  it("a person credited Written by in the main titles is not repeated as Screenplay or Story in the crawl", () => {
    const list = buildCreditList({
      heldCredits: [{ personId: "maya", name: "Maya Okafor", title: "Written by", titleId: "written-by", guilds: [] }],
      roster: [
        { personId: "maya", name: "Maya Okafor", department: "Writers", departmentId: "writers", role: "Screenplay", roleId: "writers.screenplay", sortKey: 1, isHead: true },
        { personId: "maya", name: "Maya Okafor", department: "Writers", departmentId: "writers", role: "Story", roleId: "writers.story", sortKey: 2, isHead: true },
        { personId: "sam", name: "Sam Osei", department: "Writers", departmentId: "writers", role: "Story", roleId: "writers.story", sortKey: 2, isHead: true },
      ],
      options: { mergeMultiHat: true },
    });
    const crewNames = list.blocks.filter((b) => b.section === "crew").flatMap((b) => ("lines" in b ? b.lines.map((l) => `${b.heading}: ${l.name}`) : []));
    expect(crewNames).toEqual(["Story: Sam Osei"]);
  });
});
