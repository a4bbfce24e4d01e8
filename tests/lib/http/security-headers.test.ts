import { describe, expect, it } from "vitest";
import { isHttps, newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "@/lib/http/security-headers";

describe("pageContentSecurityPolicy", () => {
  it("allows scripts only by nonce, nothing frames the app, and upgrades only over https", () => {
    const policy = pageContentSecurityPolicy("abc123", { https: false, dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy("abc123", { https: true, dev: true })).toMatch(/'unsafe-eval'.*upgrade-insecure-requests$/);
  });

  it("keeps 'unsafe-inline' for styles without a nonce beside it (a nonce would switch it off)", () => {
    expect(pageContentSecurityPolicy("n", { https: false, dev: false })).toContain("style-src 'self' 'unsafe-inline';");
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe("HSTS", () => {
  it("is sent only over https", () => {
    expect(strictTransportSecurity(true)).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity(false)).toBeNull();
    expect(isHttps(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
  });
});
