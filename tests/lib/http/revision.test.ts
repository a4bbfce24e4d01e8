import { describe, expect, it } from "vitest";
import { etagOf, requestedRevision } from "@/lib/http/revision";

describe("requestedRevision", () => {
  it("reads If-Match (strong or weak) before the body's revision", () => {
    expect(requestedRevision(new Headers({ "if-match": '"7"' }), 3)).toBe(7);
    expect(requestedRevision(new Headers({ "if-match": 'W/"7"' }), undefined)).toBe(7);
    expect(requestedRevision(new Headers(), 3)).toBe(3);
  });

  it("is null without either, or for an If-Match that is not one revision", () => {
    expect(requestedRevision(new Headers(), undefined)).toBeNull();
    expect(requestedRevision(new Headers({ "if-match": "*" }), 3)).toBeNull();
    expect(requestedRevision(new Headers({ "if-match": '"1", "2"' }), 3)).toBeNull();
  });

  it("round-trips the ETag it gives", () => {
    expect(requestedRevision(new Headers({ "if-match": etagOf(12) }), undefined)).toBe(12);
  });
});
