import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/common";
import { BUDGET_MAX, projectListSchema, projectPatchSchema, projectSchema, RUNTIME_MAX_SECONDS } from "@/lib/validation/project";

const valid = {
  title: "Harbor Lights",
  kind: "feature",
  logline: "A ferry captain's last winter.",
  stage: "post-production",
  budgetAmount: "600,000",
  currency: "USD",
  targetRuntimeSeconds: "4:30",
  frameRate: "23.976",
};

/** The messages for one field when `patch` is applied to a valid project. */
function errorsFor(patch: Record<string, unknown>, field: string): string[] | undefined {
  const r = projectSchema.safeParse({ ...valid, ...patch });
  if (r.success) return undefined;
  return fieldErrorsOf(r.error)[field];
}

function parsed(patch: Record<string, unknown>) {
  return projectSchema.parse({ ...valid, ...patch });
}

const BUDGET_FORMAT = ["Enter the budget as a whole amount, e.g. 600000 or 600,000."];
const RUNTIME_FORMAT = ["Enter the running time as minutes:seconds, e.g. 4:30."];

describe("projectSchema", () => {
  it("parses a complete form", () => {
    expect(projectSchema.parse(valid)).toEqual({
      title: "Harbor Lights",
      kind: "feature",
      logline: "A ferry captain's last winter.",
      stage: "post-production",
      budgetAmount: 600_000,
      currency: "USD",
      targetRuntimeSeconds: 270,
      frameRate: "23.976",
    });
  });

  describe("title", () => {
    it("is required", () => {
      expect(errorsFor({ title: undefined }, "title")).toEqual(["Title is required."]);
      expect(errorsFor({ title: "   " }, "title")).toEqual(["Title is required."]);
    });

    it("is trimmed and NFC-normalized", () => {
      expect(parsed({ title: "  Cafe\u0301 Noir  " }).title).toBe("Caf\u00e9 Noir");
    });

    it("allows 200 characters and refuses 201", () => {
      expect(parsed({ title: "t".repeat(200) }).title).toHaveLength(200);
      expect(errorsFor({ title: "t".repeat(201) }, "title")).toEqual(["Title must be at most 200 characters."]);
    });

    it("measures the length after normalization", () => {
      // 201 code units as typed, 200 once "e" + combining accent becomes "é".
      expect(parsed({ title: "t".repeat(199) + "e\u0301" }).title).toHaveLength(200);
    });

    it("refuses a 100,000-character title", () => {
      expect(errorsFor({ title: "x".repeat(100_000) }, "title")).toEqual(["Title must be at most 200 characters."]);
    });
  });

  describe("logline", () => {
    it("defaults to an empty string and is trimmed", () => {
      expect(parsed({ logline: undefined }).logline).toBe("");
      expect(parsed({ logline: "  Two sisters.  " }).logline).toBe("Two sisters.");
    });

    it("refuses more than 1000 characters", () => {
      expect(parsed({ logline: "l".repeat(1000) }).logline).toHaveLength(1000);
      expect(errorsFor({ logline: "l".repeat(1001) }, "logline")).toEqual(["Logline must be at most 1000 characters."]);
    });
  });

  describe("budgetAmount", () => {
    it.each([
      ["600,000", 600_000],
      ["600000", 600_000],
      ["$600,000", 600_000],
      ["$1.2m", 1_200_000],
      ["250k", 250_000],
      ["0", 0],
      [600_000, 600_000],
      [0, 0],
    ])("reads %j as %d", (input, expected) => {
      expect(parsed({ budgetAmount: input }).budgetAmount).toBe(expected);
    });

    it.each([[""], [null], [undefined]])("treats %j as not set", (input) => {
      expect(parsed({ budgetAmount: input }).budgetAmount).toBeNull();
    });

    it.each([["lots"], ["1.2.3"], ["12 apples"], ["k"]])("refuses the text %j", (input) => {
      expect(errorsFor({ budgetAmount: input }, "budgetAmount")).toEqual(BUDGET_FORMAT);
    });

    it("refuses a negative number", () => {
      expect(errorsFor({ budgetAmount: -1 }, "budgetAmount")).toEqual(BUDGET_FORMAT);
      expect(errorsFor({ budgetAmount: -600_000 }, "budgetAmount")).toEqual(BUDGET_FORMAT);
    });

    // KNOWN BUG: parseBudget strips every leading non-digit, so the minus sign of "-500" is dropped
    // and the budget is stored as +500. Flip to it() once lib/projects/format.ts is fixed.
    it("refuses a negative budget typed as text", () => {
      expect(errorsFor({ budgetAmount: "-500" }, "budgetAmount")).toEqual(BUDGET_FORMAT);
    });

    it("refuses a fractional number", () => {
      expect(errorsFor({ budgetAmount: 1.5 }, "budgetAmount")).toEqual(BUDGET_FORMAT);
    });

    it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])("refuses %d", (input) => {
      expect(errorsFor({ budgetAmount: input }, "budgetAmount")).toHaveLength(1);
    });

    it("allows exactly ten billion and refuses more", () => {
      expect(BUDGET_MAX).toBe(10_000_000_000);
      expect(parsed({ budgetAmount: "10,000,000,000" }).budgetAmount).toBe(BUDGET_MAX);
      expect(errorsFor({ budgetAmount: BUDGET_MAX + 1 }, "budgetAmount")).toEqual(["That budget is larger than Hatrack can store."]);
      expect(errorsFor({ budgetAmount: "20000m" }, "budgetAmount")).toEqual(["That budget is larger than Hatrack can store."]);
    });

    it("refuses something that is not text or a number", () => {
      expect(projectSchema.safeParse({ ...valid, budgetAmount: { amount: 5 } }).success).toBe(false);
      expect(projectSchema.safeParse({ ...valid, budgetAmount: true }).success).toBe(false);
    });
  });

  describe("targetRuntimeSeconds", () => {
    it.each([
      ["4:30", 270],
      [" 4:30 ", 270],
      ["95", 95],
      ["0:59:59", 3599],
      ["60:00", 3600],
      ["1:00:00", 3600],
      [90, 90],
    ])("reads %j as %d seconds", (input, expected) => {
      expect(parsed({ targetRuntimeSeconds: input }).targetRuntimeSeconds).toBe(expected);
    });

    it.each([[""], [null], [undefined]])("treats %j as not set", (input) => {
      expect(parsed({ targetRuntimeSeconds: input }).targetRuntimeSeconds).toBeNull();
    });

    it.each([["4:75"], ["0"], ["0:00"], ["abc"], ["4:30:"], ["-5"], ["1:2:3:4"], [0], [-30], [4.5]])("refuses %j", (input) => {
      expect(errorsFor({ targetRuntimeSeconds: input }, "targetRuntimeSeconds")).toEqual(RUNTIME_FORMAT);
    });

    it.each([["1:02:03"], ["60:01"], ["3601"], [RUNTIME_MAX_SECONDS + 1]])("refuses %j as longer than an hour", (input) => {
      expect(errorsFor({ targetRuntimeSeconds: input }, "targetRuntimeSeconds")).toEqual(["End credits can run at most 60 minutes."]);
    });
  });

  describe("vocabularies", () => {
    it("refuses an unknown kind with the human message", () => {
      expect(errorsFor({ kind: "movie" }, "kind")).toEqual(["Choose what kind of project this is."]);
      expect(errorsFor({ kind: undefined }, "kind")).toEqual(["Choose what kind of project this is."]);
    });

    it("refuses an unknown stage", () => {
      expect(errorsFor({ stage: "shooting" }, "stage")).toEqual(["Choose the project's stage."]);
    });

    it("refuses an unknown or lower-case currency", () => {
      expect(errorsFor({ currency: "XYZ" }, "currency")).toEqual(["Choose a currency from the list."]);
      expect(errorsFor({ currency: "usd" }, "currency")).toEqual(["Choose a currency from the list."]);
      expect(parsed({ currency: "JPY" }).currency).toBe("JPY");
    });

    it("accepts each frame rate as a string", () => {
      for (const rate of ["23.976", "24", "25", "29.97", "30"]) expect(parsed({ frameRate: rate }).frameRate).toBe(rate);
    });

    it("refuses a frame rate sent as a number or not in the list", () => {
      const message = ["Choose 23.976, 24, 25, 29.97 or 30 fps."];
      expect(errorsFor({ frameRate: 23.976 }, "frameRate")).toEqual(message);
      expect(errorsFor({ frameRate: 24 }, "frameRate")).toEqual(message);
      expect(errorsFor({ frameRate: "60" }, "frameRate")).toEqual(message);
      expect(errorsFor({ frameRate: "23.98" }, "frameRate")).toEqual(message);
    });
  });

  it("reports every bad field at once", () => {
    const r = projectSchema.safeParse({ title: "", kind: "x", stage: "y", currency: "z", frameRate: "1", budgetAmount: "lots" });
    expect(Object.keys(fieldErrorsOf(r.error!)).sort()).toEqual(["budgetAmount", "currency", "frameRate", "kind", "stage", "title"]);
  });
});

describe("projectPatchSchema", () => {
  it("refuses an empty object", () => {
    const r = projectPatchSchema.safeParse({});
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({ _form: ["Send at least one field to change."] });
  });

  it("refuses an object whose fields are all undefined", () => {
    expect(projectPatchSchema.safeParse({ title: undefined, logline: undefined }).success).toBe(false);
  });

  it("returns only the fields that were sent (no defaults that would wipe other fields)", () => {
    expect(projectPatchSchema.parse({ title: "  New title " })).toEqual({ title: "New title" });
  });

  it("treats null as clearing a field, which counts as a change", () => {
    expect(projectPatchSchema.parse({ budgetAmount: null })).toEqual({ budgetAmount: null });
  });

  it("still validates the fields that are sent", () => {
    expect(fieldErrorsOf(projectPatchSchema.safeParse({ title: " " }).error!).title).toEqual(["Title is required."]);
    expect(fieldErrorsOf(projectPatchSchema.safeParse({ targetRuntimeSeconds: "4:75" }).error!).targetRuntimeSeconds).toEqual(RUNTIME_FORMAT);
  });
});

describe("projectListSchema", () => {
  it("defaults to no query and active projects", () => {
    expect(projectListSchema.parse({})).toEqual({ q: "", archived: "active" });
  });

  it("accepts the archive filters and refuses others", () => {
    for (const archived of ["active", "archived", "all"]) expect(projectListSchema.parse({ archived }).archived).toBe(archived);
    expect(projectListSchema.safeParse({ archived: "deleted" }).success).toBe(false);
  });

  it("refuses a query longer than 200 characters", () => {
    expect(projectListSchema.safeParse({ q: "q".repeat(201) }).success).toBe(false);
  });
});
