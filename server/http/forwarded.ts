import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { CLIENT_IP_HEADER, CLIENT_IP_PROOF_HEADER, clientIpProof, resolveClient, type ProxyTrust } from "@/lib/http/client-address";

/** Headers a proxy writes about the client; a client could write them too. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/**
 * Decides who the client is from the TCP connection, before Next reads the request: forwarded
 * headers are dropped unless a trusted proxy sent them (Next then fills X-Forwarded-* from
 * the socket itself), and CLIENT_IP_HEADER is set with this process's proof — replacing any a
 * client sent.
 */
export function normalizeForwardedHeaders(req: IncomingMessage, trust: ProxyTrust): void {
  const forwardedFor = req.headers["x-forwarded-for"];
  const { ip, viaProxy } = resolveClient(trust, req.socket?.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor);
  if (!viaProxy) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  req.headers[CLIENT_IP_HEADER] = ip;
  req.headers[CLIENT_IP_PROOF_HEADER] = clientIpProof();
}

const installed = Symbol.for("hatrack.forwardedHeaders");

/**
 * Runs `normalizeForwardedHeaders` on every request the process's HTTP servers receive.
 * Next's route handlers never see the socket, and `next start` has no hook before its own
 * request listener, so this wraps the servers' `emit` of "request" (once per process).
 * Next loads instrumentation when it handles its first request, so that one request is
 * not normalized: without the proof, it is treated as from an unknown address.
 */
export function installForwardedHeaders(trust: ProxyTrust): void {
  const registry = globalThis as { [installed]?: boolean };
  if (registry[installed]) return;
  registry[installed] = true;
  type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
  for (const prototype of [http.Server.prototype, https.Server.prototype] as unknown as Array<{ emit: Emit }>) {
    const emit = prototype.emit;
    prototype.emit = function (event, ...args) {
      if (event === "request") normalizeForwardedHeaders(args[0] as IncomingMessage, trust);
      return emit.call(this, event, ...args);
    };
  }
}
