import { describe, expect, it } from "vitest";
import { listOpSchema } from "@/lib/end-credits/ops";

describe("listOpSchema", () => {
  it("accepts each edit the editor sends", () => {
    const ops = [
      { op: "move-block", blockId: "b1", toIndex: 0 },
      { op: "section", blockId: "b1", section: "thanks" },
      { op: "move-line", blockId: "b1", lineKey: "p1", toIndex: 2 },
      { op: "rename", blockId: "b1", heading: "A Film by" },
      { op: "reset-heading", blockId: "b1" },
      { op: "as-credited", blockId: "b1", lineKey: "p1", value: null },
      { op: "hidden", blockId: "b1", lineKey: null, hidden: true },
      { op: "columns", blockId: "b1", columns: 2 },
      { op: "joiner", blockId: "b1", lineKey: "p1", joiner: "&" },
      { op: "add-paragraph", heading: "", text: "In memory of" },
      { op: "add-group", heading: "Special Thanks", names: ["Ada", "Ben"] },
      { op: "remove-block", blockId: "manual:1" },
    ];
    for (const op of ops) expect(listOpSchema.safeParse(op).success, op.op).toBe(true);
  });

  it("refuses unknown edits, unknown sections, bad indexes and empty ids", () => {
    expect(listOpSchema.safeParse({ op: "drop-table", blockId: "b1" }).success).toBe(false);
    expect(listOpSchema.safeParse({ op: "section", blockId: "b1", section: "nowhere" }).success).toBe(false);
    expect(listOpSchema.safeParse({ op: "move-block", blockId: "b1", toIndex: -1 }).success).toBe(false);
    expect(listOpSchema.safeParse({ op: "move-block", blockId: "b1", toIndex: 1.5 }).success).toBe(false);
    expect(listOpSchema.safeParse({ op: "columns", blockId: "b1", columns: 3 }).success).toBe(false);
    expect(listOpSchema.safeParse({ op: "reset-heading", blockId: "" }).success).toBe(false);
    expect(listOpSchema.safeParse({ op: "as-credited", blockId: "b1", lineKey: "p1", value: "x".repeat(501) }).success).toBe(false);
  });
});
