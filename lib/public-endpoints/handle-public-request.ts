import { getClickBuffer } from "../click-pipeline/get-click-buffer";
import { storeClickNow } from "../click-pipeline/store-click-now";
import { getConfig, type Config } from "../config";
import { serveOpenPixel, serveSignedLink, type SignedServeOptions } from "../email/serve-signed-link";
import { getRedirectCache } from "../redirects/redirect-cache";
import type { PlainRequest } from "../http/plain-http";
import { serveRedirect, type MaybePromise, type ServedResponse } from "../redirects/serve";
import { verifyLink } from "../signing/verify-link";

/** True for the paths answered without Next: redirects, signed links and open pixels. */
export function isPublicPath(url: string): boolean {
  return url.startsWith("/redirect/") || url.startsWith("/l/") || url.startsWith("/o/");
}

/**
 * The public endpoints wired to the redirect cache, the signing-key cache and the click
 * pipeline: what both mounts (server.ts and the App Router) call. The click is queued for the
 * write-behind buffer (or, with CLICK_WRITE=sync, stored) here, so callers only respond.
 * A redirect served from the cache is answered synchronously: no promise, no microtask
 * (docs/adr/0012-synchronous-redirect-hit.md).
 */
export function handlePublicRequest(req: PlainRequest): MaybePromise<ServedResponse> {
  const options = servingOptions();
  const result = req.url.startsWith("/l/")
    ? serveSignedLink(req, options)
    : req.url.startsWith("/o/")
      ? serveOpenPixel(req, options)
      : serveRedirect(req, options);
  return result instanceof Promise ? result.then((r) => keepClick(r, options.sync)) : keepClick(result, options.sync);
}

function keepClick(result: ServedResponse, sync: boolean): MaybePromise<ServedResponse> {
  if (!result.click) return result;
  if (sync) return storeClickNow(result.click).then(() => result);
  getClickBuffer().enqueue(result.click);
  return result;
}

let cached: (SignedServeOptions & { config: Config; sync: boolean }) | undefined;

/** Built once per configuration rather than per request (a closure per request costs). */
function servingOptions(): SignedServeOptions & { sync: boolean } {
  const config = getConfig();
  if (cached?.config !== config) {
    cached = {
      config,
      findActiveRedirect: (id) => getRedirectCache().get(id),
      verify: verifyLink,
      trustProxy: config.TRUST_PROXY,
      notFoundUrl: config.NOT_FOUND_URL,
      sync: config.CLICK_WRITE === "sync",
    };
  }
  return cached;
}
