import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIpOf, parseProxyTrust } from "@/lib/http/client-address";
import { normalizeForwardedHeaders } from "@/server/http/forwarded";

/** What a handler behind the normalizer sees, for a request sent with `headers`. */
async function seenBy(port: number, headers: Record<string, string>): Promise<Record<string, string | undefined>> {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return (await res.json()) as Record<string, string | undefined>;
}

describe("normalizeForwardedHeaders on a real server", () => {
  let server: http.Server;
  let port: number;
  let trust = parseProxyTrust(undefined);
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      normalizeForwardedHeaders(req, trust);
      const stamped = clientIpOf(new Headers(req.headers as Record<string, string>));
      res.end(JSON.stringify({ ip: stamped ?? undefined, xff: req.headers["x-forwarded-for"], proto: req.headers["x-forwarded-proto"] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("without TRUST_PROXY, a spoofed X-Forwarded-For (and client-set address header) is dropped: the client is the socket", async () => {
    trust = parseProxyTrust(undefined);
    expect(await seenBy(port, { "x-forwarded-for": "6.6.6.6", "x-hatrack-client-ip": "7.7.7.7", "x-hatrack-client-ip-proof": "guess", "x-forwarded-proto": "https" })).toEqual({ ip: "127.0.0.1" });
  });

  it("with TRUST_PROXY naming the peer, the proxy's X-Forwarded-For is believed", async () => {
    trust = parseProxyTrust("127.0.0.1");
    expect(await seenBy(port, { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" })).toEqual({ ip: "203.0.113.9", xff: "203.0.113.9", proto: "https" });
  });

  it("with TRUST_PROXY naming other addresses, the peer is not a proxy", async () => {
    trust = parseProxyTrust("10.0.0.0/8");
    expect(await seenBy(port, { "x-forwarded-for": "203.0.113.9" })).toEqual({ ip: "127.0.0.1" });
  });
});
