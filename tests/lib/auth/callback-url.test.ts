import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/projects/abc?x=1", "/projects", "/teams/t1/members#invites", "/"])("accepts the local path %s", (url) => {
    expect(safeCallbackUrl(url)).toBe(url);
  });

  it.each([
    ["protocol-relative", "//evil.com"],
    ["protocol-relative with path", "//evil.com/projects"],
    ["absolute URL", "https://evil.com"],
    ["absolute URL on this path", "https://evil.com/projects"],
    ["backslash trick", "/\\evil.com"],
    ["javascript: URL", "javascript:alert(1)"],
    ["relative path", "projects"],
    ["empty string", ""],
    ["tab inside", "/proj\tects"],
    ["newline inside", "/projects\n//evil.com"],
    ["NUL inside", "/projects\u0000"],
    ["sign-in page (loop)", "/signin"],
    ["sign-in with query", "/signin?callbackUrl=/projects"],
    ["sign-up page", "/signup"],
    ["API route", "/api/projects"],
  ])("falls back for %s", (_label, url) => {
    expect(safeCallbackUrl(url)).toBe("/projects");
  });

  it("refuses paths longer than 500 characters, accepts exactly 500", () => {
    const ok = "/" + "a".repeat(499);
    expect(safeCallbackUrl(ok)).toBe(ok);
    expect(safeCallbackUrl(ok + "a")).toBe("/projects");
  });

  it.each([[undefined], [null], [42], [["/projects/abc"]], [{ url: "/projects" }]])("falls back for the non-string %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/projects");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackUrl("//evil.com", "/teams")).toBe("/teams");
    expect(safeCallbackUrl("/projects/x", "/teams")).toBe("/projects/x");
  });
});
