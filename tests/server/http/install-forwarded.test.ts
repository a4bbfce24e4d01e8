import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientIpOf, parseProxyTrust } from "@/lib/http/client-address";
import { installForwardedHeaders } from "@/server/http/forwarded";

/**
 * installForwardedHeaders patches every HTTP server of the process, for good: it lives in a
 * file of its own (each test file runs in its own process), so no other test's server is
 * patched when the order of tests is shuffled.
 */
async function seenBy(port: number, headers: Record<string, string>): Promise<Record<string, string | undefined>> {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return (await res.json()) as Record<string, string | undefined>;
}

describe("installForwardedHeaders", () => {
  it("normalizes every request of every HTTP server in the process, before its own listener", async () => {
    installForwardedHeaders(parseProxyTrust(undefined));
    const server = http.createServer((req, res) => res.end(JSON.stringify({ ip: clientIpOf(new Headers(req.headers as Record<string, string>)), xff: req.headers["x-forwarded-for"] })));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      expect(await seenBy((server.address() as AddressInfo).port, { "x-forwarded-for": "6.6.6.6" })).toEqual({ ip: "127.0.0.1" });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
