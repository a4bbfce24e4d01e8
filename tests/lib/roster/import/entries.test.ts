import { describe, expect, it } from "vitest";
import { createEntryChecker, entryKey } from "@/lib/roster/import/entries";

describe("entryKey", () => {
  it("ignores case and surrounding space in department and role", () => {
    expect(entryKey("person:1", " Camera", "gaffer ")).toBe(entryKey("person:1", "camera", "Gaffer"));
  });

  it("differs by person, department and role", () => {
    const base = entryKey("person:1", "Camera", "Gaffer");
    expect(entryKey("person:2", "Camera", "Gaffer")).not.toBe(base);
    expect(entryKey("person:1", "Electric", "Gaffer")).not.toBe(base);
    expect(entryKey("person:1", "Camera", "Best Boy")).not.toBe(base);
  });
});

describe("createEntryChecker", () => {
  it("adds an entry the roster does not have", () => {
    expect(createEntryChecker([]).check(2, "person:p1", "Camera", "Director of Photography")).toEqual({ outcome: "add", alreadyOnRoster: false, warnings: [] });
  });

  it("skips an entry already on the roster", () => {
    const checker = createEntryChecker([{ personId: "p1", department: "Camera", role: "Director of Photography" }]);
    expect(checker.check(2, "person:p1", "Camera", "Director of Photography")).toEqual({
      outcome: "skip",
      alreadyOnRoster: true,
      warnings: ["Already on the roster as Director of Photography (Camera) — will be skipped."],
    });
  });

  it("adds another role of a person on the roster", () => {
    const checker = createEntryChecker([{ personId: "p1", department: "Camera", role: "Director of Photography" }]);
    expect(checker.check(2, "person:p1", "Directing", "Director").outcome).toBe("add");
  });

  it("skips a repeat of an earlier row's entry", () => {
    const checker = createEntryChecker([]);
    checker.check(2, "row:2", "Camera", "Director of Photography");
    expect(checker.check(4, "row:2", "Camera", "Director of Photography")).toEqual({ outcome: "skip", alreadyOnRoster: false, warnings: ["Same person and role as row 2 — will be skipped."] });
  });

  it("never matches a new person against the roster", () => {
    const checker = createEntryChecker([{ personId: "2", department: "Camera", role: "Gaffer" }]);
    expect(checker.check(2, "row:2", "Camera", "Gaffer").outcome).toBe("add");
  });
});
