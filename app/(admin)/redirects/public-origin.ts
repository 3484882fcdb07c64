import { headers } from "next/headers";
import { getConfig } from "@/lib/config";

/** The origin recipients reach this instance on: PUBLIC_URL if set, else the request's host. */
export async function publicOrigin(): Promise<string> {
  const configured = getConfig().PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const host = h.get("host") ?? "localhost";
  return `${proto}://${host}`;
}
