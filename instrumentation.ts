export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First: who the client is, before anything reads a request (see server/http/forwarded.ts).
    const { installForwardedHeaders } = await import("@/server/http/forwarded");
    const { parseProxyTrust } = await import("@/lib/http/client-address");
    const { trustProxySetting } = await import("@/lib/env");
    installForwardedHeaders(parseProxyTrust(trustProxySetting));
    const { bootstrap } = await import("@/db/bootstrap");
    await bootstrap();
  }
}
