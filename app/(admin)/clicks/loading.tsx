import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** The click log while its first page loads: header, range, filters and rows in outline. */
export default function ClicksLoading() {
  return (
    <>
      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-2">
          <Skeleton className="h-6 w-24" />
          <Skeleton className="h-4 w-72 max-w-full" />
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-9 w-20" />
          <Skeleton className="h-9 w-32" />
        </div>
      </div>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap gap-2">
          <Skeleton className="h-9 w-72" />
          <Skeleton className="h-9 w-56" />
        </div>
        <Card className="px-4 py-3 sm:px-5">
          <Skeleton className="h-5 w-20" />
          <div className="mt-3 hidden grid-cols-4 gap-3 sm:grid">
            {Array.from({ length: 8 }, (_, i) => (
              <Skeleton key={i} className="h-9" />
            ))}
          </div>
        </Card>
        <Card className="overflow-hidden">
          <div className="border-b border-border px-4 py-2.5 sm:px-5">
            <Skeleton className="h-5 w-48" />
          </div>
          <ul aria-busy className="divide-y divide-border">
            {Array.from({ length: 10 }, (_, i) => (
              <li key={i} className="flex items-center gap-4 px-4 py-3 sm:px-5">
                <Skeleton className="h-4 w-36 shrink-0" />
                <Skeleton className="h-4 w-28 shrink-0" />
                <Skeleton className="hidden h-4 w-16 shrink-0 sm:block" />
                <Skeleton className="h-4 flex-1" />
                <Skeleton className="hidden h-4 w-24 shrink-0 md:block" />
              </li>
            ))}
          </ul>
        </Card>
        <span className="sr-only" role="status">
          Loading clicks…
        </span>
      </div>
    </>
  );
}
