import { describe, expect, it } from "vitest";
import { buildCreditList } from "@/lib/end-credits/build";
import {
  addManualBlock,
  addManualLine,
  moveBlock,
  moveLine,
  removeManualBlock,
  removeManualLine,
  renameHeading,
  resetHeading,
  setAsCredited,
  setColumns,
  setHidden,
  setJoiner,
  updateManualBlock,
} from "@/lib/end-credits/edit";
import { CreditListError, isCreditListError } from "@/lib/end-credits/errors";
import type { CreditList } from "@/lib/end-credits/types";
import { isDomainError } from "@/lib/errors";
import { block, crew, held, ids, input, names } from "./fixtures";

const GAFFER = "crew:electric:electric.gaffer";

function fresh(): CreditList {
  return buildCreditList(
    input({
      heldCredits: [held("d", "Dov", "Directed by"), held("w", "Wen", "Written by"), held("x", "Xi", "Written by")],
      roster: [crew("g", "Gil", "Gaffer"), crew("h", "Hal", "Gaffer"), crew("b", "Bea", "Boom Operator")],
    }),
  );
}

/** Deep-freezes so any mutation throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}

function error(fn: () => unknown): CreditListError {
  try {
    fn();
  } catch (e) {
    if (isCreditListError(e)) return e;
    throw e;
  }
  throw new Error("expected a CreditListError");
}

describe("CreditListError", () => {
  it("is a DomainError with 404 for unknown ids and 422 otherwise", () => {
    const unknown = error(() => moveBlock(fresh(), "nope", 0));
    expect(unknown).toBeInstanceOf(CreditListError);
    expect(isDomainError(unknown)).toBe(true);
    expect(unknown).toMatchObject({ code: "unknown-block", status: 404, name: "CreditListError", message: 'There is no block "nope" in this credit list.' });
    expect(error(() => moveBlock(fresh(), GAFFER, 99))).toMatchObject({ code: "invalid-index", status: 422 });
  });
});

describe("moveBlock", () => {
  it("moves a block to an index, and is a no-op onto itself", () => {
    const list = frozen(fresh());
    expect(ids(moveBlock(list, GAFFER, 0))[0]).toBe(GAFFER);
    expect(ids(moveBlock(list, "main:directed-by", 3)).at(-1)).toBe("main:directed-by");
    expect(moveBlock(list, GAFFER, 2)).toBe(list);
  });

  it("refuses indexes outside the list", () => {
    for (const bad of [-1, 4, 1.5, Number.NaN]) expect(error(() => moveBlock(fresh(), GAFFER, bad)).code).toBe("invalid-index");
  });
});

describe("moveLine", () => {
  it("moves a line inside its block", () => {
    expect(names(moveLine(frozen(fresh()), "main:written-by", "x", 0), "main:written-by")).toEqual(["Xi", "Wen"]);
  });

  it("says which line or block is unknown", () => {
    expect(error(() => moveLine(fresh(), "main:written-by", "zz", 0))).toMatchObject({ code: "unknown-line", status: 404, message: 'The block "Written by" has no line "zz".' });
    expect(error(() => moveLine(fresh(), "zz", "x", 0)).code).toBe("unknown-block");
    expect(error(() => moveLine(fresh(), "main:written-by", "x", 2)).code).toBe("invalid-index");
  });
});

describe("renameHeading / resetHeading", () => {
  it("renames, marks the heading edited and keeps it through hiding", () => {
    let list = renameHeading(frozen(fresh()), GAFFER, "  Chief   Lighting Technician ");
    expect(block(list, GAFFER)).toMatchObject({ heading: "Chief Lighting Technician", headingEdited: true, baseHeading: "Gaffer" });
    list = setHidden(list, { blockId: GAFFER, lineKey: "h" }, true);
    expect(block(list, GAFFER).heading).toBe("Chief Lighting Technician");
    list = resetHeading(list, GAFFER);
    expect(block(list, GAFFER)).toMatchObject({ heading: "Gaffer", headingEdited: false });
  });

  it("requires a heading on blocks of names, not on paragraphs", () => {
    expect(error(() => renameHeading(fresh(), GAFFER, "   "))).toMatchObject({ code: "invalid-value", message: "The heading can't be empty." });
    const list = addManualBlock(fresh(), "paragraph", { id: "legal", heading: "Notice", text: "©" });
    expect(block(renameHeading(list, "legal", ""), "legal").heading).toBe("");
  });

  it("refuses over-long headings and non-text", () => {
    expect(error(() => renameHeading(fresh(), GAFFER, "x".repeat(501))).code).toBe("invalid-value");
    expect(error(() => renameHeading(fresh(), GAFFER, 42 as unknown as string)).code).toBe("invalid-value");
  });

  it("can't reset a manual heading", () => {
    const list = addManualBlock(fresh(), "group", { id: "thanks", heading: "Thanks", names: ["A", "B"] });
    expect(error(() => resetHeading(list, "thanks")).code).toBe("not-generated");
    expect(block(renameHeading(list, "thanks", "Special Thanks"), "thanks")).toMatchObject({ heading: "Special Thanks", baseHeading: "Special Thanks" });
  });
});

describe("setAsCredited", () => {
  it("sets and clears the per-credit name", () => {
    let list = setAsCredited(frozen(fresh()), GAFFER, "g", " Gil  “Sparks” ");
    expect(block(list, GAFFER).lines[0]!.asCredited).toBe("Gil “Sparks”");
    list = setAsCredited(list, GAFFER, "g", "");
    expect(block(list, GAFFER).lines[0]!.asCredited).toBeNull();
    expect(block(setAsCredited(list, GAFFER, "g", "Gil"), GAFFER).lines[0]!.asCredited).toBeNull();
    expect(block(setAsCredited(list, GAFFER, "g", null), GAFFER).lines[0]!.asCredited).toBeNull();
  });
});

describe("setHidden", () => {
  it("hides a block, or a line and re-pluralizes the heading", () => {
    const list = frozen(fresh());
    expect(block(setHidden(list, { blockId: GAFFER }, true), GAFFER).hidden).toBe(true);
    const one = setHidden(list, { blockId: GAFFER, lineKey: "h" }, true);
    expect(block(one, GAFFER)).toMatchObject({ heading: "Gaffer", hidden: false });
    expect(block(setHidden(one, { blockId: GAFFER, lineKey: "h" }, false), GAFFER).heading).toBe("Gaffers");
  });

  it("validates the flag and the ids", () => {
    expect(error(() => setHidden(fresh(), { blockId: GAFFER }, "yes" as unknown as boolean)).code).toBe("invalid-value");
    expect(error(() => setHidden(fresh(), { blockId: GAFFER, lineKey: "nope" }, true)).code).toBe("unknown-line");
  });
});

describe("setColumns / setJoiner", () => {
  it("sets two columns on a block of names only", () => {
    expect(block(setColumns(frozen(fresh()), GAFFER, 2), GAFFER).columns).toBe(2);
    expect(error(() => setColumns(fresh(), GAFFER, 3 as 2)).code).toBe("invalid-value");
    const list = addManualBlock(fresh(), "paragraph", { id: "legal", text: "©" });
    expect(error(() => setColumns(list, "legal", 2))).toMatchObject({ code: "wrong-kind" });
  });

  it("sets a WGA joiner", () => {
    expect(block(setJoiner(frozen(fresh()), "main:written-by", "x", "&"), "main:written-by").lines[1]!.joiner).toBe("&");
    expect(error(() => setJoiner(fresh(), "main:written-by", "x", "+" as "&")).code).toBe("invalid-value");
  });
});

describe("addManualBlock", () => {
  it("adds each kind at the end of its default section", () => {
    let list = frozen(fresh());
    list = addManualBlock(list, "logo", { id: "logo", assetId: "a1", alt: "Hatrack Films", width: 800, height: 200 });
    list = addManualBlock(list, "paragraph", { id: "legal", text: "  © 2026\r\nAll rights reserved.  \n\n" });
    list = addManualBlock(list, "group", { id: "thanks", heading: "Special Thanks", names: ["Mum", { name: "Dad", personId: "p-dad" }], columns: 2 });
    list = addManualBlock(list, "song", { id: "song", title: "Night Bus", performedBy: "The Okafors", writtenBy: " ", courtesyOf: null });
    expect(list.blocks.slice(-4).map((b) => [b.id, b.section, b.origin])).toEqual([
      ["song", "music", "manual"],
      ["thanks", "thanks", "manual"],
      ["legal", "legal", "manual"],
      ["logo", "logos", "manual"],
    ]);
    expect(block(list, "legal")).toMatchObject({ kind: "paragraph", text: "  © 2026\nAll rights reserved.", heading: "" });
    expect(block(list, "song")).toMatchObject({ title: "Night Bus", performedBy: "The Okafors", writtenBy: null, courtesyOf: null });
    expect(block(list, "thanks").lines.map((l) => [l.key, l.personId, l.name])).toEqual([
      ["name:mum", null, "Mum"],
      ["p-dad", "p-dad", "Dad"],
    ]);
  });

  it("adds at a given index and into a chosen section", () => {
    const list = addManualBlock(fresh(), "names", { id: "film-by", section: "main", heading: "A Film by", names: ["Dov"] }, 0);
    expect(list.blocks[0]).toMatchObject({ id: "film-by", section: "main", kind: "names" });
    expect(error(() => addManualBlock(fresh(), "names", { id: "x", heading: "X" }, 9)).code).toBe("invalid-index");
  });

  it("refuses duplicate, reserved and empty ids", () => {
    const list = addManualBlock(fresh(), "group", { id: "thanks", heading: "Thanks" });
    expect(error(() => addManualBlock(list, "group", { id: "thanks", heading: "Thanks" })).code).toBe("duplicate-id");
    for (const id of ["cast", "main:directed-by", "crew:x:y", "cast:extra"]) expect(error(() => addManualBlock(fresh(), "group", { id, heading: "T" })).code).toBe("reserved-id");
    expect(error(() => addManualBlock(fresh(), "group", { id: "", heading: "T" })).code).toBe("invalid-value");
    expect(error(() => addManualBlock(fresh(), "group", { id: " padded", heading: "T" })).code).toBe("invalid-value");
    expect(addManualBlock(fresh(), "group", { id: "castle", heading: "Castle crew" }).blocks.at(-1)!.id).toBe("castle");
  });

  it("validates the content of each kind", () => {
    expect(error(() => addManualBlock(fresh(), "group", { id: "t", heading: "" })).message).toBe("The heading can't be empty.");
    expect(error(() => addManualBlock(fresh(), "group", { id: "t", heading: "T", names: [""] })).message).toBe("The name can't be empty.");
    expect(error(() => addManualBlock(fresh(), "paragraph", { id: "t", text: " \n " })).message).toBe("The text can't be empty.");
    expect(error(() => addManualBlock(fresh(), "song", { id: "t", title: "" })).message).toBe("The song title can't be empty.");
    expect(error(() => addManualBlock(fresh(), "logo", { id: "t", assetId: "a", alt: "A", width: 0, height: 10 })).message).toMatch(/width must be a whole number/);
    expect(error(() => addManualBlock(fresh(), "logo", { id: "t", assetId: "a", alt: "", width: 10, height: 10 })).code).toBe("invalid-value");
    expect(error(() => addManualBlock(fresh(), "nope" as "group", { id: "t", heading: "T" })).code).toBe("invalid-value");
    expect(error(() => addManualBlock(fresh(), "group", { id: "t", heading: "T", section: "credits" as "thanks" })).code).toBe("invalid-value");
  });
});

describe("removeManualBlock", () => {
  it("removes a manual block and refuses a generated one", () => {
    const list = frozen(addManualBlock(fresh(), "group", { id: "thanks", heading: "Thanks" }));
    expect(ids(removeManualBlock(list, "thanks"))).toEqual(ids(fresh()));
    expect(error(() => removeManualBlock(list, GAFFER))).toMatchObject({ code: "not-manual", message: '"Gaffers" comes from the roster and the credits, so it can\'t be removed. Hide it instead.' });
    expect(error(() => removeManualBlock(list, "nope")).code).toBe("unknown-block");
  });
});

describe("addManualLine / removeManualLine", () => {
  it("adds names with unique keys and removes them", () => {
    let list = frozen(addManualBlock(fresh(), "group", { id: "thanks", heading: "Thanks", names: ["Mum"] }));
    list = addManualLine(list, "thanks", "Mum");
    list = addManualLine(list, "thanks", { name: "Ann", character: "Herself" }, 0);
    expect(block(list, "thanks").lines.map((l) => [l.key, l.name, l.character])).toEqual([
      ["name:ann", "Ann", "Herself"],
      ["name:mum", "Mum", undefined],
      ["name:mum#2", "Mum", undefined],
    ]);
    list = removeManualLine(list, "thanks", "name:mum");
    expect(names(list, "thanks")).toEqual(["Ann", "Mum"]);
  });

  it("refuses generated blocks, non-name blocks and bad positions", () => {
    expect(error(() => addManualLine(fresh(), GAFFER, "Zed")).code).toBe("not-manual");
    expect(error(() => removeManualLine(fresh(), GAFFER, "g")).code).toBe("not-manual");
    const list = addManualBlock(fresh(), "paragraph", { id: "legal", text: "©" });
    expect(error(() => addManualLine(list, "legal", "Zed")).code).toBe("wrong-kind");
    const thanks = addManualBlock(fresh(), "group", { id: "thanks", heading: "Thanks" });
    expect(error(() => addManualLine(thanks, "thanks", "Zed", 2)).code).toBe("invalid-index");
  });
});

describe("updateManualBlock", () => {
  it("changes the fields of its kind only", () => {
    let list = addManualBlock(fresh(), "song", { id: "song", title: "Night Bus" });
    list = updateManualBlock(frozen(list), "song", { performedBy: "The Okafors", section: "thanks" });
    expect(block(list, "song")).toMatchObject({ title: "Night Bus", performedBy: "The Okafors", section: "thanks" });
    expect(error(() => updateManualBlock(list, "song", { text: "x" }))).toMatchObject({ code: "wrong-kind", message: 'A song block has no "text" to change.' });
    expect(error(() => updateManualBlock(list, "song", { title: "" })).code).toBe("invalid-value");
    expect(error(() => updateManualBlock(fresh(), GAFFER, { section: "thanks" })).code).toBe("not-manual");
  });
});
