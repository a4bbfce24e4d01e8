import { describe, expect, it } from "vitest";
import { crossSiteRefusal, hasContentType } from "@/lib/http/origin";

const h = (init: Record<string, string>) => new Headers({ host: "hatrack.example", ...init });

describe("crossSiteRefusal", () => {
  it("never refuses reads", () => {
    expect(crossSiteRefusal("GET", h({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBeNull();
  });

  it("allows writes from this origin and from clients that are not browsers", () => {
    expect(crossSiteRefusal("POST", h({ origin: "https://hatrack.example", "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(crossSiteRefusal("DELETE", h({}))).toBeNull();
    expect(crossSiteRefusal("PATCH", h({ "x-forwarded-host": "films.example", origin: "https://films.example" }))).toBeNull();
  });

  it("refuses writes a page of another origin sent, same-site ones included", () => {
    const refusal = "This request came from another site. Use Hatrack itself to make changes.";
    expect(crossSiteRefusal("POST", h({ origin: "https://evil.example" }))).toBe(refusal);
    expect(crossSiteRefusal("POST", h({ origin: "https://blog.hatrack.example", "sec-fetch-site": "same-site" }))).toBe(refusal);
    expect(crossSiteRefusal("PUT", h({ origin: "null" }))).toBe(refusal);
    expect(crossSiteRefusal("POST", h({ "sec-fetch-site": "cross-site" }))).toBe(refusal);
    expect(crossSiteRefusal("POST", new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3999" }))).toBe(refusal);
  });
});

describe("hasContentType", () => {
  it("compares the media type only, without case or parameters", () => {
    expect(hasContentType(h({ "content-type": "Application/JSON; charset=utf-8" }), "application/json")).toBe(true);
    expect(hasContentType(h({ "content-type": "text/plain" }), "application/json")).toBe(false);
    expect(hasContentType(h({}), "multipart/form-data")).toBe(false);
  });
});
