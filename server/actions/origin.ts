import "server-only";
import { headers } from "next/headers";
import { configuredAppUrl } from "@/lib/env";

/**
 * Where a link shown in the app points: APP_URL when set, else the address this request came
 * to (the Host as lib/http/client-address.ts trusted it). Links in emails use APP_URL only.
 */
export async function linkOrigin(): Promise<string> {
  if (configuredAppUrl) return configuredAppUrl;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
