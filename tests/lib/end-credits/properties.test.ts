import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildCreditList, type BuildInput } from "@/lib/end-credits/build";
import { crawlDuration, fitToTarget, layoutHeight, READABLE_SECONDS_ON_SCREEN, readableSpeeds, type FitFix, type FitInput } from "@/lib/end-credits/crawl";
import { diffLists } from "@/lib/end-credits/diff";
import { addManualBlock, moveBlock, moveBlockToSection, moveLine, renameHeading, setAsCredited, setColumns, setHidden, setJoiner } from "@/lib/end-credits/edit";
import { toCreditsCsv } from "@/lib/end-credits/export-text";
import { regenerate } from "@/lib/end-credits/regenerate";
import { visibleBlocks } from "@/lib/end-credits/render";
import { parseCreditList } from "@/lib/end-credits/schema";
import { sectionsInOrder } from "@/lib/end-credits/sections";
import { CREDIT_SECTIONS, type CreditList } from "@/lib/end-credits/types";
import { actor, crew, held } from "./fixtures";

/** Generous: these run hundreds of cases, and the machine may be busy. */
const TIMEOUT = 60_000;

const NAMES = ["Maya Okafor", "Λένα Παπαδοπούλου", "Иван Петров", "黒澤 明", "عمر الشريف", "נועה כהן", "=Sam", "-Dash", "@at", "Zoë"];
const TITLES = ["Directed by", "Written by", "Produced by", "Edited by", "Executive Producer", "Screenplay by", "Director of Photography", "Co-Producer", "A Film by", "Gaffer", "Casting by"];
const ROLES = ["Gaffer", "1st AC", "Director", "DoP", "PA", "Boom Operator", "Editor", "Lead Actor", "Dialect Coach", "Vibe Curator", "Producer", "UPM", "2nd AD", "Colorist", "Associate Producer", "Key Grip"];
const GUILDS = ["DGA", "WGA", "PGA", "Editors Guild"];

const person = fc.integer({ min: 0, max: NAMES.length - 1 }).map((i) => ({ id: `p${i}`, name: NAMES[i]! }));

const buildInput: fc.Arbitrary<BuildInput> = fc.record({
  heldCredits: fc.array(
    fc.tuple(person, fc.constantFrom(...TITLES), fc.subarray(GUILDS)).map(([p, title, guilds]) => held(p.id, p.name, title, guilds)),
    { maxLength: 14 },
  ),
  roster: fc.array(
    fc.tuple(person, fc.constantFrom(...ROLES)).map(([p, role]) => crew(p.id, p.name, role)),
    { maxLength: 14 },
  ),
  cast: fc.array(
    fc.tuple(person, fc.constantFrom("Maya", "The Landlord", "Guard #1", "")).map(([p, character]) => actor(p.id, p.name, character)),
    { maxLength: 5 },
  ),
  options: fc.record({ mergeMultiHat: fc.boolean() }),
});

type Edit = { op: number; a: number; b: number; c: number };
const edits = fc.array(fc.record({ op: fc.nat(8), a: fc.nat(), b: fc.nat(), c: fc.nat() }), { maxLength: 12 });

/** Applies edits chosen by index, so every generated edit is valid for the list it meets. */
function applyEdits(start: CreditList, script: readonly Edit[]): CreditList {
  let list = start;
  script.forEach(({ op, a, b, c }, n) => {
    if (list.blocks.length === 0 && op !== 7) return;
    const block = list.blocks[a % Math.max(1, list.blocks.length)]!;
    const line = block?.lines.length ? block.lines[b % block.lines.length]! : null;
    const names = block && (block.kind === "names" || block.kind === "group");
    switch (op) {
      case 0:
        list = moveBlock(list, block.id, b % list.blocks.length);
        break;
      case 1:
        if (line) list = moveLine(list, block.id, line.key, c % block.lines.length);
        break;
      case 2:
        list = renameHeading(list, block.id, `Heading ${c % 5}`);
        break;
      case 3:
        if (line) list = setAsCredited(list, block.id, line.key, c % 3 === 0 ? null : `${NAMES[c % NAMES.length]} (as)`);
        break;
      case 4:
        list = setHidden(list, line && c % 2 ? { blockId: block.id, lineKey: line.key } : { blockId: block.id }, c % 3 !== 0);
        break;
      case 5:
        if (names) list = setColumns(list, block.id, c % 2 ? 2 : 1);
        break;
      case 6:
        if (names && line) list = setJoiner(list, block.id, line.key, c % 2 ? "&" : "and");
        break;
      case 7:
        list = addManualBlock(list, "group", { id: `manual-${n}`, heading: "Thanks", names: [NAMES[c % NAMES.length]!] }, a % (list.blocks.length + 1));
        break;
      case 8:
        list = moveBlockToSection(list, block.id, CREDIT_SECTIONS[c % CREDIT_SECTIONS.length]!);
        break;
      default:
        break;
    }
  });
  return list;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("properties: buildCreditList", () => {
  it("gives unique ids and keys, sections in order, a readable, serialisable list", () => {
    fc.assert(
      fc.property(buildInput, (input) => {
        const list = buildCreditList(input);
        expect(new Set(list.blocks.map((b) => b.id)).size).toBe(list.blocks.length);
        for (const b of list.blocks) expect(new Set(b.lines.map((l) => l.key)).size).toBe(b.lines.length);
        const ranks = list.blocks.map((b) => CREDIT_SECTIONS.indexOf(b.section));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        expect(list.blocks.every((b) => b.lines.length > 0 && b.origin === "generated")).toBe(true);
        expect(parseCreditList(JSON.parse(JSON.stringify(list)))).toStrictEqual(list);
        expect(buildCreditList(input)).toStrictEqual(list);
      }),
    );
  }, TIMEOUT);

  it("credits every holder of a title somewhere", () => {
    fc.assert(
      fc.property(buildInput, (input) => {
        const credited = new Set(buildCreditList(input).blocks.flatMap((b) => b.lines.map((l) => l.personId)));
        for (const c of input.heldCredits) expect(credited.has(c.personId)).toBe(true);
        for (const c of input.cast ?? []) expect(credited.has(c.personId)).toBe(true);
      }),
    );
  }, TIMEOUT);
});

describe("properties: edits and regenerate", () => {
  it("edits never mutate their input", () => {
    fc.assert(
      fc.property(buildInput, edits, (input, script) => {
        const list = deepFreeze(buildCreditList(input));
        applyEdits(list, script);
      }),
    );
  }, TIMEOUT);

  it("regenerating from unchanged data keeps every edit exactly", () => {
    fc.assert(
      fc.property(buildInput, edits, (input, script) => {
        const edited = applyEdits(buildCreditList(input), script);
        const { list, added, removed } = regenerate(edited, buildCreditList(input));
        expect(list).toEqual(edited);
        expect(added).toEqual([]);
        expect(removed).toEqual([]);
      }),
    );
  }, TIMEOUT);

  it("regenerating from new data keeps manual blocks and the user's order, and reports the difference", () => {
    fc.assert(
      fc.property(buildInput, buildInput, edits, (before, after, script) => {
        const edited = applyEdits(buildCreditList(before), script);
        const fresh = buildCreditList(after);
        const { list, added, removed } = regenerate(edited, fresh);
        const ids = list.blocks.map((b) => b.id);
        const manual = edited.blocks.filter((b) => b.origin === "manual").map((b) => b.id);
        expect(new Set(ids)).toEqual(new Set([...fresh.blocks.map((b) => b.id), ...manual]));
        expect(ids.length).toBe(new Set(ids).size);
        const kept = edited.blocks.map((b) => b.id).filter((id) => ids.includes(id));
        expect(ids.filter((id) => kept.includes(id))).toEqual(kept);
        const editedIds = new Set(edited.blocks.map((b) => b.id));
        expect(added.filter((c) => c.lineKey === null).map((c) => c.blockId).sort()).toEqual(fresh.blocks.map((b) => b.id).filter((id) => !editedIds.has(id)).sort());
        expect(removed.filter((c) => c.lineKey === null).map((c) => c.blockId).sort()).toEqual(
          edited.blocks.filter((b) => b.origin === "generated" && !ids.includes(b.id)).map((b) => b.id).sort(),
        );
        expect(parseCreditList(list)).toEqual(list);
      }),
    );
  }, TIMEOUT);
});

describe("properties: regenerate respects sections", () => {
  const joiners = fc.array(
    fc.tuple(fc.integer({ min: 10, max: 40 }), fc.constantFrom(...ROLES, "Drone Operator", "2nd AC", "Sound Mixer", "VFX Supervisor")).map(([i, role]) => crew(`n${i}`, `New ${i}`, role)),
    { minLength: 1, maxLength: 8 },
  );

  it("every new credit lands in its own section, and the user's blocks never move or change section", () => {
    fc.assert(
      fc.property(buildInput, edits, joiners, (before, script, newcomers) => {
        const edited = applyEdits(buildCreditList(before), script);
        expect(sectionsInOrder(edited.blocks)).toBe(true);
        const fresh = buildCreditList({ ...before, roster: [...before.roster, ...newcomers] });
        const { list } = regenerate(edited, fresh);
        expect(sectionsInOrder(list.blocks)).toBe(true);

        const editedById = new Map(edited.blocks.map((b) => [b.id, b]));
        const freshById = new Map(fresh.blocks.map((b) => [b.id, b]));
        for (const b of list.blocks) {
          const was = editedById.get(b.id);
          // A new block is in the section it was generated for (nothing new joins the main titles unless it is one)…
          if (!was) expect(b.section).toBe(freshById.get(b.id)!.section);
          // …and every block the user had keeps the section the user left it in.
          else expect(b.section).toBe(was.section);
        }
        // The user's blocks keep their order: new blocks only go between them.
        const kept = list.blocks.filter((b) => editedById.has(b.id)).map((b) => b.id);
        expect(kept).toEqual(edited.blocks.filter((b) => list.blocks.some((x) => x.id === b.id)).map((b) => b.id));
      }),
    );
  }, TIMEOUT);
});

describe("properties: diffLists", () => {
  it("is empty between a list and itself, and lists the blocks that appear and disappear", () => {
    fc.assert(
      fc.property(buildInput, edits, (input, script) => {
        const a = buildCreditList(input);
        const b = applyEdits(a, script);
        expect(diffLists(b, b)).toEqual({ added: [], removed: [], changed: [] });
        const diff = diffLists(a, b);
        const aIds = new Set(a.blocks.map((x) => x.id));
        const bIds = new Set(b.blocks.map((x) => x.id));
        expect(diff.added.filter((e) => e.lineKey === null).map((e) => e.blockId)).toEqual([...bIds].filter((id) => !aIds.has(id)));
        expect(diff.removed).toEqual([]);
        if (script.length === 0) expect(diff).toEqual({ added: [], removed: [], changed: [] });
      }),
    );
  }, TIMEOUT);
});

describe("properties: exports", () => {
  it("CSV has one row per visible name and no cell that starts a formula", () => {
    fc.assert(
      fc.property(buildInput, edits, (input, script) => {
        const list = applyEdits(buildCreditList(input), script);
        const rows = Papa.parse<string[]>(toCreditsCsv(list).slice(1), { skipEmptyLines: true }).data;
        expect(rows.length - 1).toBe(visibleBlocks(list).reduce((n, b) => n + b.lines.length, 0));
        expect(rows.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
      }),
    );
  }, TIMEOUT);
});

describe("properties: crawl", () => {
  it("runs longer for a taller crawl and shorter for a faster speed", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(5000), fc.integer({ min: 1, max: 30 }), fc.constantFrom("23.976", "24", "25", "29.97", "30"), (height, extra, speed, fps) => {
        const base = crawlDuration({ crawlHeightPx: height, pxPerFrame: speed, fps });
        expect(base).toBeGreaterThan(0);
        expect(crawlDuration({ crawlHeightPx: height + extra, pxPerFrame: speed, fps })).toBeGreaterThanOrEqual(base);
        expect(crawlDuration({ crawlHeightPx: height, pxPerFrame: speed + 1, fps })).toBeLessThan(base);
      }),
    );
  }, TIMEOUT);

  const fitInput = fc.record({
    names: fc.integer({ min: 0, max: 400 }),
    targetSeconds: fc.integer({ min: 5, max: 600 }),
    fps: fc.constantFrom("23.976", "24", "25", "29.97", "30"),
    pMin: fc.integer({ min: 2, max: 6 }),
    pSpan: fc.integer({ min: 0, max: 6 }),
    sMin: fc.integer({ min: 80, max: 120 }),
    sSpan: fc.integer({ min: 0, max: 60 }),
  });

  function toInput(v: { names: number; targetSeconds: number; fps: string; pMin: number; pSpan: number; sMin: number; sSpan: number }): FitInput {
    const list: CreditList = { schemaVersion: 2, blocks: [] };
    const withNames = v.names
      ? addManualBlock(list, "group", { id: "crew-list", heading: "Crew", names: Array.from({ length: v.names }, (_, i) => `Person ${i}`) })
      : list;
    return {
      list: withNames,
      metrics: { headingRowPx: 60, nameRowPx: 44, blockGapPx: 90 },
      targetSeconds: v.targetSeconds,
      fps: v.fps,
      pxPerFrame: { min: v.pMin, max: v.pMin + v.pSpan },
      lineSpacing: { min: v.sMin / 100, max: (v.sMin + v.sSpan) / 100 },
    };
  }

  function applyFix(input: FitInput, fix: FitFix): FitInput {
    switch (fix.kind) {
      case "faster-speed":
        return { ...input, pxPerFrame: { ...input.pxPerFrame, max: fix.pxPerFrame! } };
      case "slower-speed":
        return { ...input, pxPerFrame: { ...input.pxPerFrame, min: fix.pxPerFrame! } };
      case "tighter-spacing":
        return { ...input, lineSpacing: { ...input.lineSpacing, min: fix.lineSpacing! } };
      case "looser-spacing":
        return { ...input, lineSpacing: { ...input.lineSpacing, max: fix.lineSpacing! } };
      case "two-columns":
        return { ...input, list: fix.blockIds!.reduce((l, id) => setColumns(l, id, 2), input.list) };
      case "longer-target":
      case "shorter-target":
        return { ...input, targetSeconds: fix.targetSeconds! };
      case "hold":
        // The crawl fills the target less the held card.
        return { ...input, targetSeconds: input.targetSeconds - fix.holdSeconds! };
    }
  }

  it("a fit is within the ranges and the tolerance, and every suggested fix works on its own", () => {
    fc.assert(
      fc.property(fitInput, (v) => {
        const input = toInput(v);
        const result = fitToTarget(input);
        if (result.possible) {
          expect(Number.isInteger(result.pxPerFrame)).toBe(true);
          expect(result.pxPerFrame).toBeGreaterThanOrEqual(input.pxPerFrame.min);
          expect(result.pxPerFrame).toBeLessThanOrEqual(input.pxPerFrame.max);
          expect(result.lineSpacing).toBeGreaterThanOrEqual(input.lineSpacing.min - 1e-9);
          expect(result.lineSpacing).toBeLessThanOrEqual(input.lineSpacing.max + 1e-9);
          expect(Math.abs(result.seconds - input.targetSeconds)).toBeLessThanOrEqual(0.5 + 1e-9);
          expect(result.crawlHeightPx).toBe(layoutHeight(input.list, { ...input.metrics, lineSpacing: result.lineSpacing }));
          expect(result.seconds).toBe(crawlDuration({ crawlHeightPx: result.crawlHeightPx, pxPerFrame: result.pxPerFrame, fps: input.fps }));
          // Readable, and frame-exact: the crawl's frames plus the padding are the target's frames.
          expect(result.secondsOnScreen).toBeGreaterThanOrEqual(READABLE_SECONDS_ON_SCREEN.min);
          expect(result.secondsOnScreen).toBeLessThanOrEqual(READABLE_SECONDS_ON_SCREEN.max);
          expect(result.frames + result.padFrames).toBe(result.targetFrames);
          return;
        }
        expect(result.reason.length).toBeGreaterThan(0);
        expect(result.fixes.length).toBeGreaterThan(0);
        // Never advice to leave the readable speeds.
        const speeds = readableSpeeds(input.fps);
        for (const fix of result.fixes) if (fix.pxPerFrame !== undefined) expect(fix.pxPerFrame >= speeds.min && fix.pxPerFrame <= speeds.max).toBe(true);
        for (const fix of result.fixes) expect(fitToTarget(applyFix(input, fix)).possible).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, TIMEOUT);
});
