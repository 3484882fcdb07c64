import { getDb } from "../db/client";
import type { JsonObject } from "./schema";
import type { ServableRedirect } from "./serve";

/** The serve-time lookup: only what answering needs, only active and not deleted. */
export async function findActiveRedirect(id: string): Promise<ServableRedirect | null> {
  const row = await getDb().redirect.findFirst({
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
  return row && { ...row, eventProperties: (row.eventProperties ?? {}) as JsonObject };
}
