import type { EnrichedClick } from "./enrich-click";
import { HyperLogLog } from "./hyperloglog";

const HOUR_MS = 3_600_000;

/** What one batch adds to one (redirect, UTC hour) aggregate row. */
export interface HourlyDelta {
  redirectId: string;
  hour: Date;
  total: number;
  human: number;
  bot: number;
  sessions: HyperLogLog;
  visitors: HyperLogLog;
}

/** Groups a batch by redirect and UTC hour; clicks of no redirect go under "". */
export function hourlyDeltas(clicks: EnrichedClick[]): HourlyDelta[] {
  const byKey = new Map<string, HourlyDelta>();
  for (const { row, sessionKey, visitorKey } of clicks) {
    const hour = new Date(Math.floor(row.at.getTime() / HOUR_MS) * HOUR_MS);
    const redirectId = row.redirectId ?? "";
    const key = `${redirectId}\u0000${hour.getTime()}`;
    let delta = byKey.get(key);
    if (!delta) {
      delta = { redirectId, hour, total: 0, human: 0, bot: 0, sessions: new HyperLogLog(), visitors: new HyperLogLog() };
      byKey.set(key, delta);
    }
    delta.total++;
    if (row.isBot) delta.bot++;
    else delta.human++;
    if (sessionKey) delta.sessions.add(sessionKey);
    if (visitorKey) delta.visitors.add(visitorKey);
  }
  return [...byKey.values()];
}
