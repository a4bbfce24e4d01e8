import { describe, expect, it } from "vitest";
import { buildCreditList } from "@/lib/end-credits/build";
import { diffLists, longestIncreasing } from "@/lib/end-credits/diff";
import { addManualBlock, moveBlock, moveLine, renameHeading, setAsCredited, setColumns, setHidden, setJoiner, updateManualBlock } from "@/lib/end-credits/edit";
import { regenerate } from "@/lib/end-credits/regenerate";
import { crew, held, input } from "./fixtures";

const base = input({
  heldCredits: [held("d", "Dov", "Directed by"), held("w", "Wen", "Written by"), held("x", "Xi", "Written by")],
  roster: [crew("c", "Cam", "Camera Operator"), crew("g", "Gil", "Gaffer"), crew("b", "Bea", "Boom Operator")],
});
const GAFFER = "crew:electric:electric.gaffer";

describe("longestIncreasing", () => {
  it("finds one longest increasing run", () => {
    expect([...longestIncreasing([0, 1, 2])].sort()).toEqual([0, 1, 2]);
    expect([...longestIncreasing([2, 0, 1])].sort()).toEqual([1, 2]);
    expect(longestIncreasing([]).size).toBe(0);
    expect(longestIncreasing([3, 1, 2, 0, 4]).size).toBe(3);
  });
});

describe("diffLists", () => {
  it("is empty for the same list", () => {
    const list = buildCreditList(base);
    expect(diffLists(list, list)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("reports added and removed blocks and lines", () => {
    const a = buildCreditList(base);
    const b = buildCreditList(input({ ...base, heldCredits: [...base.heldCredits.slice(0, 2), held("y", "Yu", "Written by")], roster: [...base.roster.slice(1), crew("k", "Kit", "Key Grip")] }));
    expect(diffLists(a, b)).toEqual({
      added: [
        { blockId: "main:written-by", lineKey: "y", heading: "Written by", name: "Yu", changes: [] },
        { blockId: "crew:grip:grip.key-grip", lineKey: null, heading: "Key Grip", name: null, changes: [] },
      ],
      removed: [
        { blockId: "crew:camera:camera.camera-operator", lineKey: null, heading: "Camera Operator", name: null, changes: [] },
        { blockId: "main:written-by", lineKey: "x", heading: "Written by", name: "Xi", changes: [] },
      ],
      changed: [],
    });
  });

  it("says what changed on a line: name, credited name, hidden, joiner, position", () => {
    const a = buildCreditList(base);
    let b = setAsCredited(a, "main:directed-by", "d", "Dov B.");
    b = setHidden(b, { blockId: GAFFER, lineKey: "g" }, true);
    b = moveLine(b, "main:written-by", "x", 0);
    b = setJoiner(b, "main:written-by", "w", "&");
    const renamed = regenerate(b, buildCreditList(input({ ...base, heldCredits: [held("d", "Dov Bar", "Directed by"), ...base.heldCredits.slice(1)] }))).list;
    const { changed } = diffLists(a, renamed);
    expect(changed).toEqual([
      {
        blockId: "main:directed-by",
        lineKey: "d",
        heading: "Directed by",
        name: "Dov B.",
        changes: [
          { field: "name", before: "Dov", after: "Dov Bar" },
          { field: "asCredited", before: null, after: "Dov B." },
        ],
      },
      {
        blockId: "main:written-by",
        lineKey: "w",
        heading: "Written by",
        name: "Wen",
        changes: [
          { field: "joiner", before: "and", after: "&" },
          { field: "position", before: 0, after: 1 },
        ],
      },
      { blockId: GAFFER, lineKey: "g", heading: "Gaffer", name: "Gil", changes: [{ field: "hidden", before: false, after: true }] },
    ]);
  });

  it("says what changed on a block: heading, hidden, columns, section, content, position", () => {
    let a = addManualBlock(buildCreditList(base), "paragraph", { id: "legal", text: "© 2025" });
    let b = renameHeading(a, GAFFER, "Chief Lighting Technician");
    b = setColumns(b, GAFFER, 2);
    b = setHidden(b, { blockId: "crew:sound:sound.boom-operator" }, true);
    b = updateManualBlock(b, "legal", { text: "© 2026", section: "thanks" });
    b = moveBlock(b, "crew:camera:camera.camera-operator", 0);
    a = Object.freeze(a);
    const { changed, added, removed } = diffLists(a, b);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
    expect(changed.map((c) => [c.blockId, c.changes])).toEqual([
      // Moved to the top, among the main titles, it is a main title now (sections.ts).
      [
        "crew:camera:camera.camera-operator",
        [
          { field: "section", before: "crew", after: "main" },
          { field: "position", before: 2, after: 0 },
        ],
      ],
      [
        GAFFER,
        [
          { field: "heading", before: "Gaffer", after: "Chief Lighting Technician" },
          { field: "columns", before: 1, after: 2 },
        ],
      ],
      ["crew:sound:sound.boom-operator", [{ field: "hidden", before: false, after: true }]],
      [
        "legal",
        [
          { field: "section", before: "legal", after: "thanks" },
          { field: "content", before: "© 2025", after: "© 2026" },
        ],
      ],
    ]);
  });

  it("marks only the moved block when one block moves past many", () => {
    const a = buildCreditList(base);
    const b = moveBlock(a, "crew:sound:sound.boom-operator", 0);
    expect(diffLists(a, b).changed.map((c) => c.blockId)).toEqual(["crew:sound:sound.boom-operator"]);
  });

  it("doesn't call blocks moved when another block is inserted before them", () => {
    const a = buildCreditList(base);
    const b = addManualBlock(a, "names", { id: "film-by", heading: "A Film by", names: ["Dov"] }, 0);
    expect(diffLists(a, b)).toEqual({ added: [{ blockId: "film-by", lineKey: null, heading: "A Film by", name: null, changes: [] }], removed: [], changed: [] });
  });
});
