import { getClickBuffer } from "../clicks/click-buffer";
import { storeClickNow } from "../clicks/store-click-now";
import { getConfig } from "../config";
import { getRedirectCache } from "./redirect-cache";
import { serveRedirect, type PlainRequest, type PlainResponse } from "./serve";

/**
 * serveRedirect wired to the redirect cache and the click pipeline: what both mounts call.
 * The click is queued for the write-behind buffer (or, with CLICK_WRITE=sync, stored) here,
 * so callers only send the response.
 */
export async function handleRedirectRequest(req: PlainRequest): Promise<PlainResponse> {
  const config = getConfig();
  const cache = getRedirectCache();
  const result = await serveRedirect(req, {
    findActiveRedirect: (id) => cache.get(id),
    trustProxy: config.TRUST_PROXY,
    notFoundUrl: config.NOT_FOUND_URL,
  });
  if (result.click) {
    if (config.CLICK_WRITE === "sync") await storeClickNow(result.click);
    else getClickBuffer().enqueue(result.click);
  }
  return result;
}
