import { getClickBuffer } from "../clicks/click-buffer";
import { storeClickNow } from "../clicks/store-click-now";
import { getConfig } from "../config";
import { serveOpenPixel, serveSignedLink } from "../email/serve-signed-link";
import { getRedirectCache } from "../redirects/redirect-cache";
import { serveRedirect, type PlainRequest, type PlainResponse } from "../redirects/serve";
import { verifyLink } from "../signing/verify-link";

/** The paths answered without Next: redirects, signed links and open pixels. */
export const PUBLIC_PREFIXES = ["/redirect/", "/l/", "/o/"] as const;

export function isPublicPath(url: string): boolean {
  return PUBLIC_PREFIXES.some((p) => url.startsWith(p));
}

/**
 * The public endpoints wired to the redirect cache, the signing-key cache and the click
 * pipeline: what both mounts (server.ts and the App Router) call. The click is queued for the
 * write-behind buffer (or, with CLICK_WRITE=sync, stored) here, so callers only respond.
 */
export async function handlePublicRequest(req: PlainRequest): Promise<PlainResponse> {
  const config = getConfig();
  const cache = getRedirectCache();
  const opts = {
    findActiveRedirect: (id: string) => cache.get(id),
    verify: verifyLink,
    trustProxy: config.TRUST_PROXY,
    notFoundUrl: config.NOT_FOUND_URL,
  };
  const serve = req.url.startsWith("/l/") ? serveSignedLink : req.url.startsWith("/o/") ? serveOpenPixel : serveRedirect;
  const result = await serve(req, opts);
  if (result.click) {
    if (config.CLICK_WRITE === "sync") await storeClickNow(result.click);
    else getClickBuffer().enqueue(result.click);
  }
  return result;
}
