import { describe, expect, it } from "vitest";
import { CREDIT_TITLES, matchTitle, titleLabel, titleOrder } from "@/lib/credits/titles";

describe("CREDIT_TITLES", () => {
  it("has unique ids and the requested labels", () => {
    expect(new Set(CREDIT_TITLES.map((t) => t.id)).size).toBe(CREDIT_TITLES.length);
    expect(titleLabel("executive-producer")).toBe("Executive Producer");
    expect(titleLabel("produced-by")).toBe("Produced by");
  });
});

describe("matchTitle", () => {
  it("matches ids, labels and common aliases", () => {
    expect(matchTitle("Produced by")).toBe("produced-by");
    expect(matchTitle(" executive producer ")).toBe("executive-producer");
    expect(matchTitle("Producer")).toBe("produced-by");
    expect(matchTitle("Boom Operator")).toBeNull();
    expect(matchTitle(42)).toBeNull();
  });
});

describe("titleOrder", () => {
  it("puts unknown titles last", () => {
    expect(titleOrder("executive-producer")).toBe(0);
    expect(titleOrder("zzz")).toBe(CREDIT_TITLES.length);
  });
});
