import { recordClick } from "../clicks/record-click";
import { getConfig } from "../config";
import { logger } from "../logger";
import { findActiveRedirect } from "./find-active-redirect";
import { serveRedirect, type PlainRequest, type PlainResponse } from "./serve";

/** serveRedirect wired to the database and config: what both mounts call. */
export function handleRedirectRequest(req: PlainRequest): Promise<PlainResponse> {
  const config = getConfig();
  return serveRedirect(req, {
    findActiveRedirect,
    trustProxy: config.TRUST_PROXY,
    notFoundUrl: config.NOT_FOUND_URL,
  });
}

/** Stores a click after the response went out; a failure is logged, never surfaced. */
export function storeClickInBackground(click: PlainResponse["click"]): Promise<void> {
  if (!click) return Promise.resolve();
  return recordClick(click).catch((err) => {
    logger.error({ err, redirectId: click.redirectId }, "failed to store click");
  });
}
