import type { ClickBuffer } from "../clicks/click-buffer";
import type { ClickStore } from "../clicks/click-store";
import { storeClickNow } from "../click-pipeline/store-click-now";
import type { Config } from "../config";
import { serveOpenPixel, serveSignedLink, type SignedServeOptions } from "../email/serve-signed-link";
import type { RedirectCache } from "../redirects/redirect-cache";
import type { PlainRequest } from "../http/plain-http";
import { serveRedirect, type MaybePromise, type ServedResponse } from "../redirects/serve";
import { verifyLink } from "../signing/verify-link";
import { threadPart, threadParts, type ThreadParts } from "../threads/thread-parts";

/** True for the paths answered without Next: redirects, signed links and open pixels. */
export function isPublicPath(url: string): boolean {
  return url.startsWith("/redirect/") || url.startsWith("/l/") || url.startsWith("/o/");
}

/** What the public endpoints are wired to. */
export interface PublicEndpointParts {
  config: Pick<Config, "TRUST_PROXY" | "NOT_FOUND_URL" | "CLICK_WRITE">;
  redirectCache: RedirectCache;
  clickBuffer: ClickBuffer;
  clickStore: ClickStore;
}

export type PublicRequestHandler = (req: PlainRequest) => MaybePromise<ServedResponse>;

/**
 * The public endpoints wired to the redirect cache, the signing-key cache and the click
 * pipeline: built once by server.ts (and per parts by handlePublicRequest), not per request,
 * since a closure per request costs. The click is queued for the write-behind buffer (or, with
 * CLICK_WRITE=sync, stored) here, so callers only respond. A redirect served from the cache is
 * answered synchronously: no promise, no microtask (docs/adr/0012-synchronous-redirect-hit.md).
 */
export function createPublicRequestHandler(parts: PublicEndpointParts): PublicRequestHandler {
  const { redirectCache, clickBuffer, clickStore } = parts;
  const options: SignedServeOptions = {
    findActiveRedirect: (id) => redirectCache.get(id),
    verify: verifyLink,
    trustProxy: parts.config.TRUST_PROXY,
    notFoundUrl: parts.config.NOT_FOUND_URL,
  };
  const sync = parts.config.CLICK_WRITE === "sync";
  const keepClick = (result: ServedResponse): MaybePromise<ServedResponse> => {
    if (!result.click) return result;
    if (sync) return storeClickNow(result.click, clickStore, clickBuffer).then(() => result);
    clickBuffer.enqueue(result.click);
    return result;
  };
  return (req) => {
    const result = req.url.startsWith("/l/")
      ? serveSignedLink(req, options)
      : req.url.startsWith("/o/")
        ? serveOpenPixel(req, options)
        : serveRedirect(req, options);
    return result instanceof Promise ? result.then(keepClick) : keepClick(result);
  };
}

let mounted: { parts: Partial<ThreadParts>; handle: PublicRequestHandler } | undefined;

/** The public endpoints on this thread's parts: the App Router mount, which gets no arguments from server.ts. */
export function handlePublicRequest(req: PlainRequest): MaybePromise<ServedResponse> {
  const parts = threadParts();
  if (mounted?.parts !== parts) {
    mounted = {
      parts,
      handle: createPublicRequestHandler({
        config: threadPart("config"),
        redirectCache: threadPart("redirectCache"),
        clickBuffer: threadPart("clickBuffer"),
        clickStore: threadPart("clickStore"),
      }),
    };
  }
  return mounted.handle(req);
}
