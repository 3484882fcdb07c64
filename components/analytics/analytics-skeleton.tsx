import { ClicksChartSkeleton } from "./clicks-chart-skeleton";
import { LatestClicksSkeleton } from "./latest-clicks-skeleton";
import { RankedListSkeleton } from "./ranked-list-skeleton";
import { StatCardsSkeleton } from "./stat-cards-skeleton";

/** The AnalyticsView's panels while its report loads, in the same places and sizes. */
export function AnalyticsSkeleton({ scope = "all" }: { scope?: "all" | "redirect" }) {
  // The overview opens with two wide lists (redirects, countries); a redirect's page with three.
  const first = scope === "all" ? ["lg:col-span-3", "lg:col-span-3"] : ["lg:col-span-2", "lg:col-span-2", "lg:col-span-2"];
  return (
    <div className="flex flex-col gap-4 sm:gap-6" role="status" aria-label="Loading analytics">
      <StatCardsSkeleton />
      <ClicksChartSkeleton />
      <div className="grid grid-cols-1 gap-4 sm:gap-6 md:grid-cols-2 lg:grid-cols-6">
        {first.map((span, i) => (
          <RankedListSkeleton key={i} className={span} />
        ))}
        <RankedListSkeleton className="lg:col-span-2" />
        <RankedListSkeleton className="lg:col-span-2" />
        <RankedListSkeleton className="lg:col-span-2" />
      </div>
      <LatestClicksSkeleton />
    </div>
  );
}
