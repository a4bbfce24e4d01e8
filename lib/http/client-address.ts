import { BlockList, isIP } from "node:net";

/**
 * Which peers may tell us who the client is (X-Forwarded-For, -Proto, -Host), from the
 * TRUST_PROXY setting:
 * - unset, "" or "0": nobody — the app faces the internet; the client is the socket's peer and
 *   any forwarded header a client sends is dropped;
 * - "1": one reverse proxy in front, whatever its address (it must append the client's address
 *   to X-Forwarded-For, as nginx's `$proxy_add_x_forwarded_for` does): the last entry is the client;
 * - a comma-separated list of addresses and CIDR ranges ("127.0.0.1, 10.0.0.0/8, ::1"): only
 *   peers in the list are proxies; the client is the rightmost X-Forwarded-For entry that is
 *   not one of them.
 */
export type ProxyTrust = { kind: "none" } | { kind: "one-hop" } | { kind: "list"; list: BlockList; text: string };

export class ProxyTrustError extends Error {}

/** Parses TRUST_PROXY; throws ProxyTrustError naming the entry it cannot read. */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text.toLowerCase() === "false") return { kind: "none" };
  if (text === "1" || text.toLowerCase() === "true") return { kind: "one-hop" };
  const list = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (family === 0) throw new ProxyTrustError(`TRUST_PROXY: "${entry}" is not an IP address or CIDR range (use 1, or addresses such as 127.0.0.1, 10.0.0.0/8).`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, type);
    } else {
      const bits = Number(prefix);
      if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new ProxyTrustError(`TRUST_PROXY: "${entry}" has an invalid prefix length.`);
      list.addSubnet(address, bits, type);
    }
  }
  return { kind: "list", list, text };
}

/** "::ffff:10.0.0.1" → "10.0.0.1" (an IPv4 peer on a dual-stack socket); other addresses as they are. */
export function plainAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

function isTrusted(trust: ProxyTrust, address: string): boolean {
  if (trust.kind !== "list") return false;
  const family = isIP(address);
  return family !== 0 && trust.list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address for one request, and whether its forwarded headers come from a proxy
 * we trust (when not, they were written by the client and must be ignored).
 * `socketAddress` is the TCP peer; `forwardedFor` the X-Forwarded-For header as received.
 */
export function resolveClient(trust: ProxyTrust, socketAddress: string | undefined, forwardedFor: string | undefined): { ip: string; viaProxy: boolean } {
  const peer = plainAddress(socketAddress ?? "") || "unknown";
  if (trust.kind === "none") return { ip: peer, viaProxy: false };
  if (trust.kind === "list" && !isTrusted(trust, peer)) return { ip: peer, viaProxy: false };
  const hops = (forwardedFor ?? "")
    .split(",")
    .map(plainAddress)
    .filter((hop) => isIP(hop) !== 0);
  if (trust.kind === "one-hop") return { ip: hops.at(-1) ?? peer, viaProxy: true };
  // Walk back from our proxy through the proxies we trust; the first other hop is the client.
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    if (!isTrusted(trust, hops[i]!)) return { ip: hops[i]!, viaProxy: true };
  }
  return { ip: hops[0] ?? peer, viaProxy: true };
}

/**
 * The request headers that carry the client's address as `resolveClient` decided it, set on
 * every request by the server (server/http/forwarded.ts) after dropping any copy a client
 * sent. The proof is a random value of this process, so a request the server did not stamp
 * (the first one after a start, served before the stamping is installed) can't pass off an
 * address of its own.
 */
export const CLIENT_IP_HEADER = "x-hatrack-client-ip";
export const CLIENT_IP_PROOF_HEADER = "x-hatrack-client-ip-proof";

const proofKey = Symbol.for("hatrack.clientIpProof");

/** This process's proof value (created on first use). */
export function clientIpProof(): string {
  const holder = globalThis as { [proofKey]?: string };
  holder[proofKey] ??= Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  return holder[proofKey];
}

/** The client's address from a request's headers, or null when this server did not stamp it. */
export function clientIpOf(headers: { get(name: string): string | null }): string | null {
  const ip = headers.get(CLIENT_IP_HEADER);
  if (!ip || headers.get(CLIENT_IP_PROOF_HEADER) !== clientIpProof()) return null;
  return ip.slice(0, 64);
}
