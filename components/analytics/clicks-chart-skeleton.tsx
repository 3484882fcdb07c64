import { Card } from "@/components/ui/card";
import { CardHeaderSkeleton, Skeleton } from "@/components/ui/skeleton";

// Fixed heights: random ones would differ between the server render and hydration.
const BARS = [35, 52, 44, 61, 48, 70, 58, 39, 66, 74, 55, 47, 63, 81, 69, 50, 42, 57, 72, 64, 46, 59, 77, 53];

export function ClicksChartSkeleton() {
  return (
    <Card>
      <CardHeaderSkeleton descriptionWidth="w-36" />
      <div className="flex h-52 items-end gap-1 px-4 pt-4 pb-6 sm:h-64 sm:px-6">
        {BARS.map((h, i) => (
          <Skeleton key={i} className="flex-1 rounded-b-none" style={{ height: `${h}%` }} />
        ))}
      </div>
    </Card>
  );
}
