import type { Db } from "../db/client";
import { logger } from "../logger";
import type { JsonObject } from "../json/json-value";
import type { ServableRedirect } from "./serve";
import { servableTargetUrl } from "./target-url";

/**
 * The serve-time lookup: only what answering needs, only active and not deleted. The target is
 * made servable here, once per load, for rows stored before targets were normalised.
 */
export async function findActiveRedirect(db: Pick<Db, "redirect">, id: string): Promise<ServableRedirect | null> {
  const row = await db.redirect.findFirst({
    where: { id, status: "active", deletedAt: null },
    select: {
      id: true,
      targetUrl: true,
      eventType: true,
      eventProperties: true,
      statusCode: true,
      forwardQuery: true,
      trackingDays: true,
      createdAt: true,
    },
  });
  if (!row) return null;
  const targetUrl = servableTargetUrl(row.targetUrl);
  if (targetUrl === null) {
    logger.error({ redirectId: id }, "stored target URL does not parse; the link answers 404 until it is edited");
    return null;
  }
  return { ...row, targetUrl, eventProperties: (row.eventProperties ?? {}) as JsonObject };
}
