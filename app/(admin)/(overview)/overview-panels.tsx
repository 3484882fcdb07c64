import { AnalyticsView } from "@/components/analytics/analytics-view";
import { ButtonLink } from "@/components/ui/button-link";
import { getLatestClicks } from "@/lib/analytics/get-latest-clicks";
import { getStatsReport } from "@/lib/analytics/get-stats-report";
import type { ResolvedRange } from "@/lib/analytics/range";
import type { Actor } from "@/lib/auth/roles";

/** The overview's data-bound part: rendered inside a Suspense boundary so the page frame shows at once. */
export async function OverviewPanels({
  actor,
  range,
  rangeParams,
}: {
  actor: Actor;
  range: ResolvedRange;
  rangeParams: Record<string, string>;
}) {
  const [report, latest] = await Promise.all([
    getStatsReport(actor, { range }),
    getLatestClicks(actor, { from: range.from, to: range.to }),
  ]);
  return (
    <AnalyticsView
      report={report}
      latest={latest}
      rangeParams={rangeParams}
      redirectsAction={
        <ButtonLink href="/redirects" size="sm">
          All redirects
        </ButtonLink>
      }
    />
  );
}
