import { describe, expect, it } from "vitest";
import { parseRosterFilter, type RosterFilterParams } from "@/lib/validation/roster-filter";

const DEFAULTS: RosterFilterParams = {
  view: "departments",
  q: "",
  department: "",
  role: "",
  union: "",
  status: "",
  sort: "order",
  dir: "asc",
  page: 1,
  pageSize: 100,
};

describe("parseRosterFilter", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parseRosterFilter({})).toEqual(DEFAULTS);
  });

  it("reads every known value", () => {
    expect(
      parseRosterFilter({
        view: "table",
        q: "osei",
        department: "Camera",
        role: "Gaffer",
        union: "SAG-AFTRA",
        status: "pending",
        sort: "status",
        dir: "desc",
        page: "3",
        pageSize: "200",
      }),
    ).toEqual({ view: "table", q: "osei", department: "Camera", role: "Gaffer", union: "SAG-AFTRA", status: "pending", sort: "status", dir: "desc", page: 3, pageSize: 200 });
  });

  it("falls back to the default for unknown values instead of throwing", () => {
    expect(
      parseRosterFilter({ view: "grid", union: "Teamsters", status: "maybe", sort: "salary", dir: "up", page: "abc", pageSize: "lots" }),
    ).toEqual(DEFAULTS);
  });

  it("keeps known values when others are unknown", () => {
    expect(parseRosterFilter({ sort: "name", dir: "sideways" })).toMatchObject({ sort: "name", dir: "asc" });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseRosterFilter({ sort: ["name", "role"], q: ["maya", "osei"], page: ["2", "5"] })).toMatchObject({ sort: "name", q: "maya", page: 2 });
    expect(parseRosterFilter({ sort: ["bogus", "name"] }).sort).toBe("order");
    expect(parseRosterFilter({ q: [] }).q).toBe("");
  });

  it("only allows page sizes 50, 100 and 200", () => {
    expect(parseRosterFilter({ pageSize: "50" }).pageSize).toBe(50);
    expect(parseRosterFilter({ pageSize: "100" }).pageSize).toBe(100);
    expect(parseRosterFilter({ pageSize: "200" }).pageSize).toBe(200);
    for (const bad of ["75", "500", "0", "-50", "1e9", "50.5"]) expect(parseRosterFilter({ pageSize: bad }).pageSize, bad).toBe(100);
  });

  it("refuses pages below 1, fractional and out-of-range pages", () => {
    for (const bad of ["0", "-1", "2.5", "", "100001"]) expect(parseRosterFilter({ page: bad }).page, bad).toBe(1);
    expect(parseRosterFilter({ page: "100000" }).page).toBe(100_000);
  });

  it("drops an over-long search or department instead of failing", () => {
    expect(parseRosterFilter({ q: "x".repeat(201) }).q).toBe("");
    expect(parseRosterFilter({ q: "x".repeat(200) }).q).toHaveLength(200);
    expect(parseRosterFilter({ department: "d".repeat(121) }).department).toBe("");
  });

  it("ignores parameters it does not know", () => {
    expect(parseRosterFilter({ utm_source: "newsletter" })).toEqual(DEFAULTS);
  });
});
