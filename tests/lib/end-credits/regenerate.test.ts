import { describe, expect, it } from "vitest";
import { buildCreditList } from "@/lib/end-credits/build";
import { addManualBlock, moveBlock, moveLine, renameHeading, setAsCredited, setColumns, setHidden, setJoiner } from "@/lib/end-credits/edit";
import { regenerate, weave } from "@/lib/end-credits/regenerate";
import { actor, block, crew, held, ids, input, names } from "./fixtures";

const base = input({
  heldCredits: [held("d", "Dov", "Directed by"), held("w", "Wen", "Written by"), held("x", "Xi", "Written by"), held("p", "Pat", "Produced by")],
  roster: [crew("c", "Cam", "Camera Operator"), crew("g", "Gil", "Gaffer"), crew("b", "Bea", "Boom Operator")],
});
const GAFFER = "crew:electric:electric.gaffer";

describe("weave", () => {
  const id = (s: string) => s;
  it("keeps the previous order and inserts new items after their fresh neighbour", () => {
    expect(weave(["c", "a", "b"], ["a", "x", "b", "c", "y"], id)).toEqual(["c", "y", "a", "x", "b"]);
  });
  it("puts new leading items before the first surviving neighbour", () => {
    expect(weave(["b", "a"], ["n", "a", "b"], id)).toEqual(["b", "n", "a"]);
  });
  it("keeps previous items that fresh doesn't have, where they are", () => {
    expect(weave(["m", "a"], ["a", "n"], id)).toEqual(["m", "a", "n"]);
  });
  it("uses the fallback when no neighbour survives", () => {
    expect(weave(["m"], ["n", "o"], id)).toEqual(["m", "n", "o"]);
    expect(weave(["m"], ["n", "o"], id, () => 0)).toEqual(["o", "n", "m"]);
  });
});

describe("regenerate", () => {
  it("returns the fresh list unchanged when nothing was edited", () => {
    const list = buildCreditList(base);
    expect(regenerate(list, buildCreditList(base))).toEqual({ list, added: [], removed: [] });
  });

  it("keeps the user's block and line order, headings, hidden flags, columns, credited names and joiners", () => {
    let edited = buildCreditList(base);
    edited = moveBlock(edited, GAFFER, 0);
    edited = moveLine(edited, "main:written-by", "x", 0);
    edited = renameHeading(edited, "main:produced-by", "A Production of");
    edited = setHidden(edited, { blockId: "crew:sound:sound.boom-operator" }, true);
    edited = setColumns(edited, GAFFER, 2);
    edited = setAsCredited(edited, "main:directed-by", "d", "Dov B.");
    edited = setJoiner(edited, "main:written-by", "w", "&");
    const { list, added, removed } = regenerate(edited, buildCreditList(base));
    expect(list).toEqual(edited);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
  });

  it("takes names from the data but keeps the edits made on them", () => {
    const before = setAsCredited(buildCreditList(base), GAFFER, "g", "Gil “Sparks” Moe");
    const renamed = input({ ...base, roster: [crew("c", "Cam", "Camera Operator"), crew("g", "Gilbert Moe", "Gaffer"), crew("b", "Bea", "Boom Operator")] });
    const { list } = regenerate(before, buildCreditList(renamed));
    expect(block(list, GAFFER).lines[0]).toMatchObject({ name: "Gilbert Moe", asCredited: "Gil “Sparks” Moe" });
  });

  it("inserts a new block next to its conventional neighbour and reports it", () => {
    const edited = moveBlock(buildCreditList(base), "crew:sound:sound.boom-operator", 0);
    const grown = input({ ...base, roster: [...base.roster, crew("k", "Kit", "Key Grip")] });
    const { list, added, removed } = regenerate(edited, buildCreditList(grown));
    expect(ids(list)).toEqual([
      "crew:sound:sound.boom-operator",
      "main:directed-by",
      "main:written-by",
      "main:produced-by",
      "crew:camera:camera.camera-operator",
      "crew:grip:grip.key-grip",
      GAFFER,
    ]);
    expect(added).toEqual([{ blockId: "crew:grip:grip.key-grip", lineKey: null, heading: "Key Grip", name: null }]);
    expect(removed).toEqual([]);
  });

  it("inserts a new line after its neighbour in the user's order and re-pluralizes the heading", () => {
    const edited = moveLine(buildCreditList(base), "main:written-by", "x", 0); // Xi, Wen
    const grown = input({ ...base, heldCredits: [...base.heldCredits, held("y", "Yu", "Written by")] }); // Wen, Xi, Yu
    const { list, added } = regenerate(edited, buildCreditList(grown));
    expect(names(list, "main:written-by")).toEqual(["Xi", "Yu", "Wen"]);
    expect(added).toEqual([{ blockId: "main:written-by", lineKey: "y", heading: "Written by", name: "Yu" }]);

    const twoGaffers = input({ ...base, roster: [...base.roster, crew("h", "Hal", "Gaffer")] });
    expect(block(regenerate(buildCreditList(base), buildCreditList(twoGaffers)).list, GAFFER).heading).toBe("Gaffers");
  });

  it("keeps a renamed heading even when the number of names changes", () => {
    const edited = renameHeading(buildCreditList(base), GAFFER, "Chief Lighting Technician");
    const twoGaffers = input({ ...base, roster: [...base.roster, crew("h", "Hal", "Gaffer")] });
    expect(block(regenerate(edited, buildCreditList(twoGaffers)).list, GAFFER)).toMatchObject({ heading: "Chief Lighting Technician", headingEdited: true });
  });

  it("drops what disappeared from the data and reports it", () => {
    const shrunk = input({ ...base, heldCredits: base.heldCredits.filter((c) => c.personId !== "x"), roster: base.roster.filter((r) => r.personId !== "g") });
    const { list, removed, added } = regenerate(buildCreditList(base), buildCreditList(shrunk));
    expect(removed).toEqual([
      { blockId: "main:written-by", lineKey: "x", heading: "Written by", name: "Xi" },
      { blockId: GAFFER, lineKey: null, heading: "Gaffer", name: null },
    ]);
    expect(added).toEqual([]);
    expect(ids(list)).not.toContain(GAFFER);
  });

  it("keeps manual blocks where the user put them, and puts new generated blocks before later sections", () => {
    let edited = buildCreditList(input());
    edited = addManualBlock(edited, "group", { id: "thanks", heading: "Special Thanks", names: ["Mum"] });
    edited = addManualBlock(edited, "paragraph", { id: "legal", text: "© 2026" });
    const { list, added } = regenerate(edited, buildCreditList(base));
    expect(ids(list)).toEqual([
      "main:directed-by",
      "main:written-by",
      "main:produced-by",
      "crew:camera:camera.camera-operator",
      GAFFER,
      "crew:sound:sound.boom-operator",
      "thanks",
      "legal",
    ]);
    expect(added).toHaveLength(6);
    expect(block(list, "thanks")).toBe(edited.blocks[0]);
  });

  it("keeps a manual block in the middle of generated ones", () => {
    const edited = addManualBlock(buildCreditList(base), "paragraph", { id: "dedication", section: "main", text: "For Nana" }, 1);
    const { list } = regenerate(edited, buildCreditList(base));
    expect(ids(list).slice(0, 3)).toEqual(["main:directed-by", "dedication", "main:written-by"]);
  });

  it("lets a manual block win over a fresh block with its id", () => {
    const manual = { ...buildCreditList(base), blocks: [{ ...buildCreditList(base).blocks[0]!, origin: "manual" as const, heading: "Mine" }] };
    const { list } = regenerate(manual, buildCreditList(base));
    expect(list.blocks.filter((b) => b.id === "main:directed-by")).toEqual([manual.blocks[0]]);
  });

  it("sees a multi-hat merge toggle as one block replacing others", () => {
    const separate = input({ heldCredits: [held("m", "Maya", "Written by"), held("m", "Maya", "Directed by")] });
    const merged = { ...separate, options: { mergeMultiHat: true } };
    const { list, added, removed } = regenerate(buildCreditList(separate), buildCreditList(merged));
    expect(ids(list)).toEqual(["main:written-by+directed-by"]);
    expect(added.map((c) => c.blockId)).toEqual(["main:written-by+directed-by"]);
    expect(removed.map((c) => c.blockId)).toEqual(["main:directed-by", "main:written-by"]);
  });

  it("keeps a crew card moved into the main titles there, and bills new crew in the crew (issue 13)", () => {
    const film = input({
      heldCredits: [held("d", "Dov", "Directed by"), held("p", "Pat", "Produced by"), held("c", "Cam", "Director of Photography")],
      roster: [crew("a", "Ann", "Script Supervisor"), crew("b", "Bea", "Boom Operator")],
      cast: [actor("z", "Zoë", "Maya")],
    });
    const ASSOCIATE = "crew:direction:direction.script-supervisor";
    const moved = moveBlock(buildCreditList(film), ASSOCIATE, 2); // between "Produced by" and "Director of Photography"
    const imported = input({
      ...film,
      roster: [...film.roster, crew("pa", "Pia", "Production Assistant"), crew("ac", "Ace", "1st AC"), crew("ac2", "Aby", "2nd AC"), crew("dr", "Dru", "Drone Operator"), crew("kg", "Kim", "Key Grip"), crew("g", "Gus", "Gaffer")],
    });
    const { list, added } = regenerate(moved, buildCreditList(imported));
    expect(list.blocks.map((b) => `${b.section} ${b.heading}`)).toEqual([
      "main Directed by",
      "main Produced by",
      "main Script Supervisor",
      "main Director of Photography",
      "cast Cast",
      "crew Production Assistant",
      "crew First Assistant Camera",
      "crew Second Assistant Camera",
      "crew Drone Pilot",
      "crew Key Grip",
      "crew Gaffer",
      "crew Boom Operator",
    ]);
    expect(added.map((c) => c.heading)).toEqual(["Production Assistant", "First Assistant Camera", "Second Assistant Camera", "Drone Pilot", "Key Grip", "Gaffer"]);
  });

  it("places a new block after the user's arrangement of its own section", () => {
    const film = input({ roster: [crew("b", "Bea", "Boom Operator"), crew("g", "Gus", "Gaffer"), crew("c", "Cam", "Camera Operator")] });
    // The user put Sound first in the crew; a new Sound Mixer follows the Boom Operator there.
    const edited = moveBlock(buildCreditList(film), "crew:sound:sound.boom-operator", 0);
    const grown = input({ roster: [...film.roster, crew("m", "Mo", "Sound Mixer"), crew("k", "Kit", "Key Grip")] });
    const { list } = regenerate(edited, buildCreditList(grown));
    expect(ids(list)).toEqual(["crew:sound:sound.production-sound-mixer", "crew:sound:sound.boom-operator", "crew:camera:camera.camera-operator", "crew:grip:grip.key-grip", GAFFER]);
  });

  it("does not mutate its inputs", () => {
    const previous = Object.freeze(moveBlock(buildCreditList(base), GAFFER, 0));
    const fresh = buildCreditList(input({ ...base, roster: [...base.roster, crew("k", "Kit", "Key Grip")] }));
    const snapshot = structuredClone({ previous, fresh });
    regenerate(previous, fresh);
    expect({ previous, fresh }).toEqual(snapshot);
  });
});
