import { getConfig } from "../config";
import { linkBase } from "../http/link-base";

/** host or host:port, a bracketed IPv6 literal allowed; nothing else may become a link's origin. */
const HOST = /^(?:[A-Za-z0-9_-]{1,63}\.)*[A-Za-z0-9_-]{1,63}(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](?::\d{1,5})?$/;
const MAX_HOST_LENGTH = 261;

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
  if (configured) return linkBase(configured);
  const host = headers.get("host");
  // A Host that is no host name (anyone can send one) builds no link: the fallback does.
  if (!host || host.length > MAX_HOST_LENGTH || !HOST.test(host)) return fallback;
  const proto = headers.get("x-forwarded-proto")?.split(",", 1)[0]?.trim().toLowerCase();
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/** publicOriginOf for an API call; a request without a Host header keeps its URL's origin. */
export function requestPublicOrigin(req: Request): string {
  return publicOriginOf(req.headers, new URL(req.url).origin);
}
