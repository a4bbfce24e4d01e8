import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { Degree } from "@/lib/credits/types";
import {
  cellKey,
  cellLabel,
  changeAnnouncement,
  DEGREE_CYCLE,
  degreeFromKey,
  filterPeople,
  groupByLane,
  MatrixCellStore,
  moveFocus,
  NAV_KEYS,
  navKey,
  nextDegree,
  parseCellKey,
  type GridPos,
  type SetCellResult,
  type SettleEvent,
} from "@/lib/work/matrix";
import type { Lane } from "@/lib/work/taxonomy";
import { foldForSearch } from "@/lib/text/fold";

describe("degree cycle", () => {
  it("is none → supporting → equal → lead", () => {
    expect(DEGREE_CYCLE).toEqual([null, "supporting", "equal", "lead"]);
  });

  it("steps through the cycle and wraps from lead to none", () => {
    expect(nextDegree(null)).toBe("supporting");
    expect(nextDegree("supporting")).toBe("equal");
    expect(nextDegree("equal")).toBe("lead");
    expect(nextDegree("lead")).toBeNull();
  });

  it("comes back to the start after four steps from any degree", () => {
    for (const d of DEGREE_CYCLE) {
      expect(nextDegree(nextDegree(nextDegree(nextDegree(d))))).toBe(d);
    }
  });
});

describe("degreeFromKey", () => {
  it.each([
    ["0", null],
    ["Delete", null],
    ["Backspace", null],
    ["1", "supporting"],
    ["s", "supporting"],
    ["S", "supporting"],
    ["2", "equal"],
    ["e", "equal"],
    ["E", "equal"],
    ["3", "lead"],
    ["l", "lead"],
    ["L", "lead"],
  ] as const)("%s sets %s", (key, degree) => {
    expect(degreeFromKey(key)).toBe(degree);
  });

  it.each(["4", "9", "a", "x", "n", " ", "Enter", "ArrowUp", "Tab", "Escape", "", "delete", "constructor", "__proto__", "toString"])(
    "%j is not a degree key",
    (key) => {
      expect(degreeFromKey(key)).toBeUndefined();
    },
  );
});

describe("navKey", () => {
  it("turns Ctrl/Meta + Home/End into CtrlHome/CtrlEnd", () => {
    expect(navKey({ key: "Home", ctrlKey: true })).toBe("CtrlHome");
    expect(navKey({ key: "End", metaKey: true })).toBe("CtrlEnd");
  });

  it("leaves other keys alone", () => {
    expect(navKey({ key: "Home" })).toBe("Home");
    expect(navKey({ key: "ArrowUp", ctrlKey: true })).toBe("ArrowUp");
    expect(navKey({ key: "a" })).toBe("a");
  });
});

describe("moveFocus", () => {
  const size = { rows: 5, cols: 4 };
  const mid: GridPos = { row: 2, col: 1 };

  it("moves one cell with the arrows", () => {
    expect(moveFocus(mid, "ArrowUp", size)).toEqual({ row: 1, col: 1 });
    expect(moveFocus(mid, "ArrowDown", size)).toEqual({ row: 3, col: 1 });
    expect(moveFocus(mid, "ArrowLeft", size)).toEqual({ row: 2, col: 0 });
    expect(moveFocus(mid, "ArrowRight", size)).toEqual({ row: 2, col: 2 });
  });

  it("goes to the start and end of the row with Home and End", () => {
    expect(moveFocus(mid, "Home", size)).toEqual({ row: 2, col: 0 });
    expect(moveFocus(mid, "End", size)).toEqual({ row: 2, col: 3 });
  });

  it("goes to the first and last cell of the grid with CtrlHome and CtrlEnd", () => {
    expect(moveFocus(mid, "CtrlHome", size)).toEqual({ row: 0, col: 0 });
    expect(moveFocus(mid, "CtrlEnd", size)).toEqual({ row: 4, col: 3 });
  });

  it("takes Ctrl as an option too", () => {
    expect(moveFocus(mid, "Home", size, { ctrl: true })).toEqual({ row: 0, col: 0 });
    expect(moveFocus(mid, "End", size, { ctrl: true })).toEqual({ row: 4, col: 3 });
    expect(moveFocus(mid, "ArrowUp", size, { ctrl: true })).toEqual({ row: 1, col: 1 });
  });

  it("pages by pageRows, stopping at the first and last row", () => {
    const big = { rows: 60, cols: 40 };
    expect(moveFocus({ row: 30, col: 7 }, "PageDown", big, { pageRows: 12 })).toEqual({ row: 42, col: 7 });
    expect(moveFocus({ row: 30, col: 7 }, "PageUp", big, { pageRows: 12 })).toEqual({ row: 18, col: 7 });
    expect(moveFocus({ row: 55, col: 7 }, "PageDown", big, { pageRows: 12 })).toEqual({ row: 59, col: 7 });
    expect(moveFocus({ row: 5, col: 7 }, "PageUp", big, { pageRows: 12 })).toEqual({ row: 0, col: 7 });
  });

  it("pages 10 rows by default and at least one row for a nonsense pageRows", () => {
    const big = { rows: 60, cols: 40 };
    expect(moveFocus({ row: 0, col: 0 }, "PageDown", big)).toEqual({ row: 10, col: 0 });
    expect(moveFocus({ row: 5, col: 0 }, "PageDown", big, { pageRows: 0 })).toEqual({ row: 6, col: 0 });
    expect(moveFocus({ row: 5, col: 0 }, "PageDown", big, { pageRows: -3 })).toEqual({ row: 6, col: 0 });
    expect(moveFocus({ row: 5, col: 0 }, "PageUp", big, { pageRows: Number.NaN })).toEqual({ row: 4, col: 0 });
  });

  describe("stays put at the edges", () => {
    const corners: Array<[string, GridPos]> = [
      ["top-left", { row: 0, col: 0 }],
      ["top-right", { row: 0, col: 3 }],
      ["bottom-left", { row: 4, col: 0 }],
      ["bottom-right", { row: 4, col: 3 }],
    ];

    it.each(corners)("%s corner", (_name, pos) => {
      const up = moveFocus(pos, "ArrowUp", size)!;
      const down = moveFocus(pos, "ArrowDown", size)!;
      const left = moveFocus(pos, "ArrowLeft", size)!;
      const right = moveFocus(pos, "ArrowRight", size)!;
      expect(up).toEqual({ row: Math.max(pos.row - 1, 0), col: pos.col });
      expect(down).toEqual({ row: Math.min(pos.row + 1, 4), col: pos.col });
      expect(left).toEqual({ row: pos.row, col: Math.max(pos.col - 1, 0) });
      expect(right).toEqual({ row: pos.row, col: Math.min(pos.col + 1, 3) });
      expect(moveFocus(pos, "PageUp", size)).toEqual({ row: 0, col: pos.col });
      expect(moveFocus(pos, "PageDown", size)).toEqual({ row: 4, col: pos.col });
    });

    it("top row: up and page up stay", () => {
      expect(moveFocus({ row: 0, col: 2 }, "ArrowUp", size)).toEqual({ row: 0, col: 2 });
      expect(moveFocus({ row: 0, col: 2 }, "PageUp", size)).toEqual({ row: 0, col: 2 });
    });

    it("bottom row: down and page down stay", () => {
      expect(moveFocus({ row: 4, col: 2 }, "ArrowDown", size)).toEqual({ row: 4, col: 2 });
      expect(moveFocus({ row: 4, col: 2 }, "PageDown", size)).toEqual({ row: 4, col: 2 });
    });

    it("first and last column: left / Home and right / End stay", () => {
      expect(moveFocus({ row: 2, col: 0 }, "ArrowLeft", size)).toEqual({ row: 2, col: 0 });
      expect(moveFocus({ row: 2, col: 0 }, "Home", size)).toEqual({ row: 2, col: 0 });
      expect(moveFocus({ row: 2, col: 3 }, "ArrowRight", size)).toEqual({ row: 2, col: 3 });
      expect(moveFocus({ row: 2, col: 3 }, "End", size)).toEqual({ row: 2, col: 3 });
    });

    it("CtrlHome at the first cell and CtrlEnd at the last stay", () => {
      expect(moveFocus({ row: 0, col: 0 }, "CtrlHome", size)).toEqual({ row: 0, col: 0 });
      expect(moveFocus({ row: 4, col: 3 }, "CtrlEnd", size)).toEqual({ row: 4, col: 3 });
    });
  });

  it("handles a single cell", () => {
    const one = { rows: 1, cols: 1 };
    for (const key of NAV_KEYS) expect(moveFocus({ row: 0, col: 0 }, key, one)).toEqual({ row: 0, col: 0 });
  });

  it("handles a single row and a single column", () => {
    expect(moveFocus({ row: 0, col: 2 }, "ArrowDown", { rows: 1, cols: 5 })).toEqual({ row: 0, col: 2 });
    expect(moveFocus({ row: 0, col: 2 }, "PageDown", { rows: 1, cols: 5 })).toEqual({ row: 0, col: 2 });
    expect(moveFocus({ row: 2, col: 0 }, "ArrowRight", { rows: 5, cols: 1 })).toEqual({ row: 2, col: 0 });
    expect(moveFocus({ row: 2, col: 0 }, "End", { rows: 5, cols: 1 })).toEqual({ row: 2, col: 0 });
  });

  it("returns null for an empty grid", () => {
    for (const key of NAV_KEYS) {
      expect(moveFocus({ row: 0, col: 0 }, key, { rows: 0, cols: 0 })).toBeNull();
      expect(moveFocus({ row: 0, col: 0 }, key, { rows: 0, cols: 40 })).toBeNull();
      expect(moveFocus({ row: 0, col: 0 }, key, { rows: 60, cols: 0 })).toBeNull();
      expect(moveFocus({ row: 0, col: 0 }, key, { rows: -1, cols: 3 })).toBeNull();
    }
  });

  it("returns null for keys that don't move", () => {
    for (const key of ["Enter", " ", "Tab", "a", "1", "Escape", "ctrlhome", "arrowup"]) {
      expect(moveFocus(mid, key, size)).toBeNull();
    }
  });

  it("clamps a position left outside the grid (e.g. after filtering) before moving", () => {
    expect(moveFocus({ row: 9, col: 9 }, "ArrowUp", size)).toEqual({ row: 3, col: 3 });
    expect(moveFocus({ row: 9, col: 9 }, "ArrowRight", size)).toEqual({ row: 4, col: 3 });
    expect(moveFocus({ row: -2, col: -5 }, "ArrowDown", size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: Number.NaN, col: 1 }, "ArrowRight", size)).toEqual({ row: 0, col: 2 });
  });

  it("always lands inside the grid and moves at most one step for arrows (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -5, max: 90 }),
        fc.integer({ min: -5, max: 70 }),
        fc.constantFrom(...NAV_KEYS),
        fc.integer({ min: 1, max: 30 }),
        (rows, cols, row, col, key, pageRows) => {
          const to = moveFocus({ row, col }, key, { rows, cols }, { pageRows })!;
          expect(to.row).toBeGreaterThanOrEqual(0);
          expect(to.row).toBeLessThan(rows);
          expect(to.col).toBeGreaterThanOrEqual(0);
          expect(to.col).toBeLessThan(cols);
          if (key.startsWith("Arrow") && row >= 0 && row < rows && col >= 0 && col < cols) {
            expect(Math.abs(to.row - row) + Math.abs(to.col - col)).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

describe("cell keys and labels", () => {
  it("builds and parses keys, custom responsibility ids included", () => {
    expect(cellKey("p1", "budgeting")).toBe("p1|budgeting");
    expect(parseCellKey(cellKey("p1", "custom:drone-permits"))).toEqual({ personId: "p1", responsibilityId: "custom:drone-permits" });
    expect(parseCellKey(cellKey("odd|id", "budgeting"))).toEqual({ personId: "odd|id", responsibilityId: "budgeting" });
    expect(parseCellKey("no-separator")).toBeNull();
  });

  it("gives different keys for different pairs", () => {
    expect(cellKey("a", "bc")).not.toBe(cellKey("ab", "c"));
  });

  it("names a cell with person, responsibility and degree", () => {
    expect(cellLabel("Maya Okafor", "Budgeting", "lead")).toBe("Maya Okafor — Budgeting: lead");
    expect(cellLabel("Maya Okafor", "Budgeting", null)).toBe("Maya Okafor — Budgeting: none");
    expect(cellLabel("Maya Okafor", "Budgeting", "equal", 3)).toBe("Maya Okafor — Budgeting: equal, 3 entries");
    expect(cellLabel("Maya Okafor", "Budgeting", "equal", 1)).toBe("Maya Okafor — Budgeting: equal");
    expect(cellLabel("Maya Okafor", "Budgeting", null, 3)).toBe("Maya Okafor — Budgeting: none");
  });

  it("announces a change", () => {
    expect(changeAnnouncement("Maya Okafor", "Budgeting", "lead")).toBe("Maya Okafor — Budgeting set to lead");
    expect(changeAnnouncement("Maya Okafor", "Budgeting", null)).toBe("Maya Okafor — Budgeting set to none");
  });
});

describe("filters", () => {
  const people = [
    { id: "1", name: "Maya Okafor", roles: "Producer, Director" },
    { id: "2", name: "Zoë Brandt", roles: "Editor" },
    { id: "3", name: "Sam Lee", roles: "Line Producer" },
  ];

  it("folds case, accents and spacing", () => {
    expect(foldForSearch("  Zoë   BRANDT ")).toBe("zoe brandt");
  });

  it("returns the same array for a blank query", () => {
    expect(filterPeople(people, "")).toBe(people);
    expect(filterPeople(people, "   ")).toBe(people);
  });

  it("matches name and roles, every word, any order, accent-insensitive", () => {
    expect(filterPeople(people, "zoe").map((p) => p.id)).toEqual(["2"]);
    expect(filterPeople(people, "producer").map((p) => p.id)).toEqual(["1", "3"]);
    expect(filterPeople(people, "producer sam").map((p) => p.id)).toEqual(["3"]);
    expect(filterPeople(people, "OKAFOR maya").map((p) => p.id)).toEqual(["1"]);
    expect(filterPeople(people, "nobody")).toEqual([]);
  });

  it("returns the same array when everyone matches", () => {
    expect(filterPeople(people, "a")).toBe(people);
  });

  it("groups responsibilities by lane in lane order, skipping hidden and empty lanes", () => {
    const rs: Array<{ id: string; lane: Lane }> = [
      { id: "edit", lane: "post" },
      { id: "budget", lane: "execution" },
      { id: "finance", lane: "opportunity" },
      { id: "schedule", lane: "execution" },
    ];
    expect(groupByLane(rs).map((g) => [g.lane, g.items.map((r) => r.id)])).toEqual([
      ["opportunity", ["finance"]],
      ["execution", ["budget", "schedule"]],
      ["post", ["edit"]],
    ]);
    expect(groupByLane(rs, new Set<Lane>(["execution"])).map((g) => g.lane)).toEqual(["opportunity", "post"]);
    expect(groupByLane([])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------

type Call = { key: string; degree: Degree | null; expected: Degree | null; resolve: (r: SetCellResult) => void; reject: (e: unknown) => void };

function harness(cells: Record<string, { degree: Degree; count: number }> = {}) {
  const calls: Call[] = [];
  const settled: SettleEvent[] = [];
  const store = new MatrixCellStore(cells, {
    send: (key, degree, expected) =>
      new Promise<SetCellResult>((resolve, reject) => {
        calls.push({ key, degree, expected, resolve, reject });
      }),
    onSettle: (e) => settled.push(e),
  });
  return { store, calls, settled };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const K = cellKey("p1", "budgeting");
const OTHER = cellKey("p2", "budgeting");

describe("MatrixCellStore", () => {
  it("reads server cells, none for missing ones, with stable snapshots", () => {
    const { store } = harness({ [K]: { degree: "equal", count: 2 } });
    expect(store.get(K)).toEqual({ degree: "equal", count: 2, pending: false });
    expect(store.get(K)).toBe(store.get(K));
    expect(store.get(OTHER)).toEqual({ degree: null, count: 0, pending: false });
    expect(store.get("__proto__|x")).toEqual({ degree: null, count: 0, pending: false });
  });

  it("shows a change at once, sends it with the previous degree as expected, and confirms it", async () => {
    const { store, calls, settled } = harness({ [K]: { degree: "supporting", count: 1 } });
    const seen = vi.fn();
    const other = vi.fn();
    store.subscribe(K, seen);
    store.subscribe(OTHER, other);

    store.change(K, "equal");
    expect(store.get(K)).toEqual({ degree: "equal", count: 1, pending: true });
    expect(store.isPending(K)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ key: K, degree: "equal", expected: "supporting" });
    expect(seen).toHaveBeenCalledTimes(1);

    calls[0]!.resolve({ ok: true, message: "Saved", degree: "equal", count: 1, undoToken: "t1" });
    await flush();
    expect(store.get(K)).toEqual({ degree: "equal", count: 1, pending: false });
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({ key: K, sent: "equal", final: true, result: { ok: true, undoToken: "t1" } });
    expect(seen).toHaveBeenCalledTimes(2);
    expect(other).not.toHaveBeenCalled();
  });

  it("counts cells with unsaved changes (queued ones too), tells its listener, and is 0 once everything settles or fails", async () => {
    const { store, calls } = harness();
    const heard = vi.fn();
    store.subscribeUnsaved(heard);
    expect(store.unsavedCount()).toBe(0);
    store.change(K, "supporting");
    store.change(K, "lead"); // queued behind the first request: still one cell
    store.change(OTHER, "equal");
    expect(store.unsavedCount()).toBe(2);
    expect(heard).toHaveBeenCalledTimes(2);
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 1 });
    await flush();
    expect(store.unsavedCount()).toBe(2); // the queued "lead" went out next
    calls[2]!.resolve({ ok: true, message: "Saved", degree: "lead", count: 1 });
    calls[1]!.reject(new Error("offline"));
    await flush();
    expect(store.unsavedCount()).toBe(0);
    expect(heard).toHaveBeenCalledTimes(4); // 1, 2, then 1 and 0 as each settles
    store.change(K, "equal");
    expect(store.unsavedCount()).toBe(1);
    store.replaceAll({});
    expect(store.unsavedCount()).toBe(0);
  });

  it("does nothing when the cell already shows the degree", () => {
    const { store, calls } = harness({ [K]: { degree: "lead", count: 1 } });
    store.change(K, "lead");
    expect(calls).toHaveLength(0);
    expect(store.isPending(K)).toBe(false);
  });

  it("counts optimistically: 1 for a new entry, 0 when cleared, unchanged otherwise", () => {
    const { store } = harness({ [K]: { degree: "lead", count: 3 } });
    store.change(K, "equal");
    expect(store.get(K).count).toBe(3);
    store.change(OTHER, "supporting");
    expect(store.get(OTHER).count).toBe(1);
    const h2 = harness({ [K]: { degree: "lead", count: 3 } });
    h2.store.change(K, null);
    expect(h2.store.get(K).count).toBe(0);
  });

  it("takes the server's degree and count from an ok response", async () => {
    const { store, calls } = harness();
    store.change(K, "supporting");
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 2 });
    await flush();
    expect(store.get(K)).toEqual({ degree: "supporting", count: 2, pending: false });
  });

  it("serialises per cell: one request in flight, the newest queued change sent next", async () => {
    const { store, calls, settled } = harness();
    store.change(K, "supporting");
    store.change(K, "equal");
    store.change(K, "lead");
    expect(calls).toHaveLength(1);
    expect(store.get(K)).toMatchObject({ degree: "lead", pending: true });

    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 1, undoToken: "t1" });
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ degree: "lead", expected: "supporting" });
    expect(store.get(K)).toMatchObject({ degree: "lead", pending: true });
    expect(settled[0]).toMatchObject({ final: false });

    calls[1]!.resolve({ ok: true, message: "Saved", degree: "lead", count: 1, undoToken: "t2" });
    await flush();
    expect(calls).toHaveLength(2);
    expect(store.get(K)).toEqual({ degree: "lead", count: 1, pending: false });
    expect(settled[1]).toMatchObject({ final: true, result: { undoToken: "t2" } });
  });

  it("sends nothing more when the queued change ends where the server already is", async () => {
    const { store, calls, settled } = harness();
    store.change(K, "supporting");
    store.change(K, "equal");
    store.change(K, "supporting");
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 1 });
    await flush();
    expect(calls).toHaveLength(1);
    expect(store.get(K)).toEqual({ degree: "supporting", count: 1, pending: false });
    expect(settled.at(-1)).toMatchObject({ final: true });
  });

  it("sends a change back to the old degree made while in flight", async () => {
    const { store, calls } = harness();
    store.change(K, "supporting");
    store.change(K, null);
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 1 });
    await flush();
    expect(calls[1]).toMatchObject({ degree: null, expected: "supporting" });
  });

  it("keeps cells independent", () => {
    const { store, calls } = harness();
    store.change(K, "lead");
    store.change(OTHER, "lead");
    expect(calls.map((c) => c.key)).toEqual([K, OTHER]);
  });

  it("on failure reverts to the server's degree and drops anything queued", async () => {
    const { store, calls, settled } = harness({ [K]: { degree: "supporting", count: 1 } });
    store.change(K, "equal");
    store.change(K, "lead");
    calls[0]!.resolve({ ok: false, message: "Someone else changed this cell.", degree: "lead", count: 2 });
    await flush();
    expect(calls).toHaveLength(1);
    expect(store.get(K)).toEqual({ degree: "lead", count: 2, pending: false });
    expect(settled[0]).toMatchObject({ final: true, result: { ok: false }, shown: { degree: "lead" } });

    // The next change expects what the server said it holds.
    store.change(K, null);
    expect(calls[1]).toMatchObject({ degree: null, expected: "lead" });
  });

  it("on failure without a degree reverts to the degree before the change", async () => {
    const { store, calls } = harness({ [K]: { degree: "supporting", count: 4 } });
    store.change(K, "equal");
    calls[0]!.resolve({ ok: false, message: "You can't edit this project." });
    await flush();
    expect(store.get(K)).toEqual({ degree: "supporting", count: 4, pending: false });
  });

  it("treats a server degree of null on failure as none", async () => {
    const { store, calls } = harness({ [K]: { degree: "supporting", count: 1 } });
    store.change(K, "equal");
    calls[0]!.resolve({ ok: false, message: "Gone.", degree: null });
    await flush();
    expect(store.get(K)).toEqual({ degree: null, count: 0, pending: false });
  });

  it("treats a rejected or throwing send as a failure", async () => {
    const { store, calls, settled } = harness({ [K]: { degree: "lead", count: 1 } });
    store.change(K, null);
    calls[0]!.reject(new Error("network"));
    await flush();
    expect(store.get(K)).toEqual({ degree: "lead", count: 1, pending: false });
    expect(settled[0]!.result).toMatchObject({ ok: false, message: expect.stringContaining("Couldn't save") });

    const throwing = new MatrixCellStore(
      {},
      {
        send: () => {
          throw new Error("boom");
        },
        failureMessage: "Nope.",
      },
    );
    throwing.change(K, "lead");
    await flush();
    expect(throwing.get(K)).toEqual({ degree: null, count: 0, pending: false });
  });

  it("reset takes fresh server data but keeps cells mid-save", async () => {
    const { store, calls } = harness({ [K]: { degree: "supporting", count: 1 }, [OTHER]: { degree: "lead", count: 1 } });
    const onK = vi.fn();
    const onOther = vi.fn();
    const third = cellKey("p3", "budgeting");
    const onThird = vi.fn();
    store.subscribe(K, onK);
    store.subscribe(OTHER, onOther);
    store.subscribe(third, onThird);
    store.change(K, "equal");
    onK.mockClear();
    const otherBefore = store.get(OTHER);

    store.reset({ [K]: { degree: "supporting", count: 1 }, [OTHER]: { degree: "lead", count: 1 }, [third]: { degree: "equal", count: 1 } });
    expect(store.get(K)).toMatchObject({ degree: "equal", pending: true });
    expect(onK).not.toHaveBeenCalled();
    expect(onOther).not.toHaveBeenCalled();
    expect(store.get(OTHER)).toBe(otherBefore);
    expect(onThird).toHaveBeenCalledTimes(1);
    expect(store.get(third)).toMatchObject({ degree: "equal" });

    calls[0]!.resolve({ ok: true, message: "Saved", degree: "equal", count: 1 });
    await flush();
    expect(store.get(K)).toEqual({ degree: "equal", count: 1, pending: false });

    // Settled changes give way to the server's data (e.g. after an undo and refresh).
    store.reset({ [K]: { degree: "supporting", count: 1 } });
    expect(store.get(K)).toEqual({ degree: "supporting", count: 1, pending: false });
    expect(store.get(OTHER)).toEqual({ degree: null, count: 0, pending: false });
    expect(onOther).toHaveBeenCalledTimes(1);
  });

  it("replaceAll forgets changes in flight and ignores their responses", async () => {
    const { store, calls, settled } = harness();
    store.change(K, "lead");
    store.replaceAll({ [K]: { degree: "supporting", count: 1 } });
    expect(store.get(K)).toEqual({ degree: "supporting", count: 1, pending: false });
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "lead", count: 1 });
    await flush();
    expect(store.get(K)).toEqual({ degree: "supporting", count: 1, pending: false });
    expect(settled).toHaveLength(0);
  });

  it("tracks the active cell, notifying only the old and new one", () => {
    const { store } = harness();
    const a = vi.fn();
    const b = vi.fn();
    const c = vi.fn();
    store.subscribe("a|x", a);
    store.subscribe("b|x", b);
    store.subscribe("c|x", c);
    store.setActive("a|x");
    expect(store.isActive("a|x")).toBe(true);
    store.setActive("b|x");
    store.setActive("b|x");
    expect(store.getActive()).toBe("b|x");
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(1);
    expect(c).not.toHaveBeenCalled();
  });

  it("fails and reverts until send is configured, then saves through the configured send", async () => {
    const store = new MatrixCellStore({ [K]: { degree: "equal", count: 1 } });
    store.change(K, "lead");
    await flush();
    expect(store.get(K)).toEqual({ degree: "equal", count: 1, pending: false });

    const send = vi.fn(async (_key: string, degree: Degree | null): Promise<SetCellResult> => ({ ok: true, message: "Saved", degree, count: 1 }));
    const onSettle = vi.fn();
    store.configure({ send, onSettle });
    store.change(K, "lead");
    await flush();
    expect(send).toHaveBeenCalledWith(K, "lead", "equal");
    expect(onSettle).toHaveBeenCalledTimes(1);
    expect(store.get(K)).toEqual({ degree: "lead", count: 1, pending: false });
  });

  it("stops notifying after unsubscribe", () => {
    const { store } = harness();
    const fn = vi.fn();
    const off = store.subscribe(K, fn);
    off();
    store.change(K, "lead");
    expect(fn).not.toHaveBeenCalled();
  });
});
