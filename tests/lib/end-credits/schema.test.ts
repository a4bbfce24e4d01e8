import { describe, expect, it } from "vitest";
import { buildCreditList } from "@/lib/end-credits/build";
import { CreditListError } from "@/lib/end-credits/errors";
import { parseCreditList } from "@/lib/end-credits/schema";
import { indieInput, indieList } from "./fixtures";

describe("parseCreditList", () => {
  it("reads back what was stored", () => {
    const list = indieList();
    expect(parseCreditList(JSON.parse(JSON.stringify(list)))).toStrictEqual(list);
  });

  it("drops unknown fields", () => {
    const list = buildCreditList(indieInput());
    const stored = JSON.parse(JSON.stringify(list));
    stored.extra = 1;
    stored.blocks[0].color = "red";
    expect(parseCreditList(stored)).toStrictEqual(list);
  });

  it("refuses other versions, bad shapes and repeated ids with a readable message", () => {
    expect(() => parseCreditList({ schemaVersion: 3, blocks: [] })).toThrow(CreditListError);
    expect(() => parseCreditList(null)).toThrow(/^This is not a credit list Hatrack can read/);
    const list = JSON.parse(JSON.stringify(indieList()));
    list.blocks[0].columns = 3;
    expect(() => parseCreditList(list)).toThrow(/at blocks\.0\.columns/);
    const twice = JSON.parse(JSON.stringify(indieList()));
    twice.blocks[1].id = twice.blocks[0].id;
    expect(() => parseCreditList(twice)).toThrow(/Two blocks have the id "main:written-by\+directed-by\+edited-by"/);
    const lines = JSON.parse(JSON.stringify(indieList()));
    lines.blocks[1].lines[1].key = lines.blocks[1].lines[0].key;
    expect(() => parseCreditList(lines)).toThrow(/Two lines of "main:story-by" have the key "p-sam"/);
  });
});
