export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First: who the client is, before anything reads a request (see server/http/forwarded.ts).
    const { installForwardedHeaders } = await import("@/server/http/forwarded");
    const { parseProxyTrust } = await import("@/lib/http/client-address");
    const { trustProxySetting, smtpUrl, mailFrom, configuredAppUrl } = await import("@/lib/env");
    installForwardedHeaders(parseProxyTrust(trustProxySetting));
    const { bootstrap } = await import("@/db/bootstrap");
    await bootstrap();
    if (smtpUrl) {
      // Email goes out from the outbox table; see server/mail/outbox.ts.
      const { getDb } = await import("@/db");
      const { smtpTransport, startOutboxLoop } = await import("@/server/mail/outbox");
      startOutboxLoop(getDb(), smtpTransport(smtpUrl), mailFrom);
      if (!configuredAppUrl) console.warn("[hatrack] SMTP_URL is set but APP_URL is not: links in emails point at http://localhost. Set APP_URL to the app's public address.");
    }
  }
}
