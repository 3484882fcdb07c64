import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "./lib/config";
import { contentSecurityPolicy, strictTransportSecurity } from "./lib/http/security-headers";

/**
 * Per request: a fresh nonce and the Content-Security-Policy carrying it. Next reads the nonce
 * from the policy in the request headers and puts it on the scripts it renders, which is why
 * every page must render per request (they do: they read the session). HSTS is decided here
 * rather than in next.config.js because PUBLIC_URL is read at run time, not at build time.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    pathname: request.nextUrl.pathname,
    dev: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  const hsts = strictTransportSecurity(getConfig().PUBLIC_URL);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = {
  // Not Next's static files (no document, nothing to protect), nor the public endpoints, which
  // `next dev` serves through Next and which keep their minimal headers (server.ts).
  matcher: ["/((?!_next/static/|_next/image|redirect/|l/|o/).*)"],
};
