import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CardHeaderSkeleton, Skeleton } from "@/components/ui/skeleton";

const WIDTHS = ["92%", "71%", "55%", "40%", "28%"];

export function RankedListSkeleton({ className }: { className?: string }) {
  return (
    <Card className={cn("min-w-0", className)}>
      <CardHeaderSkeleton descriptionWidth="w-40" />
      <div className="flex flex-col gap-1.5 p-2">
        {WIDTHS.map((w) => (
          <Skeleton key={w} className="h-7" style={{ width: w }} />
        ))}
      </div>
    </Card>
  );
}
