import { getDb } from "../db/client";

export const USAGE_WINDOW_DAYS = 30;
/** At most this many recent signed clicks are read; beyond it the estimate is a lower bound. */
const USAGE_SCAN_LIMIT = 100_000;
const PAGE = 5_000;

export interface KeyUsageEstimate {
  /** Clicks on links signed with the version in the window. */
  clicks: number;
  /** Distinct links among them (target and redirect; per-recipient sessions not counted apart). */
  links: number;
  windowDays: number;
  /** True when the scan stopped at USAGE_SCAN_LIMIT clicks: the true numbers are higher. */
  capped: boolean;
}

/**
 * How many links a key version still serves, from the signed clicks of the last 30 days whose
 * properties carry its `keyVersion`. Counted in JavaScript over a bounded, index-ordered scan:
 * JSON path filters are spelled differently on SQLite and PostgreSQL (docs/adr/0010).
 */
export async function estimateKeyUsage(version: number, now = new Date()): Promise<KeyUsageEstimate> {
  const since = new Date(now.getTime() - USAGE_WINDOW_DAYS * 86_400_000);
  const links = new Set<string>();
  let clicks = 0;
  let scanned = 0;
  let before: number | undefined;
  for (;;) {
    const rows = await getDb().click.findMany({
      where: { source: "signed", at: { gte: since }, ...(before === undefined ? {} : { id: { lt: before } }) },
      orderBy: { id: "desc" },
      take: Math.min(PAGE, USAGE_SCAN_LIMIT - scanned),
      select: { id: true, properties: true, redirectId: true, targetUrl: true },
    });
    for (const row of rows) {
      const props = row.properties as { keyVersion?: unknown } | null;
      if (props?.keyVersion !== version) continue;
      clicks++;
      links.add(`${row.redirectId ?? ""}\n${row.targetUrl}`);
    }
    scanned += rows.length;
    if (scanned >= USAGE_SCAN_LIMIT) return { clicks, links: links.size, windowDays: USAGE_WINDOW_DAYS, capped: true };
    if (rows.length < PAGE) return { clicks, links: links.size, windowDays: USAGE_WINDOW_DAYS, capped: false };
    before = rows[rows.length - 1].id;
  }
}
