import { getConfig } from "../config";
import { clientIp } from "../http/client-ip";
import { peerAddress } from "../http/peer-header";
import type { RequestOrigin } from "./roles";

type HeaderRecord = Record<string, string | string[] | undefined>;

/**
 * Where a request came from: the client IP (its TCP peer, then X-Forwarded-For as TRUST_PROXY
 * allows; lib/http/client-ip.ts) and its User-Agent. Takes a Headers (route handlers,
 * next/headers) or the plain record next-auth hands to `authorize`.
 */
export function requestOrigin(headers: Headers | HeaderRecord): RequestOrigin {
  const get = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return typeof value === "string" && value !== "" ? value : null;
  };
  const forwarded = get("x-forwarded-for") ?? undefined;
  return {
    ip: clientIp({ "x-forwarded-for": forwarded }, peerAddress({ get }), getConfig().TRUST_PROXY),
    userAgent: get("user-agent"),
  };
}
