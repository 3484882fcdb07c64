import { getConfig } from "../config";

interface HeaderReader {
  get(name: string): string | null;
}

/**
 * The origin recipients reach this instance on, for signed links built on a request: PUBLIC_URL
 * if set, else the scheme and Host the request came in with. Not the request URL's origin:
 * under server.ts Next builds that from the listen address (http://0.0.0.0:3000).
 */
export function publicOriginOf(headers: HeaderReader, fallback = "http://localhost"): string {
  const configured = getConfig().PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("host");
  if (!host) return fallback;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}`;
}

/** publicOriginOf for an API call; a request without a Host header keeps its URL's origin. */
export function requestPublicOrigin(req: Request): string {
  return publicOriginOf(req.headers, new URL(req.url).origin);
}
