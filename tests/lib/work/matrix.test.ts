import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cellKey,
  cellLabel,
  changeAnnouncement,
  DEGREE_CYCLE,
  degreeFromKey,
  filterPeople,
  groupByLane,
  moveFocus,
  NAV_KEYS,
  navKey,
  nextDegree,
  parseCellKey,
  type GridPos,
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
