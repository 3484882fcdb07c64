import { getDb } from "../db/client";
import type { SessionIssue } from "../sessions/session-segment";
import type { ResolvedRange } from "./range";

/**
 * Clicks of the range whose link carried a session that could not be stored, by reason. Reads
 * only flagged clicks, through the partial index on them (migration 0006), so it stays cheap
 * however many clicks the range has.
 */
export async function countSessionIssues(
  range: Pick<ResolvedRange, "from" | "to">,
  redirectId: string | null,
): Promise<Record<SessionIssue, number>> {
  const groups = await getDb().click.groupBy({
    by: ["sessionIssue"],
    where: { sessionIssue: { not: null }, at: { gte: range.from, lt: range.to }, ...(redirectId === null ? {} : { redirectId }) },
    _count: { _all: true },
  });
  const counts: Record<SessionIssue, number> = { malformed: 0, unfilled: 0 };
  for (const g of groups) {
    if (g.sessionIssue === "malformed" || g.sessionIssue === "unfilled") counts[g.sessionIssue] = g._count._all;
  }
  return counts;
}
