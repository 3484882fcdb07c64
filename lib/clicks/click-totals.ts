import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { ALL_SCOPE } from "./hourly-deltas";

export interface ClickTotals {
  total: number;
  human: number;
  bot: number;
}

const ZERO: ClickTotals = { total: 0, human: 0, bot: 0 };

/**
 * All-time totals per redirect from the daily rollups (never from raw rows, which
 * retention deletes). Only the given IDs, or every redirect when none are given.
 */
export async function clickTotalsByRedirect(ids?: string[], db: Pick<Db, "clickDaily"> = getDb()) {
  const rows = await db.clickDaily.groupBy({
    by: ["redirectId"],
    where: ids ? { redirectId: { in: ids } } : { redirectId: { notIn: ["", ALL_SCOPE] } },
    _sum: { total: true, human: true, bot: true },
  });
  return new Map<string, ClickTotals>(
    rows.map((r) => [r.redirectId, { total: r._sum.total ?? 0, human: r._sum.human ?? 0, bot: r._sum.bot ?? 0 }]),
  );
}

export function totalsOf(map: Map<string, ClickTotals>, id: string): ClickTotals {
  return map.get(id) ?? ZERO;
}
