import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";

const WIDTHS = ["92%", "71%", "55%", "40%", "28%"];

export function RankedListSkeleton({ className }: { className?: string }) {
  return (
    <Card className={cn("min-w-0", className)}>
      <div className="border-b border-border px-4 py-3 sm:px-5">
        <Skeleton className="h-4 w-28" />
        <Skeleton className="mt-1.5 h-3 w-40" />
      </div>
      <div className="flex flex-col gap-1.5 p-2">
        {WIDTHS.map((w) => (
          <Skeleton key={w} className="h-7" style={{ width: w }} />
        ))}
      </div>
    </Card>
  );
}
