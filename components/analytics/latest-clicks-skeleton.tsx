import { Card } from "@/components/ui/card";
import { CardHeaderSkeleton, Skeleton } from "@/components/ui/skeleton";

export function LatestClicksSkeleton() {
  return (
    <Card>
      <CardHeaderSkeleton descriptionWidth="w-56" />
      <div className="flex flex-col divide-y divide-border">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="flex items-center gap-4 px-4 py-3 sm:px-5">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="h-5 w-14 rounded-full" />
          </div>
        ))}
      </div>
    </Card>
  );
}
