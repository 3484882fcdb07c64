import { z } from "zod";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { REDIRECT_ID_PATTERN } from "../redirects/schema";

/** One recent click as the dashboards list it. Dates as ISO strings: it crosses to the client. */
export interface LatestClick {
  id: number;
  at: string;
  redirectId: string | null;
  redirectName: string | null;
  sessionId: string | null;
  ip: string | null;
  userAgent: string | null;
  browser: string | null;
  os: string | null;
  deviceType: string | null;
  country: string | null;
  isBot: boolean;
  botReason: string | null;
  privacyReason: string | null;
  targetUrl: string;
}

const latestClicksInputSchema = z.object({
  from: z.date(),
  to: z.date(),
  redirectId: z.string().regex(REDIRECT_ID_PATTERN).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

/**
 * The newest clicks in [from, to), optionally of one redirect. Reads raw rows backwards along
 * the (at) or (redirectId, at) index, so it stays a short index walk at any table size.
 */
export async function getLatestClicks(actor: Actor, input: z.input<typeof latestClicksInputSchema>): Promise<LatestClick[]> {
  assertCan(actor, "clicks:read");
  const { from, to, redirectId, limit } = parseInput(latestClicksInputSchema, input);
  const rows = await getDb().click.findMany({
    where: { at: { gte: from, lt: to }, ...(redirectId && { redirectId }) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    include: { redirect: { select: { name: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    at: c.at.toISOString(),
    redirectId: c.redirectId,
    redirectName: c.redirect?.name ?? null,
    sessionId: c.sessionId,
    ip: c.ip,
    userAgent: c.userAgent,
    browser: c.browser,
    os: c.os,
    deviceType: c.deviceType,
    country: c.country,
    isBot: c.isBot,
    botReason: c.botReason,
    privacyReason: c.privacyReason,
    targetUrl: c.targetUrl,
  }));
}
