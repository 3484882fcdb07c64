import { AnalyticsView } from "@/components/analytics/analytics-view";
import { getLatestClicks } from "@/lib/analytics/get-latest-clicks";
import { getStatsReport } from "@/lib/analytics/get-stats-report";
import type { ResolvedRange } from "@/lib/analytics/range";
import type { Actor } from "@/lib/auth/roles";

interface RedirectAnalyticsProps {
  actor: Actor;
  redirectId: string;
  range: ResolvedRange;
  rangeParams: Record<string, string>;
}

/** One redirect's report: rendered inside a Suspense boundary so its links and details show at once. */
export async function RedirectAnalytics({ actor, redirectId, range, rangeParams }: RedirectAnalyticsProps) {
  const [report, latest] = await Promise.all([
    getStatsReport(actor, { range, redirectId }),
    getLatestClicks(actor, { from: range.from, to: range.to, redirectId }),
  ]);
  return <AnalyticsView report={report} latest={latest} rangeParams={rangeParams} />;
}
