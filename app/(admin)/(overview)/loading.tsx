import { AnalyticsSkeleton } from "@/components/analytics/analytics-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** The overview while it loads. In its own route group so other admin pages never show it. */
export default function OverviewLoading() {
  return (
    <>
      <div className="mb-6 flex flex-col gap-2">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="h-4 w-56" />
      </div>
      <div className="mb-4 flex gap-2 sm:mb-6">
        <Skeleton className="h-9 w-64" />
        <Skeleton className="h-9 w-40" />
      </div>
      <AnalyticsSkeleton />
    </>
  );
}
