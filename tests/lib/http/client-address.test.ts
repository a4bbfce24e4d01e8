import { describe, expect, it } from "vitest";
import { clientIpOf, clientIpProof, parseProxyTrust, plainAddress, ProxyTrustError, resolveClient } from "@/lib/http/client-address";

describe("parseProxyTrust", () => {
  it("reads unset, 0 and false as no proxy, 1 and true as one proxy", () => {
    for (const v of [undefined, "", " 0 ", "false"]) expect(parseProxyTrust(v).kind).toBe("none");
    for (const v of ["1", "true", "TRUE"]) expect(parseProxyTrust(v).kind).toBe("one-hop");
  });

  it("reads a list of addresses and CIDR ranges, IPv4 and IPv6", () => {
    const trust = parseProxyTrust("127.0.0.1, 10.0.0.0/8,::1, fd00::/8");
    expect(trust.kind).toBe("list");
  });

  it("refuses what it can't read, naming the entry", () => {
    expect(() => parseProxyTrust("localhost")).toThrow(ProxyTrustError);
    expect(() => parseProxyTrust("localhost")).toThrow('TRUST_PROXY: "localhost" is not an IP address or CIDR range');
    expect(() => parseProxyTrust("10.0.0.0/33")).toThrow('"10.0.0.0/33" has an invalid prefix length');
  });
});

describe("resolveClient", () => {
  it("without a trusted proxy, is the socket's peer whatever X-Forwarded-For claims (the spoofing of issue 14)", () => {
    const trust = parseProxyTrust(undefined);
    expect(resolveClient(trust, "203.0.113.9", "198.51.100.1")).toEqual({ ip: "203.0.113.9", viaProxy: false });
    expect(resolveClient(trust, "::ffff:203.0.113.9", undefined)).toEqual({ ip: "203.0.113.9", viaProxy: false });
  });

  it("with one proxy, is the last X-Forwarded-For entry (what the proxy appended), else the peer", () => {
    const trust = parseProxyTrust("1");
    expect(resolveClient(trust, "10.0.0.2", "6.6.6.6, 203.0.113.9")).toEqual({ ip: "203.0.113.9", viaProxy: true });
    expect(resolveClient(trust, "10.0.0.2", undefined)).toEqual({ ip: "10.0.0.2", viaProxy: true });
    expect(resolveClient(trust, "10.0.0.2", "not-an-address")).toEqual({ ip: "10.0.0.2", viaProxy: true });
  });

  it("with a list, believes forwarded headers only from listed peers, and skips listed hops", () => {
    const trust = parseProxyTrust("10.0.0.0/8");
    expect(resolveClient(trust, "10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.1.1")).toEqual({ ip: "203.0.113.9", viaProxy: true });
    expect(resolveClient(trust, "198.51.100.7", "6.6.6.6")).toEqual({ ip: "198.51.100.7", viaProxy: false });
    expect(resolveClient(trust, "::ffff:10.0.0.2", "203.0.113.9")).toEqual({ ip: "203.0.113.9", viaProxy: true });
  });
});

describe("plainAddress", () => {
  it("unwraps IPv4-mapped IPv6 addresses only", () => {
    expect(plainAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(plainAddress("2001:db8::1")).toBe("2001:db8::1");
  });
});

describe("clientIpOf", () => {
  it("reads the address the server stamped with this process's proof, else null", () => {
    expect(clientIpOf(new Headers({ "x-hatrack-client-ip": "203.0.113.9", "x-hatrack-client-ip-proof": clientIpProof() }))).toBe("203.0.113.9");
    expect(clientIpOf(new Headers({ "x-hatrack-client-ip": "203.0.113.9", "x-hatrack-client-ip-proof": "guessed" }))).toBeNull();
    expect(clientIpOf(new Headers({ "x-hatrack-client-ip": "203.0.113.9" }))).toBeNull();
    expect(clientIpOf(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBeNull();
  });
});
