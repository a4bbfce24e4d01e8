import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pageParam, param, parseSearchParams } from "@/lib/validation/search-params";
import { workFilterSchema } from "@/lib/validation/work";

describe("workFilterSchema", () => {
  it("reads a page's search params and a route's query the same way", () => {
    const query = new URLSearchParams("person=p1&responsibility=producer&stage=production");
    const page = { person: "p1", responsibility: "producer", stage: "production" };
    const expected = { personId: "p1", responsibilityId: "producer", stage: "production" };
    expect(parseSearchParams(workFilterSchema, query)).toEqual(expected);
    expect(parseSearchParams(workFilterSchema, page)).toEqual(expected);
  });

  it("drops what it does not know instead of refusing (a stale link still opens the log)", () => {
    expect(parseSearchParams(workFilterSchema, new URLSearchParams("stage=shooting&person="))).toEqual({ personId: undefined, responsibilityId: undefined, stage: undefined });
    expect(parseSearchParams(workFilterSchema, {})).toEqual({ personId: undefined, responsibilityId: undefined, stage: undefined });
  });

  it("takes the first of a repeated key on both sides, and cuts ids to their longest", () => {
    expect(parseSearchParams(workFilterSchema, new URLSearchParams("stage=development&stage=production")).stage).toBe("development");
    expect(parseSearchParams(workFilterSchema, { stage: ["development", "production"] }).stage).toBe("development");
    expect(parseSearchParams(workFilterSchema, { person: "x".repeat(100), responsibility: "y".repeat(200) })).toMatchObject({ personId: "x".repeat(64), responsibilityId: "y".repeat(160) });
  });
});

describe("search param helpers", () => {
  it("param is the first value or empty text; pageParam is a page from 1 to 100,000", () => {
    const schema = z.object({ q: param, page: pageParam });
    expect(parseSearchParams(schema, {})).toEqual({ q: "", page: 1 });
    expect(parseSearchParams(schema, { q: ["a", "b"], page: "3" })).toEqual({ q: "a", page: 3 });
    expect(parseSearchParams(schema, { page: "-2" }).page).toBe(1);
    expect(parseSearchParams(schema, { page: "abc" }).page).toBe(1);
    expect(parseSearchParams(schema, { page: "2abc" }).page).toBe(2);
    expect(parseSearchParams(schema, { page: "9999999" }).page).toBe(100_000);
  });
});
